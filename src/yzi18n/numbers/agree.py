"""A cheap, conservative test that a translation's numbers certainly agree with its source's.

``certainly_agrees(source, target, source_language, language)`` is True only when the full
comparison (``compare.compare``) could report nothing, in either mode: every number token of the
translation is read as ``parse`` reads its first reading (any script's digits, the locale's
decimal and group symbols, a scale word, a percent sign or word), and the two multisets of
(value, is a percentage) are equal — ``16,1`` → ``161`` or ``1,61`` keeps the digits but not the
value, ``3 million`` → ``3 Millionen`` keeps the value. Anything the comparison could speak about
on agreeing values, or that this reading is not sure of, makes it "not sure" (False) and the full
comparison runs: a token whose first reading is not one number, a clock time or decade read
another way, a restated scale, a range closed by a percent sign, masked placeholders
(``&#169;``, ``%1$s``, ``{0}``), digits used as letters, two named numbers whose names the
translation repeats (the comparison's swap test). The source's numbers are the comparison's own
(``parse.numbers``, cached per text and shared by every catalog).

``tests/test_numbers_agree.py`` proves "agrees ⇒ no finding" on every NTREX catalog.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from ..model import Entry
from .compare import _anchor_before
from .conventions import HAN_SCALES, SPACES, Conventions, conventions
from .parse import (_CLOCK, _CLOCK_TIME, _DECADE, _NOT_NUMBERS, _RANGE_JOIN, _SPACES_AND_MARKS, _TOKEN, _as_pairs,
                    _inside_word, _kind_before, _match_word, _raw_readings, _scale_after, _skip_spaces, numbers)


@functools.lru_cache(maxsize=8192)
def _source_side(source: str, source_language: str) -> tuple[tuple, tuple[str, ...]] | None:
    """The source's numbers as a sorted tuple of (value, is a percentage), and the names a swap
    test would anchor on; None when the source has no number."""
    found = numbers(source, source_language, is_source=True)
    if not found:
        return None
    anchors = [_anchor_before(source, n) for n in found]
    named = [(a, n.value) for a, n in zip(anchors, found)
             if a and anchors.count(a) == 1 and source.count(a) == 1]
    names = tuple(a for a, _ in named) if len({v for _, v in named}) >= 2 else ()
    return tuple(sorted((n.value, n.kind == "percent") for n in found)), names


@dataclass(frozen=True)
class _Language:
    """What the fast test needs of one language: its conventions and the first letters of the
    words ``parse`` looks for around a number, so that the real lookup runs only when one is there."""

    conv: Conventions
    after: frozenset[str]  # first characters of scale words, stems and percent words after a number
    before: frozenset[str]  # last characters of percent signs and words, currency symbols before it


@functools.lru_cache(maxsize=None)
def _language(language: str) -> _Language:
    conv = conventions(language)
    after = {w[:1] for w, _ in conv.scales_after} | {w[:1] for w, _ in conv.scale_stems} \
        | {w[:1] for w in conv.percent_after}
    if conv.han:
        after |= set(HAN_SCALES)
    before = {w[-1:] for w in conv.percent_signs + conv.percent_before + conv.currency_symbols}
    return _Language(conv, frozenset(after - {""}), frozenset(before - {""}))


@functools.lru_cache(maxsize=16384)
def _first_reading(raw: str, language: str) -> tuple[object, bool] | None:
    """(value, has decimals) of the first reading ``parse`` gives a token with separators, when
    that reading is one number."""
    first = _raw_readings(raw, 0, conventions(language))[0]
    return (first[0][0], first[0][3]) if len(first) == 1 else None


def _target_numbers(target: str, language: str) -> list[tuple[object, bool]] | None:
    """The translation's numbers as (value, is a percentage), read the way ``parse`` reads a
    token's first reading, or None at the first doubt."""
    if ("&#" in target or "%" in target or "{" in target) and _NOT_NUMBERS.search(target):
        return None  # parse masks character references and placeholders
    lang = _language(language)
    conv, after, before = lang.conv, lang.after, lang.before
    found: list[tuple[object, bool]] = []
    previous_end, previous_scaled, previous_percent = -1, False, False
    for match in _TOKEN.finditer(target):
        raw = match.group()
        start, end = match.span()
        if raw.isdigit():
            if not raw.isascii() and _inside_word(target, start, end, language):
                return None  # digits used as letters (Zawgyi Burmese): parse skips them
            value, decimals = int(raw), False  # int() reads the digits of any script
        else:
            if not raw.isascii() and _inside_word(target, start, end, language):
                return None
            if _CLOCK_TIME.fullmatch(raw) and _CLOCK.match(target, end):
                return None  # "5.30pm": read as an hour and minutes
            reading = _first_reading(raw, language)
            if reading is None:
                return None  # no reading as one number in any convention
            value, decimals = reading
        if not decimals and (value <= 12 and _CLOCK.match(target, end)
                             or value >= 10 and value % 10 == 0 and _DECADE.match(target, end)):
            return None  # a clock time or a decade: read another way
        kind = ""
        if start:
            last = target[max(0, start - 30): start].rstrip(_SPACES_AND_MARKS)[-1:]
            if last and (last in before or last.lower() in before or "A" <= last <= "Z"):
                kind = _kind_before(target, start, conv)[0]
        here = _skip_spaces(target, end)
        initial = target[here: here + 1].lower()[:1]
        percent_after = target.startswith(conv.percent_signs, here) or bool(
            initial in after and conv.percent_after and _match_word(target, here, _as_pairs(conv.percent_after)))
        percent = percent_after or kind == "percent"
        scale = None  # parse reads a scale word only when no percent sign or word follows
        if initial in after and not percent_after:
            scale = _scale_after(target, end, conv, kind == "currency")
        exponent = scale[1] if scale else 0
        if not exponent and conv.scales_before:
            head = target[max(0, start - 20): start].rstrip(SPACES).lower()
            exponent = next((e for word, e in conv.scales_before if head.endswith(word)), 0)
        if previous_end >= 0:
            between = target[previous_end:start]
            if previous_scaled and not between.strip(SPACES):
                return None  # restated scales are joined ("2 млн 500 тыс.")
            if percent and not previous_percent and len(between) <= 8 and _RANGE_JOIN.match(between):
                return None  # "5-7%": the first number of the range becomes a percentage
        if exponent:
            value = Decimal(value).scaleb(exponent)
        found.append((value, percent))
        previous_end, previous_scaled, previous_percent = (scale[2] if scale else end), bool(exponent), percent
    return found


