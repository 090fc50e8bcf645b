"""Numbers spelled out ("seven", "sieben", "七"): is a number written as words in a text?

Two sources of words. The tables are ICU's spell-out (CLDR RBNF data, generated into
``spellout_data``) for about a hundred languages — cardinals 0–100 and 1000, ordinals 1–100,
in every gender and case ICU spells — with Latin added by hand (ICU has no Latin rules); Babel
has no spell-out and num2words is LGPL, so neither is used. For every language, tables or not,
``learn_number_words`` learns the words a catalog's own translations use for numbers from the
catalog itself (``LearnedWords``), once per catalog.
"""

from __future__ import annotations

import functools
import math
import re
import unicodedata
from collections import Counter
from itertools import chain
from decimal import Decimal

from .parse import SPACELESS, digit_value
from .spellout_data import WORDS
from .written_words import compared_unmarked, unmarked

# ICU has no Latin; written from Allen & Greenough §130 (cardinals and the first ordinals)
_LATIN = {
    0: ("nihil", "nullus"), 1: ("unus", "una", "unum", "primus", "prima", "primum"),
    2: ("duo", "duae", "secundus", "secunda", "alter"), 3: ("tres", "tria", "tertius", "tertia"),
    4: ("quattuor", "quartus"), 5: ("quinque", "quintus"), 6: ("sex", "sextus"), 7: ("septem", "septimus"),
    8: ("octo", "octavus"), 9: ("novem", "nonus"), 10: ("decem", "decimus"), 11: ("undecim",),
    12: ("duodecim",), 13: ("tredecim",), 14: ("quattuordecim",), 15: ("quindecim",), 16: ("sedecim",),
    17: ("septendecim",), 18: ("duodeviginti",), 19: ("undeviginti",), 20: ("viginti",), 30: ("triginta",),
    40: ("quadraginta",), 50: ("quinquaginta",), 60: ("sexaginta",), 70: ("septuaginta",),
    80: ("octoginta",), 90: ("nonaginta",), 100: ("centum",), 1000: ("mille", "milia"),
}
# English words of news writing beyond ICU's cardinals
_ENGLISH_EXTRA = {1: ("a", "an", "once", "single"), 2: ("twice", "double", "both", "pair", "couple"),
                  3: ("thrice", "triple"), 12: ("dozen",), 100: ("hundreds",), 1000: ("thousands",)}

_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


# Zawgyi, the font encoding much Burmese text is still typed in, puts other letters and marks on
# Unicode's Myanmar code points and writes ေ and ြ before their consonant: its number words
# (ႏွစ္ဆယ္) are read after mapping it to Unicode (နှစ်ဆယ်). Only what number words use is mapped.
_ZAWGYI = re.compile("[\u1060-\u1097]|\u1039(?![\u1000-\u1021])|(?:^|[\\s\u104a\u104b])\u1031")
_ZAWGYI_MAP = str.maketrans({"\u1039": "\u103a", "\u103a": "\u103b", "\u103b": "\u103c", "\u103c": "\u103d",
                             "\u103d": "\u103e", "\u1087": "\u103e", "\u1088": "\u103e\u102f",
                             "\u1089": "\u103e\u1030", "\u108a": "\u103d\u103e", "\u108f": "\u1014",
                             "\u1090": "\u101b", "\u1094": "\u1037", "\u1095": "\u1037", "\u1033": "\u102f",
                             "\u1034": "\u1030", "\u105a": "\u102b\u103a", "\u106a": "\u1009", "\u106b": "\u100a",
                             **{chr(c): "\u103c" for c in range(0x107E, 0x1085)}})
_ZAWGYI_ORDER = re.compile("(\u1031)?(\u103c)?([\u1000-\u1021])([\u103b\u103d\u103e]*)")


def to_unicode_myanmar(text: str) -> str:
    """Burmese text as the number words are compared: Zawgyi mapped to Unicode, the creaky tone
    mark (ဆယ့်, written or not) dropped, ံ after ု (သုံး, Zawgyi သံုး)."""
    if _ZAWGYI.search(text):
        text = _ZAWGYI_ORDER.sub(lambda m: m[3] + (m[2] or "") + m[4] + (m[1] or ""), text.translate(_ZAWGYI_MAP))
    return text.replace("\u1037", "").replace("\u1036\u102f", "\u102f\u1036")


# Bosnian, Croatian and Serbian are standards of one language with the same number words but for
# the vowels of Ijekavian and Ekavian (dvije, dve) and a few loans (tisuća, hiljada); ICU's Bosnian
# rules are sparse (no ordinals, "jedenaest" for jedanaest): a Bosnian text is read with the words
# of the three standards in Latin script
_STANDARDS_OF = {"bs": ("hr", "sr-Latn")}
# varieties written like a language ICU spells: their number words are that language's
_SPELLS_LIKE = {"mey": "ar", "ary": "ar", "arz": "ar", "apc": "ar", "ajp": "ar", "acm": "ar", "aeb": "ar",
                "afb": "ar", "ayl": "ar", "shu": "ar", "apd": "ar", "prs": "fa-AF"}


@functools.cache  # asked for every text read for number words
def _table_key(language: str) -> str | None:
    parts = language.split("-")
    if parts[0] in _SPELLS_LIKE:
        return _SPELLS_LIKE[parts[0]]
    for size in range(len(parts), 0, -1):
        key = "-".join(parts[:size])
        if key in WORDS or key == "la":
            return key
    if parts[0] == "zh" and "Hant" in parts:
        return "zh-Hant"
    return None


def reads_unmarked(language: str) -> bool:
    """True when ``language``'s number words are found in a text read without its combining marks:
    Ewe's spell-out words (``ewe_folded``), or hand-written words compared so (Yoruba)."""
    return _table_key(language) == "ee" or compared_unmarked(language)


def has_table(language: str) -> bool:
    """True when the language's small numbers can be recognised as words."""
    return _table_key(language) is not None


# ICU's Lao spell-out writes some words in Thai script (ໜຶ່ງร้อย, 100; ໜຶ່ງพัน, 1000; the ordinal's
# ที่; zero ศูนย์): the Lao words for them
_LAO_FOR_THAI = {"ที่": "ທີ", "ศูนย์": "ສູນ", "ร้อย": "ຮ້ອຍ", "พัน": "ພັນ"}


