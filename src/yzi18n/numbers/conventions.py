"""How one language writes numbers, read from CLDR through Babel and cached per language.

Decimal and group symbols of every numbering system the locale uses, percent signs and
words (CLDR unit ``concentr-percent``), scale words from the compact decimal patterns in long
and short form (``0 Millionen`` → Millionen = 10^6, ``0万亿`` → 万亿 = 10^12), unit words
for the conversions the check explains, and currency symbols.
"""

from __future__ import annotations

import functools
import hashlib
import os
import pickle
import re
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from ..langtags import locale as babel_locale
from ..langtags import primary_language

# separators translators use whatever their locale says (the source's convention, typewriter forms)
SPACES = "\u0020\u00a0\u202f\u2009\u2007"
COMMON_GROUPS = frozenset(",." + SPACES + "'\u2019\u066c")
COMMON_DECIMALS = frozenset(".,\u066b")
BIDI_MARKS = "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e"

# Han-script scale characters: CLDR's compact patterns give 万 and 亿 but text also writes
# 十 / 百 / 千 before them (百万 = 10^6, 十亿 = 10^9)
HAN_SCALES = {"十": 1, "拾": 1, "百": 2, "佰": 2, "千": 3, "仟": 3, "万": 4, "萬": 4, "亿": 8, "億": 8, "兆": 12}

# English abbreviations of news writing that CLDR's short forms (K, M, B, T) do not cover
# metric symbols a compact scale abbreviation may differ from only by case (Catalan kM)
_UNIT_SYMBOLS = frozenset({"km", "cm", "mm", "kg", "mg", "ml", "kw", "mw", "gw", "mb", "gb"})
# Scale words CLDR's compact patterns lack, by primary language subtag: mostly the loanwords of
# news writing (मिलियन, miliyoni, ملین), read from the NTREX-128 dev translations where the English
# source has "N million" and the translation writes N followed by a word it writes after no other
# number (``bench_numbers.py --missing-words`` lists them). A word of five letters or more is also
# a stem, found with endings (मिलियनभन्दा, მილიონზე, மில்லியனையும்).
_EXTRA_SCALES = {"en": {"bn": 9, "tn": 12, "trn": 12, "mn": 6, "mln": 6},
                 # CLDR 4x's Nepali compact patterns put करोड (crore, 10^7) at 10^6: overridden
                 "ne": {"करोड": 7, "करोड़": 7, "अरब": 9, "अर्ब": 9, "खरब": 11, "मिलियन": 6, "बिलियन": 9},
                 "am": {"ሚልዮን": 6, "ሚሊዮን": 6, "ቢልዮን": 9, "ቢሊዮን": 9},
                 "ar": {"مليون": 6, "مليار": 9},
                 "bem": {"milyoni": 6, "bilyoni": 9},
                 "bn": {"মিলিয়ন": 6, "\u09ae\u09bf\u09b2\u09bf\u09df\u09a8": 6, "বিলিয়ন": 9, "\u09ac\u09bf\u09b2\u09bf\u09df\u09a8": 9},
                 "ckb": {"میلیۆن": 6, "ملیۆن": 6, "ملیار": 9, "میلیار": 9, "میلیارد": 9},
                 "dv": {"މިލިއަން": 6, "ބިލިއަން": 9},
                 "el": {"δις": 9},
                 "fa": {"بیلیون": 9},
                 "ff": {"miliyon": 6, "biliyon": 9},
                 "gu": {"મિલિયન": 6, "મીલીયન": 6, "બિલિયન": 9},
                 "hi": {"मिलियन": 6, "बिलियन": 9},
                 "hmn": {"lab": 6},
                 "hr": {"mlrd": 9},
                 "hy": {"բիլիոն": 9},
                 "ka": {"მილიონ": 6, "მილიარდ": 9},
                 "kn": {"ದಶಲಕ್ಷ": 6, "ಶತಕೋಟಿ": 9},
                 "ku": {"mîlyon": 6, "milyon": 6, "miliyard": 9, "milyar": 9},
                 "mey": {"مليون": 6, "مليار": 9},
                 "mg": {"tapitrisa": 6, "lavitrisa": 9, "miliara": 9},
                 "mi": {"miriona": 6, "piriona": 9},
                 "ml": {"മില്യൺ": 6, "മില്യൻ": 6, "മില്യ": 6, "ബില്യൺ": 9, "ബില്യൻ": 9, "ബില്യ": 9, "ശതകോടി": 9},
                 "mr": {"दशलक्ष": 6, "बिलियन": 9, "शतकोटी": 9},
                 "mt": {"miljun": 6, "biljun": 9},
                 "nd": {"miliyoni": 6, "bhiliyoni": 9},
                 "nso": {"milione": 6, "bilione": 9},
                 "ny": {"miliyoni": 6, "biliyoni": 9},
                 "pa": {"ਮਿਲੀਅਨ": 6, "ਮਿਲਿਅਨ": 6, "ਬਿਲੀਅਨ": 9, "ਬਿਲਿਅਨ": 9},
                 "ps": {"میلیارد": 9},
                 "sd": {"ملين": 6, "ارب": 9},
                 "shi": {"مليون": 6, "مليار": 9},
                 "sm": {"miliona": 6, "piliona": 9},
                 "ss": {"bhiliyoni": 9},
                 "ta": {"மில்லியன": 6, "பில்லியன": 9},
                 "ti": {"ሚሊዮን": 6},
                 "ty": {"milioni": 6, "mirioni": 6, "miria": 9},
                 "ur": {"ملین": 6, "بلین": 9},
                 "uz": {"millon": 6},
                 "ve": {"miḽiyoni": 6},
                 "wo": {"milyoŋ": 6, "miliyon": 6, "milyaar": 9},
                 "xh": {"yezigidi": 6, "ezigidi": 6, "bhiliyoni": 9},
                 "yo": {"mílíọ̀nù": 6, "milionu": 6, "bílíọ̀nù": 9, "bilionu": 9}}
