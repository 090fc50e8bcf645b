"""PO string escaping and line wrapping the way GNU gettext (msgcat, msgmerge 0.21) writes them.

GNU gettext escapes a string, splits it after each ``\\n``, and breaks each piece with the
Unicode line breaking algorithm (UAX #14, as libunistring implements it) so that a line,
quotes and trailing spaces included, fits in 79 columns. A string with a
``\\n`` before its end, or one that needs a break, starts with an empty ``""`` line.
``no-wrap`` keeps the ``\\n`` splits but never breaks inside a piece.

The pair table below was measured on ``msgcat`` 0.21 with one representative character
per line-breaking class (``tests/test_catalog_pofile.py`` compares whole catalogs with
msgcat's output when it is installed); it is not a copy of GNU code.
"""

from __future__ import annotations

import functools
import re
import unicodedata

PAGE_WIDTH = 79

_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\t": "\\t", "\r": "\\r",
            "\a": "\\a", "\b": "\\b", "\f": "\\f", "\v": "\\v"}
_NEEDS_ESCAPE = re.compile('[\\\\"\n\t\r\a\b\f\v]')

# Line-breaking classes (a subset of UAX #14 that covers what PO text holds).
_CLASSES = ("OP", "CL", "CP", "QU", "GL", "NS", "EX", "SY", "IS", "PR", "PO", "NU", "AL", "ID",
            "IN", "HY", "BA", "BB", "B2", "ZW", "CM", "WJ")
# Row: class before, column: class after. "_" break, "%" break only after spaces, "^" never.
_TABLE_ROWS = {
    "OP": "^^^^^^^^^^^^^^^^^^^^%^",
    "CL": "_^^%%^^^^%%___%%%__^%^",
    "CP": "_^^%%%^^^%%%%_%%%__^%^",
    "QU": "^^^%%%^^^%%%%%%%%%%^%^",
    "GL": "%^^%%%^^^%%%%%%%%%%^%^",
    "NS": "_^^%%%^^^_____%%%__^%^",
    "EX": "_^^%%%^^^_____%%%__^%^",
    "SY": "_^^%%%^^^__%__%%%__^%^",
    "IS": "_^^%%%^^^__%__%%%__^%^",
    "PR": "%^^%%%^^^__%%%%%%__^%^",
    "PO": "%^^%%%^^^__%%_%%%__^%^",
    "NU": "%^^%%%^^^%%%%_%%%__^%^",
    "AL": "%^^%%%^^^%%%%_%%%__^%^",
    "ID": "_^^%%%^^^_%___%%%__^%^",
    "IN": "_^^%%%^^^_____%%%__^%^",
    "HY": "_^^%_%^^^__%__%%%__^%^",
    "BA": "_^^%_%^^^_____%%%__^%^",
    "BB": "%^^%%%^^^%%%%%%%%%%^%^",
    "B2": "_^^%%%^^^_____%%%_^^%^",
    "ZW": "_____________________^",
    "CM": "%^^%%%^^^%%%%%%%%%%^%^",
    "WJ": "%^^%%%^^^%%%%%%%%%%^%^",
}
# An East Asian wide opening bracket: as OP, but a letter or digit may break before it.
_CLASSES += ("OPW",)
_TABLE_ROWS = {name: row + ("_" if name in ("AL", "NU") else row[_CLASSES.index("OP")])
               for name, row in _TABLE_ROWS.items()}
_TABLE_ROWS["OPW"] = _TABLE_ROWS["OP"]
_INDEX = {name: i for i, name in enumerate(_CLASSES)}
_TABLE = tuple(tuple(_TABLE_ROWS[name]) for name in _CLASSES)

