"""The languages Dispatch Console speaks: the one list a new language is added to.

English is the source text; every other language has its catalogues, a gettext one for
what the core says (`console/resources/locale/<code>/LC_MESSAGES/console.po`) and a Qt
one for the window's widgets (`console/resources/translations/dispatch_console_<code>.ts`).
"""

from __future__ import annotations

SOURCE = "en"
"""The language the texts are written in; it needs no catalogue."""

LANGUAGES = (SOURCE, "nl", "es", "ru", "ja")
"""Every language of the window, the documents and the mail, in the order menus list them."""


def supported(code: str | None) -> str:
    """The language of a locale or language code that we speak ("nl_BE": "nl"), else English."""
    short = (code or "").replace("-", "_").split("_")[0].lower()
    return short if short in LANGUAGES else SOURCE


def own_name(code: str) -> str:
    """A language named in itself, as a menu of languages shows it ("Nederlands", "日本語")."""
    from babel import Locale

    name = str(Locale.parse(code).display_name or code)
    return name[:1].upper() + name[1:]
