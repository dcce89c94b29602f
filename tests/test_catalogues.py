"""The core's gettext catalogues: current with the code, complete, and compiled.

Everything the core says (refusals, enum words, document labels, mail texts, document
kinds) is written in English where it is defined and translated in one ``console.po`` per
language. These tests fail when a text was added without running
``python ui/update_translations.py``, when a translation is missing, fuzzy or loses a
placeholder, or when the compiled ``.mo`` is older than its ``.po``.
"""

from __future__ import annotations

import importlib.util
import string
from pathlib import Path

import pytest

from console.wording.catalogue import Text, sentence, translations
from console.wording.languages import LANGUAGES, SOURCE, own_name, supported

ROOT = Path(__file__).resolve().parent.parent
spec = importlib.util.spec_from_file_location(
    "update_translations", ROOT / "ui" / "update_translations.py"
)
assert spec and spec.loader
tools = importlib.util.module_from_spec(spec)
spec.loader.exec_module(tools)

TRANSLATED = [code for code in LANGUAGES if code != SOURCE]


def _fields(text: str) -> list[str]:
    return sorted(name for _, name, _, _ in string.Formatter().parse(text) if name is not None)


@pytest.fixture(scope="module")
def template() -> object:
    return tools.core_template()


def test_every_language_but_the_source_has_a_catalogue_and_nothing_else_does() -> None:
    found = sorted(p.parent.parent.name for p in tools.LOCALE.glob("*/LC_MESSAGES/console.po"))
    assert found == sorted(TRANSLATED)


@pytest.mark.parametrize("language", TRANSLATED)
def test_the_catalogue_holds_exactly_the_texts_of_the_code(language: str, template) -> None:
    wanted = {(m.context, m.id) for m in template if m.id}
    held = {(m.context, m.id) for m in tools.read_catalogue(language) if m.id}
    assert held == wanted, (
        f"new: {sorted(wanted - held)[:5]}, gone: {sorted(held - wanted)[:5]}; "
        "run python ui/update_translations.py and translate the new ones"
    )
    assert len(wanted) > 900  # words, labels, mail texts and every refusal


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_text_is_translated_not_fuzzy_with_the_same_placeholders(language: str) -> None:
    catalogue = tools.read_catalogue(language)
    assert not catalogue.obsolete
    for message in catalogue:
        if not message.id:
            continue
        where = (message.context, message.id)
        assert isinstance(message.string, str) and message.string.strip(), where
        assert not message.fuzzy, where
        assert _fields(message.string) == _fields(message.id), (*where, message.string)


@pytest.mark.parametrize("language", TRANSLATED)
def test_the_files_are_as_the_tool_writes_them_and_compiled(language: str) -> None:
    catalogue = tools.read_catalogue(language)
    path = tools.po_path(language)
    assert path.read_bytes() == tools.po_text(catalogue), "run python ui/update_translations.py"
    compiled = path.with_suffix(".mo").read_bytes()
    assert compiled == tools.mo_bytes(catalogue), "run python ui/update_translations.py"
    assert catalogue.locale_identifier == language


def test_a_marked_text_and_a_sentence_read_in_each_language() -> None:
    invoice = Text("document kind", "Invoice")
    assert [invoice.to(c) for c in LANGUAGES] == ["Invoice", "Factuur", "Factura", "Счёт", "請求書"]
    assert str(invoice) == "Invoice"  # the command line's words
    assert sentence("nl", "{value} is not a number") == "{value} is geen getal"
    assert sentence("nl_BE", "{value} is not a number") == "{value} is geen getal"
    assert sentence("de", "{value} is not a number") == "{value} is not a number"


def test_a_language_is_named_in_itself_and_a_locale_maps_to_one_we_speak() -> None:
    assert [own_name(c) for c in LANGUAGES] == [
        "English", "Nederlands", "Español", "Русский", "日本語",
    ]  # fmt: skip
    assert supported("ja_JP") == "ja" and supported("pt-BR") == "en" and supported(None) == "en"
    assert translations("en").gettext("anything") == "anything"
