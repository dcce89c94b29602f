"""Refresh the translation catalogues from the code and forms, then compile them.

Run after changing any user-visible text: `python ui/update_translations.py [--lang nl …]`.

- The core's texts (``N_(context, text)`` marks and ``phrase("…")`` sentences anywhere in
  `console/`) are extracted with Babel into one gettext catalogue per language,
  console/resources/locale/<language>/LC_MESSAGES/console.po (keeping what translators
  wrote, dropping texts that are gone), and compiled into the console.mo read at run time.
- The window's widgets (console/views and ui/*.ui) go through pyside6-lupdate into
  console/resources/translations/*.ts, compiled by pyside6-lrelease into the .qm files.

tests/test_translations.py fails when any of them is stale or a text has no translation.
"""

from __future__ import annotations

import argparse
import io
import shutil
import subprocess
import sys
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from console.wording.languages import LANGUAGES, SOURCE  # noqa: E402 - after the path

CATALOGUES = ROOT / "console" / "resources" / "translations"
LOCALE = ROOT / "console" / "resources" / "locale"
DOMAIN = "console"
KEYWORDS = {"N_": ((1, "c"), 2), "phrase": (1,)}
"""How the core marks its texts: ``N_(context, text)`` and ``phrase(template, **values)``."""


def tool(name: str) -> str:
    """A PySide6 tool next to this Python, else on PATH."""
    local = Path(sys.executable).with_name(name)
    return str(local) if local.exists() else (shutil.which(name) or name)


def sources() -> list[str]:
    """Files whose texts are translated: the views (not the generated forms) and the forms."""
    root = ROOT / "console" / "views"
    views = sorted(p for p in root.rglob("*.py") if "forms" not in p.relative_to(root).parts)
    return [str(p) for p in views] + [str(p) for p in sorted((ROOT / "ui").glob("*.ui"))]


def core_template() -> Catalog:
    """Every text the core marks, as Babel extracts it (the catalogues' template)."""
    template = Catalog(project="Dispatch Console", fuzzy=False)
    method_map = [("**/forms/**", "ignore"), ("**.py", "python")]
    found = extract_from_dir(
        str(ROOT / "console"), method_map, keywords=KEYWORDS, comment_tags=("Translators:",)
    )
    for filename, lineno, message, comments, context in found:
        path = f"console/{Path(filename).as_posix()}"
        template.add(message, None, [(path, lineno)], auto_comments=comments, context=context)
    return template


HEADER = {
    "project": "Dispatch Console",
    "copyright_holder": "the Dispatch Console authors",
    "header_comment": (
        "# What Dispatch Console's core says (refusals, words, documents, mail), in one language.\n"
        "# Made and kept current by ui/update_translations.py; edit the msgstr lines only."
    ),
}
"""The header of a new catalogue."""


def po_path(language: str) -> Path:
    """The gettext catalogue of one language."""
    return LOCALE / language / "LC_MESSAGES" / f"{DOMAIN}.po"


def read_catalogue(language: str) -> Catalog:
    """A language's gettext catalogue as it is on disk."""
    with po_path(language).open("rb") as po:
        return read_po(po, locale=language, domain=DOMAIN)


def po_text(catalogue: Catalog) -> bytes:
    """A catalogue as its .po file: file names without line numbers, so moving code
    does not touch the translations."""
    out = io.BytesIO()
    write_po(out, catalogue, width=100, include_lineno=False, ignore_obsolete=True)
    return out.getvalue()


def mo_bytes(catalogue: Catalog) -> bytes:
    """A catalogue compiled as the run time reads it."""
    out = io.BytesIO()
    write_mo(out, catalogue)
    return out.getvalue()


def update_core(language: str, template: Catalog) -> None:
    """Bring one gettext catalogue up to date with the code (made when missing), compiled."""
    path = po_path(language)
    if path.exists():
        catalogue = read_catalogue(language)
    else:
        path.parent.mkdir(parents=True, exist_ok=True)
        catalogue = Catalog(locale=language, domain=DOMAIN, fuzzy=False, **HEADER)
    created, revised = catalogue.creation_date, catalogue.revision_date
    catalogue.update(template, no_fuzzy_matching=True, update_creation_date=False)
    catalogue.obsolete.clear()
    catalogue.creation_date, catalogue.revision_date = created, revised
    text = po_text(catalogue)
    if not path.exists() or path.read_bytes() != text:
        path.write_bytes(text)
    path.with_suffix(".mo").write_bytes(mo_bytes(read_catalogue(language)))


TRANSLATED = tuple(code for code in LANGUAGES if code != SOURCE)
"""Every language with catalogues."""


def catalogue(language: str) -> Path:
    """The .ts file of one language."""
    return CATALOGUES / f"dispatch_console_{language}.ts"


def update(ts: Path) -> None:
    """Bring one .ts up to date with the window's sources (made when missing)."""
    language = ts.stem.rsplit("_", 1)[-1]
    subprocess.run(
        [tool("pyside6-lupdate"), *sources(), "-no-obsolete", "-locations", "none",
         "-target-language", language, "-ts", str(ts)],
        check=True,
        capture_output=True,
    )  # fmt: skip


def release(ts: Path, qm: Path) -> None:
    """Compile one .ts into the .qm the window loads."""
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)


def main(argv: list[str] | None = None) -> None:
    """Update and compile every catalogue, or those of the languages given with --lang."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", nargs="+", choices=TRANSLATED, help="only these")
    chosen = parser.parse_args(argv).lang or TRANSLATED
    template = core_template()
    for language in chosen:
        update_core(language, template)
        ts = catalogue(language)
        update(ts)
        release(ts, ts.with_suffix(".qm"))
        print(f"updated {po_path(language).relative_to(ROOT)} and {ts.name}")


if __name__ == "__main__":
    main()