# English scale words a translation may keep ("20 million", "£2.8bn"), read in every language
# whose own CLDR words do not give them another value (German Billion is 10^12)
_LOANED_ENGLISH_SCALES = {"million": 6, "billion": 9, "bn": 9, "m": 6}  # not trillion: 10^18 in de, fr, da, nb
# Words for "percent" that CLDR's unit patterns lack (by primary language subtag), read from the
# NTREX-128 dev translations where the English source has "N percent" and the translation
# writes N followed by a word it never writes after other numbers (bench_numbers.py
# --missing-words lists them), and kept when the grammars and dictionaries of the language give it
# that sense. In a language that inflects by suffixes a word of four letters or more also matches
# with an ending (пайызға, տոկոսով, prosentilla): ``parse.percent_word_end``.
_EXTRA_PERCENT = {
    "en": ("per cent", "pct"),
    "am": ("በመቶ", "ከመቶ"),
    "ar": ("في المائة", "في المئة", "بالمائة"),
    "az": ("faiz",),
    "bem": ("pesenti",),
    "dv": ("އިންސައްތަ",),
    "ee": ("de alafa dzi", "le alafa dzi"),
    "es": ("porciento",),
    "et": ("protsent",),
    "fa": ("در صد", "در صدی", "درصدی", "فیصد", "فیصدی"),
    "fi": ("prosent",),
    "fil": ("porsiyento", "porsyento"),
    "fj": ("na pasede",),
    "fo": ("prosent", "prosentum", "prosentir"),
    "gl": ("por cento",),
    "ha": ("cikin ɗari", "cikin dari"),
    "he": ("אחוזים", "אחוז"),
    "hmn": ("feem pua",),
    "hu": ("százalék",),
    "hy": ("տոկոս",),
    "ka": ("პროცენტ",),
    "kk": ("пайыз",),
    "kn": ("ಪ್ರತಿಶತ", "ಶೇಕಡ"),
    "ko": ("퍼센트",),
    "ky": ("пайыз",),
    "lb": ("prozent",),
    "lt": ("procent",),
    "lv": ("procent",),
    "mey": ("فالميه", "فالمية", "في المية"),
    "mg": ("isan-jato", "isan-jaton"),
    "mi": ("ōrau",),
    "ml": ("ശതമാന",),
    "mn": ("хувь", "хувиар", "хувийн", "хувийг", "хувиас", "хувьд"),
    "mt": ("fil-mija",),
    "ny": ("peresenti",),
    "pa": ("ਪ੍ਰਤੀਸ਼ਤ", "ਪ੍ਰਤਿਸ਼ਤ", "ਫ਼ੀਸਦੀ", "ਫੀਸਦੀ"),
    "ps": ("سلنې", "فیصده"),
    "rw": ("ku ijana",),
    "sd": ("سيڪڙو",),
    "shi": ("فالمية", "غالمية", "في المية"),
    "sn": ("muzana",),
    "so": ("boqolkiiba",),
    "sq": ("për qind",),
    "sr": ("посто", "одсто", "posto", "odsto", "o\u0434\u0441\u0442o"),  # the last with Latin o's, as 11 NTREX units
    "ss": ("phesenti",),
    "ta": ("சதவீத",),
    "tg": ("фоиз",),
    "ti": ("ፐርሰንት", "ሚእታዊ"),
    "tk": ("göterim",),
    "tt": ("процент",),
    "ba": ("процент",),
    "uz": ("foiz",),
    "wo": ("ci teemeer",),
    "xh": ("pesenti",),
}

