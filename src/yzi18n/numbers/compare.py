"""Compare the numbers of a source text and its translation as values, each in its own conventions.

``compare(source, target, source_language, language)`` returns the discrepancies, each with
the severity it deserves: a number missing, changed, at another scale or swapped with another
is an error; a number written as words, converted to another unit, or after a scale word CLDR
does not know is at most a warning. Pure and cached.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal

from ..langtags import primary_language
from ..model import Severity
from .conventions import CONVERSIONS, SPACES, conventions
from .parse import (_HAN_NUMERALS, SEASON_CODES, SPACELESS, SUFFIXING, Number, Token, _roman_value, _word_at,
                    combine, han_numbers, numbers, parse, percent_word_end, replace, roman_numbers)
from .render import render, render_value
from .traces import cut_out
from .words import (HALF, QUARTER, LearnedWords, has_table, one_word_forms, reads_unmarked, spelled_count,
                    spelled_word, to_unicode_myanmar, word_fits, writes_places)
from .written_words import (covers, has_words, hour_fractions, is_written_form, thousand_in_years, unmarked,
                            words_of, written_count, written_word, written_words)


@dataclass(frozen=True)
class Discrepancy:
    """One difference between the numbers of a source text and of its translation."""

    kind: str  # missing, changed, scale, swapped, type, added, words, conversion
    severity: Severity
    message: str
    hint: str | None = None
    source: Number | None = None
    target: Number | None = None
    # why a missing number is only a warning, when other languages' translations can settle it:
    # UNREADABLE_WORDS (it may be written out in words nothing here can read) or HUNDRED_PERCENT
    # ("100 percent sure" → "completely sure"); None for every other finding
    why: str | None = None


UNREADABLE_WORDS = "unreadable-words"
HUNDRED_PERCENT = "hundred-percent"


_CLOCK_TOKEN = re.compile(r"\d{1,2}[.:]\d\d")
_FRACTIONS = {"½": Decimal("0.5"), "¼": Decimal("0.25"), "¾": Decimal("0.75"), "⅓": Decimal("0.33"), "⅔": Decimal("0.67")}
_FRACTION_AFTER = re.compile(r"\d[½¼¾⅓⅔]")


def _choose_readings(tokens: tuple[Token, ...], pool: frozenset[Decimal], times: bool = False,
                     text: str = "") -> list[Number]:
    """Per token, the reading that agrees with the most source values (the locale's on a tie)."""
    chosen: list[Number] = []
    for token in tokens:
        first = token.readings[0]
        if len(token.readings) == 1:
            chosen.extend(first)
            continue
        clock = times and _CLOCK_TOKEN.fullmatch(text[token.start:token.end]) is not None

        first_agrees = all(n.values & pool for n in first)

        def score(reading: tuple[Number, ...]) -> int:
            hits = sum(bool(n.values & pool) for n in reading)
            # splitting a number ("2,5" as 2 and 5) must account for every part, unless it is a
            # clock time ("17.30") and the source has one; never when the number as a whole agrees
            if len(reading) > len(first) and (first_agrees or (hits < len(reading) and not (clock and hits))):
                return -1
            return hits

        chosen.extend(max(token.readings, key=score))
    return chosen


def _match(source: list[Number], target: list[Number]) -> dict[int, int]:
    """A maximum matching source index → target index by value, same-type pairs first."""
    partner_of_target: dict[int, int] = {}
    target_values = [t.values for t in target]

    def edges(i: int, strict: bool) -> list[int]:
        values = source[i].values
        found = [j for j, t in enumerate(target) if values & target_values[j]
                 and (not strict or (source[i].percent == t.percent and not t.spelled))]
        return sorted(found, key=lambda j: (target[j].spelled, abs(j - i)))

    def augment(i: int, strict: bool, seen: set[int]) -> bool:
        for j in edges(i, strict):
            if j in seen:
                continue
            seen.add(j)
            if j not in partner_of_target or augment(partner_of_target[j], strict, seen):
                partner_of_target[j] = i
                return True
        return False

    for strict in (True, False):
        matched = set(partner_of_target.values())
        for i in range(len(source)):
            if i not in matched:
                augment(i, strict, set())
    return {i: j for j, i in partner_of_target.items()}


def _converted(number: Number, inches: Number | None = None) -> tuple[str, Decimal] | None:
    """(metric unit id, value) for a number with an imperial unit; ``inches``: the inches of a
    number of feet (``_inches_of``), counted in ("6-foot-6" is 1.98 m)."""
    if number.unit not in CONVERSIONS:
        return None
    metric, factor = CONVERSIONS[number.unit]
    value = float(number.value) + (float(inches.value) / 12 if inches is not None else 0)
    result = (value - 32) * 5 / 9 if factor is None else value * factor
    return metric, Decimal(repr(round(result, 6)))


def _converted_in_words(target: str, conversion: tuple[str, Decimal], language: str, learned: LearnedWords | None,
                        source: str, source_language: str) -> str | None:
    """The translation's word for a converted value that rounds to a whole number of 1–20 (1.98 m:
    "dos metros", "kaksimetrinen"), else None."""
    metric, value = conversion
    whole = value.to_integral_value()
    if not 1 <= whole <= 20 or not _close(value, whole, metric):
        return None
    found = _word_for(target, whole, language, learned, source, source_language)
    if found:
        return found
    # fused with the unit into an adjective: "kaksimetrinen", "двухметровый" (two-metre)
    heads = tuple(word for word in one_word_forms(language, int(whole)) if len(word) >= 4)
    words = _LETTER_RUN.findall(target.lower())
    fused = next((word for word in words if word.startswith(heads)
                  and len(word) > len(next(h for h in heads if word.startswith(h))) + 3), None) if heads else None
    if fused:
        return fused
    # a case CLDR does not spell (Czech dvou-, Icelandic tveggja): the number word's first two
    # letters, fused with CLDR's word for the unit or right before it ("dvoumetrový", "tveggja metra")
    units = _unit_word_stems(language, metric)
    stems = tuple({form[:2] for form in one_word_forms(language, int(whole)) if len(form) >= 2})
    if not units or not stems:
        return None
    for k, word in enumerate(words):
        if word.startswith(stems):
            if any(unit in word[2:] for unit in units):
                return word
            if k + 1 < len(words) and words[k + 1].startswith(units):
                return f"{word} {words[k + 1]}"
    return None


@functools.lru_cache(maxsize=256)
def _unit_word_stems(language: str, unit: str) -> tuple[str, ...]:
    """The first four letters of CLDR's words for ``unit`` in ``language`` (``Conventions.unit_words``),
    lowered (metr of metr, metrů; metr of metri, metrar)."""
    return tuple(sorted({word[:4] for named, word in conventions(language).unit_words
                         if named == unit and len(word) >= 4 and word.isalpha()}))


def _inches_of(src: list[Number], i: int, source: str) -> Number | None:
    """The number of inches right after ``src[i]``, a number of feet, with only one short word (the
    word for feet) between ("6 feet 6 inches", "6-foot-6"; not "4 ft by 8 in"); else None."""
    if src[i].unit != "length-foot" or i + 1 >= len(src) or src[i + 1].unit != "length-inch":
        return None
    between = _FEET_WORD.fullmatch(source, src[i].end, src[i + 1].start)
    return src[i + 1] if between is not None and len(between.group(1)) <= 6 else None


_FEET_WORD = re.compile(r"[\s\u00a0-]*([^\W\d_]*\.?)[\s\u00a0-]*")  # "-foot-", " feet ", " ft. "


def _measure(source: str, src: list[Number], i: int, language: str) -> str:
    """``src[i]`` with its unit, for a message: "550 lb"; "6 ft 6 in" for feet and inches."""
    measure = f"{src[i].text} {_unit_name(src[i].unit, language)}"
    inches = _inches_of(src, i, source)
    return f"{measure} {inches.text} {_unit_name(inches.unit, language)}" if inches else measure


def _rounded(value: Decimal) -> str:
    """A converted value as a message gives it: 1.98 (m), 25.4 (cm)."""
    return render_value(round(value, 2 if value < 10 else 1), "en")


def _close(a: Decimal, b: Decimal, metric: str) -> bool:
    """``b`` is ``a`` rounded as a translator would (within 10 %, or within 1 of a small value
    other than metres), also in another metric prefix of a length (2.54 cm = 25 mm)."""
    shifts = (0, 1, 2, 3) if metric.startswith("length") else (0,)  # m → cm, mm; km → m
    for shift in shifts:
        want = a.scaleb(shift)
        # within 1 of a small value, but not in metres, where a tenth is a height's worth (1,98 m)
        floor = Decimal(0) if metric == "length-meter" and shift == 0 else Decimal("0.5")
        if want >= 1 and abs(want - b) <= max(abs(want) * Decimal("0.1"), floor):
            return True
    return False


def _unit_name(unit: str, language: str) -> str:
    return conventions(language).unit_name(unit)


def _changed(s: Number, t: Number, language: str) -> Discrepancy:
    """The source's number ``s`` given another value ``t`` in the translation."""
    return Discrepancy("changed", Severity.ERROR, f"{s.text} in the source is {t.text} in the translation",
                       hint=f"{render(s, language)} in {language}", source=s, target=t)


def read_target(source_numbers: tuple[Number, ...] | list[Number], target: str, language: str,
                months: frozenset[Decimal] = frozenset()) -> tuple[Number, ...]:
    """The numbers of a translation, each token read the way that agrees with the source's numbers;
    ``months``: the numbers of the months the source names, which a translation may write as digits
    ("29 March" → "29/03", "June 12" → "12.6.": two numbers, not 29.03 or 12.6)."""
    pool = frozenset(v for n in source_numbers for v in n.values) | months
    times = any(n.kind in ("time", "minutes") for n in source_numbers)
    return combine(target, language, _choose_readings(parse(target, language), pool, times, target))


@functools.lru_cache(maxsize=8192)
def compare(source: str, target: str, source_language: str, language: str, *,
            spells_out: bool = False, strict: bool = False,
            learned: LearnedWords | None = None) -> tuple[Discrepancy, ...]:
    """Every discrepancy between the numbers of ``source`` and of its translation ``target``.

    ``spells_out``: the catalog's translator writes numbers as words (see ``spells_numbers_out``),
    so a number missing from a translation without any digit is only a warning.
    ``strict``: a missing number is an error even where the translation could be right without
    it (a clock time moved to another zone, an ordinal or a small number that may be written as
    words we cannot read, "100 percent" as "completely", an identifier such as WW1 written out).
    ``learned``: the number words of the translation's catalog (``learn_number_words``): a
    missing number whose word is among them is written out, as with the spell-out tables; and
    in a language without tables, a small number missing from a catalog whose translations keep
    small numbers as digits (``LearnedWords.keeps_digits``) is an error, not a warning.
    """
    src = list(numbers(source, source_language, is_source=True))
    if _FRACTION_AFTER.search(source):  # "14½": also 14.5
        src = [replace(n, also=n.also | {n.value + _FRACTIONS[source[n.end]]})
               if n.end < len(source) and source[n.end] in _FRACTIONS else n for n in src]
    if not src and not re.search(r"\d", target):
        return ()
    pool = frozenset(v for n in src for v in n.values)
    tgt = list(read_target(src, target, language, _months_named(source, source_language) if src else frozenset()))
    conv = conventions(language)
    covered = [(t.start, t.end) for t in tgt]
    spelled = (han_numbers(target) if conv.han else []) + roman_numbers(target)
    if spelled:
        spelled = _beyond_source_words(spelled, source, source_language, target, language)
    tgt += [h for h in spelled if not any(s <= h.start < e or h.start <= s < h.end for s, e in covered)]
    pairs = _match(src, tgt)
    found: list[Discrepancy] = []
    used = set(pairs.values())

    # matched across types: a percent and an amount that traded places
    crossed = [(i, j) for i, j in pairs.items() if src[i].percent != tgt[j].percent and not tgt[j].spelled]
    swapped = set()
    for a, (i, j) in enumerate(crossed):
        for k, l in crossed[a + 1:]:
            if src[i].percent != src[k].percent and src[i].value != src[k].value:
                swapped |= {(i, j), (k, l)}
                s1, s2 = src[i], src[k]
                found.append(Discrepancy(
                    "swapped", Severity.ERROR,
                    f"{s1.text} and {s2.text} traded places: the translation has {tgt[j].text} and {tgt[l].text}",
                    hint=f"{render(s1, language)} and {render(s2, language)} in {language}", source=s1, target=tgt[j]))
    # numbers of one type that traded places: each sits after the name the other followed in
    # the source ("CBS had 3.1 million, NBC 2.94 million" → "CBS 294万, NBC 310万")
    for (i, j), (k, l) in _anchored_swaps(src, tgt, pairs, source, target):
        if (i, j) in swapped:
            continue
        swapped |= {(i, j), (k, l)}
        found.append(Discrepancy(
            "swapped", Severity.ERROR,
            f"{src[i].text} and {src[k].text} traded places: the translation has {tgt[l].text} after "
            f"{_anchor_before(source, src[i])!r} and {tgt[j].text} after {_anchor_before(source, src[k])!r}",
            hint=f"{render(src[i], language)} and {render(src[k], language)} in {language}",
            source=src[i], target=tgt[j]))
    # a score, a range, a clock written the other way round ("1-0" → "0-1", "70-90%" → "90 à 70%")
    for i, k in _reversed_pairs(src, tgt, pairs, source, target):
        j, l = pairs[i], pairs[k]
        if (i, j) in swapped or (k, l) in swapped:
            continue
        swapped |= {(i, j), (k, l)}
        joined = source[src[i].start:src[k].end]
        score = _score(src[i], src[k])  # "down 1-0" → "0:1-Rückstand": told from the other side
        found.append(Discrepancy(
            "swapped", Severity.WARNING if score else Severity.ERROR,
            f"{joined} in the source is written the other way round in the translation: "
            f"{target[tgt[l].start:tgt[j].end]}" + (" (a score told from the other side, or a range reversed?)"
                                                     if score else ""),
            hint=f"{render(src[i], language)} first, then {render(src[k], language)}", source=src[i], target=tgt[j]))
    for i, j in crossed:
        if (i, j) not in swapped:
            s, t = src[i], tgt[j]
            what = "a percentage" if s.percent else "not a percentage"
            found.append(Discrepancy("type", Severity.WARNING,
                                     f"{s.text} is {what} in the source, but {t.text} in the translation",
                                     hint=f"{render(s, language)} in {language}", source=s, target=t))
    for i, j in pairs.items():
        if tgt[j].spelled:
            found.append(Discrepancy("words", Severity.INFO, f"{src[i].text} is written as {tgt[j].text}",
                                     source=src[i], target=tgt[j]))

    leftovers: list[Number] = []
    soft: dict[int, str] = {}
    why: dict[int, str] = {}  # id of a soft number → the reason other languages may overrule
    of_play: set[int] = set()  # ids of the soft seconds of a clock of play: any number added is what they became
    written_together = _written_together(src, tgt, pairs, used, source)  # "0800 555 111" as "0800555111"
    converted_indices: set[int] = set()  # source numbers found converted to metric (their inches with them)
    for i, s in enumerate(src):
        if i in pairs or i in written_together:
            continue
        joined = _decimal_in_words(s, tgt, used, target) if s.mantissa is not None \
            and s.mantissa != s.mantissa.to_integral_value() and not has_table(language) else None
        if joined is not None:  # "20.4" as "20 དང་ཚ་ 4": the whole part and the decimals joined by a word
            j, k = joined
            used |= {j, k}
            if s.exponent and tgt[j].exponent != s.exponent:
                found.append(Discrepancy(
                    "scale", Severity.WARNING, f"{s.text} in the source is {target[tgt[j].start:tgt[k].end]!r} in the "
                    f"translation, with no scale word CLDR names for {language}", source=s, target=tgt[j]))
            else:
                found.append(Discrepancy("words", Severity.INFO, f"{s.text} is written as "
                                         f"{target[tgt[j].start:tgt[k].end]!r}", source=s, target=tgt[j]))
            continue
        if i > 0 and _inches_of(src, i - 1, source) is s:
            if i - 1 in converted_indices:
                continue  # the inches of "6-foot-6", converted with its feet ("1,98 m")
            metric, value = _converted(src[i - 1], s)
            near = next((j for j, t in enumerate(tgt) if j not in used and not t.spelled and _close(value, t.value, metric)
                         and not (t.value < 12 and t.value == t.value.to_integral_value())),  # a count of inches
                        None)
            slip = any(j not in used and not t.spelled and _near_miss(s, t, 1) for j, t in enumerate(tgt))
            if i - 1 in pairs and near is not None and not slip:  # "6 фут (1,9 метр)": the feet kept, converted
                used.add(near)
                continue
        inches = _inches_of(src, i, source)
        # feet whose inches the translation keeps as digits were not converted ("1 pēdas 6 collas (~1,98 m)")
        conversion = _converted(s, inches) if inches is None or i + 1 not in pairs else None
        bare_unit = _bare_unit(target, s, language, learned) if conversion else None
        if bare_unit is None and i and i - 1 in pairs:
            bare_unit = _bracket_without_number(source, target, src, tgt[pairs[i - 1]], i, language, learned)
        if bare_unit is not None:  # "550 фунт (250 кг)" → "фунт (250 кг)": the conversion does not explain it
            found.append(_lost(s, language, f"which writes {bare_unit!r} without a number"))
            continue
        if conversion:
            unit, value = conversion
            near = next((j for j, t in enumerate(tgt) if j not in used and not t.spelled and _close(value, t.value, unit)),
                        None)
            if near is not None and _conversion_alone(target, tgt[near], s, language, learned):
                used.add(near)  # "80 grādi (~27 °C)" → "grādi (~27 °C)": the conversion is left, not made
                found.append(_lost(s, language, f"only its conversion {tgt[near].text} in brackets"))
                continue
            emptied = _emptied_after(target, tgt[near], s) if near is not None else None
            if emptied is not None:  # "26 degrees(80 degrees)" → "26 degrees(degrees)": the original cut out
                used.add(near)
                found.append(_lost(s, language, f"which writes {emptied!r} without a number after its conversion"))
                continue
            partner = _range_partner_kept(source, target, src, tgt, pairs, i) if near is not None else None
            if partner is not None:  # "3–6 collas (7,62–15,24 cm)" → "–6 collas (7,62–15,24 cm)"
                used.add(near)
                found.append(_lost(s, language, f"though the other end of its range, {partner.text}, is kept in "
                                                f"the source's unit"))
                continue
            if near is not None:
                used.add(near)
                converted_indices.add(i)
                found.append(Discrepancy(
                    "conversion", Severity.INFO,
                    f"{_measure(source, src, i, source_language)} in the source is {tgt[near].text} in the "
                    f"translation: converted to {_unit_name(unit, language)} ({_rounded(value)})",
                    source=s, target=tgt[near]))
                continue
        # the minutes of a clock of play (27:37) told as the minute they fall in: "in der 28. Minute"
        minute = _minute_of_play(source, target, src, i, tgt, used)
        if minute is not None:
            used.add(minute)
            found.append(Discrepancy("words", Severity.INFO, f"{s.text}:{src[i + 1].text} in the source is "
                                     f"{target[tgt[minute].start:tgt[minute].end + 1]!r}, the minute of play it falls in",
                                     source=s, target=tgt[minute]))
            continue
        # one digit off (1,127 → 1197, 29 → 28): changed, unless a conversion explains it
        day = _day_of_named_month(source, s, source_language)
        typo = next((j for j, t in enumerate(tgt) if j not in used and not t.spelled and t.exponent == s.exponent
                     and _near_miss(s, t, 2) and _not_a_clock_move(s, t) and s.glued != "+"
                     and (day or not _beside_a_month(target, t, language))), None)
        if typo is not None:
            used.add(typo)
            found.append(_changed(s, tgt[typo], language))
            continue
        # the same number at another scale
        scaled = next((j for j, t in enumerate(tgt) if j not in used and not t.spelled and t.mantissa == s.mantissa
                       and t.exponent != s.exponent), None)
        if scaled is not None:
            t = tgt[scaled]
            used.add(scaled)
            if t.exponent and s.exponent:
                found.append(Discrepancy(
                    "scale", Severity.ERROR,
                    f"{s.text} in the source is {t.text} ({render_value(t.value, 'en')}) in the translation",
                    hint=f"{render_value(s.value, source_language)} is {render(s, language)} in {language}",
                    source=s, target=t))
            elif s.exponent:
                found.append(Discrepancy(
                    "scale", Severity.WARNING,
                    f"{s.text} in the source is {t.text} in the translation, followed by "
                    f"{t.word_after or 'no scale word'!r}, which CLDR does not name as a scale word for {language}",
                    hint=f"{render_value(s.value, source_language)} is {render(s, language)} in {language}",
                    source=s, target=t))
            else:  # CLDR's scale word may be a homograph here (Irish míle: thousand, mile)
                found.append(Discrepancy(
                    "scale", Severity.WARNING,
                    f"{s.text} in the source is {t.text} in the translation, where {t.scale_word!r} "
                    f"may be a scale word ({render_value(t.value, 'en')})",
                    hint=f"{render(s, language)} in {language}", source=s, target=t))
            continue
        if conversion and any(other is not s and _close(conversion[1], other.value, conversion[0]) for other in src):
            converted_indices.add(i)
            found.append(Discrepancy(  # "30 meters (100 feet)": the translation keeps one of the two
                "conversion", Severity.INFO,
                f"{_measure(source, src, i, source_language)} is not in the translation, which keeps the "
                f"source's own conversion of it", source=s))
            continue
        # a single digit changed into another: before words, which "uma", "vieną" may only seem to be
        typo = next((j for j, t in enumerate(tgt) if j not in used and not t.spelled and t.exponent == s.exponent
                     and s.kind not in ("time", "minutes", "decade") and s.glued != "+"
                     and _near_miss(s, t, 1) and (day or not _beside_a_month(target, t, language))), None)
        if typo is not None:
            used.add(typo)
            found.append(_changed(s, tgt[typo], language))
            continue
        in_words = _converted_in_words(target, conversion, language, learned, source, source_language) \
            if conversion else None
        if in_words:  # "6-foot-6" → "dvoumetrový", "más de dos metros": converted and written in words
            converted_indices.add(i)
            found.append(Discrepancy(
                "conversion", Severity.INFO,
                f"{_measure(source, src, i, source_language)} in the source is {in_words!r} in the translation: "
                f"converted to {_unit_name(conversion[0], language)} ({_rounded(conversion[1])}) and written out",
                source=s))
            continue
        if _half_left(source, target, src, tgt, pairs, i):  # "1-0" → "-0": the sign that joined it is still there
            found.append(_lost(s, language))
            continue
        roman = _roman_after_name(target, s)
        if roman:  # "WW1" → "WWI", "WW I"
            found.append(Discrepancy("words", Severity.INFO, f"{s.glued}{s.text} is written as {roman!r}", source=s))
            continue
        if s.glued and (lost := _name_lost(source, target, src, i, pairs, language, learned)) is not None:
            found.append(lost)  # "WWVictoria": the name left without its number, whatever words the sentence has
            continue
        # "100 fil-mija" → "fil-mija": the hundred of a percent word left behind is no number written out
        searched = _without_percent_words(target, language) if s.percent else target
        word = _word_for(searched, s.value, language, learned, source, source_language) \
            if (s.exponent == 0 or writes_places(language)) and not (s.glued and _never_spelled(s)) \
            and not _leading_zero(s) else None
        if word and day and not _near_a_month(target, word, language):
            # a day of a month the translation names is written out near the month's name (or
            # beside it: _day_word below), not anywhere: "uma vez que … em de outubro" has no
            # "one" of "1 October"; "the first day of October" has
            word = None
        # HER2 is no "two", nor 007 "pisikal" (a word learned from the sentence it stands in); "$2 million"
        # is နှစ်သန်း in Burmese
        plain = searched
        if word:  # read again without the names of days and months (Laboraro, "day three", is
            # Wednesday; oṣù kejìlá, "month twelve", December): only then, since CLDR's are loaded for it
            plain = _without_calendar_names(searched, language)
            if plain != searched:
                word = _word_for(plain, s.value, language, learned, source, source_language)
        if not word and day:
            # "الأول من أكتوبر", "октябрь биринчи"
            word = _day_word(target, s.value, language, learned, source, source_language)
        if word and (partner := _range_partner_kept(source, target, src, tgt, pairs, i)) is not None \
                and not _word_for(" ".join(_two_words_around(target, partner.start, partner.end)), s.value,
                                  language, learned):  # "с пятнадцати до 20": the end written beside it
            # "1 से 2 इंच" → "दूसरे … 1 से इंच": the range keeps its other end; a word not beside it is another word
            found.append(_lost(s, language, f"though the other end of its range, {partner.text}, is kept"))
            continue
        if word and not has_table(language) and word == written_word(plain, s.value, language) \
                and not (learned is not None and learned.find(plain, s.value)):
            if learned is not None:  # විසින් ("by") is no 20: a word of every other sentence that holds
                # a word of the table; the table's words as they stand are left alone however common
                # (ایک, one, is also "a"; tekau mā rua), not a longer word (matahiti, "year", holds tahi)
                word = next((w for w in written_words(plain, s.value, language)
                             if is_written_form(w, s.value, language)
                             or not _common_in_catalog(w, s.value, learned, source_language)), None)
            if word:
                # the hand-written words are found generously (bir is also "a"): a warning, not a sure word
                soft[id(s)] = f"{s.text} is not in the translation (written out as {word!r}?)"
                leftovers.append(s)
                continue
        if word:
            found.append(Discrepancy("words", Severity.INFO, f"{s.text} is written as {word!r}", source=s))
            continue
        counted = _decade_counted(s, src, tgt, used, source, target, language, source_language) \
            if s.kind == "decade" else None
        if counted is not None:  # the 1980s as "9. áratugnum", "devintajame dešimtmetyje": the ninth decade
            j, written = counted
            if j is not None:
                used.add(j)
            found.append(Discrepancy("words", Severity.INFO, f"{s.text} is written as the decade counted in its "
                                     f"century: {written!r}", source=s))
            continue
        century = _century_named(target, language) if s.kind == "decade" and s.value >= 1100 \
            and s.value % 100 == 0 else None
        if century:  # the early 2000s as "в началото на новия век", "本世纪之初": the start of this century
            found.append(Discrepancy("words", Severity.INFO, f"{s.text} is written as {century!r}, its century",
                                     source=s))
            continue
        phrase = _scaled_in_words(s, target, language, learned) if s.exponent else None
        if phrase:  # "$2 billion" as "dos mil millones", "مليارين"
            found.append(Discrepancy("words", Severity.INFO, f"{s.text} is written as {phrase!r}", source=s))
            continue
        # numbers a translation may fairly leave out: reported as warnings unless the translation
        # has a number of its own in their place (then the number was changed)
        if s.glued == "+":
            soft[id(s)] = f"+{s.text} is not in the translation (a calling code localized with its example?)"
        elif s.glued == "No." and _numero_left(source, target, language):
            pass  # "da bude br. u inovacijama": the word for "number" is there, its number was lost
        elif s.glued and not _never_spelled(s) and not _glued_letters_kept(s.glued, target):
            soft[id(s)] = f"{s.glued}{s.text} is not in the translation (nor {s.glued.strip('-')!r}: written out?)"
        elif s.kind not in ("time", "minutes") and _sibling_kept(src, i, pairs):
            pass  # "2-2" → "2-": the other half of the score or range is there, this one was lost
        elif _named_again(source, src, i, pairs):  # "COVID-19 … COVID-19" → "COVID-19 … the disease"
            soft[id(s)] = f"{s.text} appears more often in the source than in the translation (the same name again?)"
        elif s.percent and s.value == 100 and not _bare_percent(target, conv):
            soft[id(s)] = f"{s.text} is not in the translation (written out?)"  # "100 percent sure": "completely sure"
            why[id(s)] = HUNDRED_PERCENT
        elif s.kind == "minutes" and _seconds_of_play(source, src, i):
            # 27:37 → "á 27. mínútu", "28. Minute": the seconds of a clock of play left out; a number
            # the translation adds in their place is what they became ("27:3"), as for any time
            soft[id(s)] = f"{s.text} is not in the translation (the seconds of a clock of play left out?)"
            of_play.add(id(s))
        elif s.kind in ("time", "minutes"):
            kept = _sibling_kept(src, i, pairs)
            if s.kind == "minutes" and kept and learned is not None and (
                    s.value == 30 and learned.find(target, HALF) or s.value in (15, 45) and learned.find(target, QUARTER)):
                found.append(Discrepancy("words", Severity.INFO, f"{s.text} is written out", source=s))
                continue  # 5.30pm → 5時半, 2нче яртыда: the catalog's word for "half"
            if s.kind == "minutes" and kept and (word := _fraction_of_the_hour(target, src, tgt, pairs, i, language)):
                found.append(Discrepancy("words", Severity.INFO, f"{s.text} is written as {word!r}", source=s))
                continue  # 5.30pm → 5時半, 10:15 → সোয়া ১০টায়: the language's word for a half or quarter past
            keeps = learned is not None and learned.keeps_hours
            if kept and (s.kind == "minutes" or keeps or not any(
                    j not in used and not t.spelled and t.value <= 24 for j, t in enumerate(tgt))):
                pass  # 10:15 → ":15", "17.": a time that moves keeps its minutes, and no other hour is there
            elif keeps and not _has_sibling(src, i):
                pass  # "3 p.m." in a catalog whose translations keep the source's clock hours
            else:
                soft[id(s)] = f"{s.text} is not in the translation (a time moved to another zone or clock?)"
        elif s.kind == "decade" and _word_for(target, s.value % 100 or s.value, language, learned, source, source_language):
            found.append(Discrepancy("words", Severity.INFO, f"{s.text} is written out", source=s))
            continue
        elif not has_table(language) and _small(s) and not _never_spelled(s) \
                and not covers(language, s.value) \
                and not (learned is not None and learned.keeps_digits):
            soft[id(s)] = f"{s.text} is not in the translation (written out? no words for {language} known)"
            why[id(s)] = UNREADABLE_WORDS
        elif s.kind == "ordinal" and s.value <= 100 and not has_table(language) and not covers(language, s.value):
            soft[id(s)] = f"{s.text} is not in the translation (written out?)"
            why[id(s)] = UNREADABLE_WORDS
        leftovers.append(s)

    # a number the source writes as a word ("seven" → 7) is no number added, nor one a lost number
    # became ("World War One" → "1차 세계 대전": the 1 is the One, not what is left of "100 years")
    added = [t for j, t in enumerate(tgt) if j not in used and not t.spelled
             and (t.values & pool or not spelled_word(source, t.value, source_language))]
    for s in list(leftovers):
        # "$250,000" → "250 <word>": the same digits before a word CLDR does not list as a scale
        t = next((t for t in added if not t.exponent and t.word_after and s.value != t.value
                  and any(t.value.scaleb(k) == s.value for k in range(2, 14))), None)
        if t is not None:
            added.remove(t)
            leftovers.remove(s)
            found.append(Discrepancy(
                "scale", Severity.WARNING,
                f"{s.text} in the source is {t.text} {t.word_after!r} in the translation; CLDR does not name "
                f"{t.word_after!r} as a scale word for {language}",
                hint=f"{render(s, language)} in {language}", source=s, target=t))
    if strict:
        soft.clear()
    for s in leftovers:
        # a number the translation may fairly leave out pairs only with a near miss of itself
        t = next((t for t in added if t.percent == s.percent
                  and (id(s) not in soft or id(s) in of_play
                       or (_near_miss(s, t, 1) and _not_a_clock_move(s, t) and s.glued != "+"))), None)
        if t is not None:
            added.remove(t)
            found.append(_changed(s, t, language))
        elif id(s) in soft and s.glued != "+" and (trace := _deletion_trace(source, target, learned)):
            # "she's 100% sure, that" → "she's , that" (a calling code is localized, not cut: "+998, )")
            found.append(_lost(s, language, f"which shows where it was cut out ({trace})"))
        elif id(s) in soft:
            found.append(Discrepancy("missing", Severity.WARNING, soft[id(s)], source=s, why=why.get(id(s))))
        else:
            found.append(Discrepancy(
                "missing", _missing_severity(target, spells_out and not strict
                                            and not _deletion_trace(source, target, learned)
                                            and not (s.glued and _never_spelled(s))  # HER2, SS19: names
                                            and not (s.kind == "currency" and _bare_sign(target, s))
                                            and not (s.percent and _bare_percent(target, conv))  # "de alafa dzi" alone
                                            and not (s.kind == "year" and _no_thousand(target, language))
                                            and _writes_any_number(target, language, learned, source, source_language)),
                f"{s.text} is not in the translation",
                hint=f"{render(s, language)} in {language}", source=s))
    source_values = pool
    for t in added:
        if t.values & source_values or t.value in _months_named(source, source_language):
            continue  # "September 19" → 9月19日 ("seven" → 7 is left out of ``added``)
        if t.digits == "00" and t.start >= 2 and target[t.start - 1] in ":.h" and target[t.start - 2].isdigit():
            continue  # "3 p.m." → "15:00": the minutes of a full hour
        if t.exponent and t.mantissa is not None and spelled_word(source, t.mantissa, source_language) \
                and _names_scale(source, t.exponent, source_language):
            continue  # "six million" → "6 মিলিয়ন"
        # "60 minutes (60 minut)" → "69 minutes (60 minut)": a near miss of a number the
        # translation already has, or has converted, is that number changed, not a new one
        twin = next((src[i] for i in range(len(src)) if i in pairs and not t.spelled and "/" not in t.text
                     and src[i].kind in ("plain", "percent", "currency") and not src[i].unit
                     and t.exponent == src[i].exponent and t.percent == src[i].percent
                     and _digits(t) != _digits(src[i]) and _one_off(_digits(src[i]), _digits(t), 2)
                     and not any(_converted(o) and _close(_converted(o)[1], t.value, _converted(o)[0]) for o in src)
                     and not _beside_a_month(target, t, language)),  # "30 ετών … 31 Οκτωβρίου": a date
                    None)
        if twin is not None:
            found.append(Discrepancy(
                "changed", Severity.ERROR, f"{twin.text} in the source is also {t.text} in the translation",
                hint=f"{render(twin, language)} in {language}", source=twin, target=t))
            continue
        # "130 miles" → "130 міль (209 км)", or "209 км (130 міль)": a conversion the translation adds
        # right beside the number it keeps, in the metric unit itself (no other prefix: 1995 is no 6
        # feet in millimetres)
        converts = next((i for i, j in pairs.items() if not t.spelled
                         and (0 <= t.start - tgt[j].end <= 25 or 0 <= tgt[j].start - t.end <= 25)
                         and (c := _converted(src[i], _inches_of(src, i, source))) and _close(c[1], t.value, "")), None)
        if converts is not None:
            metric, value = _converted(src[converts], _inches_of(src, converts, source))
            found.append(Discrepancy(
                "conversion", Severity.INFO,
                f"{t.text} in the translation is {_measure(source, src, converts, source_language)} "
                f"converted to {_unit_name(metric, language)} ({_rounded(value)})",
                source=src[converts], target=t))
            continue
        found.append(Discrepancy("added", Severity.WARNING, f"{t.text} in the translation is not in the source",
                                 target=t))
    return tuple(found)


def _word_for(text: str, value: Decimal, language: str, learned: LearnedWords | None,
              source: str = "", source_language: str = "en") -> str | None:
    """The word ``text`` writes ``value`` with: from the spell-out table, else (for a language
    without one) learned from the catalog. When the source has words for the value too ("at 2pm
    two vans"), the translation needs one more than the source has ("a las dos … dos
    furgonetas")."""
    if learned is not None and has_table(language):
        learned = None  # ICU's words cover 0–100 there: the catalog is not read for them
    spoken_for = spelled_count(source, value, source_language) if source else 0
    if not spoken_for:
        return spelled_word(text, value, language) or written_word(text, value, language) \
            or (learned.find(text, value) if learned is not None else None)
    # "a", "an" count as one in English, but a translation need not write them as its word for one
    if spelled_count(text, value, language) > spoken_for \
            or written_count(text, value, language) > spoken_for \
            or (learned is not None and learned.count(text, value) > spoken_for):
        return spelled_word(text, value, language) or written_word(text, value, language) \
            or (learned.find(text, value) if learned is not None else None)
    return None


_CJK_WORD = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


def _unit_word_usable(word: str) -> bool:
    """A unit word safe to look for alone: no abbreviation (mi, ft, lb, mph, фт, ու, अं) or symbol;
    four letters in a Latin script, three in others, two in Han, kana or Hangul (英尺, 피트)."""
    if any(ch.isdigit() or ch in "/²³°.׳′॰ঃ" for ch in word):
        return False
    if _CJK_WORD.search(word):
        return len(word) >= 2
    return len(word) >= (4 if word[0] < "\u0370" else 3)


def _bare_unit(target: str, number: Number, language: str, learned: LearnedWords | None) -> str | None:
    """The translation's word for the source number's imperial unit (CLDR's, as in "фунт", "英尺",
    "피트"; one of five letters or more also with an ending of up to four) standing with no number
    before it, beside a bracket ("фунт (250 кг)", "30 m (feet)"), else None: a translation that
    writes the source's measure and its conversion side by side keeps the measure, so the
    conversion does not explain the number's absence. A word for the number right before the unit
    counts as the number; a unit word away from brackets may be a word of the sentence (French
    pied, livres; German Zoll, customs)."""
    conv = conventions(language)
    lowered = target.lower()
    for word, unit in conv.units:
        if unit != number.unit or not _unit_word_usable(word):
            continue
        for at in _word_starts(lowered, word):
            end = at + len(word)
            rest = _word_at(target, end) if end < len(target) and target[end].isalpha() else ""
            if len(rest) > (4 if len(word) >= 5 else 0):
                continue
            before = target[:at].rstrip(SPACES + "-")
            after = target[end + len(rest):].lstrip(SPACES)
            if before and (before[-1].isdigit() or (conv.han and before[-1] in _HAN_NUMERALS)):
                continue  # a number stands before it
            if not (before.endswith(_OPENING) or after.startswith(_OPENING + _CLOSING)):
                continue  # a word of the sentence (pied, livres, Zoll): a lost measure stands by its conversion
            if not _word_for(before[-30:], number.value, language, learned):
                return target[at:end] + rest
    return None


_BRACKETED = re.compile(r"[(（\[]([^()（）\[\]]{1,40})[)）\]]")


def _bracket_without_number(source: str, target: str, src: list[Number], kept: Number, i: int, language: str,
                            learned: LearnedWords | None) -> str | None:
    """The brackets of the translation right after ``kept`` (the translation's number for the
    source number before ``src[i]``) when they hold a word or two but no number, where the
    source's brackets right after that number hold ``src[i]`` ("30 meters (100 feet)" → "30 μέτρων
    (ποδιών)"); else None: what is left of a conversion whose number was lost. Brackets that hold a
    word of the source (a name glossed, "카트리나(Katrina)"), unless it is the unit word that
    followed the number there ("(feet)"), or a word for the number ("(sadan jalan)") do not count."""
    number, before = src[i], src[i - 1]
    bracket = next((m for m in _BRACKETED.finditer(source, before.end, before.end + 60)
                    if m.start() - before.end <= 20 and m.start() < number.start and number.end <= m.end()), None)
    if bracket is None:
        return None
    lowered = source.lower()
    for match in _BRACKETED.finditer(target, kept.end, kept.end + 60):
        if match.start() - kept.end > 25:
            break
        inside = match.group(1).strip(SPACES)
        unit_copied = bool(number.word_after) and inside.lower() == number.word_after.lower()  # "(feet)"
        if not inside or _ANY_DIGIT.search(inside) or len(inside.split()) > 2 \
                or (inside.lower() in lowered and not unit_copied) or not any(ch.isalpha() for ch in inside):
            continue
        if conventions(language).han and any(ch in _HAN_NUMERALS for ch in inside):
            continue
        if _word_for(inside, number.value, language, learned):
            continue
        return match.group()
    return None


def _conversion_alone(target: str, converted: Number, number: Number, language: str,
                      learned: LearnedWords | None) -> bool:
    """True when ``converted``, the translation's conversion of the source's ``number``, opens
    brackets right after a word of CLDR's name for the number's unit, with neither a digit nor a
    word for the number in the words before it ("saulains, grādi (~27 pēc Celsija)"): brackets
    after the unit convert the measure before them, which was cut out. A translation that gives
    the conversion alone ("сонячна погода (27 градусів за Цельсієм)") names no unit before it."""
    opening = target.rfind("(", max(0, converted.start - 40), converted.start)
    if opening < 0 or ")" in target[opening:converted.start]:
        return False
    if _AFFIX_BEFORE.search(target, max(0, opening - 12), opening):
        return True  # "ngu-200 (… ngu-322)" → "ngu-(… ngu-322)": the affix of the number is left before it
    unit = _WORD_BEFORE.search(target, max(0, opening - 40), opening)  # "saulains,grādi (": grādi
    if unit is None or unit.group(1).lower() not in _unit_words(language, number.unit):
        return False
    joined = " ".join(target[:opening].split()[-3:])
    return not _ANY_DIGIT.search(joined) and not _word_for(joined, number.value, language, learned)


def _emptied_after(target: str, converted: Number, number: Number) -> str | None:
    """The brackets right after ``converted`` (the translation's conversion of ``number``, with a
    word at most between) when they hold only the unit word that followed ``number`` in the
    source ("26 degrees(degrees)" for "80 degrees"), else None."""
    if not number.word_after:
        return None
    match = _BRACKETED.search(target, converted.end, converted.end + 30)
    if match is None or len(target[converted.end:match.start()].split()) > 1:
        return None
    return match.group() if match.group(1).strip(SPACES).lower() == number.word_after.lower() else None


_AFFIX_BEFORE = re.compile(r"[^\W\d_]-[\s\u00a0]*$")  # "ngu-": a prefix joined to a number by a hyphen


def _range_partner_kept(source: str, target: str, src: list[Number], tgt: list[Number],
                        pairs: dict[int, int], i: int) -> Number | None:
    """The other end of the range ``src[i]`` belongs to ("3 to 6 inches", "3–6 inches": the same
    unit, a dash or "to" between; not "1 in 4"), when the translation keeps it with its own value,
    in the source's unit, as a number of its own (not the 2 of "l/m2"); else None. A range is
    converted whole or not at all: where one end stays in inches, the other end's conversion in
    brackets does not stand for it."""
    s = src[i]
    for k in (i - 1, i + 1):
        if not (0 <= k < len(src)) or k not in pairs or src[k].unit != s.unit:
            continue
        if not (_RANGE_JOIN.fullmatch(source, src[k].end, s.start) if k < i
                else _RANGE_JOIN.fullmatch(source, s.end, src[k].start)):
            continue
        kept = tgt[pairs[k]]
        if kept.value == src[k].value and not (kept.start and (target[kept.start - 1].isalnum()
                                                              or target[kept.start - 1] in "/^")):
            return kept
    return None


@functools.lru_cache(maxsize=1024)
def _unit_words(language: str, unit: str | None) -> frozenset[str]:
    """The words of CLDR's names for ``unit`` in ``language`` (grādi, fārenheita), four letters
    or more."""
    return frozenset(word for name, named in conventions(language).units if named == unit
                     for word in name.split() if len(word) >= 4 and word.isalpha())


def _word_starts(lowered: str, word: str) -> Iterator[int]:
    """Where ``word`` occurs in ``lowered`` at the start of a word (no letter right before it)."""
    at = lowered.find(word)
    while at >= 0:
        if at == 0 or not lowered[at - 1].isalpha():
            yield at
        at = lowered.find(word, at + 1)


_OPENING, _CLOSING = ("(", "（", "["), (")", "）", "]")


def _names_scale(text: str, exponent: int, language: str) -> bool:
    """True when ``text`` has a scale word of ``language`` for ``exponent`` ("million")."""
    conv = conventions(language)
    lowered = text.lower()
    return any(e == exponent and len(w) > 2 and re.search(r"(?<![^\W\d_])" + re.escape(w), lowered)
               for w, e in conv.scales_after)


_WORDS_BEFORE = re.compile(r"(?:^|[^\w-])((?:[^\W\d_]+[\s\u00a0]+){1,3})$")
_SMALL_VALUES = tuple(Decimal(v) for v in (*range(21), 30, 40, 50, 60, 70, 80, 90, 100, 1000))


@functools.lru_cache(maxsize=256)  # asked for each number a translation lacks: once per translation
def _writes_any_number(target: str, language: str, learned: LearnedWords | None, source: str,
                       source_language: str) -> bool:
    """False when ``language``'s number words can be read (a spell-out table, or words written by
    hand) and ``target`` has none for any small number: a translation that writes numbers as words
    writes some here. A word of three letters or fewer that the catalog writes often where the
    source has no such number is a word of the language, not a number (Ewe ene, four, is also
    "like": abe … ene)."""
    if not has_table(language) and not has_words(language):
        return True
    unmarked_text = reads_unmarked(language)
    for value in _SMALL_VALUES:
        word = _word_for(target, value, language, learned)
        if word and not (len(word) <= 3 and learned is not None
                         and _common_in_catalog(word, value, learned, source_language, unmarked_text)):
            return True
    return False


def _number_word(word: str, language: str, learned: LearnedWords | None) -> bool:
    """True when ``word`` is a word for a number of 0–20, a round ten, 100 or 1000."""
    return any(_word_for(word, value, language, learned) for value in _SMALL_VALUES)


def _scaled_in_words(number: Number, target: str, language: str, learned: LearnedWords | None) -> str | None:
    """The words that write a scaled number without digits: a scale word of the language for its
    exponent right after a word for its mantissa ("dos millones", "два миллиарда"), or an Arabic
    dual of the scale word for 2 ("مليارين", "مليوني"); else None. No number word may stand before
    the mantissa's ("treinta y dos millones" is 32 million, "vingt-deux millions" 22 million), nor
    another scale word between ("dos mil millones" is 2 billion)."""
    mantissa = number.mantissa
    if mantissa is None or mantissa != mantissa.to_integral_value() or not 1 <= mantissa <= 999:
        return None
    conv = conventions(language)
    scales = sorted({w.rstrip(".") for w, e in conv.scales_after if e == number.exponent and len(w.rstrip(".")) > 1}
                    | {w for w, e in conv.scale_stems if e == number.exponent}, key=len, reverse=True)
    lowered = target.lower()
    for scale in scales:
        for at in _word_starts(lowered, scale):
            end = at + len(scale)
            whole = target[at:end] + (_word_at(target, end) if end < len(target) and target[end - 1].isalpha()
                                      else "")
            before = _WORDS_BEFORE.search(target, max(0, at - 60), at)
            words = before.group(1).split() if before else []
            dual = mantissa == 2 and "\u0600" <= scale[0] <= "\u06ff" \
                and lowered[end: at + len(whole)] in ("ين", "ان", "ي")
            if dual and not (words and _number_word(words[-1], language, learned)):
                return whole
            if words and _word_for(words[-1], mantissa, language, learned) \
                    and not any(_number_word(w, language, learned) for w in words[:-1]):
                return f"{words[-1]} {whole}"
    return None


def _sibling_kept(src: list[Number], i: int, pairs: dict[int, int]) -> bool:
    """True when ``src[i]`` is one half of a clock time, score or range written with one sign
    between (10:15, 2-2, 1950-53) and the other half is in the translation."""
    s = src[i]
    for k in (i - 1, i + 1):
        if 0 <= k < len(src) and k in pairs and (src[k].end + 1 == s.start or s.end + 1 == src[k].start):
            return True
    return False


_JOINING_SIGNS = ("-", "–", "—", ":")


def _half_left(source: str, target: str, src: list[Number], tgt: list[Number], pairs: dict[int, int], i: int) -> bool:
    """True when ``src[i]`` is one half of a pair the source joins with one sign ("1-0", "10:15")
    whose other half the translation keeps with that sign still beside it and no number on its
    other side ("-0", "10:", ":30"): this half was lost, whatever words the sentence has."""
    s = src[i]
    for k in (i + 1, i - 1):
        if not (0 <= k < len(src)) or k not in pairs:
            continue
        between = source[s.end:src[k].start] if k > i else source[src[k].end:s.start]
        if between not in _JOINING_SIGNS:
            continue
        kept = tgt[pairs[k]]
        if k > i:  # "1-0" → "-0": the sign right before the kept half, no digit before the sign
            before = target[:kept.start]
            if before.endswith(_JOINING_SIGNS) and not before[:-1].rstrip(SPACES)[-1:].isdigit():
                return True
        else:  # "10:15" → "10:": the sign right after the kept half, no digit after it
            after = target[kept.end:]
            if after.startswith(_JOINING_SIGNS) and not after[1:].lstrip(SPACES)[:1].isdigit():
                return True
    return False


_WORD_BEFORE = re.compile(r"([^\W\d_]+)[\s\u00a0-]*$")


def _named_again(source: str, src: list[Number], i: int, pairs: dict[int, int]) -> bool:
    """True when a number of the source kept in the translation has ``src[i]``'s value and the
    same name: glued to it (COVID-19) or the word right before it (Apollo 11): a translation may
    name it once and then say "the disease", "the mission"."""
    s = src[i]
    mine = _WORD_BEFORE.search(source, max(0, s.start - 30), s.start)
    for k in pairs:
        other = src[k]
        if other.value != s.value:
            continue
        if s.glued and other.glued == s.glued:
            return True
        theirs = _WORD_BEFORE.search(source, max(0, other.start - 30), other.start)
        if mine and theirs and mine.group(1).lower() == theirs.group(1).lower():
            return True
    return False


def _fraction_of_the_hour(target: str, src: list[Number], tgt: list[Number], pairs: dict[int, int], i: int,
                          language: str) -> str | None:
    """The word with which the translation writes the minutes ``src[i]`` (15 or 30) as a quarter or
    half past the hour it keeps (``written_words.hour_fractions``): right after the hour and its
    counter (5時半, 兩點半), or right before the hour (সোয়া ১০টায়, साढ़े 5 बजे); else None."""
    after, before = hour_fractions(language, src[i].value)
    if not after and not before:
        return None
    minutes = src[i]
    for k in (i - 1, i + 1):
        if k not in pairs or not (src[k].end + 1 == minutes.start or minutes.end + 1 == src[k].start):
            continue  # the hour, joined to the minutes by one sign (10:15, 5.30pm), kept in the translation
        hour = tgt[pairs[k]]
        rest = unicodedata.normalize("NFC", target[hour.end:hour.end + 4].lstrip(SPACES))
        if any(rest.startswith(word) for word in after):
            return next(word for word in after if rest.startswith(word))
        words = unicodedata.normalize("NFC", target[max(0, hour.start - 12):hour.start]).split()
        if words and words[-1] in before:
            return words[-1]
    return None


def _seconds_of_play(source: str, src: list[Number], i: int) -> bool:
    """True when ``src[i]`` is the seconds of a clock of play ("on 27:37"): two digits after a colon
    that follow a number of minutes no clock hour can have (over 24), which the source places in
    time ("on 27:37", "at 27:37", "in the 27:37 minute"); a score is no clock ("Kiel won 35:28")."""
    return i > 0 and source[src[i - 1].end:src[i].start] == ":" and src[i - 1].value > 24 \
        and src[i - 1].value == src[i - 1].value.to_integral_value() and not src[i - 1].exponent \
        and _IN_TIME.search(source, max(0, src[i - 1].start - 20), src[i - 1].start) is not None


# the words that place a clock of play in time, right before its minutes: "on", "at", "in the"
_IN_TIME = re.compile(r"(?<![^\W\d_])(?:on|at|in|after|by)[\s\u00a0]+(?:the[\s\u00a0]+)?$", re.IGNORECASE)


def _minute_of_play(source: str, target: str, src: list[Number], i: int, tgt: list[Number],
                    used: set[int]) -> int | None:
    """For ``src[i]``, the minutes of a clock of play (``_seconds_of_play`` holds for the number after
    it), the index of an unused number of the translation one more, with an ordinal's mark: the
    minute being played ("27:37" → "in der 28. Minute"); else None."""
    if i + 1 >= len(src) or not _seconds_of_play(source, src, i + 1):
        return None
    return next((j for j, t in enumerate(tgt) if j not in used and not t.spelled and not t.exponent
                 and t.value == src[i].value + 1 and _ORDINAL_MARK.match(target, t.end)), None)


def _has_sibling(src: list[Number], i: int) -> bool:
    s = src[i]
    return any(0 <= k < len(src) and (src[k].end + 1 == s.start or s.end + 1 == src[k].start) for k in (i - 1, i + 1))


def _bare_percent(target: str, conv) -> bool:
    """True when the translation has a percent sign with no number before it ("%", "fil-mija"
    left after a number was lost); a percent word only where ``parse.percent_word_end`` reads
    one (whole, or with an ending in a language that inflects by suffixes: not posto in postoji).
    A word written before the number counts when no number follows it (Oromo "dhibbantaa
    amantaa"), but for ``_SHARE_WORDS``."""
    lowered = target.lower()
    for sign in conv.percent_signs + conv.percent_after:
        at = lowered.find(sign)
        while at >= 0:
            before = lowered[:at].rstrip(" \u00a0\u202f-")
            word = sign[0].isalpha()
            if (not before or not before[-1].isdigit()) and not (word and at and lowered[at - 1].isalpha()) \
                    and (not word or percent_word_end(target, at, conv) is not None):
                return True
            at = lowered.find(sign, at + 1)
    for word in conv.percent_before:
        if word[-1:].isalpha() and word not in _SHARE_WORDS:
            for at in _word_starts(lowered, word):
                end = at + len(word)
                rest = lowered[end:].lstrip(" \u00a0\u202f-")
                if (end == len(lowered) or not lowered[end].isalpha()) and not rest[:1].isdigit():
                    return True
    return False


# percent words written before the number that are words of their own alone: "part", "share",
# "percentage" (Hausa kashi, Swahili asilimia kubwa "a large share"), Turkish yüzde "on the face":
# not read as a percent sign left bare
_SHARE_WORDS = frozenset({"kashi", "kaso", "asilimia", "zvikamu", "ida", "ìdá", "ehuneko", "yüzde"})


def _common_in_catalog(word: str, value: Decimal, learned: LearnedWords, source_language: str,
                       unmarked_text: bool = False) -> bool:
    """True when ``word`` (its first word, as ``written_words.words_of`` splits it) stands in at
    least one in a hundred of the catalog's translations whose source has ``value`` neither in
    digits nor in words (five at least): a word that common without the number is a word of the
    language (Sinhala විසින්, "by", which the hand-written table's generous reading takes for
    twenty; Urdu دوبارہ, "again", for twelve), not the number. Counted once per catalog, word and
    value; a translation is split into words only where it holds the word's letters.
    ``unmarked_text``: the word was found with the translation's marks dropped (Ewe, Yoruba), and
    is looked for so."""
    first = words_of(unmarked(word) if unmarked_text else word)[:1]
    if not first:
        return False
    key = ("word without value", first[0], value, source_language, unmarked_text)
    counts = learned.derived.get(key)
    if counts is None:
        with_word = translations = 0
        # the catalog's translations read once for every word asked of it: the values each source
        # names, each translation (unmarked: Ewe, Yoruba) and its lower case
        read_key = ("translations read", source_language, unmarked_text)
        read = learned.derived.get(read_key)
        if read is None:
            read = learned.derived[read_key] = [
                (_named_values(source, source_language), text, text.lower())
                for source, text in ((source, unmarked(translation) if unmarked_text else translation)
                                     for source, translation in learned.pairs())]
        word = first[0]
        for named, translation, lowered in read:
            if value in named:
                continue
            translations += 1
            with_word += word in lowered and word in words_of(translation)
        counts = learned.derived[key] = (with_word, translations)
    with_word, translations = counts
    return with_word >= max(5, translations / 100)


@functools.lru_cache(maxsize=16384)
def _named_values(source: str, source_language: str) -> frozenset[Decimal]:
    """The values 1–100 ``source`` names in digits or in a word of its own (two, second, both);
    every catalog of a project has the same sources, so each is read once."""
    names = _value_names(source_language)
    values = {Decimal(int(run)) for run in _DIGIT_RUN.findall(source)}
    values.update(v for w in _LETTER_RUN.findall(source.casefold()) for v in names.get(w, ()))
    return frozenset(values)


@functools.lru_cache(maxsize=8)
def _value_names(language: str) -> dict[str, tuple[Decimal, ...]]:
    """The one-word forms of 1–100 in ``language`` (two, second, both …) → the values they name."""
    names: dict[str, list[Decimal]] = {}
    for value in range(1, 101):
        for form in one_word_forms(language, value):
            names.setdefault(form.casefold(), []).append(Decimal(value))
    return {form: tuple(values) for form, values in names.items()}


def _source_words_for(source: str, value: Decimal, source_language: str) -> int:
    """How many whole words of ``source`` are one-word forms of ``value`` 1–100 (two, both, second;
    not the "secondary" that ``spelled_count`` also finds, being generous with endings)."""
    names = _value_names(source_language)
    return sum(1 for word in _LETTER_RUN.findall(source.casefold()) if value in names.get(word, ()))


_LETTER_RUN = re.compile(r"[^\W\d_]+")  # a word of letters (no digit, no underscore)


def _beyond_source_words(spelled: list[Number], source: str, source_language: str, target: str,
                         language: str) -> list[Number]:
    """The translation's numbers written in Han or Roman numerals less those that stand for the
    source's own number words ("At 2pm two vans" → "下午 點，兩輛警車": 兩 is the "two" of the vans,
    not the lost 2): for each value, the first as many as the source has words for it, less the
    translation's own words for it ("the second book" → "le deuxième livre": the II of "tome II"
    stays), are left out. Not for one, which English also writes "a"."""
    out: list[Number] = []
    skipped: dict[Decimal, int] = {}
    for number in spelled:
        spoken = skipped.get(number.value)
        if spoken is None:
            spoken = _source_words_for(source, number.value, source_language) if 2 <= number.value <= 100 else 0
            if spoken:
                spoken = max(0, spoken - spelled_count(target, number.value, language))
        if spoken > 0:
            skipped[number.value] = spoken - 1
            continue
        skipped[number.value] = 0
        out.append(number)
    return out


def _small(number: Number) -> bool:
    """0–20, and round tens, hundreds and thousands: what a translator may well write as words."""
    value = number.value
    if value != value.to_integral_value() or number.exponent:
        return False
    value = int(value)
    return value <= 20 or (value <= 100 and value % 10 == 0) or (value <= 1000 and value % 100 == 0) \
        or value in (1000, 10000, 100000, 1000000)


def _written_together(src: list[Number], tgt: list[Number], pairs: dict[int, int], used: set[int],
                      source: str) -> set[int]:
    """Source numbers a space or a hyphen apart (a telephone number, "0800 555 111") whose digits
    the translation writes as one number; that number is marked used."""
    together: set[int] = set()
    i = 0
    while i < len(src):
        run = [i]
        while run[-1] + 1 < len(src) and source[src[run[-1]].end:src[run[-1] + 1].start] in (" ", "-", "\u00a0"):
            run.append(run[-1] + 1)
        i = run[-1] + 1
        if len(run) < 2 or any(k in pairs or not src[k].digits for k in run):
            continue
        hyphens = any(source[src[k].end:src[k + 1].start] == "-" for k in run[:-1])
        if hyphens and len(run) < 3 and not src[run[0]].digits.startswith("0"):
            continue  # "10-20" is a range or a score, not a telephone number
        digits = "".join(src[k].digits for k in run)
        j = next((j for j, t in enumerate(tgt) if j not in used and not t.spelled and t.digits == digits), None)
        if j is not None:
            used.add(j)
            together.update(run)
    return together


def _decimal_in_words(s: Number, tgt: list[Number], used: set[int], target: str) -> tuple[int, int] | None:
    """Two unused numbers of the translation, a whole part and its decimals joined by a short word
    and no other digit ("20 དང་ཚ་ 4"), that read as ``s`` before its scale word; the whole part may
    carry ``s``'s scale word written before it ("ས་ཡ་ 20 དང་ཚ་ 4": million 20.4). Asked only for
    languages without a spell-out table: where the words are known, "4 von 5" is no 4.5."""
    for j in range(len(tgt) - 1):
        a, b = tgt[j], tgt[j + 1]
        if j in used or j + 1 in used or a.spelled or b.spelled or (a.exponent and a.exponent != s.exponent) \
                or b.exponent or not a.digits or not b.digits \
                or a.value != a.value.to_integral_value() or b.value != b.value.to_integral_value():
            continue
        between = target[a.end:b.start]
        if 0 < len(between) <= 12 and len(between.split()) <= 2 and not _ANY_DIGIT.search(between) \
                and any(ch.isalpha() for ch in between) and not _CLAUSE_MARK.search(between) \
                and Decimal(f"{a.digits}.{b.digits}") == s.mantissa:
            return j, j + 1
    return None


def _leading_zero(number: Number) -> bool:
    """Digits with a leading zero (007, 0800): an identifier, never a number written in words."""
    return len(number.digits) > 1 and number.digits[0] == "0"


def _never_spelled(number: Number) -> bool:
    """A number translators keep as digits even where they write small numbers as words: an
    amount with a currency sign ($500), digits with a leading zero (007), a percentage that is
    not a round ten (14 %), the digits of a name of three capitals or more (HER2, COVID-19; WW1
    is written out), the year of a season or a fiscal year (SS19, FY20: "2019"). Missing, it was
    lost, not written out."""
    if number.kind == "currency" or _leading_zero(number):
        return True
    name = number.glued.strip("-")
    if len(name) >= 3 and name.isalpha() and name.isupper():
        return True
    if number.also and name.upper() in SEASON_CODES:
        return True  # SS19, FY20: a year, which translators keep as digits ("2019")
    return number.percent and number.value % 10 != 0


_ANCHOR = re.compile(r"[A-Za-z][A-Za-z&.'-]*[A-Z][A-Za-z&.'-]*|[A-Z][a-z]+")


_JOINED_IN_SOURCE = re.compile(rf"[\s\u00a0]*[{''.join(_JOINING_SIGNS)}][\s\u00a0]*|\s+to\s+")  # 1-0, 13:10, 3 to 6
# the ends of a range: joined as a pair is, but not by a clock's colon (3-6, 3–6, 3 to 6)
_RANGE_JOIN = re.compile(rf"[\s\u00a0]*[{''.join(sign for sign in _JOINING_SIGNS if sign != ':')}][\s\u00a0]*"
                         r"|\s+to\s+")
# a sign (group 1: 0-1, 37:27, 6〜3) or one short word ("90 à 70", 从6到3, 6から3)
_JOINED_IN_TARGET = re.compile(r"[\s\u00a0]*([-–—:~〜～至到]|から)[\s\u00a0]*|\s+[^\W\d_]{1,5}\s+")


def _score(a: Number, b: Number) -> bool:
    """True when ``a`` and ``b`` may be a game's score: two plain whole numbers under 1000 with no
    unit (not "3 to 6 inches", "70-90%", a clock): a translation may tell it from the other side."""
    return all(n.value == n.value.to_integral_value() and 0 <= n.value < 1000 and n.kind == "plain" and not n.unit
               for n in (a, b))


def _right_to_left(text: str) -> bool:
    """True when ``text`` has a letter of a right-to-left script (Hebrew, Arabic, Thaana, NKo, Adlam …)."""
    return any(unicodedata.bidirectional(ch) in ("R", "AL") for ch in text)


def _reversed_pairs(src: list[Number], tgt: list[Number], pairs: dict[int, int], source: str,
                    target: str) -> list[tuple[int, int]]:
    """Neighbours of the source joined by a dash, a colon or "to" (a score, a range, a game clock),
    of different values and both kept as written (not through another reading: "20" of 2019-20
    is also 2020), that the translation joins the same way (or by one short word; a clock time
    only by a sign: "10 nach 5" is 5:10) in the other order. Not where either text is written
    right to left, whose writers may type a range in the order it is read ("%90-70" for 70–90 %)."""
    found = []
    for i in range(len(src) - 1):
        a, b = src[i], src[i + 1]
        if i not in pairs or i + 1 not in pairs or a.value == b.value \
                or not _JOINED_IN_SOURCE.fullmatch(source, a.end, b.start):
            continue
        first, second = tgt[pairs[i + 1]], tgt[pairs[i]]
        if first.value != b.value or second.value != a.value or first.end > second.start:
            continue
        joined = _JOINED_IN_TARGET.fullmatch(target, first.end, second.start)
        if joined is None or (joined.group(1) is None and {a.kind, b.kind} & {"time", "minutes"}):
            continue
        found.append((i, i + 1))
    if found and (_right_to_left(source) or _right_to_left(target)):
        return []
    return found


def _anchor_before(text: str, number: Number) -> str | None:
    """The last capitalised Latin word (a name, an acronym) shortly before a number."""
    window = text[max(0, number.start - 25): number.start]
    found = _ANCHOR.findall(window)
    return found[-1] if found else None


def _anchored_swaps(src: list[Number], tgt: list[Number], pairs: dict[int, int], source: str, target: str):
    """Pairs of matched numbers whose names point at each other's number in the translation."""
    def number_after(anchor: str) -> int | None:
        if target.count(anchor) != 1 or source.count(anchor) != 1:
            return None
        end = target.index(anchor) + len(anchor)
        following = [j for j, t in enumerate(tgt) if end <= t.start <= end + 25 and not t.spelled]
        return min(following, key=lambda j: tgt[j].start) if following else None

    if len(pairs) < 2:
        return []  # a swap takes two matched numbers
    anchors = {i: _anchor_before(source, src[i]) for i in pairs}
    named = [(i, j, anchors[i]) for i, j in pairs.items()
             if anchors[i] and anchors[i] not in {anchors[k] for k in pairs if k != i}]
    if len(named) < 2:
        return []
    anchored = [(i, j, number_after(anchor)) for i, j, anchor in named]
    found = []
    for a, (i, j, after_i) in enumerate(anchored):
        for k, l, after_k in anchored[a + 1:]:
            if after_i == l and after_k == j and src[i].value != src[k].value:
                found.append(((i, j), (k, l)))
    return found


@functools.lru_cache(maxsize=None)
def _calendar_pattern(language: str) -> re.Pattern | None:
    """The words of ``language`` that hold a CLDR name of a day or a month (``Conventions.
    calendar_words``), prefixes and endings included ("kaLaboraro", "ngoLwesithathu")."""
    names = _with_decomposed(conventions(language).calendar_words)
    if not names:
        return None
    return re.compile(rf"[^\W\d_]*(?:{'|'.join(map(re.escape, names))})[^\W\d_]*", re.IGNORECASE)


def _with_decomposed(names) -> list[str]:
    """``names`` and, after each that has them, its letters decomposed into base and marks (NFD),
    the way some catalogs are written (NTREX's Yoruba: "oṣù ẹ̀bibi" as o, s, U+0323 …): a
    name matches the text in either form."""
    found = dict.fromkeys(names)
    for name in list(found):
        found.setdefault(unicodedata.normalize("NFD", name))
    return list(found)


@functools.lru_cache(maxsize=4096)
def _without_calendar_names(text: str, language: str) -> str:
    """``text`` with its words that name a day or a month blanked out (``_calendar_pattern``)."""
    pattern = _calendar_pattern(language)
    return pattern.sub(lambda m: " " * len(m.group()), text) if pattern is not None else text


@functools.lru_cache(maxsize=64)
def _month_pattern(language: str) -> tuple[re.Pattern, dict[str, int]]:
    from babel.dates import get_month_names

    from ..langtags import locale as babel_locale
    from .conventions import DATE_PARTS, light_locale

    loc = light_locale(babel_locale(language) or babel_locale("en"), DATE_PARTS)  # not all of CLDR
    months: dict[str, int] = {}
    for width in ("wide", "abbreviated"):
        for month, name in get_month_names(width, locale=loc).items():
            for form in _with_decomposed((name.rstrip("."),)):
                months.setdefault(form, month)
    names = sorted(months, key=len, reverse=True)
    pattern = re.compile(r"(?<![^\W\d_])(" + "|".join(map(re.escape, names)) + r")(?![^\W\d_])")
    return pattern, months


@functools.lru_cache(maxsize=4096)
def _months_named(text: str, language: str) -> frozenset[Decimal]:
    """The numbers of the months ``text`` names (CLDR month names of its language)."""
    pattern, months = _month_pattern(language)
    return frozenset(Decimal(months[m]) for m in pattern.findall(text))


@functools.lru_cache(maxsize=64)
def _day_pattern(language: str) -> re.Pattern:
    """A number right before or after a CLDR month name of ``language`` ("1 October", "October 1",
    "1st of October"), as the English source writes a day of the month."""
    names = "|".join(map(re.escape, sorted(_month_pattern(language)[1], key=len, reverse=True)))
    return re.compile(rf"(?:(?<![^\W\d_])(?:{names})\.?[\s\u00a0]+$)|(?:^(?:st|nd|rd|th)?[\s\u00a0]+(?:of[\s\u00a0]+)?"
                      rf"(?:{names})(?![^\W\d_]))", re.IGNORECASE)


def _day_of_named_month(source: str, number: Number, source_language: str) -> bool:
    """True when ``number`` is a day of the month the source names right beside it ("on 1 October",
    "the October 1 referendum")."""
    if number.exponent or number.value != number.value.to_integral_value() or not 1 <= number.value <= 31 \
            or number.kind not in ("plain", "ordinal"):
        return False
    pattern = _day_pattern(source_language)
    return pattern.search(source, max(0, number.start - 15), number.start) is not None \
        or pattern.match(source[number.end:number.end + 20]) is not None


def _month_stems(names: set[str]) -> set[str]:
    """The stem of each name of six letters or more, and of seven or more less two (октябр of
    октябрь, which takes endings: октябрда; oktob of oktobar, whose a drops: oktobra)."""
    return {name[:-1] for name in names if len(name) >= 6 and name[-1].isalpha()} \
        | {name[:-2] for name in names if len(name) >= 7 and name[-2:].isalpha()}


@functools.lru_cache(maxsize=64)
def _month_words(language: str) -> re.Pattern | None:
    """CLDR's names of the months in ``language`` of four letters or more, lowered (Burmese as
    ``words`` compares it, Zawgyi mapped to Unicode), and their stems (``_month_stems``), as whole
    words: a stem with an ending of up to two letters (oktobra, październiku), and in a language
    that inflects by suffixes (``SUFFIXING``) a name with one of up to four and a stem with one
    of up to three (októberben, lokakuussa, октябрда); not a word that only starts like one
    (mayores, maggiori); in a script without spaces, anywhere."""
    full = set(conventions(language).month_words)  # CLDR's, four letters or more, lowered
    if primary_language(language) == "my":
        full = {to_unicode_myanmar(name) for name in full}
    stems = _month_stems(full) - full
    if not full:
        return None
    full, stems = set(_with_decomposed(full)), set(_with_decomposed(stems))

    def alternatives(names: set[str], ending: int) -> list[str]:
        return [re.escape(name) + (rf"[^\W\d_]{{0,{ending}}}" if ending else "")
                for name in sorted(names, key=len, reverse=True)]

    spaceless = {name for name in full | stems if SPACELESS.match(name[0])}
    suffixing = primary_language(language) in SUFFIXING
    spaced = alternatives(full - spaceless, 4 if suffixing else 0) \
        + alternatives(stems - spaceless, 3 if suffixing else 2)
    parts = [rf"(?<![^\W\d_])(?:{'|'.join(spaced)})(?![^\W\d_])"] if spaced else []
    if spaceless:
        parts.append("|".join(alternatives(spaceless, 0)))
    return re.compile("|".join(parts))


def _century_words(language: str) -> tuple[str, ...]:
    """CLDR's words for a century in ``language`` (век, века; ganrif; قرن; 世紀, and 世纪 of 个世纪
    without its counter): ``_duration_words`` of duration-century."""
    return _duration_words(language, "duration-century")


# words for a decade CLDR lacks where a decade is counted in its century: Lithuanian's
# dešimtmetis (dešimtmetyje, dešimtmečio; deš.) beside CLDR's dekada
_DECADE_WORDS = {"lt": ("dešimtmetis", "dešimtmečio", "deš")}


def _decade_words(language: str) -> tuple[str, ...]:
    """CLDR's words for a decade in ``language`` (áratugur, dekada, Jahrzehnt, 十年) and the
    hand-written ones of ``_DECADE_WORDS``."""
    return _duration_words(language, "duration-decade") + _DECADE_WORDS.get(primary_language(language), ())


@functools.lru_cache(maxsize=256)
def _duration_words(language: str, unit: str) -> tuple[str, ...]:
    """CLDR's words for the duration ``unit`` in ``language`` (its patterns without the number, as
    the cached conventions keep them: ``Conventions.unit_words``), lowered, longest first; none
    abbreviated or of one letter, and a counter before a Han word also dropped (世纪 of 个世纪)."""
    words = set()
    for named, word in conventions(language).unit_words:
        if named == unit and len(word) >= 2 and "." not in word and " " not in word:
            words.add(word)
            if word[0] in "个個" and len(word) > 2:
                words.add(word[1:])  # the counter of 个世纪: "本世纪" has none
    return tuple(sorted(words, key=len, reverse=True))


def _century_named(target: str, language: str) -> str | None:
    """The word for a century (``_century_words``) the translation has, as a word of its own or
    with an ending or an Arabic clitic (القرن), anywhere in a script without spaces, with no
    number attached to it (not "XIX века", "19. Jahrhundert", "二十世纪"); else None: a decade
    that starts a century written as "the start of this century"."""
    words = _century_words(language)
    if not words:
        return None
    lowered = target.lower()
    for word in words:
        if SPACELESS.match(word[0]):
            at = lowered.find(word)
            while at >= 0:
                if not _number_attached(target, at, at + len(word), language):
                    return word
                at = lowered.find(word, at + 1)
            continue
        for match in _LETTER_RUN.finditer(lowered):
            if word_fits(match.group(), word) and not _number_attached(target, match.start(), match.end(), language):
                return match.group()
    return None


_TOKEN_BEFORE = re.compile(r"(\S+)[\s\u00a0]+$|(\S*\d)-?$")
_TOKEN_AFTER = re.compile(r"[\s\u00a0]+(\S+)")
_ROMAN_WORD = re.compile(r"[MDCLXVI]+\.?(?:-?[^\W\d_]{1,3})?")  # XIX, XIXe, XIX-го


def _number_attached(target: str, start: int, end: int, language: str) -> bool:
    """True when a number stands right before or after ``target[start:end]``, a word for a century:
    digits ("19. Jahrhundert", "19-го века", "21世纪"), a Roman numeral ("XIX века", "secolul XIX"),
    a Han numeral ("二十世纪") or a number word up to 21 ("девятнадцатого века", "القرن التاسع عشر")."""
    before = _TOKEN_BEFORE.search(target, max(0, start - 30), start)
    after = _TOKEN_AFTER.match(target, end, end + 30)
    if start and (target[start - 1].isdigit() or target[start - 1] in _HAN_NUMERALS):
        return True
    for match in (before, after):
        if match is None:
            continue
        word = next(group for group in match.groups() if group).strip(".,;:()\"'«»")
        if not word:
            continue
        if any(ch.isdigit() for ch in word) or _ROMAN_WORD.fullmatch(word):
            return True
        if any(spelled_word(word, Decimal(value), language) for value in range(2, 22)):
            return True
    return False


def _beside_a_month(target: str, number: Number, language: str) -> bool:
    """True when ``number`` of the translation, a day's value, stands beside a CLDR name of a month
    (``_month_words``, two words before or after it): a date, not a copy of a source number one
    digit off ("Saipov, 30, … on Oct." → "30 ετών … στις 31 Οκτωβρίου")."""
    value = number.value
    if number.exponent or value != value.to_integral_value() or not 1 <= value <= 31:
        return False
    months = _month_words(language)
    if months is None:
        return False
    lowered = target.lower()
    before, after = _two_words_around(lowered, number.start, number.end)
    return months.search(before) is not None or months.search(after) is not None


_TWO_WORDS_BEFORE = re.compile(r"(?:\S+\s+){0,2}\S*$")
_TWO_WORDS_AFTER = re.compile(r"\S*(?:\s+\S+){0,2}")


def _near_a_month(target: str, word: str, language: str, most: int = 4) -> bool:
    """True when ``word`` stands within ``most`` words of a name of a month in ``target``, or
    ``target`` names no month CLDR knows (Levantine تشرين الأول, Vietnamese "tháng mười"): then
    nothing says where the day should be."""
    months = _month_words(language)
    lowered = target.lower()
    named = [match.span() for match in months.finditer(lowered)] if months is not None else []
    if not named:
        return True
    at = lowered.find(word.lower())
    while at >= 0:
        end = at + len(word)
        for start, stop in named:
            between = lowered[end:start] if end <= start else lowered[stop:at]
            if len(between.split()) <= most:
                return True
        at = lowered.find(word.lower(), end)
    return False


def _two_words_around(text: str, start: int, end: int) -> tuple[str, str]:
    """The two words (within 40 characters) before ``text[start:end]`` and the two after it, the
    rest of the words it touches included."""
    return (_TWO_WORDS_BEFORE.search(text, max(0, start - 40), start).group(),
            _TWO_WORDS_AFTER.match(text, end, end + 40).group())


def _day_word(target: str, value: Decimal, language: str, learned: LearnedWords | None,
              source: str = "", source_language: str = "en") -> str | None:
    """The word for the day ``value`` that the translation writes beside a name of the month (two
    words before it or after it, or the rest of its word): "الأول من أكتوبر", "биринчи октябрда",
    "ေအာက္တိုဘာတစ္ရက္" (October 1). Where the source has words for the value too ("on 2 October
    two ministers"), the translation needs one more than it has, as in ``_word_for``; an English
    article is no such word ("a ruling on 1 October": the article is no date). CLDR's words and the
    catalog's learned ones, and in a language without ICU's tables the hand-written ones (Yoruba
    lọ́gbọ̀njọ́ beside "Oṣù Ẹ̀bibi"); the source's own words for the value are asked of the first
    two only."""
    months = _month_words(language)
    if months is None:
        return None
    lowered = target.lower()
    if primary_language(language) == "my" and "\u1000" <= max(lowered, default=" "):
        lowered = to_unicode_myanmar(lowered)
    if learned is not None and has_table(language):
        learned = None
    if source:
        if primary_language(source_language) == "en":
            source = _ENGLISH_ARTICLE.sub(" ", source)
        spoken_for = spelled_count(source, value, source_language)
        if spoken_for and spelled_count(lowered, value, language) <= spoken_for \
                and not (learned is not None and learned.count(lowered, value) > spoken_for):
            return None
    for month in months.finditer(lowered):
        at, end = month.span()
        before, after = _two_words_around(lowered, at, end)
        window = f"{before} {after}"
        word = spelled_word(window, value, language) \
            or (learned.find(window, value) if learned is not None else None) \
            or (written_word(window, value, language) if not has_table(language) else None)
        if word:
            return word
    return None


_ENGLISH_ARTICLE = re.compile(r"\b(?:a|an)\b", re.IGNORECASE)


# an ordinal's mark right after its digits: a period before a word ("9. áratugnum"), a short
# ending after a hyphen ("9-ame", "1-o")
_ORDINAL_MARK = re.compile(r"\.[\s\u00a0]*[^\W\d_]|-[^\W\d_]{1,4}(?![^\W\d_])")


def _decade_counted(number: Number, src: list[Number], tgt: list[Number], used: set[int], source: str,
                    target: str, language: str, source_language: str) -> tuple[int | None, str] | None:
    """Where the translation writes a decade of the source ("the 1980s") as the decade counted in
    its century, the ninth, beside a word for a decade (``_decade_words``): (the index in ``tgt``,
    the number with its mark) of an unused number of that value with an ordinal's mark after it
    ("9. áratugnum", "9-ame dešimtmetyje", "1-o" for the 2000s), or (None, the word) for CLDR's
    word for it ("devintajame dešimtmetyje", from 2 on: a word for one is too often "a"), unless
    the source has that value itself ("in the 1980s, nine people died"); else None."""
    if number.value < 1000 or number.value % 10 or number.value != number.value.to_integral_value():
        return None
    counted = number.value % 100 // 10 + 1
    for j, t in enumerate(tgt):
        if j not in used and not t.spelled and not t.exponent and t.value == counted \
                and (mark := _ORDINAL_MARK.match(target, t.end)) and _beside_a_decade(target, t.start, t.end, language):
            return j, target[t.start:t.end] + ("." if mark.group()[0] == "." else mark.group())
    if counted < 2 or any(o is not number and o.value == counted for o in src) \
            or spelled_word(source, counted, source_language):
        return None
    word = spelled_word(target, counted, language)
    if not word:
        return None
    lowered = target.lower()
    at = lowered.find(word.lower())
    while at >= 0:
        if _beside_a_decade(target, at, at + len(word), language):
            return None, word
        at = lowered.find(word.lower(), at + 1)
    return None


def _beside_a_decade(target: str, start: int, end: int, language: str) -> bool:
    """True when a word for a decade (``_decade_words``) stands two words or less before or after
    ``target[start:end]`` ("9. áratugnum", "العقد التاسع"), with an ending; in a script without
    spaces, anywhere in the few letters around it."""
    words = _decade_words(language)
    if not words:
        return False
    lowered = target.lower()
    before, after = _two_words_around(lowered, start, end)
    tokens = _LETTER_RUN.findall(f"{before} {after}")
    near = lowered[max(0, start - 6):end + 6]
    return any(word in near if SPACELESS.match(word[0]) else any(word_fits(token, word) for token in tokens)
               for word in words)


def _digits(number: Number) -> str:
    if number.digits:
        return number.digits
    mantissa = number.mantissa if number.mantissa is not None else number.value
    return format(mantissa.normalize(), "f").replace(".", "").replace("-", "")


def _not_a_clock_move(source: Number, target: Number) -> bool:
    """False when ``target`` may be the hour ``source`` in another time zone (15 → 16);
    minutes stay what they are, and no hour is past 24."""
    return source.kind != "time" or target.value > 24


def _near_miss(source: Number, target: Number, min_length: int) -> bool:
    """The digits differ in one place, or two neighbours traded places, or only the decimal
    separator moved (1,127 / 1197; 29 / 28; 16.1 / 1.61); the source's other readings count
    (3 p.m. / 75:00 is 15 / 75)."""
    if source.value == target.value:
        return False
    b = _digits(target)
    written = [_digits(source)] + [str(int(v)) for v in source.also if v == v.to_integral_value()]
    return any(_one_off(a, b, min_length) for a in written)


def _one_off(a: str, b: str, min_length: int) -> bool:
    if len(a) != len(b) or len(a) < min_length:
        return False
    diff = [k for k in range(len(a)) if a[k] != b[k]]
    if len(diff) <= 1:
        return True
    return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]


