"""What the core says, looked up in the gettext catalogues of each language.

Texts are written in English in the code, marked where they are defined: a table's words
with ``N_(context, text)``, a sentence with ``phrase(template, …)``. Babel extracts them
(``python ui/update_translations.py``) into one ``console.po`` per language under
``console/resources/locale``, which translators edit with their usual tools (Poedit,
Lokalize, Weblate), and compiles the ``.mo`` files read here. The context tells a
translator where a text appears ("document", "mail", "word") and keeps apart two texts
that are the same in English but not in every language.
"""

from __future__ import annotations

import gettext
from dataclasses import dataclass
from functools import cache

from console.resources_path import resource_root
from console.wording.languages import SOURCE, supported

DOMAIN = "console"
"""The catalogues are locale/<language>/LC_MESSAGES/console.mo."""


@dataclass(frozen=True)
class Text:
    """A text written in English and marked for translation, with its context."""

    context: str
    source: str

    def __str__(self) -> str:
        return self.source

    def to(self, language: str) -> str:
        """The text in a language (English where the catalogue has none)."""
        return translations(language).pgettext(self.context, self.source)


def N_(context: str, source: str) -> Text:  # noqa: N802 - the name extraction looks for
    """Mark a text for the catalogue; it is translated where it is shown."""
    return Text(context, source)


@cache
def translations(language: str) -> gettext.NullTranslations:
    """The catalogue of a language (of a code such as "nl_BE"); English is the source."""
    code = supported(language)
    if code == SOURCE:
        return gettext.NullTranslations()
    with resource_root().joinpath("locale", code, "LC_MESSAGES", f"{DOMAIN}.mo").open("rb") as mo:
        return gettext.GNUTranslations(mo)


def sentence(language: str, template: str) -> str:
    """A sentence's template (a ``phrase(…)``'s) in a language."""
    return translations(language).gettext(template)