# Percent words written *before* the number, with the word that links them (Bantu "amaphesenti
# angu-45", "dipheresente tse 41"; Hausa "kashi 100"; Sorani "لە سەدا 40"): read where the English
# source has "N percent" and the translation writes the same phrase before N at least four times
# and never before a number the source does not give as a percentage (NTREX-128 dev; a phrase ending
# in a letter also with a hyphen, "angu-"). To be reviewed by native speakers, as the list above.
_EXTRA_PERCENT_BEFORE = {
    "ckb": ("لە سەدا",),
    "ha": ("kashi",),
    "ig": ("pasentị", "pesentị"),
    "nd": ("amaphesenti angu",),
    "nso": ("dipheresente tse", "dipheresente tše"),
    "om": ("dhibbantaa",),
    "si": ("සියයට",),
    "sn": ("zvikamu",),
    "ss": ("emaphesenti lange", "emaphesenti langu", "emaphesenti la"),
    "ve": ("phesenthe dza",),
    "xh": ("amaphesenti angu", "pesenti ezili", "pesenti ezingama"),
    "yo": ("ìdá", "ida"),
    "zu": ("amaphesenti angu",),
}


def _extra_percent_before(*languages: str) -> set[str]:
    """``_EXTRA_PERCENT_BEFORE``'s phrases of ``languages``, each also with a joining hyphen."""
    phrases = {phrase for language in languages for phrase in _EXTRA_PERCENT_BEFORE.get(language, ())}
    return phrases | {phrase + "-" for phrase in phrases if phrase[-1].isalpha()}

# CLDR unit ids whose conversion explains a changed number, with the factor to the metric unit
CONVERSIONS = {
    "length-mile": ("length-kilometer", 1.609344),
    "length-foot": ("length-meter", 0.3048),
    "length-yard": ("length-meter", 0.9144),
    "length-inch": ("length-centimeter", 2.54),
    "mass-pound": ("mass-kilogram", 0.45359237),
    "mass-ounce": ("mass-gram", 28.349523125),
    "mass-ton": ("mass-tonne", 0.90718474),
    "area-acre": ("area-hectare", 0.40468564224),
    "area-square-mile": ("area-square-kilometer", 2.589988110336),
    "area-square-foot": ("area-square-meter", 0.09290304),
    "volume-gallon": ("volume-liter", 3.785411784),
    "speed-mile-per-hour": ("speed-kilometer-per-hour", 1.609344),
    "temperature-fahrenheit": ("temperature-celsius", None),  # (F − 32) × 5/9
}