def _bare_sign(target: str, number: Number) -> bool:
    """True when the translation keeps the currency sign of the source's amount with no number
    beside it ("$." left of "$250,000."): the amount was lost, not written out in words."""
    sign = number.text.split(number.digits[:1], 1)[0].strip(SPACES) if number.digits else ""
    if not sign or sign.isalpha():
        return False
    at = target.find(sign)
    while at >= 0:
        before = target[:at].rstrip(SPACES)[-1:]
        rest = target[at + len(sign):]
        after = rest.lstrip(SPACES)[:1]
        # "$ miliɔn eve" writes the amount in words after the sign; "$." and "$owo" lost it
        if not before.isdigit() and not after.isdigit() and not (after.isalpha() and rest[:1] in SPACES):
            return True
        at = target.find(sign, at + 1)
    return False


def _deletion_trace(source: str, target: str, learned: LearnedWords | None) -> str | None:
    """The name of the trace of a number cut out of the translation (``traces.MARKS``) that is
    not a habit of its catalog, else None: with one, a missing number that could have been
    written out in words, or left out fairly, was lost."""
    return cut_out(source, target, learned.cut_habits if learned is not None else frozenset())


_ROMAN_AFTER = re.compile(r"[IVXLC]+(?![^\W\d_])")


def _roman_after_name(target: str, number: Number) -> str | None:
    """The name glued to the source's number followed by that number in Roman numerals in the
    translation ("WWI", "WW I" for WW1), else None."""
    name = number.glued.strip("-")
    if not name or number.glued == "+":
        return None
    for match in re.finditer(r"(?<![^\W\d_])" + re.escape(name) + r"[\s\u00a0-]?([IVXLC]+)(?![^\W\d_])", target):
        if _roman_value(match.group(1)) == number.value:
            return match.group()
    return None


