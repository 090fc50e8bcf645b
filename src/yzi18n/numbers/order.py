"""The order in which a translation writes two numbers of its source: the trace of a swap.

"44 … 32" translated "32 … 44" has the source's values, each once: no comparison of values sees
that they traded places. Many translations reorder a sentence's clauses, and their numbers with
them, so the order alone proves nothing; the numbers check weighs it against the other languages'
translations of the same source (``checks.numbers``). Only numbers found literally are read: a
source number written with plain digits, once, and the same digits standing alone once in the
translation (digits of any script read as ASCII), so the test is a few searches per entry.
"""

from __future__ import annotations

import functools
import re
from itertools import combinations

from .parse import digit_value

# a whole number in ASCII digits, not part of a decimal, a grouped number or a clock ("7.55",
# "1,500", "13:10"); the parser is not asked: this runs on every entry with a digit
_PLAIN = re.compile(r"(?<![\d.,:])\d+(?!\d)(?![.,:]\d)")
# an English month's name between two numbers: a date ("5 March 2020"), whose parts many languages
# write the other way round (2020. március 5.)
_MONTH = re.compile(r"\b(?:january|february|march|april|may|june|july|august|september|october|november|december"
                    r"|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?(?![^\W\d_])", re.IGNORECASE)


@functools.lru_cache(maxsize=8192)
def source_pairs(source: str) -> tuple[tuple[str, str], ...]:
    """The pairs (first, second) of the source's whole numbers written with plain digits, each
    once and of different values, in the source's order, with a letter between them: not the two
    halves of a score or a telephone number ("1-0", "14½-13½", "0800 555 111"), which are read
    elsewhere or not at all."""
    found = [(match.group(), match.start(), match.end()) for match in _PLAIN.finditer(source)]
    written = [digits for digits, _, _ in found]
    once = [(digits, start, end) for digits, start, end in found if written.count(digits) == 1]
    return tuple((a, b) for (a, _, a_end), (b, b_start, _) in combinations(once, 2)
                 if int(a) != int(b) and any(map(str.isalpha, source[a_end:b_start]))
                 and not _MONTH.search(source, a_end, b_start))


_OTHER_DIGIT = re.compile(r"(?![0-9])\d")  # a digit of another script than ASCII


def _place(text: str, digits: str) -> int | None:
    """Where ``text`` writes ``digits`` as a number of its own (not in 120, 2012, 1,12 or 3.5),
    if it does so exactly once; else None."""
    found = None
    size, length = len(text), len(digits)
    at = text.find(digits)
    while at >= 0:
        end = at + length
        if not (at and (text[at - 1].isdigit() or (at >= 2 and text[at - 1] in ".," and text[at - 2].isdigit()))) \
                and not (end < size and (text[end].isdigit()
                                         or (end + 1 < size and text[end] in ".," and text[end + 1].isdigit()))):
            if found is not None:
                return None  # written twice: no order
            found = at
        at = text.find(digits, end)
    return found


@functools.lru_cache(maxsize=65536)  # a text is asked once per pair, and by every other language
def _in_ascii_digits(text: str) -> str:
    """``text`` with the digits of other scripts written in ASCII (৪৪ as 44), or ``text``."""
    return digit_value(text) if not text.isascii() and _OTHER_DIGIT.search(text) else text


def in_order(text: str, first: str, second: str) -> bool | None:
    """True when ``text`` writes ``first`` before ``second``, False when after, None unless it
    writes each exactly once, as a number of its own (digits of any script read as ASCII)."""
    text = _in_ascii_digits(text)
    a = _place(text, first)
    if a is None:
        return None
    b = _place(text, second)
    return None if b is None else a < b


def reversed_pairs(source: str, target: str) -> tuple[tuple[str, str], ...]:
    """The pairs of ``source_pairs`` that ``target`` writes in the other order."""
    pairs = source_pairs(source)
    return tuple(pair for pair in pairs if in_order(target, *pair) is False) if pairs else ()