@dataclass(frozen=True)
class Conventions:
    """The number conventions of one language (BCP 47 tag), all words lower-cased."""

    language: str
    decimals: frozenset[str]  # the locale's own decimal symbols
    groups: frozenset[str]  # the locale's own group symbols
    percent_signs: tuple[str, ...]
    percent_after: tuple[str, ...]  # words after the number ("Prozent", "процентов")
    percent_before: tuple[str, ...]  # words before it ("yüzde", "asilimia")
    scales_after: tuple[tuple[str, int], ...]  # (word, exponent), longest first
    scales_before: tuple[tuple[str, int], ...]
    scale_stems: tuple[tuple[str, int], ...]  # common prefix of a scale's inflected forms
    scale_names: tuple[tuple[int, str], ...]  # exponent → the word a hint uses
    units: tuple[tuple[str, str], ...]  # (word, CLDR unit id), longest first
    currency_symbols: tuple[str, ...]  # longest first
    han: bool  # the language writes Han scale characters (zh, ja, yue, ko uses 만/억)
    indian_grouping: bool
    # CLDR's short names of the units of CONVERSIONS, for messages ("km"); () when CLDR lacks the language
    unit_names: tuple[tuple[str, str], ...] = ()
    calendar_words: tuple[str, ...] = ()  # names of days and months (``compare`` reads no number word in them)
    month_words: tuple[str, ...] = ()  # names of the months, wide and abbreviated (a day written beside one)
    # (unit, word) of the patterns of a century and of the metric units of CONVERSIONS, every length
    # (the 2000s as "this century", a conversion written in words: "dvoumetrový")
    unit_words: tuple[tuple[str, str], ...] = ()

    def unit_name(self, unit: str) -> str:
        """``length-kilometer`` → ``km`` in this language, else the id's last part (``kilometer``)."""
        return dict(self.unit_names).get(unit) or unit.split("-")[-1]

    def scale_name(self, exponent: int) -> str | None:
        return dict(self.scale_names).get(exponent)


def _pattern_word(pattern: str) -> tuple[str, str, int] | None:
    """``0 Millionen`` → ("after", "millionen", zeros); ``milioni 0`` → ("before", …)."""
    pattern = pattern.split(";")[0].replace("'", "")
    match = re.search(r"0+", pattern)
    if not match:
        return None
    before = pattern[: match.start()].strip(SPACES + BIDI_MARKS).lower()
    after = pattern[match.end():].strip(SPACES + BIDI_MARKS).lower()
    if after and not before:
        return "after", after, len(match.group())
    if before and not after:
        return "before", before, len(match.group())
    return None


def _common_prefix(words: list[str]) -> str:
    prefix = words[0]
    for word in words[1:]:
        while not word.startswith(prefix):
            prefix = prefix[:-1]
    return prefix


def _unit_words(loc, unit: str) -> list[tuple[str, str]]:
    """(position, word) pairs of a CLDR unit in every length and plural form."""
    patterns = loc._data.get("unit_patterns", {}).get(unit, {})
    found = []
    for length in ("long", "short", "narrow"):
        for text in dict(patterns.get(length, {})).values():
            if "{0}" not in text:
                continue
            before, _, after = text.partition("{0}")
            before = before.strip(SPACES + BIDI_MARKS).lower()
            after = after.strip(SPACES + BIDI_MARKS).lower()
            if after and not before:
                found.append(("after", after))
            elif before and not after:
                found.append(("before", before))
    return found


# ── the on-disk cache ──────────────────────────────────────────────────────────────────────
# Loading one locale's CLDR data through Babel (unpickling it and merging it into its parents)
# costs ~5 ms, and ``check`` over a folder of catalogs in many languages pays it once per
# language. What the checks need of it is small: the Conventions, and for hints the number
# formats. Both are kept per language in the user's cache folder, keyed by Babel's version and
# the code that derives them; a cache that cannot be read or written is ignored.

# the parts of a locale's CLDR data that babel.numbers reads to format a number
_NUMBER_KEYS = ("number_symbols", "decimal_formats", "percent_formats", "compact_decimal_formats",
                "default_numbering_system", "other_numbering_systems", "plural_form")