def _name_left(target: str, number: Number, language: str, learned: LearnedWords | None) -> bool:
    """True when the name glued to the source's number (WW of WW1, HER of HER2; two letters at
    least) stands whole in the translation with no number after it, not even a Roman one or a
    word for it ("WW Victoria", "WWVictoria": the name, then punctuation, a space or a capitalized
    word; not the WW of WWF): the number was lost, not written out (which writes the name out too:
    "First World War"), whatever number words the sentence has elsewhere."""
    name = number.glued.strip("-")
    if len(name) < 2 or number.glued == "+":
        return False
    for match in re.finditer(r"(?<![^\W\d_])" + re.escape(name), target):
        after = target[match.end():match.end() + 2]
        if after[:1].isalpha() and not (after[:1].isupper() and after[1:2].islower()):
            continue  # the name starts a longer word (WWF)
        rest = target[match.end():].lstrip(SPACES + "-")
        if not rest[:1].isdigit() and not _ROMAN_AFTER.match(rest) \
                and not (rest and _word_for(rest.split(None, 1)[0], number.value, language, learned)):
            return True
    return False


def _name_lost(source: str, target: str, src: list[Number], i: int, pairs: dict[int, int],
               language: str, learned: LearnedWords | None) -> Discrepancy | None:
    """The error for ``src[i]`` when its name stands in the translation without it (``_name_left``)
    and is not the same name said again (``_named_again``: "COVID-19 … the disease"), else None."""
    number = src[i]
    if not _name_left(target, number, language, learned) or _named_again(source, src, i, pairs):
        return None
    return Discrepancy("missing", Severity.ERROR, f"{number.glued}{number.text} is not in the translation, "
                       f"only {number.glued.strip('-')!r}", hint=f"{render(number, language)} in {language}",
                       source=number)


