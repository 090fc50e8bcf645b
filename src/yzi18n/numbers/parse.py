"""Find the numbers of a text and read their values in one language's conventions.

A run of digits joined by separators (``1,300``, ``16,1``, ``1 300``, ``1,50,000``, ``٢٠١٩``)
is a *token*. A token can often be read more than one way (``1.300`` is 1.3 or 1300; ``2019
300`` is one number or two), so it carries every plausible *reading*, the locale's first; the
comparison keeps the reading that agrees with the source. Each number of a reading carries
what surrounds it: a scale word (``million``, ``Mrd.``, ``万``), a percent sign or word, a
currency symbol, an ordinal suffix, a unit, and the values it may also stand for (``3 p.m.``
is 15, ``1930s`` is 30, the ``53`` of ``1950-53`` is 1953).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import MISSING, dataclass, fields
from decimal import Decimal
from itertools import chain

from ..langtags import primary_language
from .conventions import BIDI_MARKS, HAN_SCALES, SPACES, Conventions, conventions

# Python's \d is every decimal digit of Unicode (Arabic-Indic, Bengali, full-width, …)
_SEP = "(?:, |[.,'\u2019\u066b\u066c\u060c/" + SPACES + "])"
_TOKEN = re.compile(r"\d+(?:" + _SEP + r"\d+)*")
_SPACE_SEPS = set(SPACES)
_GROUP_CAPABLE = set(",.'\u2019\u066c\u060c") | _SPACE_SEPS | {", "}
_DECIMAL_CAPABLE = set(".,\u066b\u060c/")  # Persian typists write ۲/۵ for ۲٫۵  # the Arabic comma serves as both in Pashto, Dhivehi
# scripts whose words take particles and counters without a space: 만명, 万人
_NO_BOUNDARY = re.compile(r"[\u0e00-\u0eff\u0f00-\u0fff\u1000-\u109f\u1100-\u11ff\u1780-\u17ff"
                          r"\u3040-\u30ff\u3130-\u318f\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]$")
_CENTURY = re.compile(r"(?:st|nd|rd|th)[- ]century", re.IGNORECASE)
# two letters at least, not inside a word; a lower-case ordinal ending may follow (XIXe, XIX-го)
_ROMAN = re.compile(r"(?<![^\W\d_])(?=[MDCLXVI]{2,})M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})"
                    r"(?![^\W\d_]*[A-Z])")
_ZONE_OR_MERIDIEM = re.compile(r"\s*(?:[ap]\.?m\.?|BST|GMT|UTC|CET|EDT|EST|PDT|PST|ET|PT|CT)\b", re.IGNORECASE)
_TIME_AFTER = re.compile(r":\d\d(?!\d)|\s*(?:BST|GMT|UTC|CET|EDT|EST|PDT|PST|ET|PT|CT)\b")
_TWO_ROMAN_LETTERS = re.compile("[MDCLXVI]{2}")
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
_ORDINAL_EN = re.compile(r"(?:st|nd|rd|th)\b", re.IGNORECASE)
_DECADE = re.compile(r"'?s\b")
_CLOCK = re.compile(r"(?:[:.]\d\d)?\s*(?:a\.?m\.?|p\.?m\.?)(?![^\W\d_])", re.IGNORECASE)
_CLOCK_TIME = re.compile(r"\d{1,2}[.:]\d\d")
_PM = re.compile(r"(?:[:.]\d\d)?\s*p\.?m\.?", re.IGNORECASE)
_RANGE_JOIN = re.compile(r"\s*(?:[-–—~〜～]|[^\W\d_]{1,5}\.?)\s*$")
# digits that are no numbers: character references (&#169;), positional placeholders (%1$s, {0})
_SPLIT_SEP = re.compile("(" + _SEP + ")")
_SPLIT_SPACE = re.compile("([" + SPACES + "])")
_HAN_SCALE_RUN = re.compile("[" + "".join(HAN_SCALES) + "]+")
_NOT_ASCII_DIGIT = re.compile("[^0-9]")
_NOT_NUMBERS = re.compile(r"&#(?:\d+|[xX][0-9a-fA-F]+);|%\d+\$|\{\d+\}")


def _mark_class() -> str:
    """A character class of the combining marks (categories Mn, Mc, Me) of the scripts before
    U+1D00 and the combining blocks after it: the vowel signs of Indic scripts, Thaana's, Arabic's
    harakat, which ``\\w`` does not take as letters (read from ``unicodedata``, ~1 ms)."""
    ranges, start, previous = [], None, None
    codes = chain(range(0x300, 0x1D00), range(0x1DC0, 0x1E00), range(0x20D0, 0x2100), range(0x302A, 0x3030),
                  range(0x3099, 0x309B), range(0xA66F, 0xA700), range(0xA800, 0xAB00), range(0xFE00, 0xFE30))
    for code in codes:
        if unicodedata.category(chr(code))[0] == "M":
            if start is None or code != previous + 1:
                if start is not None:
                    ranges.append((start, previous))
                start = code
            previous = code
    ranges.append((start, previous))
    return "".join(f"\\u{a:04x}-\\u{b:04x}" if a != b else f"\\u{a:04x}" for a, b in ranges)


# a word: letters and the marks written on them (मिलियन, not म), and a final period
_WORD_AT = re.compile(rf"[^\W\d_](?:[^\W\d_]|[{_mark_class()}])*\.?")
_ISO_BEFORE = re.compile(r"\b[A-Z]{3}$")
_SPACES_AND_MARKS = SPACES + BIDI_MARKS
_GLUED = re.compile(r"[^\W\d_]*-?$")
_NUMERO = re.compile(r"\bNo\.\s?$")
SEASON_CODES = frozenset({"SS", "AW", "FW", "FY"})  # fashion seasons and fiscal years: SS19, FY20
_DEGREES = re.compile(r"°\s*([FC])\b")
_HAN_NUMERALS = "〇零一二两兩三四五六七八九十拾百佰千仟万萬亿億兆"
_HAN_RUN = re.compile("[" + _HAN_NUMERALS + "]+")
_HAN_DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4, "五": 5, "六": 6,
               "七": 7, "八": 8, "九": 9}


class _computed_once:
    """``functools.cached_property`` without its lock (Python 3.11 takes one on every first
    read, once per number of every text): the value is written into the instance's ``__dict__``,
    where later reads find it first."""

    def __init__(self, func):
        self.func = func
        self.name = func.__name__
        self.__doc__ = func.__doc__

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        value = instance.__dict__[self.name] = self.func(instance)
        return value


@dataclass(frozen=True)
class Number:
    """One number as written: its value, its type, and what the text around it says."""

    value: Decimal
    text: str  # as written, with its scale word, percent sign or currency
    start: int
    end: int
    kind: str = "plain"  # plain, percent, currency, year, ordinal
    mantissa: Decimal | None = None  # the value before the scale word
    exponent: int = 0  # of the scale word; 0 when there is none
    scale_word: str | None = None
    also: frozenset[Decimal] = frozenset()  # other values the text may mean
    glued: str = ""  # letters right before the digits: "WW" of WW1, "COVID-" of COVID-19
    unit: str | None = None  # CLDR unit id after the number (miles, °F …)
    word_after: str = ""  # the word right after the number, when it is not a known one
    spelled: bool = False  # written in Han numerals (三千, 百分之六十九)
    digits: str = ""  # the digits as written, in ASCII ("05" stays "05")

    @_computed_once
    def values(self) -> frozenset[Decimal]:
        return self.also | {self.value}

    @property
    def percent(self) -> bool:
        return self.kind == "percent"


_NUMBER_DEFAULTS = {f.name: f.default for f in fields(Number) if f.default is not MISSING}


def _new_number(value: Decimal, text: str, start: int, end: int, kind: str, mantissa: Decimal, glued: str,
                digits: str) -> Number:
    """``Number(value, text, start, end, kind=…, mantissa=…, glued=…, digits=…)`` without the frozen
    ``__init__``'s per-field ``object.__setattr__`` (one per number of every parsed text)."""
    new = object.__new__(Number)
    state = new.__dict__
    state.update(_NUMBER_DEFAULTS)
    state.update(value=value, text=text, start=start, end=end, kind=kind, mantissa=mantissa, glued=glued,
                 digits=digits)
    return new


