"""Refresh the translation catalogues from the code and forms, then compile them.

Run after changing any user-visible text: `python ui/update_translations.py [--lang nl …]`. It runs
pyside6-lupdate over console/views and ui/*.ui into console/resources/translations/*.ts
(keeping what translators wrote, dropping texts that are gone), then pyside6-lrelease
into the .qm files the window loads. tests/test_translations.py fails when either is
stale or a text has no translation.

The core's sentences (`console.wording.phrases.phrase("…")` calls outside the views) are found
here too: lupdate reads them from a generated file of QT_TRANSLATE_NOOP("Phrase", …)
lines, so they land in the catalogue under the context "Phrase" that the window's
`i18n.say` translates with.
"""

from __future__ import annotations

import argparse
import ast
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CATALOGUES = ROOT / "console" / "resources" / "translations"


def tool(name: str) -> str:
    """A PySide6 tool next to this Python, else on PATH."""
    local = Path(sys.executable).with_name(name)
    return str(local) if local.exists() else (shutil.which(name) or name)


def sources() -> list[str]:
    """Files whose texts are translated: the views (not the generated forms) and the forms."""
    root = ROOT / "console" / "views"
    views = sorted(p for p in root.rglob("*.py") if "forms" not in p.relative_to(root).parts)
    return [str(p) for p in views] + [str(p) for p in sorted((ROOT / "ui").glob("*.ui"))]


def phrase_templates() -> list[str]:
    """Every literal template passed to ``phrase(…)`` in the package, in file order."""
    return [text for context, text in core_texts() if context == "Phrase"]


def document_labels() -> list[str]:
    """The label of every registered document kind (``DocumentKind(label="…")``)."""
    return [text for context, text in core_texts() if context == "DocumentDialog"]


def core_texts() -> list[tuple[str, str]]:
    """The core's texts the window translates, with their catalogue context, in file order.

    The core does not import Qt, so lupdate cannot see them where they are written: the
    sentences passed to ``phrase(…)``, and each document kind's label.
    """
    found: list[tuple[str, str]] = []
    for path in sorted((ROOT / "console").rglob("*.py")):
        if "forms" in path.parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "id", getattr(node.func, "attr", None))
            text: object = None
            if name == "phrase" and node.args and isinstance(node.args[0], ast.Constant):
                context, text = "Phrase", node.args[0].value
            elif name == "DocumentKind":
                context = "DocumentDialog"
                text = next(
                    (k.value.value for k in node.keywords
                     if k.arg == "label" and isinstance(k.value, ast.Constant)),
                    None,
                )  # fmt: skip
            if isinstance(text, str) and (context, text) not in found:
                found.append((context, text))
    return found


def _literal(text: str) -> str:
    """A double-quoted Python literal of the text, as lupdate reads it."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


LOCALES = {"nl": "nl_NL", "es": "es_ES", "ru": "ru_RU", "ja": "ja_JP"}
"""Each translated language and the locale lupdate gives a new catalogue (its plural forms)."""


def catalogue(language: str) -> Path:
    """The .ts file of one language."""
    return CATALOGUES / f"dispatch_console_{language}.ts"


def update(ts: Path) -> None:
    """Bring one .ts up to date with the sources and the core's phrases (made when missing)."""
    language = ts.stem.rsplit("_", 1)[-1]
    target = ["-target-language", LOCALES[language]] if language in LOCALES else []
    with tempfile.TemporaryDirectory() as folder:
        stub = Path(folder) / "phrases.py"
        stub.write_text(
            "".join(f"QT_TRANSLATE_NOOP({_literal(c)}, {_literal(t)})\n" for c, t in core_texts()),
            encoding="utf-8",
        )
        subprocess.run(
            [tool("pyside6-lupdate"), *sources(), str(stub), "-no-obsolete", "-locations", "none",
             *target, "-ts", str(ts)],
            check=True,
            capture_output=True,
        )  # fmt: skip


def release(ts: Path, qm: Path) -> None:
    """Compile one .ts into the .qm the window loads."""
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)


def main(argv: list[str] | None = None) -> None:
    """Update and compile every catalogue, or those of the languages given with --lang."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", nargs="+", choices=sorted(LOCALES), help="only these")
    chosen = parser.parse_args(argv).lang or sorted(LOCALES)
    for ts in (catalogue(language) for language in chosen):
        update(ts)
        release(ts, ts.with_suffix(".qm"))
        print(f"updated {ts.name}")


if __name__ == "__main__":
    main()
