"""Text tables on a terminal: every column as wide as its text shows, CJK included."""

from __future__ import annotations

import unicodedata


def width(text: str) -> int:
    """Terminal columns a text takes: East Asian wide characters take two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def fit(text: str, columns: int) -> str:
    """Cut and pad a text to exactly ``columns`` terminal columns."""
    out, used = [], 0
    for ch in text:
        w = width(ch)
        if used + w > columns:
            break
        out.append(ch)
        used += w
    return "".join(out) + " " * (columns - used)