def cache_dir() -> Path | None:
    """``$YZI18N_CACHE_DIR`` (empty: no cache), else ``$XDG_CACHE_HOME/yzi18n`` or ``~/.cache/yzi18n``."""
    chosen = os.environ.get("YZI18N_CACHE_DIR")
    if chosen is not None:
        return Path(chosen) if chosen else None
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "yzi18n"


@functools.cache
def _cache_key() -> str:
    """Babel's version, Python's, and the source of the code that derives the cached data."""
    import babel

    from .. import langtags

    digest = hashlib.sha256(f"{babel.__version__} {sys.version_info[:2]} {pickle.HIGHEST_PROTOCOL}".encode())
    for module in (__file__, langtags.__file__):
        digest.update(Path(module).read_bytes())
    return digest.hexdigest()[:16]


def _cache_path(language: str) -> Path | None:
    folder = cache_dir()
    if folder is None or not language.replace("-", "").isalnum():
        return None
    return folder / f"numbers-{_cache_key()}" / f"{language}.pickle"


def _read_cache(language: str) -> tuple[Conventions, dict] | None:
    path = _cache_path(language)
    if path is None:
        return None
    try:
        with open(path, "rb") as file:
            conv, number_data = pickle.load(file)
    except Exception:  # absent, unreadable or corrupt: derived again
        return None
    if not isinstance(conv, Conventions) or not isinstance(number_data, dict) or conv.language != language:
        return None
    return conv, number_data


STALE_CACHE_SECONDS = 7 * 24 * 3600  # another version's cache untouched this long is removed


def _write_cache(language: str, conv: Conventions, number_data: dict) -> None:
    path = _cache_path(language)
    if path is None:
        return
    try:
        from ..fileio import write_atomic

        fresh_folder = not path.parent.exists()
        write_atomic(path, pickle.dumps((conv, number_data), protocol=pickle.HIGHEST_PROTOCOL), durable=False)
        if fresh_folder:
            _remove_stale_caches(path.parent)
    except Exception:  # a read-only or full disk: the next run derives it again
        pass


def _remove_stale_caches(current: Path) -> None:
    """Remove the caches other versions of the code left (one folder per key, ~1.6 MB each) once
    they have not been written for ``STALE_CACHE_SECONDS``: an upgrade does not leave them behind,
    while two versions used side by side keep theirs."""
    import shutil
    import time

    limit = time.time() - STALE_CACHE_SECONDS
    for folder in current.parent.glob("numbers-*"):
        try:
            if folder != current and folder.is_dir() and folder.stat().st_mtime < limit:
                shutil.rmtree(folder)
        except OSError:  # in use or not ours to remove: left as it is
            continue


def _plain(value, base: dict):
    """A value of Babel's raw locale data ``base`` as plain dicts, aliases resolved as
    ``LocaleDataDict`` resolves them (without wrapping every level in one)."""
    from babel.localedata import Alias, merge

    if isinstance(value, Alias):
        value = value.resolve(base)
    if isinstance(value, tuple):  # a partial dict over an alias
        alias, others = value
        value = alias.resolve(base).copy()
        merge(value, others)
    if isinstance(value, dict):
        return {key: _plain(item, base) for key, item in value.items()}
    return value


def _number_data(loc) -> dict:
    """What babel.numbers reads of ``loc``'s data (a ``LocaleDataDict``), as plain dicts."""
    data = loc._data
    raw = data._data
    return {key: _plain(raw[key], data.base) for key in _NUMBER_KEYS if key in raw}


_NUMBER_DATA: dict[str, dict] = {}  # language → number data read from the cache


@functools.lru_cache(maxsize=None)
def conventions(language: str) -> Conventions:
    """The conventions of ``language``; a language CLDR does not know gets the root's (``.`` and ``,``).
    Read from the on-disk cache when it holds them (see ``cache_dir``)."""
    cached = _read_cache(language)
    if cached is not None:
        _NUMBER_DATA[language] = cached[1]
        return cached[0]
    conv = derive_conventions(language)
    number_data = _NUMBER_DATA[language] = _number_data(light_locale(babel_locale(language) or babel_locale("en")))
    _write_cache(language, conv, number_data)
    return conv


