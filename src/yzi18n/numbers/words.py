"""Small numbers spelled out ("seven", "sieben", "七"): is a number written as words in a text?

The table is ICU's spell-out (CLDR RBNF data, generated into ``spellout_data``) for about a
hundred languages — cardinals 0–20, round tens, 100 and 1000 in every gender and case ICU
spells, ordinals 1–20 — with Latin added by hand (ICU has no Latin rules). Babel has no
spell-out and num2words is LGPL, so neither is used.
"""

from __future__ import annotations

import functools
import re
from decimal import Decimal

from .spellout_data import WORDS

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

_NO_SPACES = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u0f00-\u0fff]")
_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


def _table_key(language: str) -> str | None:
    parts = language.split("-")
    for size in range(len(parts), 0, -1):
        key = "-".join(parts[:size])
        if key in WORDS or key == "la":
            return key
    if parts[0] == "zh" and "Hant" in parts:
        return "zh-Hant"
    return None


def has_table(language: str) -> bool:
    """True when the language's small numbers can be recognised as words."""
    return _table_key(language) is not None


@functools.lru_cache(maxsize=None)
def _table(language: str) -> dict[int, tuple[tuple[str, ...], ...]]:
    key = _table_key(language)
    if key is None:
        return {}
    raw = dict(_LATIN) if key == "la" else {v: tuple(w) for v, w in WORDS[key].items()}
    if key.split("-")[0] == "en":
        for value, extra in _ENGLISH_EXTRA.items():
            raw[value] = raw.get(value, ()) + extra
    # "einhundert", "one thousand" are also written "hundert", "thousand"
    for value in (100, 1000):
        bare = tuple(word[len(one):].strip(" -") for word in raw.get(value, ()) for one in raw.get(1, ())
                     if word.startswith(one) and len(word) > len(one) + 2)
        raw[value] = raw.get(value, ()) + bare
    return {value: tuple(tuple(_WORD.findall(word)) or (word,) for word in words) for value, words in raw.items()}


def spelled_word(text: str, value: Decimal, language: str) -> str | None:
    """The word for ``value`` when ``text`` (in ``language``) spells it out, else None.

    Words may carry a short inflectional ending (семи, siebten); scripts written without
    spaces (Han, kana, Thai, Myanmar …) are searched as substrings.
    """
    if value != value.to_integral_value():
        return None
    phrases = _table(language).get(int(value))
    if not phrases:
        return None
    lowered = text.lower()
    tokens = _WORD.findall(lowered)
    for phrase in phrases:
        joined = " ".join(phrase)
        if _NO_SPACES.search(joined):
            # Han numerals are read by the Han parser; a short word of a script without spaces
            # is too often part of another word (Thai ส, the financial 參 "take part")
            if not _HAN.search(joined) and len(joined) >= 2 and joined in lowered:
                return joined
            continue
        size = len(phrase)
        if size == 1:  # the common case, without a window per token
            want = phrase[0]
            limit = 10 if len(want) >= 6 else 3
            for last in tokens:
                if last == want or (len(want) >= 4 and last.startswith(want) and len(last) - len(want) <= limit):
                    return last
            continue
        for index in range(len(tokens) - size + 1):
            window = tokens[index: index + size]
            if window[:-1] != list(phrase[:-1]):
                continue
            last, want = window[-1], phrase[-1]
            # an ending (семи, siebten) or, for a long word, a compound (dvidešimtmetis, zwanzigjährig)
            if last == want or (len(want) >= 4 and last.startswith(want)
                                and len(last) - len(want) <= (10 if len(want) >= 6 else 3)):
                return " ".join(window)
    return None


__all__ = ["spelled_word", "has_table"]