def replace(number: Number, **changes) -> Number:
    """``dataclasses.replace`` for a Number without its per-call walk over the fields (the hot
    path of parsing); the cached ``values`` is dropped since the fields it depends on may change."""
    new = object.__new__(Number)
    state = new.__dict__
    state.update(number.__dict__)
    state.update(changes)
    state.pop("values", None)
    return new


@dataclass(frozen=True)
class Token:
    """A run of digits and separators with every plausible reading, the locale's first."""

    start: int
    end: int
    readings: tuple[tuple[Number, ...], ...]


def digit_value(text: str) -> str:
    """``٢٠١٩`` → ``2019``: any decimal digit of Unicode as ASCII."""
    if text.isascii():
        return text
    return "".join(ch if ch.isascii() or unicodedata.decimal(ch, None) is None else str(unicodedata.decimal(ch))
                   for ch in text)


def _dec(text: str) -> Decimal:
    return Decimal(digit_value(text))


def _grouping_ok(groups: list[str], indian: bool) -> bool:
    if not 1 <= len(groups[0]) <= 3 or any(len(g) != 3 for g in groups[1:]):
        if not indian or len(groups) < 3 or len(groups[-1]) != 3:
            return False
        return 1 <= len(groups[0]) <= 2 and all(len(g) == 2 for g in groups[1:-1])
    return True


def _same_class(seps: list[str]) -> bool:
    return len(set(seps)) <= 1 or all(s in _SPACE_SEPS for s in seps)


