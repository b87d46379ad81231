"""The visible text of an HTML page, one line per block, with the stdlib parser.

html.parser rather than BeautifulSoup: a report page needs no tree, only the text with its
block boundaries, and the stdlib parser already decodes entities and tolerates broken markup.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

__all__ = ["html_text"]

SKIP = {"script", "style", "head", "title", "template"}
BLOCKS = {
    *("h1", "h2", "h3", "h4", "h5", "h6", "p", "div", "br", "li", "tr", "pre", "hr"),
    *("table", "thead", "tbody", "caption", "ul", "ol", "dl", "dt", "dd", "blockquote"),
    *("section", "article", "header", "footer", "nav", "aside", "main", "address", "form"),
    *("figure", "figcaption", "center"),
}
CELLS = {"td", "th"}
SPACES = re.compile("[ \t\n\r\f\v\u00a0]+")  # not U+3000: an ideographic space is text


def html_text(markup: str) -> str:
    """Lines of text: block elements end lines, table cells are joined by '\\t', runs of
    spaces collapse to one; characters otherwise as written."""
    parser = _Text()
    parser.feed(markup)
    parser.close()
    parser.end_line()
    return "\n".join(parser.lines) + "\n"


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = []
        self.parts: list[str] = []
        self.skip = 0  # inside script, style, head ...
        self.pre = 0
        self.cell = 0  # inside a table cell: blocks there give a space, the row stays one line
        self.row_cells = 0

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag == "body":
            self.skip = 0  # a <head> never closed
        elif tag in SKIP:
            self.skip += 1
        elif tag == "tr":
            self.end_line()
            self.cell = self.row_cells = 0
        elif tag in CELLS:
            if self.row_cells:
                self.parts.append("\t")
            self.row_cells += 1
            self.cell += 1
        else:
            self._block(tag)
        if tag == "pre":
            self.pre += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in SKIP:
            self.skip = max(self.skip - 1, 0)
        elif tag == "tr":
            self.end_line()
            self.cell = self.row_cells = 0
        elif tag in CELLS:
            self.cell = max(self.cell - 1, 0)
        else:
            self._block(tag)
        if tag == "pre":
            self.pre = max(self.pre - 1, 0)

    def handle_data(self, data: str) -> None:
        if self.skip:
            return
        pieces = data.split("\n") if self.pre and not self.cell else [data]
        for n, piece in enumerate(pieces):
            if n:
                self.end_line()
            self.parts.append(SPACES.sub(" ", piece))

    def _block(self, tag: str) -> None:
        if tag in BLOCKS:
            if self.cell:
                self.parts.append(" ")
            else:
                self.end_line()

    def end_line(self) -> None:
        line = re.sub(" *\t *", "\t", re.sub(" {2,}", " ", "".join(self.parts))).strip(" ")
        if line.strip():
            self.lines.append(line)
        self.parts = []
