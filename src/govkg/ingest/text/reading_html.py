"""The visible text of an HTML page, one line per block, parsed by lxml (libxml2).

libxml2 tokenizes, decodes entities, closes implied tags and recovers from broken markup in
C (html.parser took 11 minutes on a megabyte of "<!--<!--..."); its events feed the lines
here through lxml's parser-target interface, not its tree: the tree builder gives up past
2,048 nested elements -- a page of unclosed <font> tags -- and drops the rest of the page.
"""

from __future__ import annotations

import re

from lxml import etree

from govkg.core.errors import IngestError

__all__ = ["html_text"]

SKIP = {"script", "style", "title", "template"}  # not "head": libxml2 leaves some body there
BLOCKS = {
    *("h1", "h2", "h3", "h4", "h5", "h6", "p", "div", "br", "li", "tr", "pre", "hr"),
    *("table", "thead", "tbody", "caption", "ul", "ol", "dl", "dt", "dd", "blockquote"),
    *("section", "article", "header", "footer", "nav", "aside", "main", "address", "form"),
    *("figure", "figcaption", "center"),
}
CELLS = {"td", "th"}
SPACES = re.compile("[ \t\n\r\f\v\u00a0]+")  # not U+3000: an ideographic space is text
RUNS = re.compile(" {2,}")
AROUND_TABS = re.compile(" *\t *")
OPTIONS = {  # of lxml's HTMLParser
    "encoding": "utf-8",  # the page is decoded already: its <meta charset> must not count
    "remove_comments": True,
    "remove_pis": True,
    "huge_tree": True,  # no 10 MB cap on one text: reading.MAX_BYTES bounds the page
    "no_network": True,
}


def html_text(markup: str, name: str) -> str:
    """Lines of text: block elements end lines, table cells are joined by '\\t', runs of
    spaces collapse to one; characters otherwise as written."""
    parser = etree.HTMLParser(target=_Lines(), **OPTIONS)
    text = etree.fromstring(markup.encode("utf-8"), parser)
    for error in parser.error_log.filter_from_fatals():
        if error.type_name == "ERR_RESOURCE_LIMIT":  # libxml2 stopped: the rest is lost
            raise IngestError(name, f"HTML beyond libxml2's limits ({error.message}); not read")
    return text


class _Lines:
    """lxml parser target: the lines of text, built as libxml2 reports tags and text."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.parts: list[str] = []
        self.skip = 0  # inside script, style, title, template
        self.pre = 0
        self.cell = 0  # inside a table cell: blocks there give a space, the row stays one line
        self.row_cells = 0

    def start(self, tag: str, attrib: object) -> None:
        if tag in SKIP:
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

    def end(self, tag: str) -> None:
        if tag in SKIP:
            self.skip = max(self.skip - 1, 0)
        elif tag == "tr":
            self.end_line()
            self.cell = self.row_cells = 0
        elif tag in CELLS:
            self.cell = max(self.cell - 1, 0)  # a nested table's <tr> reset it
        else:
            self._block(tag)
        if tag == "pre":
            self.pre = max(self.pre - 1, 0)

    def data(self, data: str) -> None:
        if self.skip:
            return
        if self.pre and not self.cell and "\n" in data:
            self._pre_lines(data)
        else:
            self.parts.append(SPACES.sub(" ", data))

    def close(self) -> str:
        self.end_line()
        return "\n".join(self.lines) + "\n"

    def _pre_lines(self, data: str) -> None:
        """Each line of preformatted text is a line; blank ones are skipped at C speed, so
        a <pre> of millions of newlines costs no more than its size."""
        first, *lines, last = data.split("\n")
        self.parts.append(SPACES.sub(" ", first))
        self.end_line()
        for line in filter(str.strip, lines):
            self.parts.append(SPACES.sub(" ", line))
            self.end_line()
        self.parts.append(SPACES.sub(" ", last))

    def _block(self, tag: str) -> None:
        if tag in BLOCKS:
            if self.cell:
                self.parts.append(" ")
            else:
                self.end_line()

    def end_line(self) -> None:
        if not self.parts:  # the common case of block after block: nothing to do
            return
        line = AROUND_TABS.sub("\t", RUNS.sub(" ", "".join(self.parts))).strip(" ")
        if line.strip():
            self.lines.append(line)
        self.parts = []