_ASCII_CLASS = {
    "!": "EX", '"': "QU", "'": "QU", "(": "OP", ")": "CP", ",": "IS", "-": "HY", ".": "IS",
    "/": "SY", ":": "IS", ";": "IS", "?": "EX", "[": "OP", "]": "CP", "{": "OP", "}": "CL",
    "\\": "PR", "$": "PR", "+": "PR", "%": "PO", "|": "BA",
}
_SPECIAL_CLASS = {
    "\u00a0": "GL", "\u202f": "GL", "\u2007": "GL", "\u2011": "GL", "\u0f0c": "GL",
    "\u200b": "ZW", "\u2060": "WJ", "\ufeff": "WJ", "\u200d": "CM",
    "\u2014": "B2", "\u2010": "BA", "\u2013": "BA", "\u00ad": "BA", "\u3000": "BA",
    "\u2026": "IN", "\u2025": "IN", "\u00b4": "BB", "\u02c8": "BB", "\u02cc": "BB",
    "\u00ab": "QU", "\u00bb": "QU", "\u2018": "QU", "\u2019": "QU", "\u201c": "QU",
    "\u201d": "QU", "\u2039": "QU", "\u203a": "QU", "\u201b": "QU", "\u201f": "QU",
    "\u201a": "OP", "\u201e": "OP", "\u00a1": "OP", "\u00bf": "OP",
    "\u3001": "CL", "\u3002": "CL", "\uff0c": "CL", "\uff0e": "CL", "\ufe50": "CL", "\ufe52": "CL",
    "\uff01": "EX", "\uff1f": "EX", "\u061f": "EX", "\u061b": "EX",
    "\uff1a": "NS", "\uff1b": "NS", "\u3005": "NS", "\u303b": "NS", "\u30fb": "NS",
    "\u30fc": "NS", "\u309d": "NS", "\u309e": "NS", "\u30fd": "NS", "\u30fe": "NS",
    "\u301c": "NS", "\u30a0": "NS", "\u203c": "NS", "\u2047": "NS", "\u2048": "NS", "\u2049": "NS",
    "\u00b0": "PO", "\u2030": "PO", "\u2031": "PO", "\u2032": "PO", "\u2033": "PO",
    "\u2103": "PO", "\u00a2": "PO", "\u066a": "PO",
    "\u0964": "BA", "\u0965": "BA", "\u058a": "BA", "\u1680": "BA",
}
_SMALL_KANA = set("ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿ")


@functools.lru_cache(maxsize=4096)
def char_class(char: str) -> str:
    """The line-breaking class of one character (``SP`` for the space)."""
    if char == " ":
        return "SP"
    if char in _ASCII_CLASS:
        return _ASCII_CLASS[char]
    if char < "\x80":
        if char.isdigit():
            return "NU"
        return "AL" if char >= " " else "CM"
    special = _SPECIAL_CLASS.get(char)
    if special:
        return special
    if char in _SMALL_KANA:
        return "NS"
    category = unicodedata.category(char)
    wide = unicodedata.east_asian_width(char) in ("W", "F")
    if category in ("Mn", "Me", "Mc", "Cf", "Cc"):
        return "CM"
    if category == "Ps":
        return "OPW" if wide else "OP"
    if category == "Pe":
        return "CL"
    if category in ("Pi", "Pf"):
        return "QU"
    if category == "Zs":
        return "BA"
    if category == "Pd":
        return "ID" if wide else "BA"
    if wide:
        return "ID"
    if category == "Nd":
        return "NU"
    if category == "Sc":
        return "PR"
    return "AL"


@functools.lru_cache(maxsize=4096)
def char_width(char: str) -> int:
    """Columns a character takes in a terminal (East Asian wide: 2, combining: 0)."""
    if char < "\x7f":
        return 1 if char >= " " else 0
    category = unicodedata.category(char)
    if category in ("Mn", "Me", "Cf") or char == "\u200b":
        return 0
    if category == "Cc":
        return 0
    if unicodedata.east_asian_width(char) in ("W", "F"):
        return 2
    return 1


def escape(text: str) -> str:
    """C-style escaping as in a PO file (other control characters are written as they are)."""
    if _NEEDS_ESCAPE.search(text) is None:
        return text
    return _NEEDS_ESCAPE.sub(lambda m: _ESCAPES[m.group()], text)


_ACTION = {"^": 0, "%": 1, "_": 2}  # never, only after spaces, always
_TABLE_INT = tuple(tuple(_ACTION[a] for a in row) for row in _TABLE)
_SPACE, _NEWLINE = -1, -2
_CM, _PR, _AL = _INDEX["CM"], _INDEX["PR"], _INDEX["AL"]


@functools.lru_cache(maxsize=8192)
def _info(char: str) -> tuple[str, int, int, int]:
    """``(written form, class before, class after, width)`` of one character of a string.

    An escape sequence is one unbreakable token: "\\" is PR before it, and after it the class
    is the escaped character's own (letters for \\t, \\r …). A newline can never be split
    from the text before it. Classes are indices into ``_TABLE_INT``; the space is ``_SPACE``.
    """
    if char == "\n":
        return "\\n", _NEWLINE, _NEWLINE, 2
    if char == " ":
        return " ", _SPACE, _SPACE, 1
    escaped = _ESCAPES.get(char)
    if escaped is not None:
        after = char_class(char) if char in '"\\' else "AL"
        return escaped, _PR, _INDEX[after], 2
    cls = _INDEX[char_class(char)]
    return char, cls, cls, char_width(char)