# ── Babel's CLDR data, only the parts the numbers code reads ─────────────────────────────────
# Babel's ``Locale._data`` unpickles a locale and every parent and merges each whole into the next
# (~6 ms a language, most of it copying dates, time zones and display names). The numbers code
# reads a few keys (of the units, those of CONVERSIONS and percent): these are merged alone, by
# Babel's own ``merge``, so each holds what Babel's full data holds
# (tests/test_numbers_light_locale.py compares them on Babel's locales).
NUMBER_PARTS = frozenset({*_NUMBER_KEYS, "numbering_systems", "currency_symbols", "unit_patterns",
                          "unit_display_names"})  # conventions, hints (babel.numbers), unit names
DATE_PARTS = frozenset({"months", "days"})  # compare's month and day names
CURRENCY_PARTS = frozenset({"currency_names"})  # parse's ISO codes
# the units whose words ``Conventions.unit_words`` keeps: a century, a decade, and the metric units conversions reach
_WORDED_UNITS = ("duration-century", "duration-decade", *sorted({metric for metric, _ in CONVERSIONS.values()}))
_UNITS = frozenset({"concentr-percent", *CONVERSIONS, *_WORDED_UNITS})
_UNIT_KEYS = ("unit_patterns", "unit_display_names")


def _parent_locale(name: str) -> str:
    """The locale whose data Babel's ``localedata.load`` merges ``name``'s own into (Babel 2.19)."""
    from babel import localedata
    from babel.core import get_global

    parent = get_global("parent_exceptions").get(name)
    if parent:
        return parent
    if localedata._is_non_likely_script(name):
        return "root"
    parts = name.split("_")
    return "root" if len(parts) == 1 else "_".join(parts[:-1])


@functools.lru_cache(maxsize=None)
def _own_data(name: str) -> dict:
    """The parts of one locale file (not its parents') that some ``*_PARTS`` names."""
    from babel import localedata

    keep = NUMBER_PARTS | DATE_PARTS | CURRENCY_PARTS
    with open(localedata.resolve_locale_filename(name), "rb") as file:
        own = {key: value for key, value in pickle.load(file).items() if key in keep}
    for key in _UNIT_KEYS:
        units = own.get(key)
        if type(units) is dict:
            own[key] = {unit: value for unit, value in units.items() if unit in _UNITS}
    return own


@functools.lru_cache(maxsize=None)
def _light_data(name: str, parts: frozenset[str]) -> dict:
    """``babel.localedata.load(name)`` cut to ``parts``, without loading the rest."""
    own = {key: value for key, value in _own_data(name).items() if key in parts}
    if name == "root":
        return own
    from babel import localedata

    data = dict(_light_data(_parent_locale(name), parts))  # merge copies what it changes below the top
    localedata.merge(data, own)
    return data


def light_locale(loc, parts: frozenset[str] = NUMBER_PARTS):
    """A copy of the babel Locale ``loc`` whose data holds only ``parts`` of CLDR (by default the
    number symbols and formats, currency symbols and the units of CONVERSIONS; see ``_light_data``)."""
    import copy

    from babel import localedata

    light = copy.copy(loc)
    light._Locale__data = localedata.LocaleDataDict(_light_data(loc._Locale__data_identifier, parts))
    return light


@functools.lru_cache(maxsize=None)
def number_locale(language: str):
    """A babel Locale for formatting numbers in ``language`` (hints), whose data is the number
    formats ``conventions`` read from the cache or derived: Babel's whole locale is not loaded."""
    from babel import Locale, localedata

    loc = babel_locale(language) or babel_locale("en")
    conventions(language)
    number_data = _NUMBER_DATA.get(language)
    if number_data is None:
        return loc
    light = Locale(loc.language, territory=loc.territory, script=loc.script, variant=loc.variant)
    light._Locale__data = localedata.LocaleDataDict(number_data)  # Babel reads it through ``_data``
    return light


