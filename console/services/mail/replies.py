"""The writer's own words in a reply: quoted text and signatures cut off.

mail-parser-reply knows the quote headers ("On … wrote:", "Op … schreef:", "Am … schrieb",
Outlook's From/Sent/To block) and sign-offs of many languages. What it does not know is
cut by the rules every mail program follows: a block of "> " lines, and the "-- "
signature separator of RFC 3676.
"""

from __future__ import annotations

import re

from mailparser_reply import EmailReplyParser

LANGUAGES = ("en", "nl", "de", "fr", "es", "it", "da", "sv", "pl", "cs", "ja", "zh", "ko")
"""The languages whose quote headers and sign-offs are recognised."""

# a line that introduces a quoted block: "… wrote:", "… пишет:", "… 書きました:" and the like
_ATTRIBUTION = re.compile(r":\s*$")


def _parser() -> EmailReplyParser:
    return EmailReplyParser(languages=list(LANGUAGES))


def _cut_quotes_and_signature(text: str) -> str:
    lines = text.split("\n")
    kept: list[str] = []
    for index, line in enumerate(lines):
        stripped = line.rstrip()
        if stripped in ("--", "-- "):
            break  # RFC 3676 signature separator
        if stripped.startswith(">"):
            # the attribution line just above the quote goes with it
            if kept and _ATTRIBUTION.search(kept[-1]) and index > 0:
                kept.pop()
            break
        kept.append(line)
    return "\n".join(kept).strip()


def own_words(text: str) -> str:
    """What the writer wrote themselves, without the quoted mail and the signature."""
    if not text.strip():
        return ""
    try:
        parsed = _parser().read(text)
        first = parsed.replies[0].body if parsed.replies else text
    except Exception:  # a regular expression that chokes on odd text: keep all of it
        first = text
    cut = _cut_quotes_and_signature(first)
    return cut or text.strip()