def _whole_readings(groups: list[str], seps: list[str]) -> list[tuple[Decimal, str | None, str | None]]:
    """Readings of a token as one number: (value, group separator, decimal separator)."""
    found = []
    if not seps:
        return [(_dec(groups[0]), None, None)]
    if all(s in _GROUP_CAPABLE for s in seps) and _same_class(seps):
        for indian in (False, True):
            if _grouping_ok(groups, indian):
                found.append((_dec("".join(groups)), seps[0], None))
                break
    last = seps[-1]
    if last in _DECIMAL_CAPABLE:
        head, head_seps = groups[:-1], seps[:-1]
        if not head_seps or (all(s in _GROUP_CAPABLE and s != last for s in head_seps) and _same_class(head_seps)
                             and (_grouping_ok(head, False) or _grouping_ok(head, True))):
            found.append((_dec("".join(head) + "." + groups[-1]), head_seps[0] if head_seps else None, last))
    return found


def _locale_rank(group: str | None, decimal: str | None, conv: Conventions) -> int:
    """0 when the separators are the locale's own, 1 otherwise."""
    ok_group = group is None or group in conv.groups or (group in _SPACE_SEPS and conv.groups & _SPACE_SEPS)
    ok_decimal = decimal is None or decimal in conv.decimals
    return 0 if ok_group and ok_decimal else 1


def _raw_readings(text: str, start: int, conv: Conventions) -> list[list[tuple[Decimal, int, int, bool]]]:
    """The token's readings as lists of (value, start, end, has_decimals), best first."""
    if text.isdigit():  # no separator (the token pattern joins digits with separators only)
        return [[(_dec(text), start, start + len(text), False)]]
    whole, pieces, split = _token_readings(text)
    end = start + len(text)
    ranked = [(_locale_rank(group, decimal, conv), [(value, start, end, decimal is not None)])
              for value, group, decimal in whole]
    ranked.sort(key=lambda item: item[0])
    readings = [r for _, r in ranked]
    # split at spaces (each piece read whole, the locale's reading first) and at every separator
    if len(pieces) > 1:
        chosen = []
        for candidates, first, last in pieces:
            value, _, decimal = min(candidates, key=lambda r: _locale_rank(r[1], r[2], conv))
            chosen.append((value, start + first, start + last, decimal is not None))
        readings.append(chosen)
    readings.append([(value, start + first, start + last, False) for value, first, last in split])
    return readings


@functools.lru_cache(maxsize=8192)
def _token_readings(text: str) -> tuple[tuple, tuple, tuple]:
    """What ``_raw_readings`` reads of a token with a separator before the locale ranks it (the
    same in every language: kept per token, which a run meets in each of its catalogs): its whole
    readings (value, group separator, decimal separator); its pieces between spaces, each with
    its whole readings and offsets (none unless two or more pieces all have one); each group of
    digits as a number with its offsets."""
    parts = _SPLIT_SEP.split(text)
    groups, seps = parts[0::2], parts[1::2]
    whole = tuple(_whole_readings(groups, seps))
    pieces: list = []
    if any(s in _SPACE_SEPS for s in seps):
        offset = 0
        for piece in _SPLIT_SPACE.split(text):
            if piece and piece not in _SPACE_SEPS:
                sub = _SPLIT_SEP.split(piece)
                candidates = _whole_readings(sub[0::2], sub[1::2])
                if not candidates:
                    pieces = []
                    break
                pieces.append((tuple(candidates), offset, offset + len(piece)))
            offset += len(piece)
    split, offset = [], 0
    for index, group in enumerate(groups):
        split.append((_dec(group), offset, offset + len(group)))
        offset += len(group) + (len(seps[index]) if index < len(seps) else 0)
    return whole, tuple(pieces), tuple(split)


def _skip_spaces(text: str, pos: int) -> int:
    while pos < len(text) and (text[pos] in SPACES or text[pos] in BIDI_MARKS or text[pos] == "-"):
        if text[pos] == "-" and (pos + 1 >= len(text) or not text[pos + 1].isalpha()):
            break
        pos += 1
    return pos


def _word_at(text: str, pos: int) -> str:
    match = _WORD_AT.match(text, pos)
    return match.group() if match else ""


# per word list of a Conventions (long-lived tuples, kept alive here beside what is derived)
_PAIRS: dict[int, tuple[tuple, tuple]] = {}
_INDEX: dict[int, tuple[tuple, dict | None]] = {}


def _derived(table: dict, words: tuple, make):
    cached = table.get(id(words))
    if cached is None or cached[0] is not words:
        cached = table[id(words)] = (words, make(words))
    return cached[1]


def _with_none(words: tuple[str, ...]) -> tuple[tuple[str, None], ...]:
    return tuple((w, None) for w in words)


def _as_pairs(words: tuple[str, ...]) -> tuple[tuple[str, None], ...]:
    return _derived(_PAIRS, words, _with_none)


def _first_letter_index(words) -> dict[str, tuple] | None:
    """(word, data) pairs by first letter, in their order; None when a word is empty."""
    index: dict[str, list] = {}
    for item in words:
        if not item[0]:
            return None
        index.setdefault(item[0][0], []).append(item)
    return {letter: tuple(items) for letter, items in index.items()}