def _lost(number: Number, language: str, why: str = "") -> Discrepancy:
    """The error for a source number the translation lost: "550 is not in the translation[, why]",
    with the number written in the translation's conventions as the hint."""
    message = f"{number.text} is not in the translation" + (f", {why}" if why else "")
    return Discrepancy("missing", Severity.ERROR, message, hint=f"{render(number, language)} in {language}",
                       source=number)


# the abbreviations of the word for "number" (Serbian br., Dutch nr., Czech č.), which stand only
# before a number: whole words (número, nummer) also mean "the number of"
_NUMERO_ABBREVIATION = re.compile(r"(?<![^\W\d_])(?:br|nr|č)\.(?![\s\u00a0]*\d)", re.IGNORECASE)
# the word for "number" before a rank ("No.1": "nummer 1", "номер 1"), by language; a hand list, as
# CLDR names no such word. Only languages whose word is not also their word for "the number of" (a
# count): not número, numero, broj, szám, מספר. Even so, one counts only where the source has fewer
# words for "number" than the translation has such words left without a digit
_NUMERO_WORDS = {
    **dict.fromkeys(("nl", "nb", "nn", "no", "da", "sv", "de"), ("nummer",)), "fr": ("numéro",), "pl": ("numer",),
    "cs": ("číslo",), "sk": ("číslo",),
    **dict.fromkeys(("ru", "uk", "bg", "be", "kk", "ky", "mn", "tg", "tt", "ba"), ("номер",)),
    "id": ("nomor",), "ms": ("nombor",), **dict.fromkeys(("ar", "ary", "arz", "apc", "mey"), ("رقم",)),
    "fa": ("شماره",), **dict.fromkeys(("ur", "sd"), ("نمبر",)),
    **dict.fromkeys(("hi", "mr", "ne"), ("नंबर", "नम्बर")), "ka": ("ნომერ",),
    "to": ("fika",), "sw": ("namba", "nambari"), **dict.fromkeys(("ny", "bem"), ("namba",)), "fj": ("naba",),
    "tk": ("nomer",),
}
_SOURCE_NUMBER_WORD = re.compile(r"(?<![^\W\d_])numbers?(?![^\W\d_])", re.IGNORECASE)