def derive_conventions(language: str) -> Conventions:
    """The conventions of ``language`` derived from Babel's CLDR data (no cache)."""
    loc = light_locale(babel_locale(language) or babel_locale("en"))
    systems = {loc.default_numbering_system, *dict(loc.other_numbering_systems).values(), "latn"}
    decimals, groups, percents = set(), set(), {"%", "\u066a", "\uff05"}
    for system in systems:
        try:
            symbols = loc.number_symbols[system]
        except KeyError:
            continue
        decimals.add(symbols.get("decimal", ".").strip(BIDI_MARKS))
        groups.add(symbols.get("group", ",").strip(BIDI_MARKS))
        percents.add(symbols.get("percentSign", "%").strip(BIDI_MARKS))
    decimals.discard("")
    groups.discard("")

    after: dict[str, Counter] = {}
    before: dict[str, Counter] = {}
    long_forms: dict[int, set[str]] = {}
    for length in ("long", "short"):
        for plural_forms in dict(loc.compact_decimal_formats.get(length, {})).values():
            for magnitude, pattern in dict(plural_forms).items():
                parsed = _pattern_word(pattern.pattern)
                if parsed is None:
                    continue
                position, word, zeros = parsed
                if word in _UNIT_SYMBOLS and word not in pattern.pattern:
                    continue  # Catalan "kM" (mil milions) is read case-insensitively: it would take "64 km"
                exponent = len(str(magnitude)) - 1 - (zeros - 1)
                if exponent <= 0:
                    continue
                table = after if position == "after" else before
                table.setdefault(word.rstrip("."), Counter())[exponent] += 1
                if length == "long":
                    long_forms.setdefault(exponent, set()).add(word)
    extra_scales = {**_EXTRA_SCALES.get(loc.language, {}), **_EXTRA_SCALES.get(primary_language(language), {})}
    for word, exponent in extra_scales.items():
        after.setdefault(word, Counter())[exponent] += 100
    for word, exponent in _LOANED_ENGLISH_SCALES.items():
        if word not in after:
            after[word] = Counter({exponent: 1})
    scales_after = {word: counts.most_common(1)[0][0] for word, counts in after.items()}
    scales_before = {word: counts.most_common(1)[0][0] for word, counts in before.items()}

    # a stem finds the inflections CLDR does not list (миллионах, miliardách): the common start of
    # the long forms that share their first five letters, five letters at least (Slovak mili- of
    # miliarda and miliárd is also milimetrov, Spanish mill- of millón and millones also millas);
    # a form with no kin is a stem from six letters (French mille would read milles, miles)
    stems = {}
    for exponent, words in long_forms.items():
        for word in words:
            kin = sorted(w for w in words if w[:5] == word[:5])
            stem = _common_prefix(kin) if len(kin) > 1 else word
            if len(stem) >= (5 if len(kin) > 1 else 6) and " " not in stem:
                stems[stem] = exponent
    for word, exponent in extra_scales.items():
        if len(word) >= 5 and " " not in word:
            stems.setdefault(word, exponent)
    names = {}
    for exponent, words in long_forms.items():
        names[exponent] = min(words, key=lambda w: (len(w), w))  # not set order: one hint in every run
    for word, exponent in {**scales_after, **scales_before}.items():
        names.setdefault(exponent, word)

    percent_after, percent_before = set(), set()
    for position, word in _unit_words(loc, "concentr-percent"):
        if word in percents:
            continue
        (percent_after if position == "after" else percent_before).add(word)
    percent_after.update(_EXTRA_PERCENT.get(loc.language, ()), _EXTRA_PERCENT.get(primary_language(language), ()))
    percent_before.update(_extra_percent_before(loc.language, primary_language(language)))

    units = {}
    for unit in CONVERSIONS:
        for position, word in _unit_words(loc, unit):
            if position == "after" and not word.startswith(("/", "per ")) and not word.isdigit():
                units[word.rstrip(".")] = unit
    if loc.language == "en":
        units.update({"degrees fahrenheit": "temperature-fahrenheit", "degrees": "temperature-fahrenheit",
                      "lbs": "mass-pound", "foot": "length-foot", "yard": "length-yard"})

    currency = {sym.strip(BIDI_MARKS) for sym in dict(loc.currency_symbols).values()}
    currency |= {"$", "£", "€", "¥", "₹", "₩", "₽", "US$"}

    return Conventions(
        language=language,
        decimals=frozenset(decimals),
        groups=frozenset(groups),
        percent_signs=tuple(sorted(p for p in percents if p)),
        percent_after=tuple(sorted(percent_after, key=lambda w: (-len(w), w))),
        percent_before=tuple(sorted(percent_before, key=lambda w: (-len(w), w))),
        scales_after=tuple(sorted(scales_after.items(), key=lambda kv: -len(kv[0]))),
        scales_before=tuple(sorted(scales_before.items(), key=lambda kv: -len(kv[0]))),
        scale_stems=tuple(sorted(stems.items(), key=lambda kv: (-len(kv[0]), kv[0]))),
        scale_names=tuple(sorted(names.items())),
        units=tuple(sorted(units.items(), key=lambda kv: -len(kv[0]))),
        currency_symbols=tuple(sorted((s for s in currency if s and not s.isalpha()), key=lambda s: (-len(s), s))),
        han=loc.language in ("zh", "ja", "yue", "ko") or loc.script in ("Hans", "Hant"),
        indian_grouping="#,##,##0" in loc.decimal_formats[None].pattern,
        unit_names=_unit_names(language),
        calendar_words=_calendar_words(loc) if babel_locale(language) is not None else (),  # not English's
        month_words=_month_words(loc) if babel_locale(language) is not None else (),
        unit_words=tuple(sorted({(unit, word) for unit in _WORDED_UNITS for _, word in _unit_words(loc, unit)}))
        if babel_locale(language) is not None else (),
    )