def _match_word(text: str, pos: int, words, *, boundary: bool = True) -> tuple[str, object, int] | None:
    """The first of ``words`` ((word, data), longest first) at ``pos``, case-insensitive.
    ``words`` is a long-lived tuple (a Conventions field): its first-letter index is kept."""
    lowered = text[pos: pos + 40].lower()
    index = _derived(_INDEX, words, _first_letter_index)
    if index is not None:
        words = index.get(lowered[:1], ())
    for word, data in words:
        if lowered.startswith(word):
            end = pos + len(word)
            if boundary and end < len(text) and text[end].isalpha() and word[-1:].isalpha() \
                    and not _NO_BOUNDARY.search(word):
                continue
            if end < len(text) and text[end] == "." and word[-1:].isalpha() and len(word) <= 5:
                # an abbreviation's period (Mrd., млрд., pct.), not a sentence's ("69 percent.")
                end += 1 if not (end + 1 < len(text) and text[end + 1].isdigit()) else 0
            return text[pos:end], data, end
    return None


_PERCENT_ENDING = 6  # letters an inflected percent word may add (пайызға, ശതമാനത്തിലും, százalékig)
# languages that inflect by suffixes, whose percent words are read with an ending: elsewhere an
# ending makes another word (percentage, percentile; Croatian posto → postoji, Hebrew אחוז → אחוזות)
SUFFIXING = frozenset({"az", "ba", "bn", "et", "fi", "hu", "hy", "ka", "kk", "kn", "ky", "lt", "lv", "ml", "ne", "ta",
                        "te", "tg", "tk", "tt", "ug", "uz"})


def _wordy(ch: str) -> bool:
    """A letter, or a mark written on one (an Indic vowel sign)."""
    return ch.isalpha() or unicodedata.category(ch)[0] == "M"


def percent_word_end(text: str, pos: int, conv: Conventions) -> int | None:
    """Where the percent word of ``conv`` at ``pos`` ends ("Prozent", "per cent"), else None.
    In a language that inflects by suffixes (``SUFFIXING``), a one-word percent word of four
    letters or more is also found with an ending of up to six letters ("35 пайызға", "100
    տոկոսով"); elsewhere, and for a phrase (در صد), only whole."""
    if not conv.percent_after:
        return None
    found = _match_word(text, pos, _as_pairs(conv.percent_after), boundary=False)
    if found is None:
        return None
    word, _, end = found
    if end < len(text) and _wordy(text[end]) and not _NO_BOUNDARY.search(word):
        if len(word) < 4 or " " in word or primary_language(conv.language) not in SUFFIXING:
            # letters after it: another word, unless a longer percent word matches whole
            found = _match_word(text, pos, _as_pairs(conv.percent_after))
            return found[2] if found else None
        stop, letters = end, 0
        while stop < len(text) and _wordy(text[stop]):
            letters += text[stop].isalpha()
            stop += 1
        if letters > _PERCENT_ENDING:
            return None
        end = stop
    return end


def _scale_after(text: str, pos: int, conv: Conventions, currency: bool) -> tuple[str, int, int] | None:
    """(words as written, exponent, end) of the scale words right after a number ending at ``pos``;
    a larger one right after multiplies (هزار میلیارد, lakh crore, ពាន់លាន, mil millones)."""
    first = _one_scale(text, pos, conv, currency)
    if first is None:
        return None
    word, exponent, end = first
    second = _one_scale(text, end, conv, False)
    if second is not None and second[1] > exponent and not text[end:second[2]].startswith((",", ";")):
        return text[pos:second[2]].strip(SPACES), exponent + second[1], second[2]
    return first


def _one_scale(text: str, pos: int, conv: Conventions, currency: bool) -> tuple[str, int, int] | None:
    here = _skip_spaces(text, pos)
    if conv.han:
        run = _HAN_SCALE_RUN.match(text[here:])
        if run:
            exponent = sum(HAN_SCALES[ch] for ch in run.group())
            return run.group(), exponent, here + run.end()
    found = _match_word(text, here, conv.scales_after)
    if found:
        word, exponent, end = found
        bare = word.rstrip(".")
        # a lone Latin letter (K, M, B) is a scale only after a currency: "$5m", not "100 m"
        if len(bare) > 1 or not bare.isascii() or currency:
            return word, int(exponent), end
    word = _word_at(text, here)
    if not word:
        return None
    lowered = word.lower()
    for stem, exponent in _derived(_STEMS, conv.scale_stems, _stems_by_letter).get(lowered[0], ()):
        if lowered.startswith(stem):
            return word, exponent, here + len(word)
    # a spelling CLDR does not list, one letter off a long scale word (تريليون for ترليون), past
    # the first two letters: billion and million differ in their first, بیلیون and میلیون too
    if len(lowered) >= 6:
        for known, exponent in _derived(_LONG_SCALES, conv.scales_after, _long_by_two_letters).get(lowered[:2], ()):
            if _one_edit(lowered.rstrip("."), known):
                return word, int(exponent), here + len(word)
    return None


_STEMS: dict[int, tuple[tuple, dict]] = {}
_LONG_SCALES: dict[int, tuple[tuple, dict]] = {}
_INITIALS: dict[int, tuple[Conventions, frozenset[str] | None]] = {}


