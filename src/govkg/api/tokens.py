"""A query text's tokens read by one regular expression, for texts of a shape seen before.

graphql-core's lexer reads a text a character at a time in Python (about 60 µs for a
40-token query, and its parser adds 90 more). To know a text's shape and rebuild its
document (``api/rebuild.py``) only its tokens are needed, and an everyday query is made of
the plainest ones. ``lex`` reads those with one ``findall`` and gives up (None) on
anything else: a string with an escape or a surrogate, a block string, a malformed number,
any character graphql-core would refuse. Whatever it gives up on takes the full parse, so
what it reads must only equal what graphql-core's lexer reads: the same kinds, offsets and
values (``tests/test_quick_documents.py`` compares them over generated texts).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from graphql.language import DocumentNode, TokenKind

__all__ = ["LEX_CHARACTERS", "Lexed", "Tok", "lex", "tokens_of"]

Tok = tuple[TokenKind, int, int, str | None]
"""A token as (kind, start, end, value); value as graphql-core's ``Token.value``."""

LEX_CHARACTERS = 16 * 1024
"""Longer texts take the full parse: whatever their shape, the lexer reads them whole
(``findall`` cannot stop at the token limit), so a long hostile text costs no more here."""

_IGNORED = " \t,\ufeff\n\r"
_PATTERN = re.compile(
    r"""([ \t,\ufeff\n\r]*)(?:                            # 1 the separators before
      ([_A-Za-z][_0-9A-Za-z]*)                        # 2 a name
    | ([!$&():=@\[\]{}|]|\.\.\.)                      # 3 a punctuator
    | ("(?!"")[^"\\\n\r\ud800-\udfff]*")              # 4 a string without escapes
    | (-?(?:0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?)(?![0-9._A-Za-z])  # 5 a number
    | (\#[^\n\r\ud800-\udfff]*)                       # 8 a comment
    | ([^ \t,\ufeff\n\r])                             # 9 anything else: give up
    )""",
    re.VERBOSE,
)
_PUNCTUATORS = {kind.value: kind for kind in TokenKind if len(kind.value) == 1}
_PUNCTUATORS["..."] = TokenKind.SPREAD
_NAME, _STRING, _INT, _FLOAT = TokenKind.NAME, TokenKind.STRING, TokenKind.INT, TokenKind.FLOAT
_COMMENT, _SOF, _EOF = TokenKind.COMMENT, TokenKind.SOF, TokenKind.EOF


@dataclass(frozen=True, slots=True)
class Lexed:
    """A text's tokens, comments left out, and how many comments there were (graphql-core's
    ``max_tokens`` counts them too)."""

    tokens: tuple[Tok, ...]
    comments: int


def lex(text: str) -> Lexed | None:
    """``text``'s tokens as graphql-core's lexer reads them, or None when the text holds
    anything but names, punctuators, plain strings, numbers, comments and separators."""
    if len(text) > LEX_CHARACTERS:
        return None
    tokens: list[Tok] = []
    comments = position = 0
    # a match is separators then one token; every character is in one, but for the
    # separators at the very end (no token follows them)
    for match in _PATTERN.findall(text):
        gap, name, punctuator, string, number, fraction, exponent, comment, _ = match
        start = position + len(gap)
        if name:
            position = start + len(name)
            tokens.append((_NAME, start, position, name))
        elif punctuator:
            position = start + len(punctuator)
            tokens.append((_PUNCTUATORS[punctuator], start, position, None))
        elif string:
            position = start + len(string)
            tokens.append((_STRING, start, position, string[1:-1]))
        elif number:
            position = start + len(number)
            tokens.append((_FLOAT if fraction or exponent else _INT, start, position, number))
        elif comment:
            position = start + len(comment)
            comments += 1
        else:  # `other`: a character no plain token begins with
            return None
    if text[position:].strip(_IGNORED):
        return None  # not reached while `other` catches every other character
    return Lexed(tuple(tokens), comments)


def tokens_of(document: DocumentNode) -> tuple[Tok, ...]:
    """The tokens of a document graphql-core has just parsed (before its chain is cut), as
    ``lex`` gives them: comments left out."""
    token = document.loc.start_token if document.loc else None
    kept: list[Tok] = []
    while token is not None:
        kind = token.kind
        if kind is not _COMMENT and kind is not _SOF and kind is not _EOF:
            kept.append((kind, token.start, token.end, token.value))
        token = token.next
    return tuple(kept)