def _month_words(loc) -> tuple[str, ...]:
    """CLDR's wide and abbreviated names of the months of ``loc`` (four letters or more, lowered,
    without an abbreviation's period), longest first."""
    from babel.dates import get_month_names

    dates = light_locale(loc, DATE_PARTS)
    names = {name.lower().rstrip(".") for context in ("format", "stand-alone") for width in ("wide", "abbreviated")
             for name in get_month_names(width, context, dates).values()}
    return tuple(sorted((name for name in names if len(name) >= 4), key=lambda name: (-len(name), name)))


def _calendar_words(loc) -> tuple[str, ...]:
    """CLDR's wide names of the days and months of ``loc`` (four letters or more, lowered); a
    name of ten letters or more also by its stem, without its last two letters, which an
    inflected name keeps (Lithuanian trečiadienis, "Wednesday", is trečiadienį after a verb)."""
    from babel.dates import get_day_names, get_month_names

    dates = light_locale(loc, DATE_PARTS)
    names = {name.lower() for context in ("format", "stand-alone")
             for table in (get_day_names("wide", context, dates), get_month_names("wide", context, dates))
             for name in table.values() if len(name) >= 4}
    names |= {name[:-2] for name in names if len(name) >= 10 and name[-3:].isalpha()}
    return tuple(sorted(names, key=lambda name: (-len(name), name)))


def _unit_names(language: str) -> tuple[tuple[str, str], ...]:
    """Short CLDR names of the units conversions speak of, in ``language`` (read once, then cached
    with the conventions, so a conversion message does not load the whole Babel locale)."""
    from babel import Locale
    from babel.units import get_unit_name

    if babel_locale(language) is None:
        return ()
    try:
        loc = light_locale(Locale.parse(language.replace("-", "_")))
    except Exception:  # get_unit_name could not parse it either: no unit has a name
        return ()
    names = {}
    for unit in sorted({u for pair in CONVERSIONS.items() for u in (pair[0], pair[1][0])}):
        try:
            name = get_unit_name(unit, length="short", locale=loc)
        except Exception:  # a unit Babel cannot name in that locale
            continue
        if name:
            names[unit] = name
    return tuple(sorted(names.items()))