@functools.lru_cache(maxsize=64)
def _numero_word(language: str) -> re.Pattern | None:
    words = _NUMERO_WORDS.get(primary_language(language))
    return re.compile(r"(?<![^\W\d_])(?:" + "|".join(words) + r")(?![^\W\d_])", re.IGNORECASE) if words else None


def _glued_letters_kept(glued: str, target: str) -> bool:
    """True when the letters glued to a source number ("WW" of WW1, "HER" of HER2) stand in the
    translation at a word's start, or in capitals after a lower-case prefix (Shona "yeWW1",
    Xhosa "ngeWW1"): the name was kept, so its number was not written out."""
    letters = glued.strip("-")
    capitals = letters[:1].isupper()
    at = target.find(letters)
    while at >= 0:
        before = target[at - 1] if at else " "
        if not before.isalpha() or (capitals and _prefix_at_word_start(target, at)):
            return True
        at = target.find(letters, at + 1)
    return False


def _prefix_at_word_start(text: str, at: int) -> bool:
    """True when ``text`` has one to four lower-case letters right before ``at``, at a word's start
    ("ye" of "yeWW1"; not "pace" of "SpaceX", "hat" of "ChatGPT")."""
    start = at
    while start > 0 and text[start - 1].islower() and at - start < 4:
        start -= 1
    return start < at and (start == 0 or not text[start - 1].isalpha())