def _scale_initials(conv: Conventions) -> frozenset[str] | None:
    """The letters a scale word after a number can start with (``_one_scale`` looks its words,
    stems and near spellings up by their first letter, lowered; Han scales are characters); None
    when a word is empty and so could start anywhere. No scale word starts elsewhere."""
    words = [word for word, _ in conv.scales_after] + [stem for stem, _ in conv.scale_stems]
    if not all(words):
        return None
    letters = {word[0] for word in words}
    if conv.han:
        letters |= set(HAN_SCALES)
    return frozenset(letters)


def _stems_by_letter(stems) -> dict[str, tuple]:
    """(stem, exponent) pairs by first letter, in their order (stems are never empty)."""
    index: dict[str, list] = {}
    for item in stems:
        index.setdefault(item[0][:1], []).append(item)
    return {letter: tuple(items) for letter, items in index.items()}


def _long_by_two_letters(scales) -> dict[str, tuple]:
    """The (word, exponent) pairs of six letters or more by their first two, in their order."""
    index: dict[str, list] = {}
    for item in scales:
        if len(item[0]) >= 6:
            index.setdefault(item[0][:2], []).append(item)
    return {start: tuple(items) for start, items in index.items()}


def _one_edit(a: str, b: str) -> bool:
    """True when one insertion, deletion or substitution turns ``a`` into ``b``."""
    if a == b or abs(len(a) - len(b)) > 1:
        return a == b
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) == 1
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[:k] + long_[k + 1:] == short for k in range(len(long_)))


def _kind_before(text: str, pos: int, conv: Conventions) -> tuple[str, int]:
    """("currency" | "percent" | "", start) from what stands right before a number."""
    window = text[pos - 30 if pos > 30 else 0: pos]
    before = window.rstrip(_SPACES_AND_MARKS)
    if not before:
        return "", pos  # no sign, word or symbol can end an empty text
    cut = pos - (len(window) - len(before))
    if before.endswith(conv.percent_signs):
        sign = next(sign for sign in conv.percent_signs if before.endswith(sign))
        return "percent", cut - len(sign)
    if conv.percent_before:
        lowered = before.lower()
        if lowered.endswith(conv.percent_before):  # then the first, longest, that ends it
            word = next(word for word in conv.percent_before if lowered.endswith(word))
            return "percent", cut - len(word)
    if before.endswith(conv.currency_symbols):
        symbol = next(symbol for symbol in conv.currency_symbols if before.endswith(symbol))
        return "currency", cut - len(symbol)
    if "A" <= before[-1] <= "Z" and _ISO_BEFORE.search(before):  # the pattern ends in [A-Z]$
        return ("currency", cut - 3) if before[-3:] in _ISO_CODES else ("", pos)
    return "", pos


@functools.cache
def _iso_codes() -> frozenset[str]:
    from babel import Locale

    from .conventions import CURRENCY_PARTS, light_locale

    return frozenset(light_locale(Locale("en"), CURRENCY_PARTS).currencies)


class _Codes:
    def __contains__(self, code: str) -> bool:
        return code in _iso_codes()


_ISO_CODES = _Codes()