@functools.cache
def _unpacked(key: str) -> dict[int, tuple[str, ...]]:
    """One language of ``spellout_data`` (``value<TAB>word|word`` lines) as a dict (Lao's words in
    Thai script written in Lao, ``_LAO_FOR_THAI``)."""
    rows = (line.split("\t") for line in WORDS[key].split("\n"))
    table = {int(value): tuple(forms.split("|")) for value, forms in rows}
    if key == "lo":
        table = {value: tuple(dict.fromkeys(_in_lao(form) for form in forms)) for value, forms in table.items()}
    return table


def _in_lao(word: str) -> str:
    for thai, lao in _LAO_FOR_THAI.items():
        word = word.replace(thai, lao)
    return word


@functools.lru_cache(maxsize=1 << 16)  # (language, value): bounded, any number may be asked
def _phrases(language: str, value: int) -> tuple[tuple[str, ...], ...]:
    """The language's words for ``value`` (ICU's spell-out), each as its words; built per value
    asked, not for the whole table (a run asks a few values of each of its languages)."""
    key = _table_key(language)
    if key is None:
        return ()
    table = _LATIN if key == "la" else _unpacked(key)
    english = key.split("-")[0] == "en"

    def forms(number: int) -> tuple[str, ...]:
        found = table.get(number, ())
        return found + _ENGLISH_EXTRA[number] if english and number in _ENGLISH_EXTRA else found

    words = forms(value)
    for other in _STANDARDS_OF.get(key, ()):
        words += tuple(word for word in _unpacked(other).get(value, ()) if word not in words)
    if not words and key in _POSITIONAL and 100 < value < 10 ** 13:
        words = _positional(key, value)
    if not words and key == "ee" and 100 < value < 1000 and forms(value // 100):
        # ICU's table stops at 100: Ewe says the hundreds "alafa" and their count, then the rest
        # (alafa ene, 400; alafa ɖeka blaetɔ̃, 130)
        def count(number: int) -> str:  # the cardinal: ICU lists the ordinal gbãtɔ first for 1
            return "ɖeka" if number == 1 else forms(number)[0]

        words = (f"alafa {count(value // 100)} {count(value % 100) if value % 100 else ''}".strip(),)
    if value in (100, 1000):  # "einhundert", "one thousand" are also written "hundert", "thousand"
        words += tuple(word[len(one):].strip(" -") for word in words for one in forms(1)
                       if word.startswith(one) and len(word) > len(one) + 2)
    if key in ("fa", "fa-AF"):
        words += _persian_ordinals(value, words)
    if key == "my":
        words = tuple(to_unicode_myanmar(word) for word in words)
    elif key == "ar":
        words = tuple(dict.fromkeys(word.translate(_ARABIC_FOLD) for word in words))
    elif key == "ee":
        words = tuple(dict.fromkeys(ewe_folded(word) for word in words))
    return tuple(tuple(_word_list(word)) or (word,) for word in (word.replace("ё", "е") for word in words))


# Burmese, Thai, Lao and Khmer write a number word by word, each digit's word before the word of its
# place, without spaces: ငါးရာ (500), နှစ်ရာ့ငါးဆယ် (250), สองพันล้าน (two thousand million)
_POSITIONAL = frozenset({"my", "th", "lo", "km"})


@functools.cache
def _places(key: str) -> tuple[dict[int, tuple[str, ...]], dict[int, tuple[str, ...]]]:
    """(the words of the digits 1–9, the words of the places 100 and up by exponent) of a
    positional language: the digits' cardinals of ICU's spell-out (no form that holds another, as
    Thai's ordinal ที่สอง holds สอง); the words for hundred and thousand from ICU's 100 and 1000 less
    the word for one (တစ်ရာ: ရာ); the larger places from CLDR's compact-decimal scale words
    (သောင်း, သိန်း, သန်း; หมื่น, แสน, ล้าน), in the script of the language."""
    from .conventions import conventions

    table = _unpacked(key)

    def cardinals(number: int) -> tuple[str, ...]:
        found = table.get(number, ())
        found = tuple(w for w in found if not any(o != w and o in w for o in found))
        # the form that starts its tens (နှစ် of နှစ်ဆယ်, not the Pali ordinal ဒုတိယ), one's that starts 100
        starting = tuple(w for w in found if any(t.startswith(w) for t in table.get(number * 10 if number > 1 else 100, ())))
        return starting or found

    digits = {d: cardinals(d) for d in range(1, 10)}
    script = _script(digits[1][0]) if digits.get(1) else None
    places: dict[int, set[str]] = {}
    for exponent in (2, 3):
        for word in table.get(10 ** exponent, ()):
            places.setdefault(exponent, set()).update(word[len(one):] for one in digits[1]
                                                      if word.startswith(one) and len(word) > len(one)
                                                      and _script(word[len(one):]) == script)
    words = [(w, int(e)) for w, e in conventions(key).scales_after
             if int(e) >= 3 and not w.isascii() and "." not in w and _script(w) == script]
    for word, exponent in words:
        if not any(other != word and other.endswith(word) and e == exponent for other, e in words):  # ဋေ of ကုဋေ
            places.setdefault(exponent, set()).add(word)
    return digits, {e: tuple(sorted(w)) for e, w in places.items() if w}


def _script(word: str) -> str | None:
    """The script of the first letter of ``word`` as Unicode names it (THAI, LAO, MYANMAR)."""
    letter = next((ch for ch in word if ch.isalpha()), None)
    return unicodedata.name(letter, "").split(" ")[0] or None if letter else None


def _positional(key: str, value: int) -> tuple[str, ...]:
    """Forms of ``value`` (above 100) in a positional language, composed (see ``_places``): the
    largest place at or below it, with the words of its count before it and of the rest after."""
    digits, places = _places(key)
    table = _unpacked(key)

    def compose(number: int) -> list[str]:
        if number <= 100:
            found = table.get(number, ())
            return [w for w in found if " " not in w and not any(o != w and o in w for o in found)] \
                if number >= 10 else list(digits.get(number, ()))
        exponent = max((e for e in places if 10 ** e <= number), default=None)
        if exponent is None:
            return []
        count, rest = divmod(number, 10 ** exponent)
        heads = compose(count)
        tails = compose(rest) if rest else [""]
        return [head + place + tail for head in heads[:2] for place in places[exponent] for tail in tails[:2]]

    forms = compose(value)
    if key == "my":
        for exponent, words in places.items():
            unit = 10 ** exponent
            if value > unit and value % unit == unit // 2:
                forms += [head + place + _BURMESE_HALF for head in compose(value // unit)[:2] for place in words]
            if exponent >= 3 and value % unit == 0 and value // unit > 1:
                forms += [place + _BURMESE_IN_ALL + space + count for place in words
                          for count in compose(value // unit)[:2] for space in ("", " ")]
    return tuple(dict.fromkeys(forms))


# Burmese also says "and a half" after a place (တစ်သောင်းခွဲ, 15,000; နှစ်သိန်းခွဲ, 250,000) and counts
# a place as a measure, the place, ပေါင်း ("in all"), then the count (သန်းပေါင်း တစ်ရာနှစ်ဆယ်,
# 120 million): its grammar, which CLDR does not have
_BURMESE_HALF, _BURMESE_IN_ALL = "ခွဲ", "ပေါင်း"


def writes_places(language: str) -> bool:
    """True for a language whose numbers of any size are read as words composed of digits and
    places (``_positional``)."""
    return _table_key(language) in _POSITIONAL


@functools.cache
def _number_syllables(key: str) -> tuple[str, ...]:
    """The words of a positional language's digits and places (``_places``) and of ten: what may
    continue a number written in words, which a composed form found must not touch."""
    digits, places = _places(key)
    words = {w for forms in digits.values() for w in forms} | {w for forms in places.values() for w in forms}
    words |= set(_unpacked(key).get(10, ()))
    if key == "my":
        words = {to_unicode_myanmar(w) for w in words}
    return tuple(sorted(words, key=len, reverse=True))


# CLDR has no Persian ordinals (ICU's fa and fa-AF rules spell cardinals only): Persian makes them
# with a suffix after the cardinal, -om (م) and, before a noun, -omin (مین): شصتمین, "60th"; صدمین
# سالگرد, "the hundredth anniversary". Three and thirty are irregular (سوم, سی‌ام), one has words of
# its own (اول, نخست). A phrase takes the suffix on its last word (بیست و یکم), which ``_spelled``
# reads as an ending.
_PERSIAN_OWN_ORDINALS = {1: ("اول", "اولین", "نخست", "نخستین"), 3: ("سوم", "سومین")}


def _persian_ordinals(value: int, words: tuple[str, ...]) -> tuple[str, ...]:
    """The Persian ordinals of ``value`` from its cardinals ``words`` (see above)."""
    if value in (3, 30):
        return _PERSIAN_OWN_ORDINALS.get(value, ())
    return tuple(word + ending for word in words if " " not in word for ending in ("م", "مین")) \
        + _PERSIAN_OWN_ORDINALS.get(value, ())


# the prefix of the Persian present and its negation, before the verb or joined to it by a ZWNJ:
# می دهم, می‌دهم ("I give") is no دهم ("tenth")
_PERSIAN_VERB_PREFIXES = ("می", "نمی")


def _persian_verb(tokens: list[str], index: int) -> bool:
    """True when ``tokens[index]`` is a Persian verb in the present (``_PERSIAN_VERB_PREFIXES``
    before it, with a space or a ZWNJ), whose personal ending -am is no ordinal's -om."""
    token = tokens[index]
    return (index > 0 and tokens[index - 1] in _PERSIAN_VERB_PREFIXES) \
        or any(token.startswith(prefix + "\u200c") for prefix in _PERSIAN_VERB_PREFIXES)


def one_word_forms(language: str, value: int) -> tuple[str, ...]:
    """ICU's words for ``value`` in ``language`` that are one word each ("kaksi", "двух")."""
    return tuple(phrase[0] for phrase in _phrases(language, value) if len(phrase) == 1)


def spelled_word(text: str, value: Decimal, language: str) -> str | None:
    """The word for ``value`` when ``text`` (in ``language``) spells it out, else None.

    Words may carry a short inflectional ending (семи, siebten) or be fused into a compound
    (czterdziestojednoletni); scripts written without spaces (Han, kana, Thai, Myanmar …) are
    searched as substrings.
    """
    found = _spelled(text, value, language, first=True)
    if not found:
        return None
    word = found[0]
    if "ё" in text.lower() and word not in text.lower():  # found with ё read as е: the word as written
        lowered = text.lower()
        at = lowered.replace("ё", "е").find(word)
        return lowered[at:at + len(word)] if at >= 0 else word
    if _table_key(language) == "ee":  # found in the folded text
        return _ewe_as_written(text, word)
    return word


_EWE_PIECE = re.compile(r"[^\s,.;:!?()\[\]\"“”„«»]+")


def _ewe_as_written(text: str, folded: str) -> str:
    """The words of ``text`` that ``folded`` (found in ``ewe_folded`` text) was read from, as the
    text writes them (blatɔ̃, not blatɔ; blavevɔ enē, not blave vɔ ene); ``folded`` when not found."""
    pieces = _EWE_PIECE.findall(text)
    tokens = [(k, token) for k, piece in enumerate(pieces) for token in ewe_folded(piece.lower()).split()]
    want = folded.split()
    for i in range(len(tokens) - len(want) + 1):
        if all(tokens[i + j][1] == word for j, word in enumerate(want)):
            return " ".join(pieces[tokens[i][0]:tokens[i + len(want) - 1][0] + 1])
    return folded


def spelled_count(text: str, value: Decimal, language: str) -> int:
    """How many times ``text`` spells ``value`` out (see ``spelled_word``)."""
    return len(_spelled(text, value, language, first=False))


def _spelled(text: str, value: Decimal, language: str, first: bool) -> list[str]:
    if value != value.to_integral_value():
        return []
    phrases = _phrases(language, int(value))
    if not phrases:
        return []
    lowered = text.lower()
    if "ё" in lowered:  # CLDR's Russian words are written with е (четырех): четырёх is the same word
        lowered = lowered.replace("ё", "е")
    key = _table_key(language)
    if key == "my" and "\u1000" <= max(lowered, default=" "):  # max: a walk over the text
        lowered = to_unicode_myanmar(lowered)
    elif key == "ar":
        lowered = lowered.translate(_ARABIC_FOLD)
    elif key == "ee":
        lowered = ewe_folded(lowered)
    tokens, by_first, where = _indexed_words(lowered)
    hyphened = _hyphen_joined(lowered)
    found: dict[int, str] = {}  # token index (or -1 - offset for a substring) → words
    for phrase in phrases:
        joined = " ".join(phrase)
        if SPACELESS.search(joined):
            # Han numerals are read by the Han parser; a short word of a script without spaces
            # is too often part of another word (Thai ส, the financial 参 "take part")
            if not _HAN.search(joined) and len(joined) >= 2:
                # a form composed of digits and places (ငါးရာ) must be the whole number: not
                # နှစ်ရာ of နှစ်ရာငါးဆယ် (250), nor of တစ်ထောင်နှစ်ရာ (1200)
                syllables = _number_syllables(key) if value > 100 and key in _POSITIONAL else ()
                at = lowered.find(joined)
                while at >= 0:
                    end = at + len(joined)
                    if not (syllables and (lowered.startswith(syllables, end)
                                           or any(lowered.endswith(w, 0, at) for w in syllables))) \
                            and not _inside_a_word(lowered, at, end):
                        found.setdefault(-1 - at, joined)
                        if first:
                            return [joined]
                    at = lowered.find(joined, end)
            continue
        size = len(phrase)
        if size == 1:  # the common case, without a window per token
            want = phrase[0]
            # a word fits only a token with its first letter, but for Arabic's clitics
            verb_like = key in ("fa", "fa-AF") and want.endswith("م")
            for index in (range(len(tokens)) if "\u0600" <= want[:1] <= "\u06ff" else by_first.get(want[:1], ())):
                token = tokens[index]
                if verb_like and _persian_verb(tokens, index):
                    continue
                if word_fits(token, want) \
                        and not _part_of_larger(tokens, index, index, int(value), language, hyphened):
                    if first:
                        return [token]
                    found.setdefault(index, token)
            continue
        last_start = len(tokens) - size
        for index in where.get(phrase[0], ()):  # where the window's first word is
            if index > last_start:
                break
            window = tokens[index: index + size]
            if window[:-1] == list(phrase[:-1]) and (word_fits(window[-1], phrase[-1]) or (
                    window[-1].startswith(phrase[-1]) and len(window[-1]) - len(phrase[-1]) <= 3)):
                # after the words before it, a short last word may take an ending (سی و ششمین)
                if _part_of_larger(tokens, index, index + size - 1, int(value), language, hyphened):
                    continue
                if first:
                    return [" ".join(window)]
                found.setdefault(index + size - 1, " ".join(window))
        if size == 2 or (size == 3 and len(phrase[1]) <= 3):  # "czterdzieści jeden", "ستة و ثلاثون"
            # a fused word starts with the stem of one of the two
            for index in sorted({*by_first.get(phrase[0][:1], ()), *by_first.get(phrase[-1][:1], ())}):
                token = tokens[index]
                if _fused(token, phrase[0], phrase[-1]) and not _part_of_larger(tokens, index, index, int(value),
                                                                                 language, hyphened):
                    if first:
                        return [token]
                    found.setdefault(index, token)
    if not found and len(phrases) > 1:
        found.update(_mixed(tokens, by_first, phrases, first, lambda start, end: _part_of_larger(
            tokens, start, end, int(value), language, hyphened)))
    return list(found.values())


_HYPHENS = frozenset(("-", "\u2010", "\u2011"))


@functools.lru_cache(maxsize=4096)
def _hyphen_joined(lowered: str) -> frozenset[int]:
    """The indexes of the words of ``_word_list(lowered)`` joined to the next word by a hyphen
    alone (twenty-one)."""
    if "-" not in lowered and "\u2010" not in lowered and "\u2011" not in lowered:
        return frozenset()
    text = lowered.lower()  # as _word_list splits it
    spans = [match.span() for match in _WORD_SPANS(text)]
    return frozenset(i for i in range(len(spans) - 1) if text[spans[i][1]:spans[i + 1][0]] in _HYPHENS)


# the numbers whose words a number word may be part of: units, teens, tens, hundreds, thousand
_PARTS = (*range(1, 20), *range(20, 100, 10), *range(100, 1000, 100), 1000)


@functools.lru_cache(maxsize=512)
def _part_words(language: str) -> tuple[dict[str, frozenset[int]], dict[str, frozenset[int]]]:
    """(the words of ``language``'s one-word phrases for ``_PARTS``, the last words of all its
    phrases for them), each with its values: "hundred" is 100, and ends 100 … 900; "one" of "one
    hundred" is only 1."""
    starts: dict[str, set[int]] = {}
    ends: dict[str, set[int]] = {}
    for value in _PARTS:
        for phrase in _phrases(language, value):
            if not SPACELESS.search(phrase[0]):
                if len(phrase) == 1:
                    starts.setdefault(phrase[0], set()).add(value)
                ends.setdefault(phrase[-1], set()).add(value)
    return ({word: frozenset(values) for word, values in starts.items()},
            {word: frozenset(values) for word, values in ends.items()})


def _part_of_larger(tokens: list[str], start: int, end: int, value: int, language: str,
                    joined: frozenset[int]) -> bool:
    """True when the number words ``tokens[start:end + 1]`` for ``value`` are joined by a hyphen
    (``joined``: the indexes of the words joined to the next one) to words of a larger number:
    the next word adds less than ``value``'s place to a round value (twenty-one) or multiplies it
    by a hundred or a thousand (cinq-cents), or the word before is a larger round number's that
    this one completes (twenty-one: no 1). Only a hyphen: words apart are too often words of their
    own (Vietnamese năm, five and "year"; "twenty seconds"; "cent, cinquante")."""
    if value < 1 or not (end in joined or start - 1 in joined):
        return False  # the common case: no hyphen beside the words, no table of parts built
    starts, ends = _part_words(language)
    place = 10 ** (len(str(value)) - 1)
    if end in joined:
        word = tokens[end + 1]  # or the plural of a hundred or a thousand: cinq-cents
        after = starts.get(word) or (word.endswith("s") and [other for other in starts.get(word[:-1], ())
                                                             if other in (100, 1000)]) or ()
        if any(other in (100, 1000) and other > value for other in after) \
                or (value >= 10 and value % place == 0 and any(other < place for other in after)):
            return True
    if start - 1 in joined:
        magnitude = 10 * place
        if any(other > value and other % magnitude == 0 for other in ends.get(tokens[start - 1], ())):
            return True
    return False


# Thai and Lao vowels written before the consonant they follow in speech (เ, ไ; ເ, ໄ)
_LEADING_VOWELS = frozenset("\u0e40\u0e41\u0e42\u0e43\u0e44\u0ec0\u0ec1\u0ec2\u0ec3\u0ec4")
# marks that silence or close a consonant, so that it ends the syllable before it: Thai's and
# Lao's thanthakhat (พันธุ์), Myanmar's asat and virama (တစ်), Khmer's toandakhiat
_SYLLABLE_CLOSERS = frozenset("\u0e4c\u0ecc\u103a\u1039\u17cd")


def _inside_a_word(text: str, start: int, end: int) -> bool:
    """True when the words found at ``text[start:end]``, in a script without spaces, are part of a
    longer word: a mark (vowel sign, tone) right after them, a leading vowel of their first
    consonant right before them, or the next consonant closed by a mark that ends the syllable
    with them (สองพัน of สองพันธุ์, "two varieties": พันธุ์ is no พัน)."""
    if end < len(text) and unicodedata.category(text[end])[0] == "M":
        return True
    if start and text[start - 1] in _LEADING_VOWELS:
        return True
    after = end + 1
    while after < len(text) and unicodedata.category(text[after])[0] == "M":
        if text[after] in _SYLLABLE_CLOSERS:
            return True
        after += 1
    return False


def _mixed(tokens: list[str], by_first: dict[str, list[int]], phrases: tuple[tuple[str, ...], ...],
           first: bool, part_of_larger) -> dict[int, str]:
    """Phrases of several words whose words come from different forms of the value, as a phrase
    agrees in gender or case word by word or not (Spanish "trigésimo sexta" beside "trigésimo
    sexto" and "trigésima sexta"; Arabic "الثالثة عشر" beside "الثالث عشر" and "الثالثة عشرة"),
    Arabic words with their clitics ("الثمانية عشر", "والعشرين"): each word of the window is
    the word at its place in some form of the value's with as many words (the last with a short
    ending); only asked when ``_spelled`` found none. ``part_of_larger(start, end)`` rejects a
    window that is part of a larger number's words."""
    found: dict[int, str] = {}
    sizes = {len(phrase) for phrase in phrases if len(phrase) > 1 and not SPACELESS.search(phrase[0])}
    for size in sorted(sizes):
        same = [phrase for phrase in phrases if len(phrase) == size]
        if len(same) < 2 and not "\u0600" <= same[0][0][:1] <= "\u06ff":
            continue  # one form, found as it is written, or not at all
        places = [frozenset(phrase[k] for phrase in same) for k in range(size)]
        arabic = "\u0600" <= same[0][0][:1] <= "\u06ff"
        starts = range(len(tokens) - size + 1) if arabic else sorted(
            {index for word in places[0] for index in by_first.get(word[:1], ()) if index <= len(tokens) - size})
        for index in starts:
            window = tokens[index: index + size]
            if all(word in place or (arabic and any(word_fits(word, want) for want in place))
                   for word, place in zip(window[:-1], places)) \
                    and any(word_fits(window[-1], want) or (window[-1].startswith(want) and len(window[-1]) - len(want) <= 3)
                            for want in places[-1]) and not part_of_larger(index, index + size - 1):
                found.setdefault(index + size - 1, " ".join(window))
                if first:
                    return found
    return found


@functools.lru_cache(maxsize=4096)
def _indexed_words(lowered: str) -> tuple[list[str], dict[str, list[int]], dict[str, list[int]]]:
    """The words of a lowered text (``_word_list``), with the indexes of the words by first
    letter and by word, ascending (cached: a text is searched for one value after another)."""
    tokens = _word_list(lowered)
    by_first: dict[str, list[int]] = {}
    where: dict[str, list[int]] = {}
    for index, token in enumerate(tokens):
        by_first.setdefault(token[0], []).append(index)
        where.setdefault(token, []).append(index)
    return tokens, by_first, where


# Ewe as number words are compared: translators write ICU's blaeve (20), wuieve (12), ɖeka (and
# ɖekɛ of 11, 21 …) as blave, woeve, deka, with or without tone marks (enē, blatɔ̄), and vɔ ("and",
# of 21–99) glued to the ten (blavevɔ ade, 26): tone marks dropped, ɖ as d, ɖekɛ as deka, the vowel
# between a ten's or teen's head and its unit dropped (blaeve, blave → blave; wuiade, wuide →
# wude), vɔ split off
_EWE_UNITS = "ve|tɔ|ne|de|dre|nyi|sieke|deka"
# the vowel dropped is e, or a but before tɔ: blaetɔ̃ (30) and blaatɔ̃ (50), wuietɔ̃ (13) and wuiatɔ̃
# (15) stay apart; a teen's head is wui, or wo/wu with its vowel (woeve, woadrē; not wòde, "does")
_EWE_VOWEL = "(?:e|a(?!tɔ))"
_EWE_TENS = re.compile(rf"(?<![^\W\d_])bla{_EWE_VOWEL}?(?=(?:{_EWE_UNITS}))")
_EWE_TEENS = re.compile(rf"(?<![^\W\d_])w(?:ui{_EWE_VOWEL}?|[ou]{_EWE_VOWEL})(?=(?:{_EWE_UNITS}))")
_EWE_GLUED_AND = re.compile(r"(?<=[^\W\d_])vɔ(?![^\W\d_])")


@functools.lru_cache(maxsize=4096)
def ewe_folded(text: str) -> str:
    """``text`` (lower case) as Ewe number words are compared (see ``_EWE_TENS``)."""
    bare = unmarked(text).replace("ɖ", "d").replace("dekɛ", "deka")
    return _EWE_GLUED_AND.sub(" vɔ", _EWE_TEENS.sub("wu", _EWE_TENS.sub("bla", bare)))


_ARABIC_CLITICS = ("وال", "بال", "فال", "لل", "ال", "و", "ب", "ف")
# Arabic as number words are compared: the hamza of alif (أول, written اول), ta marbuta and ha, alif
# maqsura and ya, which writers interchange, folded; harakat and tatweel dropped
_ARABIC_FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ة": "ه", "ى": "ي", "\u0640": None,
                              **{chr(code): None for code in range(0x064B, 0x0660)}, "\u0670": None})


def word_fits(token: str, want: str) -> bool:
    """``token`` is the word ``want`` with an ending (семи, siebten), a final vowel elided or
    changed (trentun·enne, والثلاثين for والثلاثون), or, for a long word, in a compound
    (dvidešimtmetis, zwanzigjährig). Arabic words may take the article or a conjunction before
    them and -ين for -ون (العشرين for عشرون)."""
    if token == want:
        return True
    if "\u0600" <= want[:1] <= "\u06ff":
        if want.endswith("ون") and (token.endswith("ين") and token[:-2] == want[:-2]
                                    or token.startswith(want[:-2] + "ينيات")):  # ثمانينيات: the eighties
            return True
        for clitic in _ARABIC_CLITICS:
            if token.startswith(clitic) and len(token) > len(clitic) + 2 and not want.startswith(clitic):
                return word_fits(token[len(clitic):], want)
    size = len(want)
    if size < 4:
        return False
    limit = 10 if size >= 6 else 3
    if len(token) - size > limit:
        return False
    return token.startswith(want) or (size >= 7 and token.startswith(want[:-1])) \
        or (size >= 8 and token.startswith(want[:-2]))


def _stem(word: str) -> str:
    return word[:max(3, len(word) - 3)] if len(word) > 4 else word[:2]


def _fused(token: str, first: str, last: str) -> bool:
    """A two-word number fused into one word, in either order, each word shortened to its stem
    (czterdziestojednoletni for czterdzieści jeden, dvaačtyřicetiletý for dva a čtyřicet)."""
    if len(token) < len(first) + 2:
        return False
    for head, tail in ((first, last), (last, first)):
        stem = _stem(head)
        if token.startswith(stem) and _stem(tail) in token[len(stem):]:
            return True
    return False


# ── number words learned from a catalog ──────────────────────────────────────────────────────

HALF, QUARTER = Decimal("0.5"), Decimal("0.25")
# English source words a translation may render with a word of its own: ICU's cardinals and
# ordinals (one word each), and a few of news writing; "a", "an", "both" are left out (too common)
_SOURCE_EXTRA = {"twice": 2, "double": 2, "thrice": 3, "triple": 3, "dozen": 12, "dozens": 12,
                 "half": HALF, "halves": HALF, "quarter": QUARTER}
_DIGITS = re.compile(r"\d+")
# words are split at white space and punctuation
_SEPARATORS = "\\s\"“”„‟«»‹›()\\[\\]{}<>.,;:!?¿¡—–\\-‐‑‘’‚…·،؛؟。、，？！：；「」『』《》〈〉*/\\\\|#@&+=~_^`"
# the words: runs of anything else (found whole, about twice as fast as splitting at the separators)
_WORDS = re.compile("[^" + _SEPARATORS + "]+").findall
_WORD_SPANS = re.compile("[^" + _SEPARATORS + "]+").finditer  # the same words, with where they stand


def _word_list(text: str) -> list[str]:
    """The words of a text in order, split at spaces and punctuation (see ``_tokens``)."""
    return _WORDS(text.lower())


def _tokens(text: str) -> set[str]:
    """The words of a text, split at spaces and punctuation (marks of Indic scripts stay inside
    their word, as they would not with ``\\w``)."""
    return set(_WORDS(text.lower()))


@functools.lru_cache(maxsize=4096)
def _source_tokens(source: str) -> frozenset[str]:
    return frozenset(_tokens(source))


@functools.lru_cache(maxsize=1)
def _english_pattern() -> tuple[re.Pattern, dict[str, Decimal]]:
    values = {word: Decimal(value) for value, words in _unpacked("en").items() for word in words if " " not in word}
    values.update((word, Decimal(value)) for word, value in _SOURCE_EXTRA.items())
    # longest first, as one alternation per first letter ("o(?:nce|ne)|t(?:hree|wo)"): the same
    # matches as the flat alternation (no two first letters match one character, even ignoring
    # case), without trying every word at every word start
    by_letter: dict[str, list[str]] = {}
    for word in sorted(values, key=len, reverse=True):
        by_letter.setdefault(word[0], []).append(re.escape(word[1:]))
    alternation = "|".join(re.escape(letter) + "(?:" + "|".join(rests) + ")" for letter, rests in by_letter.items())
    pattern = re.compile(r"\b(" + alternation + r")\b", re.IGNORECASE)
    return pattern, values


def learnable(value: Decimal) -> bool:
    """The values words are learned for: 0–100, round hundreds, 1000, 10000, half, quarter."""
    if value in (HALF, QUARTER):
        return True
    if value != value.to_integral_value() or value < 0:
        return False
    number = int(value)
    return number <= 100 or number in (1000, 10000) or (number < 1000 and number % 100 == 0)


@functools.lru_cache(maxsize=4096)
def _source_values(source: str, english: bool = True) -> frozenset[Decimal]:
    """Values an English source names that a translator may write as words: 0–100 and round
    hundreds and thousands as digits, English number words, half and quarter."""
    values = set()
    for run in _DIGITS.findall(source):
        if len(run) <= 4 and (run[0] != "0" or run == "0"):
            value = int(run)
            if value <= 100 or value in (1000, 10000) or (value < 1000 and value % 100 == 0):
                values.add(Decimal(value))
    if english:
        pattern, words = _english_pattern()
        values.update(words[word.lower()] for word in pattern.findall(source))
    return frozenset(values)


_SOURCE_CLOCK = re.compile(r"\b(\d{1,2})(?:[:.]\d\d)?\s*(?:([ap])\.?m\b|(?:BST|GMT|UTC|CET|EDT|EST|PDT|PST)\b)",
                           re.IGNORECASE)


@functools.lru_cache(maxsize=4096)
def _source_hours(source: str) -> tuple[frozenset[int], ...]:
    """Per clock time of an English source (3 p.m., 10:15 BST), the hours a translation may
    write it with on a 12- or 24-hour clock."""
    found = []
    for hour, meridiem in _SOURCE_CLOCK.findall(source):
        value = int(hour)
        if value > 24:
            continue
        if meridiem.lower() == "p" and value < 12:
            found.append(frozenset((value, value + 12)))
        elif meridiem.lower() == "a" and value == 12:
            found.append(frozenset((0, 12, 24)))
        else:
            found.append(frozenset((value, value + 12)) if meridiem and value < 12 else frozenset((value,)))
    return tuple(found)


@functools.lru_cache(maxsize=4096)
def _run_value(run: str) -> Decimal:
    return Decimal(digit_value(run))


def _chance(count: int, units: int, share: float) -> float:
    """P(X >= count) for X ~ Binomial(units, share): how likely ``count`` co-occurrences are by
    chance alone (summed from the first term by the ratio of neighbours)."""
    if share >= 1:
        return 1.0
    term = math.exp(math.lgamma(units + 1) - math.lgamma(count + 1) - math.lgamma(units - count + 1)
                    + count * math.log(share) + (units - count) * math.log1p(-share))
    total, k = 0.0, count
    while k <= units and term > total * 1e-6:
        total += term
        term *= (units - k) / (k + 1) * share / (1 - share)
        k += 1
    return total


class LearnedWords:
    """The words one catalog's translations use for numbers, learned from the catalog itself.

    A target word is taken as a word for a value when, across the catalog, it shows up in
    translations whose English source has that value (as digits or as a word: "2", "two",
    "second") while the translation has no digits for it, far more often than chance allows.
    Compared by identity (one per catalog).
    """

    __slots__ = ("_words", "_pairs", "_keeps_hours", "_hours_read", "_keeps_digits", "_digits_read", "_learner",
                 "_cut_habits", "derived")

    def __init__(self, words: dict[Decimal, frozenset[str]] | None = None, pairs=None,
                 keeps_hours: bool | None = None, english: bool = True, keeps_digits: bool | None = None,
                 learner=None):
        """``words`` as learned, or ``pairs``: a function giving the catalog's (source,
        translation) pairs, read the first time a word is looked up (most catalogs never need it).
        ``keeps_hours``: whether the catalog's translations keep the source's clock hours
        (None: too few clock times to tell). ``english``: the sources are English, so their
        number words ("two", "second") count as values too. ``keeps_digits``: whether the
        catalog's translations keep the source's small numbers as digits (see
        ``keeps_small_digits``; None: too little evidence). ``learner``: what learns from the
        pairs, ``learn_number_words`` or one with its answers (``numbers.learned_cache``)."""
        self._learner = learner or learn_number_words
        self._words = words
        self._pairs = (pairs, english)
        self._keeps_hours = keeps_hours
        self._hours_read = pairs is None  # given (or nothing to read it from)
        self._keeps_digits = keeps_digits
        self._digits_read = pairs is None
        self._cut_habits = None if pairs is not None else frozenset()
        self.derived: dict = {}  # what other modules read from the catalog, once (keyed by their question)

    def _learn(self) -> None:
        pairs, english = self._pairs
        learned = self._learner(pairs(), english=english) if pairs else LearnedWords({})
        self._words = learned._words
        if not self._hours_read:
            self._keeps_hours, self._hours_read = learned._keeps_hours, True

    @property
    def words(self) -> dict[Decimal, frozenset[str]]:
        if self._words is None:
            self._learn()
        return self._words

    @property
    def keeps_hours(self) -> bool | None:
        """True when the catalog's translations write the source's clock times with the same
        hour (3 p.m. as 15:00 or 3 pm) in most units: a changed hour there is an error, not a
        time moved to another zone (as Swahili translations, which count hours from dawn, do)."""
        if not self._hours_read:  # read on its own: the words need not be learned for it
            self._keeps_hours, self._hours_read = keeps_clock_hours(self._pairs[0]()), True
        return self._keeps_hours

    @property
    def keeps_digits(self) -> bool | None:
        """True when the catalog's translations keep the source's small numbers (0–20, round
        tens …) as digits, or as a word learned for them, in nearly every unit
        (``keeps_small_digits``): a small number missing there was lost, not written out in
        words nothing knows. Read once, on the first question, after the words are learned."""
        if not self._digits_read:
            self._keeps_digits, self._digits_read = keeps_small_digits(self._pairs[0](), self), True
        return self._keeps_digits

    @property
    def cut_habits(self):
        """The marks of a number cut out (``traces.MARKS``) that the catalog's translations show
        as a habit of their own ("wakhe , Wayne" in a catalog that often spaces its commas so):
        a ``traces.Habits``, which reads the catalog for a mark on the first question about it."""
        if self._cut_habits is None:
            from .traces import Habits

            self._cut_habits = Habits(self._pairs[0])
        return self._cut_habits

    def pairs(self):
        """The catalog's (source, translation) pairs (none for words given without a catalog)."""
        return self._pairs[0]() if self._pairs[0] is not None else ()

    def find(self, text: str, value: Decimal) -> str | None:
        """The learned word for ``value`` that ``text`` contains, else None (a value no word is
        learned for, such as 2016 or 385, does not make the catalog learn)."""
        if not learnable(value):
            return None
        known = self.words.get(value)
        if not known:
            return None
        stems = None
        for token in _word_list(text):  # in text order, so the answer does not depend on set order
            if token in known:
                return token
            if stems is None:
                stems = [word for word in sorted(known) if len(word) >= 4]
            for word in stems:  # a short ending (Finnish kahdeksan → kahdeksannella)
                if token.startswith(word) and len(token) - len(word) <= 4:
                    return token
        return None

    def count(self, text: str, value: Decimal) -> int:
        """How many words of ``text`` are learned words for ``value``."""
        if not learnable(value):
            return 0
        known = self.words.get(value)
        if not known:
            return 0
        return sum(1 for token in _word_list(text) if token in known or any(
            len(word) >= 4 and token.startswith(word) and len(token) - len(word) <= 4 for word in known))

    def __len__(self) -> int:
        return sum(len(w) for w in self.words.values())


def learn_number_words(pairs, chance: float = 1e-4, english: bool = True) -> LearnedWords:
    """Learn a catalog's number words from its (English source, translation) pairs.

    Only translations whose source names a value (see ``_source_values``) are read: per
    translation, its words absent from the source, and the source values its digits do not show.
    A word is learned for a value when it comes with that value unexplained in three translations
    or more, and the count is below ``chance`` under a binomial model with the value's own rate of
    being unexplained; and when at least half of the catalog's translations that have the word
    are translations whose source names the value (a unit such as минут, "minutes", stands beside
    many numbers and none). Linear in the size of the catalog; run once per catalog.
    """
    pairs = list(pairs)
    with_values, without_values = [], []
    for source, target in pairs:
        wanted = _source_values(source, english)
        if wanted:
            with_values.append((source, target, wanted))
        elif target:
            without_values.append(target)
    units = len(with_values) or 1
    # how many times each word occurs in those translations: each split once, for this count and
    # for the words of the translations that lack a value
    split = _WORDS
    word_lists = [split(target.lower()) for _, target, _ in with_values]
    units_with = Counter(chain.from_iterable(word_lists))
    unexplained: Counter = Counter()
    together: dict[Decimal, Counter] = {}  # value → the words of the translations that lack it
    shown: dict[Decimal, list[int]] = {}  # value → the translations whose digits show it
    for index, ((source, target, wanted), words) in enumerate(zip(with_values, word_lists)):
        digits = _DIGITS.findall(target)
        missing = wanted.difference(map(_run_value, digits)) if digits else wanted
        for value in wanted.difference(missing) if digits else ():
            shown.setdefault(value, []).append(index)
        if not missing:
            continue
        unexplained.update(missing)
        tokens = set(words)  # _tokens(target)
        tokens -= _source_tokens(source)
        for value in missing:
            counter = together.get(value)
            if counter is None:
                counter = together[value] = Counter()
            counter.update(tokens)
    learned: dict[Decimal, set[str]] = {}
    elsewhere: Counter | None = None  # how many times each word occurs in the other translations
    for value, counter in together.items():
        share = unexplained[value] / units
        for token, count in [item for item in counter.items() if item[1] >= 3]:
            if len(token) < 2 or count < 3 * share * units_with[token]:
                continue  # not three times what chance gives
            if any(ch.isdigit() for ch in token) or _chance(count, units_with[token], share) >= chance:
                continue
            if elsewhere is None:
                elsewhere = Counter(chain.from_iterable(set(split(target.lower())) for target in without_values))
            beside = sum(1 for index in shown.get(value, ()) if token in word_lists[index])
            having = sum(1 for words in word_lists if token in words) + elsewhere[token]
            if count + beside < 0.5 * having:
                continue  # mostly where the source does not name the value: минут ("60 Minutes", "minutes")
            learned.setdefault(value, set()).add(token)
    return LearnedWords({value: frozenset(words) for value, words in learned.items()},
                        keeps_hours=keeps_clock_hours(pairs))


def keeps_clock_hours(pairs) -> bool | None:
    """Whether most translations write the English source's clock times (3 p.m., 10:15 BST)
    with the same hour, on a 12- or 24-hour clock; None with fewer than three clock times (in
    translations with digits) to tell."""
    clocks = kept = 0
    for source, target in pairs:
        hours = _source_hours(source)
        if hours:
            digits = {int(digit_value(run)) for run in _DIGITS.findall(target) if len(run) <= 2}
            if digits:
                clocks += len(hours)
                kept += sum(bool(h & digits) for h in hours)
    return kept >= 0.5 * clocks if clocks >= 3 else None


# a small number in the source: a whole digit run, not part of a decimal, a clock time or a
# grouped number ("1,500", "10:15", "2.5" are not small numbers here)
_SMALL_RUN = re.compile(r"(?<![\d.,:])\d{1,4}(?!\d|[.,:]\d)")
DIGIT_HABIT = 0.99  # share of units with small numbers that keep them: from it on, a missing one is an error
DIGIT_HABIT_EVIDENCE = 20  # fewer units than this with a small number: no habit


def _small_value(value: int) -> bool:
    """0–20, round tens to 100, round hundreds to 1000, 1000, 10000 (``compare._small``)."""
    return value <= 20 or (value <= 100 and value % 10 == 0) or (value <= 1000 and value % 100 == 0) \
        or value in (1000, 10000)


@functools.lru_cache(maxsize=8192)
def _small_values(source: str) -> frozenset[int]:
    """The small numbers a source writes as digits (cached: every catalog has the same sources)."""
    if not _DIGITS.search(source):
        return frozenset()
    return frozenset(value for run in _SMALL_RUN.findall(source) if run[0] != "0" or run == "0"
                     if _small_value(value := int(run)))


def small_digit_habit(pairs, learned: LearnedWords | None = None) -> tuple[int, int]:
    """(units that keep them, units): among translations whose English source has small numbers
    as digits ("5 days", "20 people"), how many write every one of them with digits (any
    script's) or with a word ``learned`` for its value."""
    kept = units = 0
    for source, target in pairs:
        wanted = _small_values(source)
        if not wanted:
            continue
        units += 1
        have = {int(digit_value(run)) for run in _DIGITS.findall(target)}
        kept += all(value in have or (learned is not None and learned.find(target, Decimal(value)))
                    for value in wanted)
    return kept, units


def keeps_small_digits(pairs, learned: LearnedWords | None = None, threshold: float = DIGIT_HABIT,
                       evidence: int = DIGIT_HABIT_EVIDENCE) -> bool | None:
    """Whether a catalog's translations keep the source's small numbers as digits (or as learned
    words) in at least ``threshold`` of the units that have them; None with fewer than
    ``evidence`` such units."""
    kept, units = small_digit_habit(pairs, learned)
    return kept >= threshold * units if units >= evidence else None


__all__ = ["spelled_word", "spelled_count", "has_table", "LearnedWords", "learn_number_words", "keeps_clock_hours",
           "learnable", "HALF", "QUARTER", "keeps_small_digits", "small_digit_habit", "one_word_forms",
           "to_unicode_myanmar", "word_fits"]