def _numero_left(source: str, target: str, language: str) -> bool:
    """True when the translation has an abbreviation of the word for "number" with no digit after
    it, or the word itself (``_NUMERO_WORDS``) so more often than the source says "number"."""
    if _NUMERO_ABBREVIATION.search(target) is not None:
        return True
    pattern = _numero_word(language)
    if pattern is None:
        return False
    alone = sum(1 for m in pattern.finditer(target) if not target[m.end():].lstrip(SPACES)[:1].isdigit())
    return alone > len(_SOURCE_NUMBER_WORD.findall(source))


def _without_percent_words(text: str, language: str) -> str:
    """``text`` with its percent words blanked ("fil-mija", "در صد"), so that the hundred in them
    is not read as a number written out."""
    pattern = _percent_words_pattern(language)
    return pattern.sub(lambda match: " " * len(match.group()), text) if pattern is not None else text


@functools.lru_cache(maxsize=256)
def _percent_words_pattern(language: str) -> re.Pattern | None:
    """``language``'s percent words, before and after the number, longest first, at a word's start."""
    conv = conventions(language)
    words = sorted({*conv.percent_after, *conv.percent_before}, key=len, reverse=True)
    return re.compile(r"(?<![^\W\d_])(?:" + "|".join(map(re.escape, words)) + ")", re.IGNORECASE) if words else None