def _annotate(text: str, value: Decimal, start: int, end: int, has_decimals: bool, conv: Conventions,
              is_source: bool) -> Number:
    """The number at text[start:end] with what surrounds it."""
    kind, text_start = _kind_before(text, start, conv)
    glued = ""
    inches = False
    if start and kind == "" and (text[start - 1].isalpha() or (text[start - 1] == "-" and start > 1
                                                                 and text[start - 2].isalpha())):
        glued = _GLUED.search(text, max(0, start - 40), start).group()
        if is_source and _feet_before(text, start - len(glued), glued.rstrip("-"), conv):
            glued, inches = "", True  # "6-foot-6": six feet six inches, no name like WW1
    elif is_source and _NUMERO.search(text, max(0, start - 5), start):
        glued = "No."  # "No. 1": often "the first", "the leader" in a translation
    elif is_source and start and text[start - 1] == "+" and (start < 2 or not text[start - 2].isalnum()) \
            and not text[end:end + 2].lstrip().startswith("%"):
        glued = "+"  # a country calling code (+1): localized along with its example
    also: set[Decimal] = set()
    pos = end
    ascii_text = digit_value(text[start:end])
    number = _new_number(value, text[start:end], start, end, kind or "plain", value, glued,
                         ascii_text if ascii_text.isascii() and ascii_text.isdigit()  # nothing to drop
                         else _NOT_ASCII_DIGIT.sub("", ascii_text) if ascii_text.isascii()
                         else "".join(ch for ch in ascii_text if ch.isdigit()))
    rest = text[end: end + 40]
    if is_source and conv.language.split("-")[0] == "en":
        if match := _ORDINAL_EN.match(rest):
            if _CENTURY.match(rest) and value < 30:  # the 19th century is the 1800s
                also.add((value - 1) * 100)
            return replace(number, kind="ordinal", text=text[start: end + match.end()], end=end + match.end(),
                           also=frozenset(also))
    if not has_decimals and (match := _DECADE.match(rest)) and value >= 10 and value % 10 == 0:
        also.add(value % 100)
        also.add(Decimal(1900) + value if value < 100 else value)
        if 1100 <= value <= 2100 and value % 100 == 0:
            also.add(value // 100 + 1)  # the 2000s: early in the 21st century ("21世紀初"); not "1000s of fans"
        return replace(number, kind="decade", also=frozenset(also), end=end + match.end(),
                       text=text[start: end + match.end()])
    if (match := _CLOCK.match(rest)) and value <= 12 and not has_decimals:
        if _PM.match(rest):
            also.add(value + 12)
        also.add(value)
        return replace(number, also=frozenset(also - {value}), kind="time" if is_source else number.kind)
    minutes = end - start == 2 and start >= 2 and text[start - 1] in ":." and text[start - 2].isdigit() and (
        text[start - 1] == ":" or _ZONE_OR_MERIDIEM.match(rest))
    if is_source and not has_decimals and ((value <= 24 and _TIME_AFTER.match(rest)) or minutes):
        # a clock time: translators move it to their time zone or clock (the minutes stay)
        number = replace(number, kind="minutes" if minutes else "time")
    # percent after the number
    here = _skip_spaces(text, pos)
    for sign in (conv.percent_signs if text.startswith(conv.percent_signs, here) else ()):
        if text.startswith(sign, here):
            return replace(number, kind="percent", end=here + len(sign), text=text[text_start: here + len(sign)])
    percent_end = percent_word_end(text, here, conv)
    if percent_end is not None:
        return replace(number, kind="percent", end=percent_end, text=text[text_start: percent_end])
    initials = _derived(_INITIALS, conv, _scale_initials)
    scale = _scale_after(text, pos, conv, kind == "currency") \
        if initials is None or text[here: here + 1].lower()[:1] in initials else None
    if scale:
        word, exponent, scale_end = scale
        full = value.scaleb(exponent)
        return replace(number, value=full, exponent=exponent, scale_word=word, end=scale_end,
                       text=text[text_start:scale_end], kind=kind or "plain")
    found = _match_word(text, here, conv.units) if is_source else None
    if found and len(found[0]) <= 2 and found[0].isalpha() and here != pos:
        found = None  # "in", "mi" after a space are words; "10in", "6ft" are units
    if inches and not (found and found[1] == "length-inch"):
        number = replace(number, unit="length-inch")
    elif found:
        number = replace(number, unit=found[1])
    elif is_source and rest[:1] == "°":
        unit_match = _DEGREES.match(rest)
        if unit_match and unit_match.group(1) == "F":
            number = replace(number, unit="temperature-fahrenheit")
    if kind == "plain" or kind == "":
        digits = ascii_text  # digit_value(text[start:end])
        if len(digits) == 4 and digits.isdigit() and 1000 <= value <= 2100 and not glued:
            number = replace(number, kind="year")
    if is_source and glued.upper() in SEASON_CODES and len(number.digits) == 2:
        number = replace(number, also=frozenset({1900 + value, 2000 + value}))  # SS19: spring/summer 2019; FY99
    word_after = _word_at(text, here)
    return replace(number, kind=number.kind if kind == "" else kind, text=text[text_start:end] if kind else number.text,
                   word_after=word_after.lower())


def _feet_before(text: str, at: int, word: str, conv: Conventions) -> bool:
    """True when ``word``, at ``text[at:]``, is the language's word for feet right after a number
    ("6-foot-6", "6 feet-6"): the number glued after it counts the inches."""
    if not word or not text[:at].rstrip(SPACES + "-")[-1:].isdigit():
        return False
    found = _match_word(word, 0, conv.units)
    return found is not None and found[1] == "length-foot" and found[2] == len(word)


def _before_scale(text: str, number: Number, conv: Conventions) -> Number:
    """Scale words written before the number (Swahili ``milioni 5``, Hausa ``Miliyan 5``)."""
    if not conv.scales_before or number.exponent:
        return number
    head = text[max(0, number.start - 20): number.start].rstrip(SPACES).lower()
    for word, exponent in conv.scales_before:
        if head.endswith(word):
            return replace(number, value=number.value.scaleb(exponent), exponent=exponent, scale_word=word)
    return number


# a letter of a script written without spaces between words (Thai, Lao, Tibetan, Myanmar, Khmer,
# kana, Han), where a number touches the words on both sides: အသက္၄၅ႏွစ္ (aged 45), 1から２インチ
SPACELESS = re.compile(r"[\u0e00-\u0eff\u0f00-\u0fff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u9fff"
                        r"\uf900-\ufaff]")
_SHAN_DIGIT = re.compile("[\u1090-\u1099]")


def zawgyi_marks(text: str, language: str) -> str:
    """``text`` with each Shan digit (U+1090–U+1099) that comes right after a Myanmar letter or mark
    written as the dot below (U+1037), in Burmese: Zawgyi-encoded Burmese types its marks with
    those code points (ရဲ႕, တို႔), and the token pattern would join them to the digits after a
    space ("ရဲ႕ ၁၄" is ရဲ့ and 14). Offsets do not change; ``text`` itself when there is none."""
    if not language.startswith("my") or primary_language(language) != "my" or not _SHAN_DIGIT.search(text):
        return text
    chars = list(text)
    for index in range(1, len(text)):
        if "\u1090" <= text[index] <= "\u1099" and "\u1000" <= text[index - 1] <= "\u109f" \
                and _wordy(text[index - 1]):
            chars[index] = "\u1037"
    return "".join(chars)


def _inside_word(text: str, start: int, end: int, language: str) -> bool:
    """True when letters or marks touch both ends of text[start:end]; or, in Burmese, for the Shan
    digits (U+1090–U+1099), which Zawgyi-encoded Burmese uses as letters and marks (တို႔, ႏွစ္),
    when a Myanmar letter or mark comes right before them (Shan itself writes its digits there), and
    for a lone ၀ before a vowel sign or a consonant with Zawgyi's asat, or a lone ၄ before င, which
    Zawgyi writes for ဝ and ၎. In a script written without spaces (``SPACELESS``) letters may touch
    a number on both sides: there only a lone Myanmar digit inside a word is no number (Zawgyi
    types ၇ for ရ, ၀ for ဝ)."""
    if start > 0 and "\u1090" <= text[start] <= "\u1099" and "\u1000" <= text[start - 1] <= "\u109f" \
            and _wordy(text[start - 1]) and primary_language(language) == "my":
        return True
    if end == start + 1 and end < len(text) and primary_language(language) == "my" \
            and (start == 0 or text[start - 1].isspace() or _wordy(text[start - 1])) \
            and ((text[start] == "\u1040" and "\u1000" <= text[end] <= "\u109f"
                  and (unicodedata.category(text[end])[0] == "M"
                       or text[end] <= "\u1021" and text[end + 1: end + 2] == "\u1039"))
                 or (text[start] == "\u1044" and text[end] == "\u1004")):
        # Zawgyi's letter wa before a vowel sign (၀ိန္း) or a final consonant with Zawgyi's asat, the
        # virama U+1039 (၀ယ္, ၀င္); and ၎ (၄င္း, "it"). Unicode Burmese's ၀မှ is 0 and a word
        return True
    if not (start > 0 and end < len(text) and _wordy(text[start - 1]) and _wordy(text[end])
            and not text[start - 1].isascii() and not text[end].isascii()):  # SS١٩ی: a Latin name's digits
        return False
    return not (SPACELESS.match(text[start - 1]) and SPACELESS.match(text[end])
                and (end - start > 1 or not "\u1040" <= text[start] <= "\u1049"))


def _han_value(run: str) -> Decimal:
    """三千五百 → 3500, 六十九 → 69, 两亿三千万 → 230000000, 二〇一九 → 2019: split at the largest unit."""
    units = [(HAN_SCALES[ch], index) for index, ch in enumerate(run) if ch in HAN_SCALES]
    if not units:
        return Decimal("".join(str(_HAN_DIGITS[ch]) for ch in run) or "0")
    exponent, index = max(units)
    left, right = run[:index], run[index + 1:]
    head = _han_value(left) if left else Decimal(1)
    return head.scaleb(exponent) + (_han_value(right) if right else Decimal(0))


def _roman_value(numeral: str) -> int:
    total = 0
    for index, ch in enumerate(numeral):
        value = _ROMAN_VALUES[ch]
        following = _ROMAN_VALUES[numeral[index + 1]] if index + 1 < len(numeral) else 0
        total += -value if value < following else value
    return total


def roman_numbers(text: str) -> list[Number]:
    """Roman numerals of two letters or more (XIX wieku, II. világháború), marked ``spelled``."""
    if not _TWO_ROMAN_LETTERS.search(text):
        return []  # every numeral the pattern takes starts where its lookahead sees two letters
    return [Number(Decimal(_roman_value(m.group())), m.group(), m.start(), m.end(), kind="ordinal",
                   mantissa=Decimal(_roman_value(m.group())), spelled=True)
            for m in _ROMAN.finditer(text) if m.group()]


_DAY_OF_MONTH = re.compile(r"月.[日号號]")


def han_numbers(text: str) -> list[Number]:
    """Numbers written in Han numerals (两千, 百分之六十九), marked ``spelled``."""
    found = []
    for match in _HAN_RUN.finditer(text):
        run = match.group()
        if re.search("(?:星期|礼拜|禮拜|周|週)$", text[: match.start()]):
            continue  # 星期五 is Friday
        percent = text[max(0, match.start() - 3): match.start()] == "百分之"
        # a lone 一 is most often "a" (一个, 一些), not the number one; but 十月一日 is October 1st,
        # and 百分之百 is 100 %
        if len(run) == 1 and run in "一十百千万萬亿億兆拾佰仟" and not percent \
                and not (match.start() and _DAY_OF_MONTH.match(text, match.start() - 1)):
            continue
        value = _han_value(run)
        start = match.start() - 3 if percent else match.start()  # 百分之六十九, whole
        found.append(Number(value, text[start:match.end()], start, match.end(), kind="percent" if percent else "plain",
                            mantissa=value, spelled=True))
    return found


def _scale_with_ending(text: str, number: Number, below: int, conv: Conventions) -> Number:
    """``number`` with the scale word after it read with a case ending, in a language that inflects
    by suffixes, when it restates a larger scale before it ("1 миллион 50 меңгә": 1,050,000;
    "1 مىليون 700مىڭدىن"); ``number`` itself otherwise. Only there: alone, a scale word's
    letters may start another word (az min, "thousand", in minik)."""
    if primary_language(conv.language) not in SUFFIXING:
        return number
    here = _skip_spaces(text, number.end)
    word = _word_at(text, here).lower()
    for scale, exponent in conv.scales_after:
        if 3 <= len(scale) < len(word) <= len(scale) + _PERCENT_ENDING and exponent < below \
                and scale.isalpha() and word.startswith(scale):
            end = here + len(word)
            return replace(number, value=number.value.scaleb(exponent), exponent=exponent, scale_word=text[here:end],
                           end=end, text=text[number.start:end])
    return number


def _combine(text: str, numbers: list[Number], conv: Conventions) -> list[Number]:
    """Join restated scales (``22億5000万``, ``2 млн 500 тыс.``) and spread a range's scale
    word to its first number (``5 to 7 million``: the 5 is also 5 million)."""
    out: list[Number] = []
    for number in numbers:
        if out:
            prev = out[-1]
            between = text[prev.end: number.start]
            if prev.exponent and not number.exponent and not number.percent and between.strip(SPACES) == "":
                number = _scale_with_ending(text, number, prev.exponent, conv)
            if (prev.exponent and number.exponent < prev.exponent and between.strip(SPACES) == ""
                    and number.value < Decimal(10) ** prev.exponent and not number.percent
                    and (number.exponent or conv.han)):
                if not number.exponent and conv.han and between:
                    pass
                else:
                    out[-1] = replace(prev, value=prev.value + number.value, end=number.end,
                                      text=text[prev.start: number.end], mantissa=prev.mantissa)
                    continue
        out.append(number)
    for index in range(len(out) - 1):
        first, second = out[index], out[index + 1]
        between = text[first.end: second.start]
        if second.exponent and not first.exponent and not first.percent and _RANGE_JOIN.match(between) \
                and len(between) <= 8:
            out[index] = replace(first, also=first.also | {first.value.scaleb(second.exponent)})
        if second.percent and first.kind == "plain" and _RANGE_JOIN.match(between) and len(between) <= 8:
            out[index] = replace(out[index], kind="percent")
        if second.unit and not first.unit and _RANGE_JOIN.match(between) and len(between) <= 8:
            out[index] = replace(out[index], unit=second.unit)
        # "1950-53": the second number of a range of years written short
        digits_first = digit_value(text[first.start: first.end]) if first.end - first.start == 4 else ""
        if digits_first.isdigit() and re.fullmatch(r"\s*[-–/]\s*", between) and second.end - second.start == 2 \
                and not second.exponent:
            full = Decimal(digits_first[:2] + digit_value(text[second.start: second.end]))
            out[index + 1] = replace(second, also=second.also | {full})
    return out


@functools.lru_cache(maxsize=4096)
def parse(text: str, language: str, *, is_source: bool = False) -> tuple[Token, ...]:
    """Every number token of ``text`` read in the conventions of ``language``."""
    conv = conventions(language)
    tokens = []
    if language[:2] == "my":
        text = zawgyi_marks(text, language)
    masked = _NOT_NUMBERS.sub(lambda m: " " * len(m.group()), text) \
        if ("&#" in text or "%" in text or "{" in text) and _NOT_NUMBERS.search(text) else text
    for match in _TOKEN.finditer(masked):
        raw = match.group()
        if not raw.isascii() and _inside_word(text, match.start(), match.end(), language):
            continue  # Zawgyi-encoded Burmese uses digit code points as letters
        # a trailing separator belongs to the sentence ("in 2019."), the regex never takes it
        readings = []
        raw_readings = _raw_readings(raw, match.start(), conv)
        if _CLOCK_TIME.fullmatch(raw) and _CLOCK.match(text, match.end()):
            raw_readings = raw_readings[-1:]  # "5.30pm": an hour and minutes, not 5.3
        for reading in raw_readings:
            if conv.scales_before:
                numbers = [_before_scale(text, _annotate(text, v, s, e, d, conv, is_source), conv)
                           for v, s, e, d in reading]
            else:  # _before_scale would return each number as it is
                numbers = [_annotate(text, v, s, e, d, conv, is_source) for v, s, e, d in reading]
            readings.append(tuple(numbers))
        tokens.append(Token(match.start(), match.end(), tuple(readings)))
    return tuple(tokens)


@functools.lru_cache(maxsize=4096)
def numbers(text: str, language: str, *, is_source: bool = True) -> tuple[Number, ...]:
    """The numbers of ``text`` in each token's preferred reading, with restated scales joined.
    Cached: every catalog of a project reads the same source texts."""
    conv = conventions(language)
    chosen = [number for token in parse(text, language, is_source=is_source) for number in token.readings[0]]
    return tuple(_combine(text, chosen, conv))


def combine(text: str, language: str, chosen: list[Number]) -> tuple[Number, ...]:
    return tuple(_combine(text, chosen, conventions(language)))


__all__ = ["Number", "Token", "parse", "numbers", "combine", "han_numbers", "roman_numbers", "digit_value",
           "SPACELESS", "SUFFIXING"]