# Runs of letters and digits (Latin, Greek, Cyrillic) that UAX #14 never breaks inside.
_RUN = re.compile("[A-Za-z0-9\u00c0-\u024f\u0370-\u037d\u037f-\u0386\u0388-\u03ff"
                  "\u0400-\u0482\u048a-\u04ff]{2,}|.", re.DOTALL)
_NU = _INDEX["NU"]


def _tokens(piece: str) -> list[tuple[str, int, int, int]]:
    """``piece`` as ``_info`` tokens: one per character, or one per run of letters and digits."""
    info = _info
    tokens = []
    for text in _RUN.findall(piece):
        if len(text) == 1:
            tokens.append(info(text))
        else:
            tokens.append((text, _NU if text[0].isdigit() else _AL, _NU if text[-1].isdigit() else _AL, len(text)))
    return tokens


def _break_positions(tokens: list[tuple[str, int, int, int]], start_column: int, width: int,
                     line_start: int = 0) -> list[int]:
    """Indices of tokens that start a new line (greedy: break at the last chance that fits).

    ``start_column`` is where the first line's text starts, ``line_start`` where later lines'
    text starts; no line's text (trailing spaces included) may go past ``width`` columns.
    """
    table = _TABLE_INT
    breaks: list[int] = []
    column = start_column
    piece_width = 0
    last_break = -1
    previous = -3  # class of the last non-space token (-3: none yet)
    after_space = False
    index = -1
    for _, before, after, w in tokens:
        index += 1
        if before < 0:  # space or newline
            if before == _SPACE:
                after_space = True
            piece_width += w
            continue
        if previous == -3:
            previous = after if before != _CM else _AL
            after_space = False
            piece_width += w
            continue
        action = table[previous][before]
        if action == 2 or (action == 1 and after_space):
            # a break is allowed before this token: the text since the last one is a piece
            if last_break >= 0 and column + piece_width > width:
                breaks.append(last_break)
                column = line_start
            column += piece_width
            piece_width = 0
            last_break = index
        if before == _CM:
            if after_space:
                previous = _AL
        else:
            previous = after
        after_space = False
        piece_width += w
    if last_break >= 0 and column + piece_width > width:
        breaks.append(last_break)
    return breaks


def _pieces(value: str) -> list[str]:
    """``value`` split after each newline (the newline stays with the text before it)."""
    parts = value.split("\n")
    pieces = [part + "\n" for part in parts[:-1]]
    if parts[-1] or not pieces:
        pieces.append(parts[-1])
    return pieces


def wrap_string(keyword: str, value: str, *, prefix: str = "", wrap: bool = True,
                page_width: int = PAGE_WIDTH) -> list[str]:
    """The lines (without newline) that write ``keyword "value"``, e.g. ``msgid "Hello"``."""
    head = f"{prefix}{keyword} "
    newline = value.find("\n")
    if newline < 0 or newline == len(value) - 1:
        escaped = escape(value)
        # fits on the first line even if every character were two columns wide: no break needed
        if len(head) + 2 + 2 * len(escaped) <= page_width or not wrap or (
                escaped.isascii() and escaped.isprintable() and len(head) + 2 + len(escaped) <= page_width):
            return [f'{head}"{escaped}"']
    pieces = _pieces(value)
    if not wrap or page_width <= 0:
        if len(pieces) == 1:
            return [f'{head}"{escape(pieces[0])}"']
        return [f'{head}""'] + [f'{prefix}"{escape(piece)}"' for piece in pieces]
    width = page_width - 2
    lines: list[str] = []
    if len(pieces) == 1:
        tokens = _tokens(pieces[0])
        first_column = len(head)
        breaks = _break_positions(tokens, first_column, width)
        if not breaks:
            return [f'{head}"{"".join(t[0] for t in tokens)}"']
    lines.append(f'{head}""')
    column = len(prefix)
    for piece in pieces:
        tokens = _tokens(piece)
        start = 0
        for cut in _break_positions(tokens, column, width, column) + [len(tokens)]:
            lines.append(f'{prefix}"{"".join(t[0] for t in tokens[start:cut])}"')
            start = cut
    return lines


def wrap_references(references: list[str] | tuple[str, ...], page_width: int = PAGE_WIDTH) -> list[str]:
    """``#:`` lines holding ``references``, filled up to ``page_width`` columns."""
    lines: list[str] = []
    current = "#:"
    column = 2
    for reference in references:
        length = len(reference) + 1
        if column > 2 and column + length > page_width:
            lines.append(current)
            current = "#:"
            column = 2
        current += " " + reference
        column += length
    if column > 2 or not lines:
        lines.append(current)
    return lines