def _no_thousand(text: str, language: str) -> bool:
    """True when ``language``'s word for thousand in a year written in words is known
    (``written_words.thousand_in_years``) and ``text`` has no word that starts with it: a year is
    not written out there ("akpe eve woetɔ" is Ewe's 2013)."""
    words = {unmarked(w) for w in thousand_in_years(language)}
    if not words:
        return False
    lowered = unmarked(text.lower())
    return not any(next(_word_starts(lowered, w), None) is not None for w in words)


def _missing_severity(target: str, spells_out: bool) -> Severity:
    """An error, unless the translation has no digit at all in a catalog that spells numbers out."""
    if spells_out and not _ANY_DIGIT.search(target):
        return Severity.WARNING
    return Severity.ERROR


def spells_numbers_out(pairs) -> bool:
    """True when at least 15 % of the (source, translation) pairs whose source has two numbers or
    more (ten such pairs at least) have no digit in the translation: that translator writes numbers
    as words (NTREX's Yoruba and Ewe do, in sentences ICU's spell-out tables cannot read). Sources
    with one number are left out, so that one deleted number does not make a catalog look so."""
    with_digits = without = 0
    known = _TWO_NUMBERS
    if len(known) > 200_000:
        known.clear()
    search = _ANY_DIGIT.search
    for source, target in pairs:
        two = known.get(source)
        if two is None:
            two = known[source] = len(_DIGIT_RUN.findall(source)) >= 2
        if two:
            with_digits += 1
            without += not search(target)
    return with_digits >= 10 and without >= 0.15 * with_digits


_ANY_DIGIT = re.compile(r"\d")
_CLAUSE_MARK = re.compile(r"[,;:.!?،؛。，、]")
_DIGIT_RUN = re.compile(r"\d+")
# whether a source text has two digit runs or more, by text: every catalog of a project has the
# same sources, and a dictionary lookup costs less than a findall (bounded: cleared when full)
_TWO_NUMBERS: dict[str, bool] = {}


__all__ = ["HUNDRED_PERCENT", "UNREADABLE_WORDS", "Discrepancy", "compare", "read_target",
           "spells_numbers_out"]
