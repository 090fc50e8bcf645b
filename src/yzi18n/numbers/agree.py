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
translation repeats (the comparison's swap test), a pair the source joins by a dash, a colon or
"to" ("1-0", "3 to 6") whose values come the other way round (the test of reversed pairs). The
source's numbers are the comparison's own (``parse.numbers``, cached per text and shared by every
catalog). A source without numbers agrees with a translation each of whose numbers the source
writes as a word or names as a month ("two years" → "2 Jahre"): all the comparison accepts there;
so does a translation with every number of its source and others of that kind ("in January 2016"
→ "2016年1月"). Digits used as letters (Zawgyi Burmese) are skipped, as ``parse`` skips them.

``tests/test_numbers_agree.py`` proves "agrees ⇒ no finding" on every NTREX catalog.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from ..model import Entry
from .compare import _CLOCK_TOKEN, _FRACTION_AFTER, _JOINED_IN_SOURCE, _anchor_before, _months_named
from .conventions import BIDI_MARKS, HAN_SCALES, SPACES, Conventions, conventions
from .parse import (_CLOCK, _CLOCK_TIME, _DECADE, _NOT_NUMBERS, _RANGE_JOIN, _SPACES_AND_MARKS, _TOKEN,
                    _inside_word, _kind_before, _raw_readings, _scale_after, _skip_spaces, numbers,
                    percent_word_end, zawgyi_marks)
from .words import spelled_word


@dataclass(frozen=True)
class _Source:
    """What the fast test needs of a source with numbers."""

    wanted: tuple  # its numbers as a sorted tuple of (value, is a percentage)
    names: tuple[tuple[str, Decimal], ...]  # the names a swap test would anchor on, with their numbers' values
    # every value of its numbers and of the months it names (compare's pool, which picks a token's
    # reading), or None when compare's pool has more (a fraction sign: "14½" is also 14.5)
    pool: frozenset | None
    times: bool  # it has a clock time (compare's readings may then split "17.30")
    # the values of neighbours joined by a dash, a colon or "to" (a score, a range: the
    # comparison's test of pairs written the other way round), first then second
    joined: tuple[tuple[Decimal, Decimal], ...] = ()


@functools.lru_cache(maxsize=8192)
def _source_side(source: str, source_language: str) -> _Source | None:
    """The source's numbers as the fast test reads them; None when the source has no number."""
    found = numbers(source, source_language, is_source=True)
    if not found:
        return None
    anchors = [_anchor_before(source, n) for n in found]
    named = [(a, n.value) for a, n in zip(anchors, found)
             if a and anchors.count(a) == 1 and source.count(a) == 1]
    names = tuple(named) if len({v for _, v in named}) >= 2 else ()
    pool = None if _FRACTION_AFTER.search(source) else \
        frozenset(v for n in found for v in n.values) | _months_named(source, source_language)  # compare's
    joined = tuple((a.value, b.value) for a, b in zip(found, found[1:])
                   if a.value != b.value and _JOINED_IN_SOURCE.fullmatch(source, a.end, b.start))
    return _Source(tuple(sorted((n.value, n.kind == "percent") for n in found)), names, pool,
                   any(n.kind in ("time", "minutes") for n in found), joined)


@dataclass(frozen=True)
class _Language:
    """What the fast test needs of one language: its conventions and the first letters of the
    words ``parse`` looks for around a number, so that the real lookup runs only when one is there."""

    conv: Conventions
    after: frozenset[str]  # first characters of scale words, stems and percent words after a number
    before: frozenset[str]  # last characters of percent signs and words, currency symbols before it
    # the characters that may start what parse reads after a number (a scale word, stem, percent
    # word or sign, lowered), or None when a hyphen, space or mark is one of them
    starts_after: frozenset[str] | None
    # the first (up to) three characters, case-folded, of everything parse reads after a number
    # with nothing before it (``_plain_numbers``: scale words, stems, percent words and signs; a
    # scale word of one ASCII letter, K or M, is read only after a currency); None when that test
    # does not apply (no usable starts_after, or scale words written before the number)
    heads_after: frozenset[str] | None
    # the first two characters, case-folded, of the scale words parse also takes with one letter
    # changed (in a word of five letters or more, and a period)
    near_heads: frozenset[str]
    letters: frozenset[str]  # the scale words of one ASCII letter, case-folded (K, M: read as written)


_SKIPPED = SPACES + BIDI_MARKS + "-"  # what _skip_spaces may pass over (a hyphen only before a letter)
# right after a number: a clock time or a decade (the alternatives _CLOCK and _DECADE start with,
# relaxed), else (group 1) the spaces, marks and hyphens _skip_spaces may pass over
_AFTER_NUMBER = re.compile(r"(?:[:.]\d\d)?\s*[ap]|'?s|([" + re.escape(_SKIPPED) + "]*)", re.IGNORECASE).match


@functools.lru_cache(maxsize=None)
def _language(language: str) -> _Language:
    conv = conventions(language)
    after = {w[:1] for w, _ in conv.scales_after} | {w[:1] for w, _ in conv.scale_stems} \
        | {w[:1] for w in conv.percent_after}
    if conv.han:
        after |= set(HAN_SCALES)
    before = {w[-1:] for w in conv.percent_signs + conv.percent_before + conv.currency_symbols}
    after -= {""}
    starts = after | {sign[:1] for sign in conv.percent_signs}
    usable = "" not in starts and all(w for w, _ in conv.scales_after) and all(w for w, _ in conv.scale_stems) \
        and all(conv.percent_after) and not any(ch in _SKIPPED for ch in starts)
    heads = None
    if usable and not conv.scales_before:
        words = [w for w, _ in conv.scales_after if len(w.rstrip(".")) > 1 or not w.isascii()] \
            + [w for w, _ in conv.scale_stems] + list(conv.percent_after) + list(conv.percent_signs) \
            + (list(HAN_SCALES) if conv.han else [])
        heads = frozenset(w.casefold()[:3] for w in words)
    near = frozenset(w.casefold()[:2] for w, _ in conv.scales_after if len(w) >= 5)
    letters = frozenset(w.rstrip(".").casefold() for w, _ in conv.scales_after if len(w.rstrip(".")) == 1 and w.isascii())
    return _Language(conv, frozenset(after), frozenset(before - {""}), frozenset(starts) if usable else None,
                     heads, near, letters)


def _nothing_after(target: str, end: int, starts: frozenset[str]) -> bool:
    """True when parse reads nothing after the number ending at ``end``: no clock time or decade,
    and the first character past the spaces, marks and hyphens _skip_spaces passes (which it may
    pass fewer of) neither starts a percent sign nor, lowered, a word it looks up."""
    match = _AFTER_NUMBER(target, end)
    if match.group(1) is None:
        return False
    ch = target[match.end(): match.end() + 1]
    return not ch or (ch not in starts and ch.lower()[:1] not in starts)


# The first zero of each run of ten decimal digits in the Basic Multilingual Plane, in Unicode 14.0
# (Python 3.11's): ``\d`` is tested by Unicode category, a class of these ranges by a bitmap.
_BMP_ZEROS_14 = (0x0030, 0x0660, 0x06F0, 0x07C0, 0x0966, 0x09E6, 0x0A66, 0x0AE6, 0x0B66, 0x0BE6, 0x0C66, 0x0CE6,
                 0x0D66, 0x0DE6, 0x0E50, 0x0ED0, 0x0F20, 0x1040, 0x1090, 0x17E0, 0x1810, 0x1946, 0x19D0, 0x1A80,
                 0x1A90, 0x1B50, 0x1BB0, 0x1C40, 0x1C50, 0xA620, 0xA8D0, 0xA900, 0xA9D0, 0xA9F0, 0xAA50, 0xABF0,
                 0xFF10)


def _maybe_digit_pattern() -> re.Pattern:
    """A pattern matching every character ``\\d`` matches and some more: the decimal digits of the
    Basic Multilingual Plane and any character beyond it. Searched about twice as fast as ``\\d``;
    where it finds nothing there is no digit, where it finds one ``\\d`` decides."""
    if unicodedata.unidata_version == "14.0.0":
        zeros = _BMP_ZEROS_14
    else:  # another Unicode: its digits, read from it (~13 ms)
        zeros = tuple(i for i in range(0x10000) if chr(i).isdecimal() and unicodedata.decimal(chr(i)) == 0)
    ranges = "".join(f"\\u{zero:04x}-\\u{zero + 9:04x}" for zero in zeros)
    return re.compile(f"[{ranges}]|[\\U00010000-\\U0010ffff]")


_MAYBE_DIGIT = _maybe_digit_pattern().search


@functools.lru_cache(maxsize=16384)
def _readings(raw: str, language: str) -> tuple[tuple[tuple[object, int, int, bool], ...], ...]:
    """The readings ``parse`` gives a token with separators, best first, each a tuple of numbers
    (value, start, end within the token, has decimals)."""
    return tuple(tuple(tuple(number) for number in reading) for reading in _raw_readings(raw, 0, conventions(language)))


def _chosen_reading(raw: str, readings: tuple, pool: frozenset, times: bool) -> tuple:
    """The reading ``compare._choose_readings`` takes of a token whose numbers are their raw values
    (nothing parse reads around them): the one agreeing with the most source values, the first on
    a tie, a split one only when each of its numbers agrees (or, for a clock time, one does)."""
    first = readings[0]
    first_agrees = all(value in pool for value, *_ in first)
    clock = times and _CLOCK_TOKEN.fullmatch(raw) is not None
    best, best_score = first, None
    for reading in readings:
        hits = sum(value in pool for value, *_ in reading)
        if len(reading) > len(first) and (first_agrees or (hits < len(reading) and not (clock and hits))):
            hits = -1
        if best_score is None or hits > best_score:
            best, best_score = reading, hits
    return best


# A number token with the two characters before it, or the one (lookbehinds: the token is
# _TOKEN's own, its first digit first, so that the regex engine skips to digits), whether parse's
# clock or decade reading may follow it ("5 pm", "1990s"), and past the spaces, marks and hyphens
# after it, three characters and whether five letters start there (_plain_numbers); the
# lookaheads consume nothing.
assert _TOKEN.pattern.startswith(r"\d+"), "_TOKEN_IN_CONTEXT takes the token's first digit apart"
_TOKEN_IN_CONTEXT = re.compile(
    r"(\d(?:(?<=(..)\d)|(?<=(.)\d)|)" + r"\d*" + _TOKEN.pattern.removeprefix(r"\d+") + ")"
    + "(?=((?i:" + _CLOCK.pattern + ")|" + _DECADE.pattern + ")?)"
    "(?=[" + re.escape(_SKIPPED) + "]*+(.{0,3}))"
    # a letter and four more characters but white space: where parse's word (letters and their
    # marks) is five characters long at least, this matches too
    "(?=[" + re.escape(_SKIPPED) + r"]*+([^\W\d_]\S{4})?)", re.DOTALL).findall


def _plain_numbers(target: str, start: int, language: str, lang: _Language, separated: list | None,
                   source: _Source | None) -> list[tuple[object, bool]] | None:
    """``_target_numbers`` for a translation whose numbers nothing parse reads stands around,
    from the first digit at ``start``, in one regex scan; None when that is not certain (then
    the number-by-number reading decides). Before each token no character ``_kind_before`` may
    read (the test of ``_target_numbers``, past one space or mark; not sure past two); after it no
    clock or decade reading, and no word or sign whose first characters (case-folded: a superset
    of parse's lowered lookups) ``heads_after`` or ``near_heads`` hold. A token is one number:
    its digits (any script, not inside a word), or the first reading of a token with separators
    when that reading is one number the comparison would choose too."""
    if "\u0130" in target:
        return None  # İ lowers to two characters: parse's lowered windows are not these
    heads, near, letters, before = lang.heads_after, lang.near_heads, lang.letters, lang.before
    found = _TOKEN_IN_CONTEXT(target, start)
    values: list[tuple[object, bool]] = []
    other_digits = False
    for raw, two, one, clock, after, long_word in found:
        if clock:
            return None
        if two:
            last = two[1]
            if last in _SPACES_AND_MARKS:
                last = two[0]
                if last in _SPACES_AND_MARKS:
                    return None
        else:
            last = one
            if last in _SPACES_AND_MARKS:
                return None
        if last and (last in before or "A" <= last <= "Z" or last.lower() in before):
            return None
        if after:
            folded = after.casefold()
            # the last test: a non-ASCII letter that lowers to a one-letter scale word (the Kelvin
            # sign, U+212A, is k), which parse reads as a scale even without a currency
            if folded[:1] in heads or folded[:2] in heads or folded[:3] in heads \
                    or (long_word and folded[:2] in near) or (folded[:1] in letters and not after[:1].isascii()):
                return None
        if not raw.isascii():
            other_digits = True
        if raw.isdigit():
            values.append((int(raw), False))
            continue
        readings = _readings(raw, language)
        reading = readings[0]
        if len(reading) != 1:
            return None
        if len(readings) > 1 and source is not None and source.pool is not None \
                and reading[0][0] not in source.pool:
            return None  # the comparison may take another reading
        values.append((reading[0][0], False))
        if separated is not None:
            separated.append(reading[0][0])
    if other_digits:  # digits of other scripts may be letters (Zawgyi Burmese): parse's own test decides
        if any(not match.group().isascii() and _inside_word(target, match.start(), match.end(), language)
               for match in _TOKEN.finditer(target, start)):
            return None
    return values


def _target_numbers(target: str, language: str, separated: list | None = None,
                    positions: list | None = None, source: _Source | None = None) -> list[tuple[object, bool]] | None:
    """The translation's numbers as (value, is a percentage), read the way ``parse`` reads a
    token's first reading (and ``combine`` joins them), or None at the first doubt; ``separated``
    gets the values of the tokens with separators (which have other readings), ``positions`` each
    number's (start, value). With the ``source``, a token with separators whose first reading
    does not agree with it is read as the comparison reads it, when nothing around it changes
    its values ("820,000" in Azerbaijani, whose decimal sign is the comma: 820000 as the source)."""
    if ("&#" in target or "%" in target or "{" in target) and _NOT_NUMBERS.search(target):
        return None  # parse masks character references and placeholders
    if language[:2] == "my":
        target = zawgyi_marks(target, language)  # as parse reads it: Zawgyi's marks typed as Shan digits
    lang = _language(language)
    conv, after, before, starts = lang.conv, lang.after, lang.before, lang.starts_after
    found: list[tuple[object, bool]] = []
    previous_end, previous_scaled, previous_percent, previous_plain = -1, False, False, False
    previous_kind = ""
    first = _MAYBE_DIGIT(target)  # no token starts before it (a superset of the digits)
    if first is not None and positions is None and lang.heads_after is not None:
        mark = len(separated) if separated is not None else 0
        plain = _plain_numbers(target, first.start(), language, lang, separated, source)
        if plain is not None:
            return plain
        if separated:
            del separated[mark:]
    for match in _TOKEN.finditer(target, first.start()) if first is not None else ():
        raw = match.group()
        start, end = match.span()
        if not raw.isascii() and _inside_word(target, start, end, language):
            continue  # digits used as letters (Zawgyi Burmese): parse skips them too
        if raw.isdigit():
            parts: tuple | list = ((int(raw), start, end, False),)  # int() reads any script's digits
        else:
            if _CLOCK_TIME.fullmatch(raw) and _CLOCK.match(target, end):
                return None  # "5.30pm": read as an hour and minutes
            readings = _readings(raw, language)
            reading = readings[0]
            if source is not None and len(readings) > 1 and source.pool is not None \
                    and not all(value in source.pool for value, *_ in reading) \
                    and not conv.scales_before and starts is not None and _nothing_after(target, end, starts):
                reading = _chosen_reading(raw, readings, source.pool, source.times)
            parts = [(value, start + first, start + last, decimals) for value, first, last, decimals in reading]
        for value, start, end, decimals in parts:
            kind = ""
            if start:
                last = target[start - 1]  # the last character before the number but spaces and marks
                if last in _SPACES_AND_MARKS:
                    last = target[max(0, start - 30): start].rstrip(_SPACES_AND_MARKS)[-1:]
                if last and (last in before or last.lower() in before or "A" <= last <= "Z"):
                    kind = _kind_before(target, start, conv)[0]
            scale = None
            if starts is not None and _nothing_after(target, end, starts):
                percent = kind == "percent"  # nothing parse reads follows the number
            else:
                if not decimals and (value <= 12 and _CLOCK.match(target, end)
                                     or value >= 10 and value % 10 == 0 and _DECADE.match(target, end)):
                    return None  # a clock time or a decade: read another way
                here = _skip_spaces(target, end)
                initial = target[here: here + 1].lower()[:1]
                percent_after = target.startswith(conv.percent_signs, here) or (
                    initial in after and percent_word_end(target, here, conv) is not None)
                percent = percent_after or kind == "percent"
                if initial in after and not percent_after:  # no scale word after a percent sign or word
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
                    # "5-7%": combine makes the range's first number a percentage when it is plain
                    # (no currency, no year, which needs the letters before it: not sure)
                    if previous_plain:
                        found[-1] = (found[-1][0], True)
                    elif previous_kind != "currency":
                        return None
            year_like = end - start == 4 and 1000 <= value <= 2100
            if exponent:
                value = Decimal(value).scaleb(exponent)
            found.append((value, percent))
            if separated is not None and not raw.isdigit():
                separated.append(value)
            if positions is not None:
                positions.append((start, value))
            previous_end, previous_scaled, previous_percent = (scale[2] if scale else end), bool(exponent), percent
            previous_kind = kind
            previous_plain = kind == "" and not percent and not year_like
    return found


def certainly_agrees(source: str, target: str, source_language: str, language: str) -> bool:
    """True only when ``compare(source, target, source_language, language)`` finds nothing in
    any mode; False means "not sure" (run the full comparison)."""
    side = _source_side(source, source_language)
    if side is None:
        return _only_spelled_in_source(source, target, source_language, language)
    wanted, names = side.wanted, side.names
    positions = None
    if names and sum(target.count(name) == 1 for name, _ in names) >= 2:
        positions = []  # "CBS 3.1 million, NBC 2.94 million": the swap test could fire
    separated: list = []
    found = _target_numbers(target, language, separated, positions, side)
    if found is None or len(found) < len(wanted):
        return False
    if positions is not None and not _names_keep_their_numbers(target, names, positions):
        return False
    if side.joined and _any_reversed(found, side.joined):
        return False  # "1-0" → "0-1": the comparison's test of pairs written the other way round
    if len(found) > 1:
        found.sort()
    if len(found) == len(wanted):
        return tuple(found) == wanted
    return _more_in_translation(found, wanted, separated, source, source_language)


def _any_reversed(found: list, joined: tuple[tuple[Decimal, Decimal], ...]) -> bool:
    """True when the translation's numbers, in their order, have a joined pair of the source's
    second value right before its first (a superset of what the comparison calls reversed)."""
    return any((found[m][0], found[m + 1][0]) == (b, a) for a, b in joined for m in range(len(found) - 1))


def _names_keep_their_numbers(target: str, names: tuple[tuple[str, Decimal], ...], positions: list) -> bool:
    """True when the comparison's swap test cannot fire (``compare._anchored_swaps``): it takes
    the first number starting within 25 characters after a name the translation has once, and
    fires when that is the number another name had in the source. Here every number starting
    there has the value of the name's own number (the numbers agreeing, each is matched to a
    source number of its own value, so none of them is another name's)."""
    for name, value in names:
        if target.count(name) != 1:
            continue
        end = target.index(name) + len(name)
        if any(end <= start <= end + 25 and found != value for start, found in positions):
            return False
    return True


def _more_in_translation(found: list, wanted: tuple, separated: list, source: str, source_language: str) -> bool:
    """True when the translation has every number of the source (value and percent alike) and
    each other number is a value of the source's or one the source writes as a word or names as
    a month ("in January 2016" → "2016年1月"): every source number then pairs with its own (the
    matching takes same-type pairs first) and the comparison lets the others by as it does for a
    source without numbers. A token with separators must read as source values only: its first
    reading then agrees, and no other reading scores higher (``compare._choose_readings``)."""
    values = {value for value, _ in wanted}
    if any(value not in values for value in separated):
        return False
    extra = Counter(found)
    extra.subtract(wanted)
    if any(count < 0 for count in extra.values()):
        return False  # a source number the translation lacks
    for (value, _), count in extra.items():
        if count and value not in values:
            value = Decimal(value)
            if not spelled_word(source, value, source_language) and value not in _months_named(source, source_language):
                return False
    return True


def _only_spelled_in_source(source: str, target: str, source_language: str, language: str) -> bool:
    """For a source without numbers: True when each number of the translation is one the source
    writes as a word or names as a month ("two years" → "2 Jahre", "September 19" → "19.9."),
    which is all the comparison accepts there (it reads each token's first reading: with no
    source value to agree with, no other reading scores higher)."""
    found = _target_numbers(target, language) if _SEARCH_DIGIT(target) else None
    if found is None:
        return False  # no digit at all (the precondition's other half), or not sure
    for value, _ in found:
        value = Decimal(value)
        if not spelled_word(source, value, source_language) and value not in _months_named(source, source_language):
            return False
    return True


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
    the full way; a translation with a digit where the source has none is tested too)."""
    known = _SOURCE_HAS_DIGIT
    search, maybe = _SEARCH_DIGIT, _MAYBE_DIGIT
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
            target = entry.msgstr
            if target.isascii():  # its only digits are 0-9: found by the string search, not the regex engine
                if not ("0" in target or "1" in target or "2" in target or "3" in target or "4" in target
                        or "5" in target or "6" in target or "7" in target or "8" in target or "9" in target):
                    return False
            elif maybe(target) is None or search(target) is None:
                return False
        return not certainly_agrees(source, entry.msgstr, source_language, language)

    return test


__all__ = ["certainly_agrees", "has_digit", "may_disagree"]
