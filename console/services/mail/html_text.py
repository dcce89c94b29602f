"""HTML mail reduced to safe plain text.

nh3 (the Ammonia sanitiser) parses the HTML as a browser would, drops scripts, styles
and every attribute, and keeps only the tags that shape text; the standard library's
parser then lays those out as lines. Quoted blocks become "> " lines, so the reply
parser cuts them like any quoted plain text.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

import nh3

_KEPT = {"p", "div", "br", "li", "ul", "ol", "tr", "td", "th", "table", "blockquote",
         "pre", "h1", "h2", "h3", "h4", "h5", "h6", "hr"}  # fmt: skip
_BLOCKS = {"p", "div", "ul", "ol", "table", "tr", "pre", "h1", "h2", "h3", "h4", "h5",
           "h6", "blockquote", "hr"}  # fmt: skip


class _Text(HTMLParser):
    """Lines of text from sanitised HTML: blocks break lines, cells are spaced."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = []
        self.line: list[str] = []
        self.quote = 0
        self.pre = 0

    def _break(self) -> None:
        text = "".join(self.line)
        if not self.pre:
            text = " ".join(text.split())
        self.lines.append("> " * self.quote + text if text or not self.quote else ">")
        self.line = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BLOCKS or tag == "br":
            self._break()
        if tag == "li":
            self._break()
            self.line.append("- ")
        elif tag in ("td", "th"):
            self.line.append(" ")
        elif tag == "blockquote":
            self.quote += 1
        elif tag == "pre":
            self.pre += 1
        elif tag == "hr":
            self.lines.append("-" * 20)

    def handle_endtag(self, tag: str) -> None:
        if tag in _BLOCKS:
            self._break()
        if tag == "blockquote":
            self.quote = max(0, self.quote - 1)
        elif tag == "pre":
            self.pre = max(0, self.pre - 1)

    def handle_data(self, data: str) -> None:
        self.line.append(data)


def html_to_text(html: str) -> str:
    """The readable text of an HTML body: no markup, scripts, styles or hidden links."""
    clean = nh3.clean(html, tags=_KEPT, attributes={}, strip_comments=True, link_rel=None)
    parser = _Text()
    parser.feed(clean)
    parser.close()
    parser._break()
    text = "\n".join(parser.lines)
    return re.sub(r"\n{3,}", "\n\n", text).strip()