def certainly_agrees(source: str, target: str, source_language: str, language: str) -> bool:
    """True only when ``compare(source, target, source_language, language)`` finds nothing in
    any mode; False means "not sure" (run the full comparison)."""
    side = _source_side(source, source_language)
    if side is None:
        return False
    wanted, names = side
    if names and sum(target.count(name) == 1 for name in names) >= 2:
        return False  # "CBS 3.1 million, NBC 2.94 million": the swap test could fire
    found = _target_numbers(target, language)
    if found is None or len(found) != len(wanted):
        return False
    if len(found) > 1:
        found.sort()
    return tuple(found) == wanted


# whether a source text has a digit, by text: every catalog of a project has the same sources,
# and a dictionary lookup costs less than a search (bounded: cleared when full)
_SOURCE_HAS_DIGIT: dict[str, bool] = {}
_SEARCH_DIGIT = re.compile(r"\d").search


def has_digit(entry: Entry) -> bool:
    """A digit (of any script) in the entry's source or in one of its translations: the numbers
    checks report nothing on an entry without one (the catalog-free half of the precondition)."""
    search = _SEARCH_DIGIT
    if search(entry.msgid) or search(entry.msgstr):
        return True
    if entry.msgid_plural is None:
        return False
    return bool(search(entry.msgid_plural) or any(search(text) for _, text in entry.msgstr_plural))


def may_disagree(language: str, source_language: str, options: Mapping[str, Any] | None = None
                 ) -> Callable[[Entry], bool]:
    """The numbers checks' precondition for one catalog: a digit on either side
    (``has_digit``), and the numbers not certainly agreeing (plural entries always go
    the full way)."""
    known = _SOURCE_HAS_DIGIT
    search = _SEARCH_DIGIT
    if len(known) > 200_000:
        known.clear()

    def test(entry: Entry) -> bool:
        if entry.msgid_plural is not None:
            return has_digit(entry)
        source = entry.msgid
        digit = known.get(source)
        if digit is None:
            digit = known[source] = search(source) is not None
        if not digit:
            return search(entry.msgstr) is not None  # a number only the translation has
        return not certainly_agrees(source, entry.msgstr, source_language, language)

    return test


__all__ = ["certainly_agrees", "has_digit", "may_disagree"]
