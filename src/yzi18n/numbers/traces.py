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
from collections import Counter
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


# A word a catalog's translations write right after a number and nowhere else (a unit, a counter,
# an ordinal's ending: "২টা", "1차", "1ይ", "ވަނަ") is a trace too when it stands with no number
# before it: the number was cut out. Learned per catalog: seen at least AFFIX_LEAST times, at
# least AFFIX_SHARE of them right after a number (glued to it or after a space). The share leaves
# room for the numbers a catalog's own slips have cut out.
AFFIX_LEAST = 3
AFFIX_SHARE = 0.75
_PIECE = re.compile(r"\S+")
_EDGES = "\"'“”„«»‘’()[]{}.,;:!?،؛。，、…—–-"
# the word glued to a number that starts a word ("1차", "২টা"), and the word after a space that
# follows a word ending with a number (not after a clause mark: "2018, the")
_EDGE_CLASS = "[" + re.escape(_EDGES) + "]*"
_GLUED_AFTER = re.compile(r"\d(?<![^\W\d_]\d)[\d.,]*([^\W\d_]\S*)")  # not after letters: HER2-positive
_SPACED_AFTER = re.compile(r"\d[\"'„“‘’]*[ \t\u00a0]+(?=(\S+))")
# scripts written without spaces between words: their "words" are whole clauses
_UNSPACED = re.compile(r"[\u0e00-\u0eff\u0f00-\u0fff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u9fff]")


class NumberAffixes:
    """The words a catalog's translations write only right after a number (``AFFIX_LEAST``,
    ``AFFIX_SHARE``); ``word in affixes`` asks of one word. On the first question the
    translations are joined and the words after numbers read with two patterns; how often a
    word stands alone is counted for the words asked about only, once each."""

    __slots__ = ("_pairs", "_after", "_glued", "_text", "_known")

    def __init__(self, pairs: Callable[[], Iterable[tuple[str, str]]]):
        self._pairs = pairs
        self._after: dict[str, int] | None = None
        self._glued: Counter = Counter()
        self._text = ""
        self._known: dict[str, bool] = {}

    def _read_after(self) -> dict[str, int]:
        if self._after is None:
            # the words after numbers, in the translations of sources with a digit (a fifth of them)
            text = "\n".join(target for source, target in self._pairs() if target and _has_digit(source))
            glued = _merged(Counter(_GLUED_AFTER.findall(text)))
            after = glued + _merged(Counter(_SPACED_AFTER.findall(text)))
            self._glued = glued
            self._after = {word: count for word, count in after.items()
                           if count >= AFFIX_LEAST and word and not _DIGIT.search(word)
                           and not _UNSPACED.search(word)}
        return self._after

    def __contains__(self, word: object) -> bool:
        after = self._read_after().get(word)  # type: ignore[arg-type]
        if after is None:
            return False
        known = self._known.get(word)  # type: ignore[arg-type]
        if known is None:
            if not self._text:
                self._text = "\n".join(target for _, target in self._pairs() if target).lower()
            text = self._text
            most = after / AFFIX_SHARE - self._glued[word]  # type: ignore[index]  # standing alone at most
            # the word as a word of its own (after a space or opening marks, before closing marks
            # and a space), found with str.find: no pattern to compile per word; counted only until
            # it is clearly a word of the language (Spanish "de" of "5 de octubre")
            alone, size = 0, len(word)  # type: ignore[arg-type]
            at = text.find(word)  # type: ignore[arg-type]
            while at >= 0 and alone <= most:
                if _word_starts_at(text, at) and _word_ends_at(text, at + size):
                    alone += 1
                at = text.find(word, at + size)  # type: ignore[arg-type]
            known = self._known[word] = alone <= most  # type: ignore[index]
        return known

    @property
    def words(self) -> frozenset[str]:
        """All of them (each asked in turn)."""
        return frozenset(word for word in self._read_after() if word in self)


def _merged(found: Counter) -> Counter:
    """``found`` with its words stripped of their marks (``_EDGES``) and in lower case, the counts
    of the same word added: once per distinct match, not per match."""
    merged: Counter = Counter()
    for word, count in found.items():
        merged[word.strip(_EDGES).lower()] += count
    return merged


_SOURCE_HAS_DIGIT: dict[str, bool] = {}  # every catalog of a project has the same sources


def _has_digit(source: str) -> bool:
    known = _SOURCE_HAS_DIGIT.get(source)
    if known is None:
        if len(_SOURCE_HAS_DIGIT) > 100_000:
            _SOURCE_HAS_DIGIT.clear()
        known = _SOURCE_HAS_DIGIT[source] = _DIGIT.search(source) is not None
    return known


def _word_ends_at(text: str, at: int) -> bool:
    """True when only closing marks (``_EDGES``) stand between ``at`` and the end of its word."""
    while at < len(text) and text[at] in _EDGES:
        at += 1
    return at == len(text) or text[at].isspace()


def _word_starts_at(text: str, at: int) -> bool:
    """True when only opening marks (``_EDGES``) stand between ``at`` and the start of its word."""
    while at and text[at - 1] in _EDGES:
        at -= 1
    return not at or text[at - 1].isspace()


def affix_alone(target: str, affixes: NumberAffixes, beside_ok: Callable[[str], bool],
                skip: Callable[[str], bool]) -> str | None:
    """A word of ``affixes`` standing in ``target`` with no number before it, else None.
    ``beside_ok(piece)``: a neighbour that stands for a number (a number word: "zwei km",
    "blave vɔ asieke lia"); ``skip(word)``: a word that goes with numbers written in words too
    (a scale word: Ewe "miliɔn alafa deka blave", 120 million)."""
    pieces = _PIECE.findall(target)
    for k, piece in enumerate(pieces):
        previous = pieces[k - 1].strip(_EDGES) if k else ""
        if previous[-1:].isdigit():
            continue  # it stands by its number
        word = piece.strip(_EDGES).lower()
        if word not in affixes or skip(word):
            continue
        following = pieces[k + 1].strip(_EDGES) if k + 1 < len(pieces) else ""
        if not (previous and beside_ok(previous)) and not (following and beside_ok(following)):
            return piece.strip(_EDGES)
    return None


def cut_out(source: str, target: str, habits: Container[str] = frozenset()) -> str | None:
    """The name of a mark of a number cut out of ``target`` that is not one of the catalog's
    ``habits`` (the first in ``MARKS`` order), else None."""
    found = marks_in(source, target)
    return next((name for name in MARKS if name in found and name not in habits), None)


__all__ = ["AFFIX_LEAST", "AFFIX_SHARE", "HABIT_LEAST", "HABIT_SHARE", "MARKS", "Habits", "NumberAffixes",
           "affix_alone", "cut_out", "marks_in"]
