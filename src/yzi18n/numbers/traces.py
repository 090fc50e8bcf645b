"""What cutting a number out of a sentence leaves behind, and which of those marks a catalog's
translators write anyway.

A number a translation may fairly leave out ("100 percent sure" as "completely sure", WW1 written
out) is reported as a warning, unless the text shows where something was cut out: then it was
lost. Each mark below is one such trace. A mark that a catalog's own translations show often
(Wolof's " ," before a comma, Japanese spaces between words, Finnish "The Washington Post
-lehti") where no number can have been cut, in the translations of sources without a digit,
is the catalog's habit, not a trace, and is not counted there (``Habits``).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Container, Iterable

_HAN_KANA = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff"

MARKS: dict[str, re.Pattern] = {
    # a space left before the punctuation that followed the number: "на 100%, че" → "на , че",
    # "1. svetovú" → " . svetovú" (not " ..." nor " .NET")
    "space before punctuation": re.compile(r"\s,|\s\.(?=\s|$)|\s\)"),
    # an emptied bracket or pair of quotes: "(£)", "на «»" (not "(…)")
    "empty bracket": re.compile(r"\((?![….])\W{0,2}\)|«\s*»|“\s*”|„\s*“"),
    # the minutes of a clock without their hour: "о 15:00" → "о :00" (not "3 :1")
    "minutes alone": re.compile(r"(?<![\d\s])\s:\d\d(?!\d)"),
    # the number sign without its number: "№1 шудан" → "№шудан", "No.1 in" → "No. in" (not the
    # Spanish sentence "No. Estoy …"; "n. 1" → "n. nell'" in lower case, not "N. van der Berg", "n.a.v.")
    "number sign alone": re.compile(r"№\s*(?!\d)\S|\bN[or]\.\s*(?=[a-zà-ÿ])|(?<![^\W\d_])n\.\s+(?=[a-zà-ÿ])"),
    # a gap in a script written without spaces: "第 1 次" → "第 次"
    "gap between Han characters": re.compile(f"[{_HAN_KANA}]\\s+[{_HAN_KANA}]"),
    # a suffix or prefix the number carried, now alone: "1-ஆக" → " -ஆக", "angu-10 (" → "angu-("
    # (not a dialogue dash opening the text, nor German "Brust-, Eierstock- und …", "Montagnachmittag
    # oder -abend": see _SUSPENDED)
    "affix alone": re.compile(r"(?<=\s)-[^\W\d_]|[^\W\d_]-(?=\s*[.(]|$)"),
}
# a compound's shared part left out after a conjunction ("oder -abend", "en -avond")
_SUSPENDED = re.compile(r"\b(?:und|oder|bzw|sowie|and|or|en|of|og|eller|och|ja|tai|i|a|e|y|o|ou|et|и|или)\s-[^\W\d_]",
                        re.IGNORECASE)
# a dash the source writes with a space before it ("on the other side - the greatest", "certain –
# and"): a translation that copies it as " -word" shows no affix left alone
_SPACED_DASH = re.compile(r"\s[-–—]")
_DIGIT = re.compile(r"\d")

# a mark shown by at least this share of a catalog's translations (and by three at least) is
# the catalog's habit
HABIT_SHARE = 0.01
HABIT_LEAST = 3


@functools.lru_cache(maxsize=1024)  # asked once per number a translation may have lost
def marks_in(source: str, target: str) -> frozenset[str]:
    """The names of the ``MARKS`` that ``target`` shows (the affix mark only where ``source``
    writes no dash after a space)."""
    found = {name for name, pattern in MARKS.items() if pattern.search(target)}
    if "affix alone" in found and (_SPACED_DASH.search(source) or _SUSPENDED.search(target)):
        found.discard("affix alone")
    return frozenset(found)


class Habits:
    """The marks a catalog's translations show as a habit: those found at least ``HABIT_SHARE``
    times per translation of a source without a digit, and ``HABIT_LEAST`` times at least, where
    no number can have been cut out. ``name in habits`` counts that mark once, on the first
    question, over all those translations joined (one scan per mark, not per translation)."""

    __slots__ = ("_pairs", "_text", "_least", "_known")

    def __init__(self, pairs: Callable[[], Iterable[tuple[str, str]]]):
        self._pairs = pairs
        self._text: str | None = None
        self._least = 0.0
        self._known: dict[str, bool] = {}

    def __contains__(self, name: object) -> bool:
        known = self._known.get(name)  # type: ignore[arg-type]
        if known is None:
            if self._text is None:
                texts = [target for source, target in self._pairs() if target and not _DIGIT.search(source)]
                self._text = "\x00".join(texts)  # no mark reads across the joint
                self._least = max(HABIT_LEAST, HABIT_SHARE * len(texts))
            known = self._known[name] = sum(1 for _ in MARKS[name].finditer(self._text)) >= self._least
        return known


def cut_out(source: str, target: str, habits: Container[str] = frozenset()) -> str | None:
    """The name of a mark of a number cut out of ``target`` that is not one of the catalog's
    ``habits`` (the first in ``MARKS`` order), else None."""
    found = marks_in(source, target)
    return next((name for name in MARKS if name in found and name not in habits), None)


__all__ = ["HABIT_LEAST", "HABIT_SHARE", "MARKS", "Habits", "cut_out", "marks_in"]
