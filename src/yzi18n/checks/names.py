"""Names in translations: inflection-tolerant matching, names in the source, and the names checks.

``find_form(form, text, language)`` is the one matcher every names and glossary check uses: a
form matches a word of the text whose stem is the form's and whose ending is one the language
puts on names (Finnish ``Kong Lein``, ``Kong Leille``; Russian ``Кун Лэя``), so an inflected name
is accepted while a different name (``Kong Li``, ``Кон Лей``) is not. Scripts written without
spaces (Chinese, Japanese, Thai, …) and Korean (particles attach to the name) match substrings.

``source_names(msgid)`` finds the proper names, acronyms and codes of an English source text.
"""

from __future__ import annotations

import dataclasses
import functools
import os
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass

from ..langtags import independent_language
from ..langtags import primary_language as _base
from ..model import Catalog, Entry, Finding, Severity
from ..names.romanize import comparable, mixed_script, sounds_like
from .registry import check
from .runner import CheckContext, checked_entries

# ── scripts and languages ──────────────────────────────────────────────────────────────

_SUBSTRING_LANGUAGES = frozenset({"zh", "ja", "ko", "th", "lo", "km", "my", "bo", "dz", "yue", "wuu", "lzh"})
_SCRIPT_PREFIXES = (
    ("LATIN", "Latn"), ("CYRILLIC", "Cyrl"), ("GREEK", "Grek"), ("ARABIC", "Arab"), ("HEBREW", "Hebr"),
    ("CJK", "Hani"), ("HIRAGANA", "Jpan"), ("KATAKANA", "Jpan"), ("HANGUL", "Hang"), ("THAI", "Thai"),
    ("DEVANAGARI", "Deva"), ("BENGALI", "Beng"), ("TAMIL", "Taml"), ("TELUGU", "Telu"), ("KANNADA", "Knda"),
    ("MALAYALAM", "Mlym"), ("GUJARATI", "Gujr"), ("GURMUKHI", "Guru"), ("SINHALA", "Sinh"), ("GEORGIAN", "Geor"),
    ("ARMENIAN", "Armn"), ("ETHIOPIC", "Ethi"), ("KHMER", "Khmr"), ("LAO", "Laoo"), ("MYANMAR", "Mymr"),
    ("TIBETAN", "Tibt"), ("THAANA", "Thaa"), ("MONGOLIAN", "Mong"), ("ORIYA", "Orya"),
)


@functools.lru_cache(maxsize=4096)
def char_script(char: str) -> str | None:
    """The script of one letter (``Latn``, ``Cyrl``, ``Hani``, …), None for other characters."""
    if not char.isalpha():
        return None
    name = unicodedata.name(char, "")
    for prefix, script in _SCRIPT_PREFIXES:
        if name.startswith(prefix):
            return script
    return "Zyyy"


def text_script(text: str) -> str | None:
    """The script most letters of ``text`` are written in."""
    counts = Counter(s for s in map(char_script, text) if s)
    return counts.most_common(1)[0][0] if counts else None


def is_latin(text: str) -> bool:
    letters = [s for s in map(char_script, text) if s]
    return bool(letters) and letters.count("Latn") * 2 > len(letters)


@functools.lru_cache(maxsize=512)
def language_script(language: str) -> str | None:
    """The script a language is written in: explicit subtag, else CLDR's likely subtags."""
    parts = language.replace("_", "-").split("-")
    for part in parts[1:]:
        if len(part) == 4 and part.isalpha():
            return part.title()
    from babel.core import get_global

    likely = get_global("likely_subtags")
    for key in ("_".join(parts[:2]), parts[0]):
        full = likely.get(key) or likely.get(key.lower())
        if full:
            for part in full.split("_")[1:]:
                if len(part) == 4:
                    return part
    return None


def _substring_language(language: str) -> bool:
    return _base(language) in _SUBSTRING_LANGUAGES


# ── inflection tables: endings a language puts on a name (a bounded set, not any suffix) ──

def _words(text: str) -> list[str]:
    return text.split()


_FI_CASES = _words("n a ä ta tä na nä ssa ssä sta stä lla llä lta ltä lle ksi tta ttä ine in hin "
                   "seen iin ien ihin it ja jä ia iä issa issä ista istä illa illä ilta iltä ille iksi ineen")
_FI = {c + s for c in ("", "i", "e") for s in _FI_CASES} | {f"h{v}n" for v in "aeiouyäö"} | {"t", "kin"}
_ET = set(_words("i le l lt ga s st sse ks ni na ta d t ile il ilt iga is ist isse iks ini ina ita id de te"))
_HU = set(_words("nak nek t ot et at öt val vel ban ben ba be ról ről ra re n on en ön hoz hez höz tól től "
                 "ig ért ként nál nél ból ből é ék i k ok ek ök"))
_SLAVIC_CYRL = set(_words("а я у ю ом ем ём ой ей ою ею е и ы о ов ев ам ям ами ями ах ях ым им ого его ому "
                          "ему ую юю ая яя ое ее ые ие ых их ыми ими і ї є ові еві єю ою єм ем ь й ий ий ия"))
_SLAVIC_LATN = set(_words("a e i o u y ą ę ě em om ie owi ovi ů ou ova ové ovu ovo ovog ovom ovoj ová ú ho mu m "
                          "ovej ej ech ach ami ów ego emu ym im ymi ich ima ovim ovih ovima iem ju ji jem ja "
                          # possessive adjectives made from names (Croatian Kavanaughov, Czech Fordovou)
                          "ov ovi ove ovou ovým ových ovými ovoga ovomu ovome ovem"))
_BALTIC = set(_words("as is us ys a o ui ą u e ai ams ei s š am ā ē os ų oje io iui į ių ais iem im ām ei "
                     "ui ą am ui ā ai u a"))
_TURKIC_LATN = set(_words("nin nın nun nün in ın un ün ning ga ka qa da de ta te dan den tan ten ni nı nu nü "
                          "ı i u ü ya ye a e la le yla yle dır dir lar ler ni dagi dagi "
                          # "from", the accusative after a vowel (Carolinalı, Coloradolu)
                          "lı li lu lü yı yi yu yü"))
_BASQUE = set(_words("ek en i ekin entzat ena ri k a ren rekin rentzat tik ra n ko ak ek ean"))
_ICELANDIC = set(_words("s i ar ur a um inn ins num u"))  # Olga → Olgu, Angela → Angelu
_GERMANIC = set(_words("s es"))

_LANGUAGE_SUFFIXES: dict[str, set[str]] = {
    "fi": _FI, "et": _ET, "hu": _HU, "eu": _BASQUE, "is": _ICELANDIC, "fo": _ICELANDIC,
    **{lang: _SLAVIC_CYRL for lang in ("ru", "uk", "be", "bg", "mk", "sr", "ru")},
    **{lang: _SLAVIC_LATN for lang in ("pl", "cs", "sk", "sl", "hr", "bs", "hsb", "dsb")},
    **{lang: _BALTIC for lang in ("lt", "lv")},
    **{lang: _TURKIC_LATN for lang in ("tr", "az", "uz", "tk", "crh")},
    **{lang: _GERMANIC for lang in ("en", "de", "nl", "sv", "da", "nb", "nn", "no", "lb", "af", "fy", "gsw")},
}
# final letters a stem may lose before an ending (Лэй → Лэя, Anna → Annę)
_STEM_ALTERNATING = {
    **{lang: "айяоеыиьйуюіїє" for lang in ("ru", "uk", "be", "bg", "mk", "sr")},
    **{lang: "aeiouyąęěůáéíóúý" for lang in ("pl", "cs", "sk", "sl", "hr", "bs")},
    **{lang: "aeiouąęėįųūāēīō" for lang in ("lt", "lv")},
    "is": "a", "fo": "a",
}
_ADJECTIVE_ENDINGS = {
    **{lang: ("ая", "яя", "ый", "ий", "ой", "ое", "ее", "ые", "ие") for lang in ("ru", "be", "bg", "mk", "sr")},
    "uk": ("ий", "ій", "а", "я", "е", "є", "і"),
    **{lang: ("ý", "á", "é", "í", "y", "a", "e", "i") for lang in ("cs", "sk")},
    "pl": ("ski", "ska", "skie", "ny", "na", "ne"),
}
# attached prefixes (Arabic و/ب/ال, Hebrew ה/ב/ל)
_PREFIXES = {
    "ar": ("و", "ف", "ب", "ل", "ك", "ال", "وال", "بال", "لل", "فال", "وب", "ول"),
    "he": ("ה", "ו", "ב", "ל", "מ", "ש", "כ", "וה", "שה", "מה", "וב", "ול", "ומ", "שב", "של", "לה", "בה"),
}


def _mark_class() -> str:
    """A regex character class of the combining marks of the Basic Multilingual Plane (the vowel
    signs of Devanagari, Thai, Arabic harakat, …): they belong to the word they follow."""
    ranges: list[list[int]] = []
    for code in range(0x300, 0x10000):
        if unicodedata.category(chr(code)).startswith("M"):
            if ranges and ranges[-1][1] == code - 1:
                ranges[-1][1] = code
            else:
                ranges.append([code, code])
    return "".join(f"\\u{a:04x}-\\u{b:04x}" if a != b else f"\\u{a:04x}" for a, b in ranges)


@functools.lru_cache(maxsize=1)
def _word_regex() -> re.Pattern[str]:
    """A word: letters and digits with the marks that follow them."""
    return re.compile(rf"(?:[^\W_]|[{_mark_class()}])+")


def _fold(word: str) -> str:
    return word.casefold().replace("\u0307", "")  # İstanbul folds to i̇stanbul: drop the dot


@functools.lru_cache(maxsize=8192)
def text_words(text: str) -> tuple[tuple[str, int, int], ...]:
    """The words of a text: (folded word, start, end)."""
    return tuple((_fold(m.group(0)), m.start(), m.end()) for m in _word_regex().finditer(text))


@functools.lru_cache(maxsize=8192)
def _folded_text(text: str) -> str:
    """``text`` folded as its words are (``_fold``), for a quick test before the words are matched."""
    return _fold(text)


_APOSTROPHES = "'’‘ʼ`´"


@functools.lru_cache(maxsize=8192)
def _match_words(text: str) -> tuple[tuple[str, int, int], ...]:
    """``text_words`` with an ending written after an apostrophe (``Jake'a``, ``Bruce‘o``) joined to
    its word: up to three lower-case letters, the word before it two letters or more."""
    words = text_words(text)
    out: list[tuple[str, int, int]] = []
    for word, start, end in words:
        if out and start - out[-1][2] == 1 and text[start - 1] in _APOSTROPHES and len(word) <= 3 \
                and text[start:end].islower() and out[-1][2] - out[-1][1] >= 2:
            out[-1] = (out[-1][0], out[-1][1], end)
            continue
        out.append((word, start, end))
    return tuple(out)


@dataclass(frozen=True)
class _WordRule:
    """How one word of a form may appear: its stem followed by one of the language's endings."""

    stem: str
    endings: frozenset[str]
    bare: bool  # the stem alone is a match
    free: int = 0  # any ending of up to this many letters (a name in the language's own script)

    def accepts(self, word: str) -> bool:
        if not word.startswith(self.stem):
            return False
        ending = word[len(self.stem):]
        if not ending:
            return self.bare
        if self.free:
            return len(ending) <= self.free and not any(ch.isdigit() for ch in ending)
        return ending in self.endings


@functools.lru_cache(maxsize=16384)
def _word_rule(word: str, language: str, extra: frozenset[str] = frozenset()) -> _WordRule:
    base = _base(language)
    folded = _fold(word)
    if not word.isalpha():  # codes and numbers: as written (a separated ending, VT500:n, is a word of its own)
        return _WordRule(folded, frozenset(), True)
    script = char_script(word[0])
    suffixes = _LANGUAGE_SUFFIXES.get(base)
    if suffixes is None:
        if script == "Latn":
            suffixes = _GERMANIC
        elif language_script(language) not in (None, "Latn") and script != "Latn":
            return _WordRule(folded, frozenset(), True, free=4)  # a short ending of the language's script
        else:
            suffixes = set()
    if script not in (None, "Zyyy") and suffixes and char_script(next(iter(suffixes))[0]) not in (script, None):
        suffixes = set()  # a Latin name in a Cyrillic text (or the reverse) keeps its form
    if extra and char_script(next(iter(extra))[0]) == script:
        suffixes = set(suffixes) | extra  # endings the catalog is seen to put on names
    alternating = _STEM_ALTERNATING.get(base, "")
    if len(word) >= 3 and folded[-1] in alternating:  # Лэй → Лэя, not Лэ; Bruce → Brucea, Joe → Joeu
        last = folded[-1]
        noun = _WordRule(folded[:-1], frozenset(suffixes | {last} | {last + s for s in suffixes}), False)
    else:
        noun = _WordRule(folded, frozenset(suffixes), True)
    adjective = next((e for e in _ADJECTIVE_ENDINGS.get(base, ()) if folded.endswith(e)), None)
    if adjective and len(word) >= 5:  # Пекинская → Пекинской
        # read as an adjective, and still as a noun: Polish Ariana → Arianę, Czech Drake → Drakea
        stem = folded[: -len(adjective)]
        bridge = noun.stem[len(stem):]
        endings = suffixes | {adjective} | {bridge + e for e in noun.endings} | ({bridge} if noun.bare else set())
        return _WordRule(stem, frozenset(e for e in endings if e), False)
    return noun


_GAP_SPACES = frozenset(" \t\n\r\u00a0\u202f\u2009-")


def _gap_core(gap: str) -> str:
    return "".join("'" if ch in "’‘ʼ`´" else ch for ch in gap if not ch.isspace())


def _gap_accepts(form_gap: str, text_gap: str) -> bool:
    """Kong Lei = Kong-Lei = Kong\u00a0Lei; Jean-Pierre = Jean Pierre; O'Brien = O’Brien."""
    core = _gap_core(form_gap)
    if core in ("", "-") and len(text_gap) <= 3 and all(ch in _GAP_SPACES for ch in text_gap):
        return True
    return bool(core) and _gap_core(text_gap) == core and len(text_gap) <= len(core) + 2


@dataclass(frozen=True)
class _FormMatcher:
    rules: tuple[_WordRule, ...]
    gaps: tuple[str, ...]  # between consecutive words of the form
    lead: str  # punctuation before the first word (.NET)
    trail: str  # punctuation after the last word (C++, Yahoo!)
    prefixes: tuple[str, ...]  # attached to the first word (Arabic و/ال, Hebrew ה)

    def spans(self, text: str) -> Iterator[tuple[int, int]]:
        if self.rules[0].stem not in _folded_text(text):
            return  # every match starts with the first word's stem: most texts have no such letters
        words = _match_words(text) if len(self.rules) > 1 else text_words(text)
        first, n = self.rules[0], len(self.rules)
        index = 0
        while index <= len(words) - n:
            word, start, _ = words[index]
            ok = first.accepts(word) or any(word.startswith(p) and first.accepts(word[len(p):])
                                           for p in self.prefixes)
            if ok:
                for k in range(1, n):
                    if not (_gap_accepts(self.gaps[k - 1], text[words[index + k - 1][2]:words[index + k][1]])
                            and self.rules[k].accepts(words[index + k][0])):
                        ok = False
                        break
            if ok:
                end = words[index + n - 1][2]
                if self.lead and text[max(0, start - len(self.lead)):start] != self.lead:
                    ok = False
                if self.trail:
                    if text[end:end + len(self.trail)] != self.trail:
                        ok = False
                    end += len(self.trail)
            if ok:
                yield (start - len(self.lead), end)
                index += n
            else:
                index += 1


@functools.lru_cache(maxsize=16384)
def _form_matcher(form: str, language: str, extra: frozenset[str] = frozenset(),
                  extra_prefixes: frozenset[str] = frozenset()) -> _FormMatcher | None:
    found = list(_word_regex().finditer(form))
    if not found:
        return None
    rules = tuple(_word_rule(m.group(0), language, extra) for m in found)
    gaps = tuple(form[a.end():b.start()] for a, b in zip(found, found[1:]))
    lead = form[: found[0].start()].strip()
    trail = form[found[-1].end():].strip()
    prefixes = tuple(sorted(set(_PREFIXES.get(_base(language), ())) | extra_prefixes, key=len, reverse=True))
    return _FormMatcher(rules, gaps, lead, trail, prefixes)


def find_form(form: str, text: str, language: str, endings: frozenset[str] = frozenset(),
              prefixes: frozenset[str] = frozenset()) -> tuple[int, int] | None:
    """Where ``form`` (a name or term) occurs in ``text`` written in ``language``, allowing the
    endings the language puts on names (and ``endings``, those a catalog is seen to use; see
    ``learned_affixes``) and ``prefixes``; None when it does not occur."""
    form = form.strip()
    if not form or not text:
        return None
    if _substring_language(language) or not any(ch.isspace() for ch in text.strip()) and len(text) > 12 \
            and not is_latin(text):
        position = text.casefold().find(form.casefold())
        if position >= 0:
            return position, position + len(form)
        if _substring_language(language):
            return None
    matcher = _form_matcher(form, language, endings, prefixes)
    return next(matcher.spans(text), None) if matcher else None


def find_all_forms(form: str, text: str, language: str, endings: frozenset[str] = frozenset(),
                   prefixes: frozenset[str] = frozenset()) -> list[tuple[int, int]]:
    """Every place ``form`` occurs in ``text`` (see ``find_form``), in text order."""
    form = form.strip()
    if not form or not text:
        return []
    if _substring_language(language):
        folded, key, spans, start = text.casefold(), form.casefold(), [], 0
        while (position := folded.find(key, start)) >= 0:
            spans.append((position, position + len(key)))
            start = position + len(key)
        return spans
    matcher = _form_matcher(form, language, endings, prefixes)
    return list(matcher.spans(text)) if matcher else []


def contains_form(form: str, text: str, language: str, endings: frozenset[str] = frozenset(),
                  prefixes: frozenset[str] = frozenset()) -> bool:
    return find_form(form, text, language, endings, prefixes) is not None


def fold_accents(text: str) -> str:
    """``Sané`` → ``Sane``: letters without their combining marks."""
    return "".join(ch for ch in unicodedata.normalize("NFD", text) if not unicodedata.combining(ch))


def contains_any(forms: Iterable[str], text: str, language: str, endings: frozenset[str] = frozenset(),
                 prefixes: frozenset[str] = frozenset()) -> bool:
    return any(find_form(form, text, language, endings, prefixes) for form in forms)


# ── names in an English source text ────────────────────────────────────────────────────

_INLINE_TAG = re.compile(r"</?[A-Za-z][\w.-]*_\d+\s*/?>")


def strip_inline_tags(text: str) -> str:
    return _INLINE_TAG.sub(" ", text)


def _cldr_english_names() -> frozenset[str]:
    from babel import Locale

    en = Locale("en")
    names: set[str] = set()
    for mapping in (en.languages, en.territories, en.scripts):
        names.update(value for value in mapping.values() if " " not in value)
    names.update(en.months["format"]["wide"].values())
    names.update(en.days["format"]["wide"].values())
    return frozenset(n for n in names if n[:1].isupper())


_COMMON_CAPITALIZED = frozenset(_words(
    "The A An And Or But If In On At Of For To From By With As This That These Those There Here It Its "
    "He She They We You I My Our Your His Her Their What When Where Why How Who Which While After Before "
    "Mr Mrs Ms Miss Dr Prof Sir Madam Lord Lady Dame St Saint Mount Mt President Vice Minister Prime "
    "Secretary Senator Governor Mayor King Queen Prince Princess Pope Bishop Archbishop Reverend Rev "
    "General Gen Colonel Captain Capt Lieutenant Sergeant Officer Chief Judge Justice Chairman Chair "
    "Director Deputy Speaker Member Members Party Government Parliament Assembly Council Committee "
    "Commission Ministry Department Court Congress Senate House Office Act Bill Law Police Army Navy "
    "University College School Hospital Church Street Road Avenue Square Park River Lake Island Islands "
    "City State States Republic Kingdom Union United National International Federal Royal Central "
    "North South East West Northern Southern Eastern Western Middle New Old Great Grand Upper Lower "
    "American Americans British European Europeans African Asian Chinese Russian Russians Canadian "
    "Australian Mexican Brazilian Indian Iranian Iraqi Israeli Israelis Palestinian Palestinians Syrian "
    "Saudi Egyptian Turkish Korean Japanese French German Germans Italian Spanish Scottish Irish English "
    "Welsh Dutch Swiss Swedish Norwegian Danish Polish Ukrainian Greek Nigerian Kenyan Pakistani Afghan "
    "Muslim Muslims Christian Christians Jewish Jews Catholic Catholics Protestant Islamic Democratic "
    "Republican Republicans Democrat Democrats Conservative Conservatives Labour Liberal Liberals Tory "
    "Tories Arab Arabs Latin Celsius Fahrenheit Christmas Easter God Internet Web Mother Father Day "
    "Yes No Not Now Then Today Tomorrow Yesterday Also However According Meanwhile Some Many Most All "
    "Each Every One Two Three Four Five Six Seven Eight Nine Ten First Second Third Last Next Year Years "
    "Century Week Month Morning Evening Night Inc Ltd Co Corp Group Company Zone District Province "
    "County Region Centre Center Club Fund Bank Association Organisation Organization Foundation "
    "Institute Agency Authority Service Services Council Olympic Olympics World Cup League Championship "
    "Sen Rep Gov Lt Col Sgt Cpl Maj Supt Insp Det Chancellor Rapper Singer Coach Manager Striker Defender "
    "Midfielder Goalkeeper Actor Actress Star Boss Leader Spokesman Spokeswoman Spokesperson Former Late"))

_ACRONYM_STOP = frozenset({"I", "A", "OK", "TV", "AD", "BC", "II", "III", "IV", "VI", "VII",
                           "VIII", "IX", "XI", "XII", "XX", "XXI"})
_ORDINAL_OR_UNIT = re.compile(r"^\d+(?:st|nd|rd|th|s|am|pm|km|kg|cm|mm|m|g|h|min|bn|m|k|ft|in|mph|ml|l)$", re.I)
_TOKEN = re.compile(r"[^\W_][\w'’\-]*\.?")
_SENTENCE_BREAK = re.compile(r"[.!?:;\"“”‘(\[«—–]\s*$")


@functools.lru_cache(maxsize=1)
def _cldr_multiword_names() -> frozenset[str]:
    from babel import Locale

    en = Locale("en")
    return frozenset(v for m in (en.languages, en.territories) for v in m.values() if " " in v)


@functools.lru_cache(maxsize=1)
def _cldr_multiword_pattern() -> re.Pattern[str]:
    names = {n.split(" SAR ")[0] for n in _cldr_multiword_names()}  # Hong Kong SAR China → Hong Kong
    names = sorted((n for n in names if re.fullmatch(r"[A-Z][\w'’.\- ]+", n)), key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(n) for n in names) + r")(?!\w)")


@functools.lru_cache(maxsize=1)
def _cldr_folded_names() -> frozenset[str]:
    return frozenset(n.casefold() for n in _cldr_english_names())


@functools.lru_cache(maxsize=8192)
def _cldr_derivative(word: str) -> bool:
    """``Syrians``, ``Colombian``, ``Catalans``, ``Spaniards``: a plural or demonym of a country or
    language name CLDR knows, translated like any adjective rather than kept like a name."""
    folded = word.casefold()
    known = _cldr_folded_names()
    for ending, restore in (("s", ""), ("ns", ""), ("n", ""), ("ians", "ia"), ("ian", "ia"), ("ans", "a"),
                            ("an", "a"), ("ese", ""), ("ese", "a"), ("ish", ""), ("is", ""), ("i", "")):
        if folded.endswith(ending) and len(folded) - len(ending) >= 3 and \
                folded[: len(folded) - len(ending)] + restore in known:
            return True
    stem = re.sub(r"(?:iards?|ards?|ians?|ese|ish)$", "", folded)  # Spaniard → span ~ spain
    if stem != folded and len(stem) >= 4 and any(
            name[:2] == stem[:2] and edit_distance(stem, name, 1) <= 1 for name in known):
        return True
    # Belgian → Belgium, Argentine → Argentina, Chilean → Chile, Swede → Sweden: the country's name
    # with a short ending of its own
    stem = re.sub(r"(?:ians?|eans?|ines?|es?)$", "", folded)
    return stem != folded and len(stem) >= 4 and any(
        name.startswith(stem) and 0 < len(name) - len(stem) <= 3 for name in known)


@functools.lru_cache(maxsize=256)
def exonyms(language: str) -> dict[str, tuple[str, ...]]:
    """English place names and the language's own names for them, from CLDR: countries and
    regions (``Scotland``… where CLDR has them) and the exemplar cities of time zones
    (``Moscow`` → German ``Moskau``). Empty for a language CLDR lacks."""
    from babel import Locale, UnknownLocaleError

    try:
        local = Locale.parse(language.replace("-", "_"))
    except (UnknownLocaleError, ValueError):
        return {}
    english = Locale("en")
    out: dict[str, set[str]] = defaultdict(set)
    for code, name in english.territories.items():
        own = local.territories.get(code)
        if own and own != name:
            out[name].add(own)
    for zone, data in local.time_zones.items():
        city = data.get("city") if hasattr(data, "get") else None
        if not city or "/" not in zone:
            continue
        english_city = (english.time_zones.get(zone) or {}).get("city") or zone.rsplit("/", 1)[1].replace("_", " ")
        if city != english_city:
            out[english_city].add(city)
    return {name: tuple(sorted(forms)) for name, forms in out.items()}


def _cldr_locale(language: str):
    from babel import Locale, UnknownLocaleError

    try:
        return Locale.parse(language.replace("-", "_"))
    except (UnknownLocaleError, ValueError):
        return None


@functools.lru_cache(maxsize=256)
@functools.lru_cache(maxsize=256)
def territory_forms(language: str) -> dict[str, tuple[str, ...]]:
    """Country acronyms of the source (``US``, ``UK``, ``USA``, ``EU``) and how the language may write
    them, from CLDR: its name of the country, that name's initials (Indonesian ``AS`` for Amerika
    Serikat, Dutch ``VS``) and the country's other codes (Danish ``USA`` for US)."""
    from babel import Locale
    from babel.core import get_global

    local = _cldr_locale(language)
    if local is None:
        return {}
    codes: dict[str, set[str]] = defaultdict(set)
    for alias, targets in get_global("territory_aliases").items():
        if alias.isalpha() and alias.isupper() and len(targets) == 1:
            codes[targets[0]].add(alias)
    out: dict[str, tuple[str, ...]] = {}
    for code in Locale("en").territories:
        own = local.territories.get(code)
        if not (code.isalpha() and own):
            continue
        acronyms = {code} | codes.get(code, set())
        forms = {own} | acronyms
        words = re.findall(r"[^\W\d_][\w'’‘]*", own)
        if len(words) >= 2 and all(w[:1].isupper() for w in words):
            forms.add("".join(w[0] for w in words))
        for acronym in acronyms:
            out[acronym] = tuple(sorted(forms - {acronym}))
    return out


@functools.lru_cache(maxsize=256)
def home_territories(language: str) -> frozenset[str]:
    """The codes of the country a language tag points to (``es`` → ES, ``pt-BR`` → BR, ``uz`` → UZ):
    a translator who writes it for the source's ``US`` adapted an example to the reader."""
    from babel.core import get_global

    parts = language.replace("_", "-").split("-")
    region = next((p.upper() for p in parts[1:] if len(p) == 2 and p.isalpha()), None)
    if region is None:
        likely = get_global("likely_subtags").get(parts[0].lower(), "")
        region = next((p for p in likely.split("_")[1:] if len(p) == 2 and p.isalpha()), None)
    if region is None:
        return frozenset()
    aliases = {a for a, t in get_global("territory_aliases").items() if t == [region] and a.isalpha()}
    return frozenset({region} | aliases)


@functools.lru_cache(maxsize=1)
def _currency_codes() -> frozenset[str]:
    from babel import Locale

    return frozenset(Locale("en").currencies) | {"RMB"}


@dataclass(frozen=True)
class SourceName:
    """A proper name, acronym or code found in a source text."""

    text: str
    kind: str  # "name", "acronym" or "code"
    start: int = 0


@functools.lru_cache(maxsize=1)
def _english_stop_names() -> frozenset[str]:
    return _COMMON_CAPITALIZED | _cldr_english_names()


def _clean_word(token: str) -> str:
    token = token.rstrip(".")
    for ending in ("'s", "’s", "'", "’"):
        if token.endswith(ending):
            return token[: -len(ending)]
    return token


def _is_code(word: str) -> bool:
    return (any(c.isdigit() for c in word) and any(c.isalpha() for c in word)
            and any(c.isupper() for c in word) and not _ORDINAL_OR_UNIT.match(word))


def _is_acronym(word: str) -> bool:
    core = word[:-1] if word.endswith("s") and len(word) > 2 else word
    return len(core) >= 2 and core.isalpha() and core.isupper() and core not in _ACRONYM_STOP


def _is_capitalized(word: str) -> bool:
    if re.search(r"['’](?:ve|re|ll|d|m|t)$", word):
        return False  # I've, Don't
    return word[:1].isupper() and any(c.islower() for c in word) and word.replace("-", "").replace("'", "").isalpha()


def _title_case(words: Sequence[str]) -> bool:
    long_words = [w for w in words if len(w) >= 4 and w.isalpha()]
    capital = [w for w in long_words if w[:1].isupper()]
    return len(capital) >= 3 and len(capital) * 5 >= len(long_words) * 4


_INSTITUTION_WORDS = (
    "Committee|Commission|Zone|Office|Ministry|Department|Council|Parliament|Assembly|Government|Party|"
    "University|College|School|Hospital|Bank|Company|Group|Association|Organi[sz]ation|Foundation|Institute|"
    "Agency|Authority|Service|Court|Act|Club|Chamber|Cent(?:re|er)|Park|Street|Fair|District|Province|Region|"
    "Area|Bureau|Administration|Corporation|Fund|Trust|Union|League|Federation|Society|Museum|Station|"
    "Airport|Bridge|Hall|Palace|Square|Market|Exchange|Conference|Forum|Summit|Agreement|Treaty|Festival|"
    "Prize|Award|Games|Cup|Championship|Base|Campus|Hospital|Board|Police|Force|Army|Navy|Museum|Library")
_CAP = r"[A-Z][\w'’\-]*"
# an institution's name is translated, not kept: "the Beijing Economic and Technological Development Zone"
_INSTITUTION = re.compile(
    rf"(?:{_CAP}\s+(?:(?:of|and|for|on|the|&)\s+)?){{0,8}}(?:{_INSTITUTION_WORDS})s?\b"
    rf"(?:\s+(?:of|for|on)\s+(?:the\s+)?{_CAP}(?:\s+{_CAP}){{0,4}})?")


def _quoted_title(text: str) -> bool:
    """“Ten Measures for Talents”: a quoted title is translated, its capitals are not names."""
    words = [w for w in re.findall(r"[^\W\d_]+", text) if len(w) >= 4]
    return len(words) >= 2 and all(w[:1].isupper() for w in words)


_QUOTED = re.compile(r"“[^”]{3,200}”|\"[^\"]{3,200}\"|‘[^’]{3,200}’")

_ENGLISH_ENDINGS = ("ations", "ation", "ions", "ion", "ings", "ing", "ers", "er", "ed", "es", "s")


def _english_stem(word: str) -> str:
    """A rough stem of an English word: ``connections``, ``connected`` → ``connect``."""
    word = word.casefold()
    for ending in _ENGLISH_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 4:
            return word[: -len(ending)]
    return word


@functools.lru_cache(maxsize=8)
def _lexicon_stems(common: frozenset[str]) -> frozenset[str]:
    return frozenset(_english_stem(word) for word in common if len(word) >= 4)


def _ordinary_word(word: str, common: frozenset[str]) -> bool:
    """Whether the catalog's sources use ``word`` (or a word of its stem) in lower case: in a label
    whose every word is capitalized (``Account Connections`` beside "connected"), or shouted in
    capitals (``[OPTIONS]``, ``XML NAME``), such a word is a common word, not a name."""
    folded = word.casefold()
    return bool(common) and (folded in common or _english_stem(folded) in _lexicon_stems(common))


def _label_case(tokens: Sequence[str], text: str) -> bool:
    """A user-interface label in Title Case (``Account Connections``, ``Add Email Address``): two
    words of four letters or more, every one capitalized, and no sentence's end."""
    long_words = [t for t in tokens if len(t) >= 4 and t.isalpha()]
    return len(long_words) >= 2 and all(w[:1].isupper() for w in long_words) \
        and not text.rstrip().endswith((".", "?", "!", ".\"", ".”"))


@functools.lru_cache(maxsize=16384)
def source_names(text: str, common: frozenset[str] = frozenset()) -> tuple[SourceName, ...]:
    """The proper names, acronyms and codes of an English source text, in text order.

    ``common`` holds words seen in lower case elsewhere in the catalog's sources (``assembly``):
    a capitalized common word ("the Assembly") is not taken for a name. Sentence-initial single
    words and title-case headlines yield only acronyms and codes.
    """
    plain = strip_inline_tags(text)
    plain = _INSTITUTION.sub(lambda m: " " * len(m.group(0)), plain)
    plain = _cldr_multiword_pattern().sub(lambda m: " " * len(m.group(0)), plain)  # North Korea, Hong Kong
    plain = _QUOTED.sub(lambda m: " " * len(m.group(0)) if _quoted_title(m.group(0)) else m.group(0), plain)
    found: list[SourceName] = []
    tokens = [(m.group(0), m.start()) for m in _TOKEN.finditer(plain)]
    headline = _title_case([t for t, _ in tokens]) and not plain.rstrip().endswith((".", "?", "!", ".\"", ".”"))
    label = bool(common) and _label_case([t for t, _ in tokens], plain)
    stop = _english_stop_names()
    run: list[tuple[str, int, bool]] = []  # (word, start, sentence-initial)

    def flush() -> None:
        # split the run at common words; keep pieces that are not all stop words
        piece: list[tuple[str, int, bool]] = []
        for item in run + [("", -1, False)]:
            word = item[0]
            if item[2] and not piece and re.search(r"(?:ed|ing|ly)$", word):
                word = ""  # "Promoted Livingston": a capitalized verb or adverb opening the sentence
            if word and word not in stop and word.lower() not in common and not (
                    "-" in word and all(part in stop for part in word.split("-"))) and not _cldr_derivative(word) \
                    and not (label and _ordinary_word(word, common)):
                piece.append(item)
                continue
            if piece and not headline:
                phrase = " ".join(w for w, _, _ in piece)
                if phrase in _cldr_multiword_names():
                    pass  # United Kingdom, Hong Kong: a place translators translate
                elif len(piece) >= 2 or not piece[0][2]:
                    start = piece[0][1]
                    end = piece[-1][1] + len(piece[-1][0])
                    found.append(SourceName(plain[start:end], "name", start))
            piece = []
        run.clear()

    previous_end = 0
    for token, start in tokens:
        word = _clean_word(token)
        gap = plain[previous_end:start]
        initial = previous_end == 0 and not plain[:start].strip() or bool(_SENTENCE_BREAK.search(plain[:start]))
        joined = bool(run) and gap in (" ", "-") and not run[-1][0].endswith(".") or (
            bool(run) and gap == " " and len(run[-1][0]) <= 3 and run[-1][0] == token.rstrip("."))
        if _is_code(word):
            flush()
            found.append(SourceName(word, "code", start))
        elif _is_acronym(word) and (plain[start + len(token): start + len(token) + 1] == "$"
                                    or word in _currency_codes()
                                    or re.match(r"\s\d", plain[start + len(token): start + len(token) + 2])):
            flush()  # US$, RMB 88.52, EUR: a currency, the numbers checks' business
        elif _is_acronym(word) and len(word) >= 4 and _ordinary_word(word, common):
            flush()  # OPTIONS, NAME: a common word of the catalog's sources in capitals, not an acronym
        elif _is_acronym(word):
            flush()
            core = word[:-1] if word.endswith("s") and not word[:-1].endswith("S") and len(word) > 2 else word
            found.append(SourceName(core, "acronym", start))
        elif _is_capitalized(word) and (word[:2].isupper() and len(word) > 2 or True):
            if run and not joined:
                flush()
            run.append((word, start, initial and not run))
        else:
            flush()
        previous_end = start + len(token)
        if token != word and not token.endswith("."):
            flush()  # a possessive ends the name
        elif token.endswith(".") and len(word) > 2 and word not in ("Mr", "Mrs", "Dr", "St", "Mt", "Jr", "Sr"):
            flush()  # a full stop ends the sentence and the name
    flush()
    seen: set[tuple[str, str]] = set()
    unique = []
    for name in sorted(found, key=lambda n: n.start):
        if (name.text, name.kind) not in seen:
            seen.add((name.text, name.kind))
            unique.append(name)
    return tuple(unique)


_LOWER_WORD = re.compile(r"(?<![\w'’])[a-z][a-z'’\-]*")


def catalog_lexicon(msgids: Iterable[str]) -> frozenset[str]:
    """Words that occur in lower case in the catalog's sources (so are not names)."""
    words: set[str] = set()
    for msgid in msgids:
        words.update(_LOWER_WORD.findall(strip_inline_tags(msgid)))
    return frozenset(words)


# ── per-catalog memo (the checks see one catalog many times) ───────────────────────────

_MEMO: dict[tuple[str, int], object] = {}


def _memo(kind: str, catalog: Catalog, build):
    key = (kind, id(catalog))
    hit = _MEMO.get(key)
    if hit is not None and hit[0] is catalog:
        return hit[1]
    if len(_MEMO) > 4096:  # a few kinds for every catalog of a large project
        _MEMO.clear()
    value = build()
    _MEMO[key] = (catalog, value)
    return value


def its_terms(entry: Entry) -> tuple[str, ...]:
    """Terms marked with ITS Terminology in the source, recorded by extract as ``#. its: term=…``
    (several separated by ``|``; the bare values ``yes``/``no`` name no term)."""
    terms: list[str] = []
    for comment in entry.extracted_comments:
        if comment.startswith("its: term="):
            for value in comment[len("its: term="):].split("|"):
                value = value.strip()
                if value and value.lower() not in ("yes", "no") and value not in terms:
                    terms.append(value)
    return tuple(terms)


def catalog_source_names(catalog: Catalog) -> dict[str, tuple[SourceName, ...]]:
    """Every entry's source names, keyed by msgid, with the catalog's lexicon applied."""
    def build():
        entries = [e for e in catalog.entries if e.msgid and not e.obsolete]
        lexicon = catalog_lexicon(e.msgid for e in entries)
        out: dict[str, tuple[SourceName, ...]] = {}
        for entry in entries:
            names = source_names(entry.msgid, lexicon)
            known = {n.text for n in names}
            terms = tuple(SourceName(t, "term") for t in its_terms(entry) if t not in known)
            out[entry.msgid] = out.get(entry.msgid, ()) + names + terms
        return out

    return _memo("names", catalog, build)


def entry_names(entry: Entry, ctx: CheckContext) -> tuple[SourceName, ...]:
    if ctx.catalog is not None:
        names = catalog_source_names(ctx.catalog).get(entry.msgid)
        if names is not None:
            return names
    return source_names(entry.msgid)


# ── near misses: a misspelt name ───────────────────────────────────────────────────────

def edit_distance(a: str, b: str, limit: int = 3) -> int:
    """Levenshtein distance (with transpositions), capped at ``limit`` + 1."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous2: list[int] | None = None
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb))
            if previous2 is not None and i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                current[j] = min(current[j], previous2[j - 2] + 1)
        if min(current) > limit:
            return limit + 1
        previous2, previous = previous, current
    return previous[-1]


def is_mangled(chunk: str) -> bool:
    """A word that starts in lower case with a capital inside (``rTmp``, ``aKvanaugh``): the
    letters of a name shuffled, not a word of the language."""
    return any(word[:1].islower() and any(ch.isupper() for ch in word[1:]) for word in chunk.split())


def edit_budget(form: str, long_word: int = 8) -> int:
    """Edits a misspelling of ``form`` may have: two in a name of several words (five letters or
    more) or in a single word of ``long_word`` letters or more, else one (``Bible``/``Bibel``,
    ``Naples``/``Napels`` are the language's spellings, not slips)."""
    letters = sum(ch.isalnum() for ch in form)
    return 2 if letters >= long_word or (letters >= 5 and len(form.split()) > 1) else 1


def near_miss(form: str, text: str, language: str, budget: int | None = None,
              unseen: Callable[[str], bool] | None = None) -> str | None:
    """A sequence of words in ``text`` one or two edits from ``form`` (a misspelt name), or None.

    Words are split at hyphens (``Noord-Koorea``). Inflected forms are not near misses; the
    edit budget is ``budget`` or ``edit_budget(form)``. A candidate must start with a capital
    when the form does, unless its letters are visibly shuffled (a capital inside, ``rTmp``) or
    ``unseen(chunk)`` says the words occur nowhere else (``yongynng`` for Pyongyang).
    """
    found = near_misses(form, text, language, budget, unseen)
    return found[0] if found else None


def near_misses(form: str, text: str, language: str, budget: int | None = None,
                unseen: Callable[[str], bool] | None = None, endings: Iterable[str] = ()) -> list[str]:
    """Every near miss of ``form`` in ``text`` (see ``near_miss``), the closest first. With
    ``endings`` (those the language or the catalog puts on names), a word is also measured without
    its ending: ``Trumipa`` is one edit from Trump once Finnish ``-a`` is off; a word that is the
    name itself once an ending is off (``Hoffenheimini``) is left to the inflection rules."""
    words = text_words(text)
    n = len(form.split())
    budget = budget or edit_budget(form)
    folded = form.casefold()
    found: list[tuple[int, int, str]] = []
    endings = sorted({e for e in endings if e}, key=len, reverse=True)
    longest = len(endings[0]) if endings else 0
    for size in {n, n + 1, max(1, n - 1)}:
        for index in range(0, len(words) - size + 1):
            start, end = words[index][1], words[index + size - 1][2]
            if not 0 <= end - start - len(folded) + budget <= 2 * budget + longest:
                continue
            chunk = text[start:end]
            if char_script(chunk[0]) != char_script(form[0]):
                continue
            if not chunk[:1].isupper() and form[:1].isupper() and not is_mangled(chunk) and not (
                    unseen is not None and len(folded) >= 5 and chunk[:1].isalpha() and chunk[:1] != folded[:1]
                    and unseen(chunk.split()[0])):
                continue  # a lower-case word is the language's (metodista) unless its first letter fell out
            lowered = chunk.casefold()
            distance = edit_distance(lowered, folded, budget) if abs(len(chunk) - len(folded)) <= budget \
                else budget + 1
            if distance > 1 and endings and (lowered[:1] == folded[:1] or lowered[1:3] == folded[1:3]):
                last = len(lowered.split()[-1])
                for ending in endings:
                    if lowered.endswith(ending) and last - len(ending) >= 3:
                        distance = min(distance, edit_distance(lowered[: -len(ending)], folded, budget))
                        if distance == 0:
                            break
            if distance == 0 or distance > budget:
                continue
            if contains_form(form, chunk, language):
                continue
            found.append((distance, len(found), chunk))
    out: list[str] = []
    for _, _, chunk in sorted(found):
        if chunk not in out:
            out.append(chunk)
    return out


# ── the glossary's say (names.missing is silenced by an approved form) ─────────────────

def glossary_rule(ctx: CheckContext, name: str):
    glossary = ctx.options.get("glossary")
    if glossary is None or not ctx.language:
        return None
    return glossary.rule(name, ctx.language)


# ── what a catalog does with names (learned from its own translations) ────────────────

def _ending_keys(form: str, matched: str) -> list[tuple[int, str]]:
    """How each word of ``matched`` ends differently from the word of ``form`` it renders: (letters
    of the form's word dropped, letters added) — ``Ryan``/``Ryana`` → (0, "a"), ``Лэй``/``Лэя`` → (1, "я")."""
    keys = []
    for (a, _, _), (b, _, _) in zip(text_words(form), _match_words(matched)):
        at = b.find(a[:2], 0, 6)
        b = b[at:] if at > 0 else b  # an attached prefix (uJon, iLivingston) is no ending
        common = len(os.path.commonprefix([a, b]))
        keys.append((len(a) - common, b[common:]))
    return keys


def name_endings(catalog: Catalog, language: str) -> dict[tuple[int, str], frozenset[str]]:
    """Per ending (see ``_ending_keys``), the source names the catalog's translations put it on."""
    def build():
        names_of = catalog_source_names(catalog)
        affixes = learned_affixes(catalog, language)
        out: dict[tuple[int, str], set[str]] = defaultdict(set)
        for entry in checked_entries(catalog):
            plain = strip_inline_tags(entry.translations[0])
            for name in names_of.get(entry.msgid, ()):
                if name.kind not in ("name", "term"):
                    continue
                for start, end in find_all_forms(name.text, plain, language, affixes.endings, affixes.prefixes):
                    for key in _ending_keys(name.text, plain[start:end]):
                        if key != (0, ""):
                            out[key].add(name.text)
        return {key: frozenset(names) for key, names in out.items()}

    return _memo("endings", catalog, build)


def _unheard_ending(name: str, text: str, language: str, catalog: Catalog, affixes: Affixes,
                    entry: Entry) -> str | None:
    """The word where ``text`` puts an ending on ``name`` that the catalog puts on no other name and
    uses nowhere else (``Ryana`` for Ryan): a slip read as an inflection. None when some place
    writes the name bare or with an ending the catalog uses on other names too, and when the
    catalog inflects fewer than ten names (too little to know its endings)."""
    used = name_endings(catalog, language)
    if len(frozenset().union(*used.values())) < 10:
        return None  # too few inflected names to know the language's endings
    table = _LANGUAGE_SUFFIXES.get(_base(language), ())
    alternating = _STEM_ALTERNATING.get(_base(language), "")  # the vowels find_form reads as endings
    name_words = [word for word, _, _ in text_words(name)]
    odd = None
    for start, end in find_all_forms(name, text, language, affixes.endings, affixes.prefixes):
        keys = [(k, w) for k, w in zip(_ending_keys(name, text[start:end]), name_words) if k[1]]
        # the name's last vowel and the letters added may make a table ending, as find_form reads it:
        # Slovenian Valentinov is Valentin-ov, Bosnian Climom Clim-om, not Valentino with a slipped v
        strange = [k for k, word in keys if _slip_sized(k[1], language)
                   and not (k[0] == 0 and len(word) >= 4 and word[-1] in alternating and word[-1] + k[1] in table)
                   and not any(len(used.get((drop, k[1]), frozenset()) - {name}) for drop in (0, 1, 2))]
        if not strange:
            return None
        odd = odd or text[start:end]
    if odd is None or _recurring_word(catalog, odd, entry):
        return None
    return odd


def _strippable_endings(catalog: Catalog, language: str) -> frozenset[str]:
    """Endings a misspelt name may carry in this catalog: the language's table, the endings learned
    from the catalog (``learned_affixes``) and those it puts on two names or more."""
    def build():
        table = _LANGUAGE_SUFFIXES.get(_base(language), ())
        return frozenset(table) | learned_affixes(catalog, language).endings | _heard_endings(catalog, language)

    return _memo("strippable", catalog, build)


def _slip_sized(ending: str, language: str) -> bool:
    """Whether an ending is what a slip adds: one letter, or two that the language's table does not
    list. A longer ending (Croatian ``-ovoj``, Hungarian ``-nál``, Finnish ``-illä``) is the
    language's, however rarely the catalog puts it on names (an injected slip adds one letter in
    52 of 53 cases on NTREX)."""
    if len(ending) == 1:
        return True
    return len(ending) == 2 and ending not in _LANGUAGE_SUFFIXES.get(_base(language), ())


def name_stems(catalog: Catalog, language: str) -> dict[str, frozenset[int]]:
    """The catalog's words under their stems: each word of five letters or more, bare and without
    each ending the catalog puts on at least two names (``name_endings``), mapped to the units
    (their positions) that write it — Latvian ``Padingtona`` and ``Padingtonu`` meet under
    ``padington``."""
    def build():
        heard = _heard_endings(catalog, language)
        out: dict[str, set[int]] = defaultdict(set)
        for index, entry in enumerate(checked_entries(catalog)):
            for word, _, _ in text_words(strip_inline_tags(entry.translations[0])):
                if len(word) < 5 or not word.isalpha():
                    continue
                for size in range(4):
                    stem = word[: len(word) - size]
                    if len(stem) >= 4 and (size == 0 or word[len(word) - size:] in heard):
                        out[stem].add(index)
        return {stem: frozenset(units) for stem, units in out.items()}

    return _memo("stems", catalog, build)


def _heard_endings(catalog: Catalog, language: str) -> frozenset[str]:
    """Endings (the letters added) the catalog puts on at least two different source names."""
    def build():
        names: dict[str, set[str]] = defaultdict(set)
        for (_, added), put_on in name_endings(catalog, language).items():
            if added:
                names[added] |= put_on
        return frozenset(added for added, put_on in names.items() if len(put_on) >= 2)

    return _memo("heard", catalog, build)


def _paradigm_recurs(catalog: Catalog, language: str, variant: str, forms: Sequence[str], entry: Entry) -> bool:
    """Every word of ``variant`` that is not the name's own is, but for an ending the catalog puts
    on names, the stem of a word another unit writes with such an ending (Latvian ``Padingtonu``
    here, ``Padingtona`` there; Bosnian ``Aljaska``/``Aljaske``): the translator's rendering,
    inflected, not a slip. A slip rarely leaves a stem that recurs with another ending."""
    heard = _heard_endings(catalog, language) | {""}
    stems = name_stems(catalog, language)
    index = _entry_index(catalog).get(id(entry))
    form_words = {word for form in forms for word, _, _ in text_words(form)}
    checked = False
    for word, _, _ in text_words(variant):
        if word in form_words:
            continue
        ok = False
        for size in range(4):
            stem, ending = word[: len(word) - size], word[len(word) - size:]
            if len(stem) < max(4, len(word) - 3) or ending not in heard:
                continue
            units = stems.get(stem, frozenset())
            if len(units - {index}) >= 1:
                ok = True
                break
        if not ok:
            return False
        checked = True
    return checked


def _entry_index(catalog: Catalog) -> dict[int, int]:
    return _memo("entry-index", catalog, lambda: {id(e): i for i, e in enumerate(checked_entries(catalog))})


def _spells_out(acronym: str, other: str, text: str, language: str) -> bool:
    """Whether ``other`` as written in ``text`` spells ``acronym`` out: ``New York`` for NYC (the
    catalog's name may be ``York`` alone, with ``New`` before it in the text), a one-word name that
    starts it (``Arizona`` for AZ); not ``Merseyside`` for DM."""
    initials = _initials(other)
    if len(initials) < 2 and acronym.startswith(initials):
        return True  # Arizona for AZ, Johnny (English) for JE
    if len(initials) < 2:
        span = find_form(other, text, language)
        before = re.search(r"([^\W\d_])[\w'’\-]*[\s\u00a0]+$", text[: span[0]]) if span else None
        if before is None or not before.group(1).isupper():
            return False
        initials = before.group(1) + initials
    return initials in acronym


def _initials(name: str) -> str:
    """``New York`` → ``NY``, ``York`` → ``Y``."""
    return "".join(word[:1].upper() for word in name.split())


def _added_elsewhere(catalog: Catalog, name: str, language: str, entry: Entry) -> bool:
    """Whether other units' translations write ``name`` though their sources do not — one for an
    acronym or code (``USA`` for "US" or "America"), two for a name (``Trump`` for "the
    president"): then it is no sign of a replaced name."""
    def build():
        names_of = catalog_source_names(catalog)
        out = []
        for e in checked_entries(catalog):
            text = strip_inline_tags(e.translations[0])
            out.append((e, text, text.casefold(), {n.text for n in names_of.get(e.msgid, ())}))
        return out

    upper = name.isupper() or not name.isalpha()
    head = _fold(name)[:3]
    needed = 1 if upper else 2
    for other, text, folded, own in _memo("named-units", catalog, build):
        if other is entry or name in own or head not in folded or name not in text and upper:
            continue
        span = find_form(name, text, language)
        if span and (not upper or name in text[span[0]:span[1]]) and text[span[0]].isupper() \
                and name.casefold() not in other.msgid.casefold():
            needed -= 1
            if not needed:
                return True
    return False


def _common_words(catalog: Catalog) -> frozenset[str]:
    """Folded words of the catalog's translations that occur in two units or more."""
    def build():
        counts: Counter[str] = Counter()
        for entry in checked_entries(catalog):
            counts.update({word for word, _, _ in text_words(strip_inline_tags(entry.translations[0]))})
        return frozenset(word for word, count in counts.items() if count >= 2)

    return _memo("common-words", catalog, build)


_PHONETIC = (("sch", "s"), ("ph", "f"), ("th", "t"), ("ck", "k"), ("sh", "s"), ("ch", "k"), ("dž", "j"),
             ("dz", "j"), ("gh", "g"), ("kh", "k"), ("c", "k"), ("q", "k"), ("w", "v"), ("y", "i"), ("j", "i"),
             ("z", "s"), ("x", "ks"), ("š", "s"), ("ž", "s"), ("č", "k"), ("ć", "k"), ("h", ""))


@functools.lru_cache(maxsize=16384)
def phonetic_key(text: str) -> str:
    """A spelling-blind key of a Latin-script name: ``Colorado``/``Kolorado``, ``Pasco``/``Pasko``,
    ``Worrall``/``Worall``, ``Yunnan``/``Junnan`` meet; ``Trump``/``Trupm`` do not."""
    key = fold_accents(text.casefold())
    key = "".join(ch for ch in key if ch.isalnum())
    for a, b in _PHONETIC:
        key = key.replace(a, b)
    return re.sub(r"(.)\1+", r"\1", key)


def respelling_ops(name: str, variant: str) -> tuple[str, ...]:
    """The spelling changes that turn ``name`` into ``variant``: ``c>k`` (Kolorado), ``-double``
    (Worall), ``+double``, ``h>`` … in text order."""
    import difflib

    a, b = fold_accents(name).casefold(), fold_accents(variant).casefold()
    ops = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if tag == "equal":
            continue
        removed, added = a[i1:i2], b[j1:j2]
        if not added and len(set(removed)) == 1 and (a[i1 - 1:i1] == removed[0] or a[i2:i2 + 1] == removed[0]):
            ops.append("-double")
        elif not removed and len(set(added)) == 1 and (b[j1 - 1:j1] == added[0] or b[j2:j2 + 1] == added[0]):
            ops.append("+double")
        else:
            ops.append(f"{removed}>{added}")
    return tuple(ops)


def learned_respellings(catalog: Catalog, language: str) -> dict[str, frozenset[str]]:
    """Per spelling change (``respelling_ops``), the source names the catalog's translations respell
    that way while keeping their sound (``phonetic_key``): Polish ``Kolorado``, ``Kapitol`` → ``c>k``."""
    def build():
        names_of = catalog_source_names(catalog)
        affixes = learned_affixes(catalog, language)
        out: dict[str, set[str]] = defaultdict(set)
        for entry in checked_entries(catalog):
            plain = strip_inline_tags(entry.translations[0])
            for name in names_of.get(entry.msgid, ()):
                if name.kind != "name" or contains_form(name.text, plain, language, affixes.endings, affixes.prefixes):
                    continue
                variant = near_miss(name.text, plain, language, 2)
                if variant and phonetic_key(variant) == phonetic_key(name.text):
                    for op in respelling_ops(name.text, variant):
                        out[op].add(name.text)
        return {op: frozenset(names) for op, names in out.items()}

    return _memo("respellings", catalog, build)


def _learned_respelling(name: str, variant: str, catalog: Catalog | None, language: str) -> bool:
    """``variant`` sounds like ``name`` and every change in it is one the catalog makes on two other names.
    A letter doubled that the name has single (``+double``: ``Ranngers``, ``Oscaar``) is never
    learned: it is how a key bounces far more often than how a language respells (languages drop
    doubles, ``Worall``). On NTREX, learning doubled vowels too excused 21 injected slips in 14
    languages for 4 conventions (Afrikaans and Wolof ``Kanaal``)."""
    if catalog is None:
        return False
    learned = learned_respellings(catalog, language)
    for stem, respelt in _stem_pairs(name, variant, catalog, language):
        ops = respelling_ops(stem, respelt)
        if phonetic_key(respelt) == phonetic_key(stem) and "+double" not in ops and all(
                len(learned.get(op, frozenset()) - {name}) >= 2 for op in ops):
            return True
    return False


def _stem_pairs(name: str, variant: str, catalog: Catalog, language: str) -> Iterator[tuple[str, str]]:
    """``(name, variant)`` as written, then each with its ending off: the variant without an ending
    the catalog can put on names, the name without its last vowel (Czech ``Kalifornii`` →
    ``Kaliforni`` beside ``Californi``), so that a respelling is judged on the stems."""
    yield name, variant
    if " " in name or " " in variant:
        return
    folded_name, folded = name.casefold(), variant.casefold()
    name_stems = [folded_name] + ([folded_name[:-1]] if folded_name[-1:] in "aeiouy" else [])
    for ending in _strippable_endings(catalog, language):
        if ending and folded.endswith(ending) and len(folded) - len(ending) >= 4:
            for stem in name_stems:
                if len(stem) >= 4:
                    yield stem, folded[: -len(ending)]


_DERIVATIONS = frozenset(_words("er ern ers erin erinnen ische ischen ischer isches isch isk iska iske ese ian ians "
                                "ien ienne iens ois oise ais aise ano ana anos anas ense ensi ês esa eño eña"))


def _derived_word(variant: str, forms: Sequence[str], endings: dict[tuple[int, str], frozenset[str]]) -> bool:
    """``Belfaster`` for Belfast, ``Habitat`` for Habitats: a derived word or an inflection the catalog
    uses, not a misspelling; ``Kavanaug`` (a letter dropped) and ``Robinsoson`` are not derived."""
    v = variant.casefold()
    for form in forms:
        f = form.casefold()
        if not f or char_script(f[0]) in ("Hani", "Jpan", "Hang", "Thai"):
            continue
        if v.startswith(f) and (v[len(f):] in _DERIVATIONS or len(endings.get((0, v[len(f):]), ())) >= 2):
            return True
        if f.startswith(v) and f[len(v):] in ("s", "es"):
            return True  # an English plural made singular
        common = len(os.path.commonprefix([v, f]))
        if common >= len(f) - 1 and common < len(f) and len(endings.get((len(f) - common, v[common:]), ())) >= 2:
            return True
    return False


def anchored_near_miss(form: str, text: str, language: str, endings: frozenset[str] = frozenset(),
                       prefixes: frozenset[str] = frozenset()) -> str | None:
    """A several-word name with one word found (inflected or not) and its neighbours one or two edits
    from the name's other words, each perhaps inflected (Czech ``Nel Scovellová`` for Nell Scovell):
    the words of ``text`` that render the name with a slip, or None."""
    parts = [word for word, _, _ in text_words(form)]
    if len(parts) < 2:
        return None
    words = text_words(text)
    surface = [w for w in _word_regex().findall(form)]
    for i, part in enumerate(surface):
        if len(part) < 3:
            continue
        for start, _ in find_all_forms(part, text, language, endings, prefixes):
            index = next((k for k, (_, s, e) in enumerate(words) if s <= start < e), None)
            if index is None or index - i < 0 or index - i + len(parts) > len(words):
                continue
            first, slips = index - i, 0
            for j, other in enumerate(parts):
                word, s, e = words[first + j]
                if j == i or contains_form(surface[j], text[s:e], language, endings, prefixes):
                    continue
                if fold_accents(word).startswith(fold_accents(other)) or len(word) > len(other) + 1 \
                        or surface[j][:1].isupper() and not text[s].isupper():
                    slips = -1  # an ending the tables lack (Johna, Kennedyho): not a slip
                    break
                budget = 2 if len(other) >= 5 else 1
                distance = min(edit_distance(word, other, budget),
                               edit_distance(stem_word(word, language), other, budget))
                if distance == 0 or distance > budget or char_script(text[s]) != char_script(surface[j][0]):
                    slips = -1
                    break
                slips += 1
            if slips > 0:
                return text[words[first][1]:words[first + len(parts) - 1][2]]
    return None


def _end_change(variant: str, form: str) -> bool:
    """A one-word name under eight letters changed only at its end by two edits (``Kreml`` for
    Kremlin, ``Oskara``, ``Nevadën``): an ending or a shortening, not a slip."""
    v, f = fold_accents(variant).casefold(), fold_accents(form).casefold()
    if " " in f or sum(ch.isalnum() for ch in f) >= 8 or edit_distance(v, f, 2) < 2:
        return False
    return len(os.path.commonprefix([v, f])) >= min(len(v), len(f)) - 1


# letters languages write for one another when they spell a foreign name their own way (Kolorado,
# Kapitol, Jemen, Arisona, Wladimir): not keys a finger slips to
_SOUND_ALIKE = frozenset({"c>k", "k>c", "q>k", "z>s", "s>z", "v>w", "w>v", "y>j", "j>y", "i>y"})


def _sound_alike(variant: str, form: str) -> bool:
    """``variant`` is ``form`` with only sound-alike letters exchanged (``_SOUND_ALIKE``: Polish
    ``Kolorado``, Tswana ``Arisona``): a respelling, however few names the catalog respells so. On
    NTREX it excused 37 flags of the clean references for one injected slip (``y>i``, left out)."""
    ops = respelling_ops(form, variant)
    return bool(ops) and all(op in _SOUND_ALIKE for op in ops) and phonetic_key(variant) == phonetic_key(form)


def _silent_e(variant: str, form: str) -> bool:
    """A final ``e`` (``ë``) put on a name that ends in a consonant, its last word five letters or more
    (``Amazone``, ``Capitole``, ``Livingstone``, Albanian ``Amazonë``): the language's spelling or
    the name's other spelling. On NTREX: 18 flags of the clean references, one injected slip."""
    last = form.split()[-1] if form.split() else ""
    return len(last) >= 5 and last.isalpha() and not last.isupper() and last[-1].lower() not in "aeiouy" \
        and variant[:-1] == form and variant[-1:] in ("e", "ë")


def _prefixed(variant: str, form: str) -> bool:
    """``tePinellas``, ``koKepa Arrizabalaga``: the name as written behind an attached prefix."""
    size = len(variant) - len(variant.lstrip("abcdefghijklmnopqrstuvwxyzàáâãäåæçèéêëìíîïðñòóôõöøùúûüýþÿ"))
    return 1 <= size <= 3 and variant[size:size + 1].isupper() and variant[size:].casefold().startswith(
        form.casefold())


def _spaced_alike(variant: str, form: str) -> bool:
    """The name as written but for its spacing: ``SinovationVentures``, ``Mc Faull`` (words run
    together or split),
    ``Baja e California``, ``Calum m Spence`` (a word of one or two letters put between its words)
    — a layout matter, not a misspelt name. A space moved into the name (``Fragranc eShop``) is a
    typo."""
    squeeze = lambda text: re.sub(r"[\s\-\u00a0]+", "", text).casefold()  # noqa: E731
    words, wanted = variant.split(), form.split()
    if squeeze(variant) == squeeze(form) and len(words) != len(wanted):
        return True  # words run together or split (Super drug); a space moved (Fragranc eShop) is a typo
    if len(words) != len(wanted) + 1:
        return False
    return any(len(words[i]) <= 2 and words[i].islower() and words[:i] + words[i + 1:] == wanted
               for i in range(1, len(words) - 1))


def _prefixed_words(variant: str, form: str) -> bool:
    """Each word of ``variant`` is the form's word as written, perhaps behind an attached prefix
    (``Baja ueCalifornia``, ``tePinellas``); at least one has the prefix."""
    words, wanted = variant.split(), form.split()
    if len(words) != len(wanted):
        return False
    prefixed = [_prefixed(word, want) for word, want in zip(words, wanted)]
    return any(prefixed) and all(p or word == want for p, word, want in zip(prefixed, words, wanted))


def _slip(name: SourceName, variant: str, forms: Sequence[str], catalog: Catalog | None, entry: Entry,
          language: str) -> bool:
    """Whether a near miss of a source name is a slip rather than the language's way with it (the
    rules of ``names.missing``; ``is_misspelling`` is the older, more lenient verdict).

    An acronym written with lower-case letters mixed in (``UKk``) or in other capitals (``UAS``)
    is a slip, unless the other capitals recur in the catalog or reverse a two-letter acronym
    (``UE``, ``IA``: localized). A word with a capital inside (``rTmp``) is a slip. Not slips: a
    respelling that sounds the same and that the catalog makes on other names too (Polish
    ``Kolorado``: see ``learned_respellings``), a derived
    or inflected word the catalog uses, the same variant elsewhere in the catalog, and in a
    language that respells foreign names (``respells_names``) any variant not visibly shuffled.
    """
    if any(_spaced_alike(variant, form) for form in forms):
        return False
    if name.kind == "acronym" or (name.text.isupper() and len(name.text) <= 5):
        if variant.casefold() == name.text.casefold():
            return False
        if not variant.isupper():
            if _prefixed(variant, name.text):
                return False  # beNHS, zeFBI: a prefix the language attaches
            head = re.match(r"[A-Z]+", variant)
            if head and head.group(0) != name.text and variant[head.end():].islower() \
                    and _recurring_word(catalog, head.group(0), entry):
                return False  # EUs: another acronym of the catalog with an ending
            tail = variant[len(name.text):]
            if catalog is not None and variant.startswith(name.text) and tail.islower() \
                    and tail in _strippable_endings(catalog, language):
                return False  # Kurdish DNAya, Ewe MWPwo: an ending the catalog puts on names
            return sum(ch.isupper() for ch in variant) >= 2
        if len(name.text) == 2 and variant == name.text[::-1]:
            # UE, IA: localized, unless the catalog writes the acronym as the source does elsewhere
            # and this reversal nowhere else (KU for UK)
            kept = _kept(catalog, language).get(name.text, (0, 0))[1] if catalog is not None else 0
            return kept >= 1 and not _recurring_word(catalog, variant, entry)
        if len(name.text) >= 3 and variant.startswith(name.text):
            return False  # LGBTI, LGBTQ: the acronym extended
        return not _recurring_word(catalog, variant, entry)
    if is_mangled(variant):
        return not any(_prefixed_words(variant, form) for form in forms)
    source_words = {word for word, _, _ in text_words(entry.msgid)}
    if all(word in source_words for word, _, _ in text_words(variant)):
        return False  # words of the source itself (Daddy beside Diddy, Miller for the source's Miler)
    if any(_sound_alike(variant, form) or _silent_e(variant, form) for form in forms):
        return False
    if catalog is not None and any(_sound_alike(respelt, stem) for form in forms
                                   for stem, respelt in _stem_pairs(form, variant, catalog, language)):
        return False  # Oskara, Kolorada: sound-alike letters and an ending the catalog puts on names
    if any(_learned_respelling(form, variant, catalog, language) for form in forms):
        return False
    endings = name_endings(catalog, language) if catalog is not None else {}
    if _derived_word(variant, forms, endings) or any(_end_change(variant, form) for form in forms):
        return False
    if catalog is not None and respells_names(catalog, language):
        return False
    if catalog is not None and _paradigm_recurs(catalog, language, variant, forms, entry):
        return False
    return not _recurring_word(catalog, variant, entry)


# ── names.missing ──────────────────────────────────────────────────────────────────────

def _names_by_head(catalog: Catalog) -> dict[str, list[str]]:
    """The catalog's source names (people, places) of four letters or more, by the start of their
    first word (folded; three letters, two of a short word whose last letter may change): the
    names a translation may hold instead of its own."""
    def build():
        out: dict[str, set[str]] = defaultdict(set)
        for found in catalog_source_names(catalog).values():
            for name in found:
                if name.kind == "name" and len(name.text) >= 3 or name.kind in ("acronym", "code"):
                    first = _fold(name.text.split()[0])
                    out[first[:3] if len(first) >= 4 else first[:2]].add(name.text)
        return {head: sorted(names) for head, names in out.items()}

    return _memo("heads", catalog, build)


def _other_names_in(translation: str, names: dict[str, list[str]], language: str, skip: set[str],
                    msgid: str, added: Callable[[str], bool] | None = None,
                    present: Sequence[str] = ()) -> list[str]:
    """Names of the catalog's sources written (capitalized) in ``translation`` but absent from ``msgid``;
    not those ``added(name)`` says the catalog's translators write without the source (USA for "US"),
    nor those the source accounts for (``_source_explains``; ``present``: the source's other names)."""
    capitalized = [word for word, start, _ in text_words(translation) if translation[start].isupper()]
    heads = sorted({w[:3] for w in capitalized} | {w[:2] for w in capitalized})
    folded_msgid = _fold(msgid)  # a word whose letter runs are not all in it cannot be found in it
    candidates = sorted({n for head in heads for n in names.get(head, ())})
    out = []
    for other in candidates:
        if other in skip or any(len(word) >= 4 and all(piece in folded_msgid for piece in _PIECE.findall(_fold(word)))
                                and find_form(word, msgid, "en") for word in other.split()):
            continue  # the source names it, perhaps shortened (Warren for Elizabeth Warren)
        upper = other.isupper() or not other.isalpha()  # an acronym or code: as written, case and all
        if upper and other in msgid or len(other) < 4 and find_form(other, msgid, "en"):
            continue
        span = find_form(other, translation, language)
        if span and translation[span[0]].isupper() and (not upper or other in translation[span[0]:span[1]]) \
                and not (added is not None and added(other)) \
                and not _source_explains(other, msgid, translation, span, present, language):
            out.append(other)
    return out


_PIECE = re.compile(r"[^\W_]+")
_LINK_WORDS = frozenset({"and", "of", "the", "for", "on", "&", "de"})


def _named_more_often(translation: str, names: dict[str, list[str]], language: str, msgid: str,
                      missing: str) -> str | None:
    """A name of the catalog (four letters or more) that ``translation`` writes more often than
    ``msgid`` does, capitalized each time — ``Chelsea … Chelsea`` for "Chelsea faces Videoton" —
    while ``missing`` is not written: the second one likely stands in its place."""
    capitalized = {w[:3] for w, start, _ in text_words(translation) if translation[start].isupper()}
    for other in sorted({n for head in capitalized for n in names.get(head, ())}):
        if len(other) < 4 or other == missing or any(_share_stem(other, word) for word in missing.split()) \
                or other[:3].casefold() == missing[:3].casefold():  # Napoli for Naples
            continue
        spans = find_all_forms(other, translation, language)
        if len(spans) < 2 or not all(translation[a].isupper() for a, _ in spans):
            continue
        in_source = len(find_all_forms(other, msgid, "en")) if " " in other else sum(
            word.startswith(other.casefold()) for word, _, _ in text_words(msgid))  # Korean counts for Korea
        if len(spans) > in_source:
            return other
    return None


def _source_explains(other: str, msgid: str, translation: str, span: tuple[int, int], present: Sequence[str],
                     language: str) -> bool:
    """Whether the source accounts for a name it does not contain: a word of the source that starts
    with it (``Korean`` → Korea), the initials of the source's capitalized words (Fish and Wildlife
    Commission → FWC), another name of the source (``present``, found in the translation) it stands
    before (``Kelly Humphreys`` for Ms Humphreys: a first name added), or another name of the source,
    not found in the translation, that it respells (``Robin`` for Robyn)."""
    words = re.findall(r"[^\W\d_][\w\-]*", strip_inline_tags(msgid))
    folded = other.casefold()
    if len(other) >= 4 and any(w.casefold().startswith(folded) and len(w) > len(other) for w in words):
        return True
    if other.isupper() and 2 <= len(other) <= 6:
        initials = "".join(w[0] for w in words if w.casefold() not in _LINK_WORDS and w[0].isupper())
        if other in initials:
            return True
    following = re.match(r"[\s\u00a0]+([^\W\d_][\w\-]*)", translation[span[1]:])
    if following and " " not in other and other.istitle() and following.group(1).istitle() and any(
            following.group(1) in name.split() and contains_form(name, translation, language) for name in present):
        return True
    if other.isalpha() and not other.isupper() and len(other) >= 4:
        budget = edit_budget(other, 5)
        for word in {word for name in present for word in name.split() if len(word) >= 4}:
            if word[:1] == other[:1] and not contains_form(word, translation, language) \
                    and edit_distance(word.casefold(), folded, budget) <= budget:
                return True
    return False


@dataclass(frozen=True)
class Affixes:
    """Endings and prefixes a catalog's translations attach to names (see ``learned_affixes``)."""

    endings: frozenset[str] = frozenset()
    prefixes: frozenset[str] = frozenset()


def learned_affixes(catalog: Catalog, language: str, min_names: int = 3) -> Affixes:
    """Endings and prefixes the catalog's translations attach to at least ``min_names`` different
    source names — Kurdish ``CNNê``, ``Londonê``; Zulu ``iLivingston``, ``uMcGregor`` — the
    language's inflection of names, learned where no table gives it. Up to three letters, in the
    names' script."""
    def build():
        names_of = catalog_source_names(catalog)
        endings: dict[str, set[str]] = defaultdict(set)
        prefixes: dict[str, set[str]] = defaultdict(set)
        for entry in checked_entries(catalog):
            words = text_words(strip_inline_tags(entry.translations[0]))
            for name in names_of.get(entry.msgid, ()):
                first, last = _fold(name.text.split()[0]), _fold(name.text.split()[-1])
                for word, _, _ in words:
                    ending = word[len(last):]
                    if len(last) >= 3 and last.isalpha() and word.startswith(last) and 1 <= len(ending) <= 3 \
                            and ending.isalpha() and char_script(ending[0]) == char_script(last[0]):
                        endings[ending].add(name.text)
                    at = word.find(first, 1, 4 + len(first))
                    if len(first) >= 3 and 1 <= at <= 3 and word[:at].isalpha() \
                            and char_script(word[0]) == char_script(first[0]):
                        prefixes[word[:at]].add(name.text)
        return Affixes(frozenset(e for e, names in endings.items() if len(names) >= min_names),
                       frozenset(p for p, names in prefixes.items() if len(names) >= min_names))

    return _memo("affixes", catalog, build)


def _kept(catalog: Catalog, language: str) -> dict[str, tuple[int, int]]:
    """Per source name: how many units have it, and in how many the translation keeps it."""
    def build():
        names_of = catalog_source_names(catalog)
        affixes = learned_affixes(catalog, language)
        counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        for entry in checked_entries(catalog):
            for name in names_of.get(entry.msgid, ()):
                counts[name.text][0] += 1
                counts[name.text][1] += contains_form(name.text, strip_inline_tags(entry.translations[0]), language,
                                                      affixes.endings, affixes.prefixes)
        return {name: (u, k) for name, (u, k) in counts.items()}

    return _memo("kept", catalog, build)


def respells_names(catalog: Catalog, language: str) -> bool:
    """True when the catalog keeps fewer than 60% of its people's names as written (at least ten
    units): its language respells foreign names (Latvian ``Elīna Džonsa``), so a name that is not
    found says nothing, and a near miss is more likely the convention than a typo."""
    def build():
        names_of = catalog_source_names(catalog)
        affixes = learned_affixes(catalog, language)
        seen = kept = 0
        for entry in checked_entries(catalog):
            for name in names_of.get(entry.msgid, ()):
                if name.kind == "name" and " " in name.text:
                    seen += 1
                    kept += contains_form(name.text, strip_inline_tags(entry.translations[0]), language,
                                          affixes.endings, affixes.prefixes)
        return seen >= 10 and kept < 0.6 * seen

    return _memo("respells", catalog, build)


# ── evidence across languages: a rendering other languages write too ────────────────────

SIBLING_LANGUAGES = 2  # other languages (langtags.independent_language) that must write a variant for it to be accepted


def _supports(word: str, variant_word: str, name_words: Sequence[str]) -> bool:
    """Whether a word of another language's translation (folded, accents off) writes
    ``variant_word`` (so folded): the same word, or the same respelt stem with another ending of up
    to two letters (Polish ``Kolorado`` for Czech ``Kolorada``). The shared stem must itself differ
    from the name's start: ``Trumpa`` supports no ``Trumo``, ``Kirsti`` no ``Kirsyi``."""
    if word == variant_word:
        return True
    prefix = len(os.path.commonprefix([word, variant_word]))
    if prefix < max(4, len(variant_word) - 2) or len(word) - prefix > 2:
        return False
    stem = variant_word[:prefix]
    return all(not n.startswith(stem) for n in name_words)


def _slip_shaped(word: str, name_word: str) -> bool:
    """A change translators make by accident, each on their own: a doubled letter dropped or added
    (``Villareal``, ``Bennet``) or two neighbouring letters swapped (``Kristy`` for Kirsty)."""
    if word == name_word:
        return False
    if re.sub(r"(.)\1", r"\1", word) == re.sub(r"(.)\1", r"\1", name_word):
        return True
    return len(word) == len(name_word) and any(
        word[:i] == name_word[:i] and word[i:i + 2] == name_word[i + 1] + name_word[i]
        and word[i + 2:] == name_word[i + 2:]
        for i in range(len(word) - 1))


def _respelt_words(variant: str, name: str) -> list[str]:
    """The words of ``variant`` (as written) that respell a word of ``name``: not one of its words,
    not one with letters added or cut at its end (an inflection, a truncation), four letters or more.
    Empty when a word's change has the shape of a slip (``_slip_shaped``; ``Mcllroy`` with ll for
    the name's Il): many translators make those independently, so agreement proves nothing."""
    if "I" in name and variant.replace("l", "I") == name.replace("l", "I"):
        return []
    name_words = [w for w, _, _ in text_words(fold_accents(name))]
    variant_words = variant.split()
    folded_words = [_fold(fold_accents(word)) for word in variant_words]
    if len(folded_words) == len(name_words) and any(
            _slip_shaped(word, name_word) for word, name_word in zip(folded_words, name_words)):
        return []
    out = []
    for word, folded in zip(variant_words, folded_words):
        if len(folded) < 4 or not folded[:1].isalpha():
            return []
        if any(folded.startswith(n) or n.startswith(folded) for n in name_words):
            continue
        out.append(word)
    return out


def sibling_evidence(variant: str, name: str, entry: Entry, ctx: CheckContext,
                     names: Sequence[SourceName] = ()) -> tuple[str, ...]:
    """The other languages of the run (base subtags, sorted) whose translation of the same unit
    writes the respelling ``variant`` where ``name`` is missing: each word of the variant that
    respells the name's (``_respelt_words``), capitalized as the variant writes it, as written or
    with another ending (``_supports``). Languages are counted once however many catalogs write
    them (es and es-MX), the standards of one language as one (nb and nn; bs, hr and sr; id and ms:
    ``langtags.independent_language``), and the catalog's own language not at all. No evidence
    for a variant whose words the source holds or that is near another name of the source (the
    other languages write that name), nor for a variant with a word of three letters or fewer
    (``Ei``, ``KU``: too often a word of some language)."""
    siblings = ctx.siblings
    if siblings is None or len(siblings) < 2:
        return ()
    wanted = _respelt_words(variant, name)
    if not wanted:
        return ()
    folded = lambda text: _fold(fold_accents(text))  # noqa: E731
    name_words = [w for w, _, _ in text_words(folded(name))]
    wanted_folded = [folded(w) for w in wanted]
    source_words = {w for w, _, _ in text_words(folded(entry.msgid))}
    if any(w in source_words for w in wanted_folded):
        return ()
    other_words = [w for n in names if n.text != name for w, _, _ in text_words(folded(n.text))]
    if any(edit_distance(w, o, 1) <= 1 for w in wanted_folded for o in other_words):
        return ()
    capitals = [w[:1].isupper() for w in wanted]
    found: dict[str, str] = {}  # language (standards of one language as one) → the subtag shown
    own = independent_language(ctx.language or "")
    for catalog, text in siblings.translations(entry, ctx.catalog):
        language = independent_language(catalog.language or "")
        if not language or language == own or language in found:
            continue
        words = _sibling_words(text)
        # _supports needs the first four letters in common: test them first
        if all(any(upper == capital and w[:4] == v[:4] and _supports(w, v, name_words) for w, upper in words)
               for v, capital in zip(wanted_folded, capitals)):
            found[language] = _base(catalog.language or "")
    return tuple(sorted(found.values()))


@functools.lru_cache(maxsize=16384)
def _sibling_words(text: str) -> tuple[tuple[str, bool], ...]:
    """Another language's translation as (folded word without accents, capitalized) pairs; the
    same unit is asked about by every language with a finding on it."""
    plain = fold_accents(strip_inline_tags(text))
    return tuple((word, plain[start].isupper()) for word, start, _ in text_words(plain))


def _languages_text(languages: Sequence[str]) -> str:
    shown = ", ".join(languages[:4])
    return shown + (f" and {len(languages) - 4} more" if len(languages) > 4 else "")


# the data of a finding that writes the name with a near miss of it ("'Naples' is written
# 'Nápoles'"), which the evidence across languages may lower; another name in its place is none
_NEAR_MISS = {"kind": "near-miss"}


@check("names.missing", severity=Severity.ERROR)
def names_missing(entry: Entry, ctx: CheckContext) -> Iterator[Finding]:
    """A Latin-script name, acronym or code of the source is missing from a Latin-script translation.

    It is an error when the name is misspelt, replaced by another name of the catalog, or given an
    ending no other name takes; in a translation in another script, a word that mixes Latin letters
    with the script's own is an error. An error whose variant at least ``SIBLING_LANGUAGES`` other
    languages of the run write in the same unit (``sibling_evidence``: Spanish, Portuguese and
    Galician ``Nápoles``; with this language, three) is an info whose hint names them: an exonym or
    a respelling, not one translator's slip."""
    findings = _missing_findings(entry, ctx)
    if ctx.siblings is None or len(ctx.siblings) < 2:
        yield from findings
        return
    for finding in findings:
        if finding.severity is Severity.ERROR and dict(finding.data).get("kind") == "near-miss":
            # a near miss of the name (another name in its place is no rendering of it)
            name, variant = finding.source_marks[0], finding.target_marks[0]
            languages = sibling_evidence(variant, name, entry, ctx, entry_names(entry, ctx))
            if len(languages) >= SIBLING_LANGUAGES:
                finding = dataclasses.replace(
                    finding, severity=Severity.INFO,
                    # the message does not change with the languages of the run (a baseline
                    # fingerprints it); the hint names them
                    message=f"{finding.message}, as other languages write it",
                    hint=f"{_languages_text(languages)} write it so: fine if that is the language's rendering "
                         "of the name; else write it as the source does",
                    data=tuple(sorted(dict(finding.data, languages=" ".join(languages)).items())))
        yield finding


def _missing_findings(entry: Entry, ctx: CheckContext) -> Iterator[Finding]:
    """``names.missing`` before the evidence across languages is weighed."""
    language = ctx.language or ""
    names = entry_names(entry, ctx)
    if not names:
        return
    if language_script(language) not in (None, "Latn"):
        yield from _mixed_script_words(entry, ctx, language)
        return
    all_names: dict[str, list[str]] = {}
    affixes = Affixes()
    catalog = ctx.catalog
    unseen = added = None
    if catalog is not None:
        all_names = _names_by_head(catalog)
        affixes = learned_affixes(catalog, language)
        common = _common_words(catalog)
        unseen = lambda chunk: not any(word in common for word, _, _ in text_words(chunk))  # noqa: E731
        added = lambda other: _added_elsewhere(catalog, other, language, entry)  # noqa: E731
    endings, prefixes = affixes.endings, affixes.prefixes
    for translation in entry.translations:
        if not is_latin(strip_inline_tags(translation)):
            continue
        plain = strip_inline_tags(translation)
        for name in names:
            rule = glossary_rule(ctx, name.text)
            if rule is not None:
                continue  # the glossary says how (or whether) to render it: names.glossary checks it
            forms: tuple[str, ...] = (name.text,) + exonyms(language).get(name.text, ())
            accepted = forms + territory_forms(language).get(name.text, ()) if name.kind == "acronym" \
                else forms  # USA, AS for US: accepted, but no near miss of them is sought
            if contains_any(accepted, plain, language, endings, prefixes) or contains_any(
                    map(fold_accents, accepted), fold_accents(plain), language, endings, prefixes):
                odd = None
                if catalog is not None and name.kind in ("name", "term") and not contains_any(forms[1:], plain, language):
                    odd = _unheard_ending(name.text, plain, language, catalog, affixes, entry)
                if odd is not None and not respells_names(catalog, language):
                    yield ctx.finding(entry, f"{name.text!r} is written {odd!r}, an ending this catalog puts on "
                                      "no other name", hint=f"write the name as {forms[0]!r}",
                                      source_marks=[name.text], target_marks=[odd], data=_NEAR_MISS)
                    continue
                if catalog is not None and name.kind in ("name", "term") and len(name.text) >= 4 \
                        and _mentions(name.text, entry.msgid) >= 2:  # named twice in the source
                    second = _second_mention_slip(name, forms, plain, language, affixes, unseen, catalog, entry)
                    if second is not None:
                        yield ctx.finding(entry, f"{name.text!r} is written {second!r} where it is named again",
                                          hint=f"write the name as {forms[0]!r}", source_marks=[name.text],
                                          target_marks=[second], data=_NEAR_MISS)
                        continue
                if catalog is not None and name.kind in ("name", "term") and _mentions(name.text, entry.msgid) >= 2 \
                        and len(find_all_forms(name.text, plain, language, endings, prefixes)) < 2:
                    # named twice in the source, once in the translation: another name in its place?
                    others = _other_names_in(plain, all_names, language, {n.text for n in names} | {name.text},
                                             entry.msgid, added, [n.text for n in names if n.text != name.text])
                    others = [o for o in others if not _share_stem(o, name.text)]
                    if others:
                        yield ctx.finding(entry, f"{name.text!r} is named twice in the source; the translation names "
                                          f"it once and names {others[0]!r}, which is not in the source",
                                          hint=f"write {forms[0]!r}", source_marks=[name.text],
                                          target_marks=[others[0]])
                continue
            if name.kind == "acronym" and contains_form(name.text, translation, language):
                continue
            units, kept = _kept(catalog, language).get(name.text, (0, 0)) if catalog else (0, 0)
            established = units >= 2 and kept * 2 < units  # the catalog's convention renders it otherwise
            respelling = catalog is not None and respells_names(catalog, language)
            unprefixed = split_prefixes(plain, prefixes)  # iLivingstn → i Livingstn
            rejected: list[str] = []
            misspelt = _first_slip(name, forms, unprefixed, language, unseen, (), catalog, entry, rejected)
            if misspelt is None and name.kind == "name" and units >= 2 and 2 * kept >= units - 1 > 0:
                # the catalog keeps this name as written elsewhere: a slip may carry an ending
                misspelt = _first_slip(name, forms, unprefixed, language, unseen,
                                       _strippable_endings(catalog, language), catalog, entry, rejected)
            if misspelt is None and name.kind == "name":
                misspelt = anchored_near_miss(name.text, unprefixed, language, endings, prefixes)
                if misspelt and not _slip(name, misspelt, forms, catalog, entry, language):
                    misspelt = None
            if misspelt is None and name.kind == "name" and unseen is not None:
                misspelt = _short_name_slip(name, forms, plain, language, unseen, catalog, entry)
            if misspelt is None and name.kind == "acronym":
                misspelt = _acronym_variant(name.text, plain, entry.msgid, language, catalog, entry)
            if misspelt and name.kind == "acronym" and name.text in territory_forms(language) \
                    and misspelt in home_territories(language):
                yield ctx.finding(entry, f"{name.text!r} is written {misspelt!r}, the reader's own country",
                                  hint="fine if the example was adapted to the reader; else write "
                                  f"{forms[0]!r}", source_marks=[name.text], target_marks=[misspelt],
                                  severity=Severity.WARNING, data=_NEAR_MISS)
                continue
            if misspelt and _mentions(name.text, entry.msgid) >= 2 and _mentions(misspelt, plain) \
                    >= _mentions(name.text, entry.msgid):
                # the source names it twice or more and every mention is written alike (sq Unikod):
                # a slip does not repeat itself, a respelling does
                yield ctx.finding(entry, f"{name.text!r} is written {misspelt!r} each time",
                                  hint=f"fine if that is the language's spelling; else write {forms[0]!r}",
                                  source_marks=[name.text], target_marks=[misspelt], severity=Severity.WARNING,
                                  data=_NEAR_MISS)
                continue
            if misspelt:
                yield ctx.finding(entry, f"{name.text!r} is written {misspelt!r}",
                                  hint=f"write the name as {forms[0]!r}", source_marks=[name.text],
                                  target_marks=[misspelt], data=_NEAR_MISS)
                continue
            others = _other_names_in(plain, all_names, language, {n.text for n in names} | {name.text},
                                     entry.msgid, added, [n.text for n in names if n.text != name.text])
            others = [o for o in others if not _share_stem(o, name.text)  # Livi / Livingston
                      and not (name.kind == "acronym" and _spells_out(name.text, o, plain, language))]
            if others and name.kind in ("name", "term", "acronym", "code"):
                yield ctx.finding(entry, f"{name.text!r} is missing; the translation names {others[0]!r}, "
                                  "which is not in the source", hint=f"write {forms[0]!r}",
                                  source_marks=[name.text], target_marks=[others[0]])
                continue
            repeated = _named_more_often(plain, all_names, language, entry.msgid, name.text) \
                if catalog is not None and not respelling and not established else None
            if repeated is not None:
                yield ctx.finding(entry, f"{name.text!r} is missing; the translation names {repeated!r} more "
                                  "often than the source does", hint=f"write {forms[0]!r}",
                                  source_marks=[name.text], target_marks=[repeated])
                continue
            strong = name.kind == "code" or (name.kind == "name" and " " in name.text)
            if established or not strong or respelling:
                continue  # a single capitalized word or an acronym is too often translated to insist
            if name.kind == "name" and any(len(word) >= 4 and contains_form(word, plain, language, endings, prefixes)
                                           for word in name.text.split()):
                continue  # Etihad for Etihad Stadium, Palin for Sarah Palin: shortened or partly translated
            yield ctx.finding(entry, f"{name.kind} {name.text!r} of the source is missing", severity=Severity.WARNING,
                              hint="keep the name, or give its approved form in the glossary",
                              source_marks=[name.text])


def _mentions(name: str, source: str) -> int:
    """How often ``source`` names ``name`` as a word of its own (Ann is not in Annual)."""
    return len(re.findall(rf"(?<!\w){re.escape(name)}(?!\w)", source))


def _first_slip(name: SourceName, forms: Sequence[str], text: str, language: str, unseen, endings: Iterable[str],
                catalog: Catalog | None, entry: Entry, rejected: list[str]) -> str | None:
    """The first near miss of the name (``near_misses``, closest first) that ``_slip`` calls a slip,
    skipping a candidate that holds one already judged the language's (``Highland e`` after
    ``Highland``); ``rejected`` collects the candidates judged so."""
    for form in forms:
        for candidate in near_misses(form, text, language, edit_budget(form, 5), unseen, endings):
            if any(r in candidate for r in rejected):
                continue
            if _slip(name, candidate, forms, catalog, entry, language):
                return candidate
            rejected.append(candidate)
    return None


def _consonants(word: str) -> str:
    """The consonants of a word's ``phonetic_key`` (``Dane``/``Deen``/``Dän`` → ``dn``)."""
    return re.sub(r"[^bcdfghjklmnpqrstvwxz]", "", phonetic_key(word))


def _short_name_slip(name: SourceName, forms: Sequence[str], text: str, language: str,
                     unseen: Callable[[str], bool], catalog: Catalog | None, entry: Entry) -> str | None:
    """A name of three or four letters with two slips (``Todd`` → ``Tont``, ``Ayr`` → ``Akrr``): one
    edit is all ``edit_budget`` allows it, so a word two edits away counts only when it is of the
    name's length (±1), occurs in no other unit of the catalog and not in the source."""
    if " " in name.text or not 3 <= len(name.text) <= 4 or not name.text.isalpha():
        return None
    source_words = {word for word, _, _ in text_words(entry.msgid)}
    for chunk in near_misses(name.text, text, language, 2, unseen):
        if " " in chunk or abs(len(chunk) - len(name.text)) > 1 or chunk.casefold() in source_words:
            continue
        if not unseen(chunk) or not (chunk[:1].isupper() or is_mangled(chunk)):
            continue
        if _consonants(chunk) == _consonants(name.text) and not is_mangled(chunk):
            continue  # Deen, Dän for Dane; Røde for Red: the language's vowels
        if _slip(name, chunk, forms, catalog, entry, language):
            return chunk
    return None


def _acronym_variant(acronym: str, text: str, msgid: str, language: str, catalog: Catalog | None,
                     entry: Entry) -> str | None:
    """A word of ``text`` that is ``acronym`` with its capitals shuffled or slipped beyond one edit
    and lower-case letters mixed in: two capitals or more, most of them the acronym's letters
    (``OGPo`` for GOP, ``HiID`` for HIV, ``BWfC`` for FWC), in no other unit and not in the source.
    A word in capitals only is the language's own acronym (``VIH``, ``PTBS`` for PTSD, ``OTAN``),
    and so is the acronym with a lower-case ending, or any variant of a two-letter acronym."""
    if len(acronym) < 3 or not acronym.isalpha():
        return None
    for match in re.finditer(r"(?<!\w)[^\W\d_]+(?!\w)", text):
        word = match.group(0)
        capitals = [ch for ch in word if ch.isupper()]
        if len(capitals) < 2 or word == acronym or not len(acronym) - 1 <= len(word) <= len(acronym) + 2:
            continue
        if char_script(word[0]) != "Latn" or word in msgid:
            continue
        if word.startswith(acronym) and (word[len(acronym):].isupper() or word[len(acronym):] in
                                         _LANGUAGE_SUFFIXES.get(_base(language), _GERMANIC)):
            continue  # LGBTI, AMs
        if word.isupper() or _prefixed(word, acronym):
            continue  # VIH for HIV, PTBS for PTSD: the language's own acronym; beNHS: a prefix
        pool = list(acronym)
        shared = 0
        for ch in capitals:
            if ch in pool:
                pool.remove(ch)
                shared += 1
        if shared < max(2, len(acronym) - 1) or len(capitals) > len(acronym) + 1:
            continue
        if _recurring_word(catalog, word, entry):
            continue
        return word
    return None


def _mixed_script_words(entry: Entry, ctx: CheckContext, language: str) -> Iterator[Finding]:
    """In a translation written in another script, a word with Latin letters inside (``sിബിസി``,
    ``Мoсква`` with a Latin o): a slip or a look-alike letter in what is likely a name. Scripts
    written without spaces (Japanese ``Tシャツ``) are left alone."""
    if _substring_language(language):
        return
    for translation in entry.translations:
        for word in _candidate_word_regex().findall(strip_inline_tags(translation)):
            if mixed_script(word):
                yield ctx.finding(entry, f"{word!r} mixes Latin letters with letters of another script",
                                  hint="retype the word in one script", target_marks=[word])
                break


def _second_mention_slip(name: SourceName, forms: Sequence[str], plain: str, language: str, affixes: Affixes,
                         unseen, catalog: Catalog, entry: Entry) -> str | None:
    """A source that names ``name`` twice, a translation that writes it right in one place and a slip
    of it in another."""
    masked = list(plain)
    for form in forms:
        for start, end in find_all_forms(form, plain, language, affixes.endings, affixes.prefixes):
            masked[start:end] = " " * (end - start)
    rest = split_prefixes("".join(masked), affixes.prefixes)
    variant = near_miss(name.text, rest, language, edit_budget(name.text, 5), unseen)
    if variant is None or not _slip(name, variant, forms, catalog, entry, language):
        return None
    return variant


def split_prefixes(text: str, prefixes: frozenset[str]) -> str:
    """``iLivingston`` → ``i Livingston`` for the prefixes a catalog attaches to names."""
    if not prefixes:
        return text
    pattern = "|".join(re.escape(p) for p in sorted(prefixes, key=len, reverse=True))
    return re.sub(rf"(?<!\w)({pattern})(?=[^\W\d_])(?=\w)(?=[A-ZÀ-ÖØ-ÞĀ-ž])", r"\1 ", text)


def _share_stem(a: str, b: str) -> bool:
    """``Livi`` and ``Livingston``, ``Robyn`` and ``Robin``: one name shortened or respelt."""
    a, b = a.casefold(), b.casefold()
    return len(os.path.commonprefix([a, b])) >= max(3, min(len(a), len(b)) - 2)


def is_misspelling(name: SourceName, variant: str, forms: Sequence[str], respelling: bool, catalog: Catalog | None,
                 entry: Entry) -> bool:
    """Whether a near miss of a source name is a slip rather than the language's way with it.

    An acronym written in other capitals (``UE`` for EU, ``IA`` for AI) is a localized acronym,
    and a capitalized word (``Kai``) is a word of the language; capitals with lower-case letters
    mixed in (``UKk``, ``CNnN``) are a slip. A derived word (``Belfaster``), a
    variant the catalog uses elsewhere, and — in a language that respells foreign names (see
    ``respells_names``) — any variant that is not visibly shuffled are not slips.
    """
    if name.kind == "acronym" or (name.text.isupper() and len(name.text) <= 5):
        capitals = sum(ch.isupper() for ch in variant)
        return capitals >= 2 and not variant.isupper() and variant.casefold() != name.text.casefold()
    if is_mangled(variant):
        return True
    if respelling or is_derived_form(variant, forms):
        return False
    return not recurs_in_catalog(catalog, variant, entry)


def is_derived_form(variant: str, forms: Sequence[str]) -> bool:
    """``Belfaster`` for Belfast, ``Habitat`` for Habitats, ``Nationen`` for Nations: a derived
    or inflected word, not a misspelling (one letter of the form replaced by a longer ending)."""
    v = variant.casefold()
    for form in forms:
        f = form.casefold()
        if not f or char_script(f[0]) in ("Hani", "Jpan", "Hang", "Thai"):
            continue
        common = len(os.path.commonprefix([v, f]))
        if v.startswith(f) or f.startswith(v) or (common >= len(f) - 1 and len(v) > len(f) + 1):
            return True
    return False


def _recurring_word(catalog: Catalog | None, variant: str, entry: Entry) -> bool:
    """The same variant as whole words in other units of the catalog (``Trum`` inside ``Trump`` does
    not count): the translator's convention, not a slip."""
    if catalog is None:
        return False
    texts = _memo("texts", catalog, lambda: [(e, e.translations[0]) for e in checked_entries(catalog)])
    pattern = None
    for other, text in texts:
        if other is not entry and variant in text:
            pattern = pattern or re.compile(rf"(?<!\w){re.escape(variant)}(?!\w)")
            if pattern.search(text):
                return True
    return False


def recurs_in_catalog(catalog: Catalog | None, variant: str, entry: Entry) -> bool:
    """The same variant in other units of the catalog: the translator's convention, not a slip."""
    if catalog is None:
        return False
    texts = _memo("texts", catalog, lambda: [(e, e.translations[0]) for e in checked_entries(catalog)])
    return any(e is not entry and variant in text for e, text in texts)


# ── names.consistency ──────────────────────────────────────────────────────────────────

@functools.lru_cache(maxsize=1)
def _candidate_word_regex() -> re.Pattern[str]:
    """A word a rendering is made of: letters, digits and marks, joined by a hyphen or apostrophe."""
    word = rf"(?:[^\W_]|[{_mark_class()}])+"
    return re.compile(rf"{word}(?:['’\-]{word})*")


_OPEN_CASE_SCRIPTS = ("Latn", "Cyrl", "Grek", "Armn", "Geor")  # names are capitalized there


@functools.lru_cache(maxsize=8192)
def _candidate_words(text: str, language: str) -> tuple[tuple[str, bool], ...]:
    """The words of a translation and whether each may be part of a name's rendering."""
    plain = strip_inline_tags(text)
    any_word = language_script(language) not in _OPEN_CASE_SCRIPTS  # no capitals to tell names by
    out = []
    for match in _candidate_word_regex().finditer(plain):
        word = match.group(0)
        eligible = any_word or word[:1].isupper() or not word[:1].isalpha() or (
            char_script(word[0]) != "Latn" and not word[:1].islower())
        out.append((word, eligible))
    return tuple(out)


def _candidates(text: str, language: str, max_words: int) -> tuple[str, ...]:
    """Word n-grams (or, for scripts without spaces, character n-grams) a name may be rendered as,
    each once, in a fixed order (a set's order follows the process's string hashing, and the first
    of two equally close candidates wins: the findings changed from one run to the next)."""
    return tuple(dict.fromkeys(_keyed_candidates(text, language, max_words).values()))


@functools.lru_cache(maxsize=4096)
def _keyed_candidates(text: str, language: str, max_words: int) -> dict[str, str]:
    """The candidates of ``_candidates`` under their stem keys (the longest surface of each key)."""
    out: dict[str, str] = {}
    if _substring_language(language):
        for run in re.findall(r"[^\W\d_]+|\w+", strip_inline_tags(text)):
            for size in range(2, min(8, len(run)) + 1):
                for i in range(len(run) - size + 1):
                    gram = run[i:i + size]
                    out[_stem_key(gram, language)] = gram
        return out
    words = _candidate_words(text, language)
    stems = [stem_word(w.casefold(), language) for w, _ in words]
    for size in range(1, max_words + 1):
        for index in range(len(words) - size + 1):
            if any(eligible for _, eligible in words[index:index + size]):
                key = " ".join(stems[index:index + size])
                surface = " ".join(w for w, _ in words[index:index + size])
                if len(surface) >= len(out.get(key, "")):
                    out[key] = surface
    return out


@dataclass(frozen=True)
class Rendering:
    """How one source name is rendered in one language's catalog."""

    name: str
    form: str  # the majority rendering
    units: int  # units whose source has the name
    support: int  # units whose translation has the majority rendering


@functools.lru_cache(maxsize=64)
def _suffix_table(language: str) -> tuple[frozenset[str], tuple[int, ...], str]:
    base = _base(language)
    suffixes = frozenset(s for s in _LANGUAGE_SUFFIXES.get(base, ()) if s)
    return suffixes, tuple(sorted({len(s) for s in suffixes}, reverse=True)), _STEM_ALTERNATING.get(base, "")


@functools.lru_cache(maxsize=65536)
def stem_word(word: str, language: str) -> str:
    suffixes, lengths, alternating = _suffix_table(language)
    for size in lengths:
        if len(word) - size >= 2 and word[-size:] in suffixes:
            word = word[:-size]
            break
    if len(word) >= 3 and word[-1] in alternating:
        word = word[:-1]
    return word


def _stem_key(candidate: str, language: str) -> str:
    """A key under which inflected forms of one rendering meet (Лэй/Лэя/Лэем → лэ)."""
    return " ".join(stem_word(word, language) for word in candidate.casefold().split())


def learn_renderings(pairs: Sequence[tuple[str, str]], language: str,
                     names_of: dict[str, tuple[SourceName, ...]] | None = None,
                     min_units: int = 3) -> dict[str, Rendering]:
    """For each source name in at least ``min_units`` units, the rendering most of them share.

    ``pairs`` are (msgid, msgstr). A rendering is chosen by co-occurrence: the candidate present
    in the most units that have the name, and rarely in units that do not (precision ≥ 0.75).
    """
    names_of = names_of or {}
    units_by_name: dict[str, list[int]] = defaultdict(list)
    for index, (msgid, _) in enumerate(pairs):
        for name in names_of.get(msgid) or source_names(msgid):
            if index not in units_by_name[name.text]:
                units_by_name[name.text].append(index)
    renderings: dict[str, Rendering] = {}
    # every unit's candidate renderings under their stem keys, and the units each key occurs in
    keyed: dict[int, dict[str, str]] = {}
    units_of_key: dict[str, set[int]] = defaultdict(set)

    def index_all() -> None:
        for index, (_, text) in enumerate(pairs):
            keys = _keyed_candidates(text, language, 4)
            keyed[index] = keys
            for key in keys:
                units_of_key[key].add(index)

    for name, units in units_by_name.items():
        if len(units) < min_units:
            continue
        # fast path: the name kept as written (Latin-script translations)
        kept = [i for i in units if contains_form(name, pairs[i][1], language)]
        if len(kept) * 2 > len(units):
            renderings[name] = Rendering(name, name, len(units), len(kept))
            continue
        if not keyed:
            index_all()
        counts: Counter[str] = Counter()
        surface: dict[str, str] = {}
        for index in units:
            for key, gram in keyed[index].items():
                counts[key] += 1
                surface.setdefault(key, gram)
        if not counts:
            continue
        best: tuple[int, float, int, str] | None = None
        for key, count in counts.most_common(200):
            if count < 2 or count * 2 <= len(units):
                break
            precision = count / len(units_of_key[key])
            if precision < 0.75:
                continue
            size = len(key) if _substring_language(language) else len(key.split())
            wanted = 2 * len(name.split()) if _substring_language(language) else len(name.split())
            score = (count, round(precision, 2), -abs(size - wanted), key)
            if best is None or score > best:
                best = score
        if best:
            form = surface[best[3]]
            if language_script(language) == "Latn" and is_latin(form):
                import difflib

                if difflib.SequenceMatcher(None, form.casefold(), name.casefold()).ratio() < 0.5:
                    continue  # in a Latin-script translation, a rendering resembles the name (Džonss)
            renderings[name] = Rendering(name, form, len(units), best[0])
    return renderings


def _similar_candidate(form: str, text: str, language: str) -> str | None:
    import difflib

    best: tuple[float, str] | None = None
    words = len(form.split())
    substring = _substring_language(language)
    threshold = 0.5 if substring else 0.6
    matcher = difflib.SequenceMatcher(None, "", form.casefold())  # the form's index is built once
    for gram in _candidates(text, language, words + 1):
        if abs(len(gram) - len(form)) > max(2, len(form) // 3):
            continue
        if substring and (abs(len(gram) - len(form)) > 1 or gram in form or form in gram):
            continue
        matcher.set_seq1(gram.casefold())
        if matcher.real_quick_ratio() < threshold or matcher.quick_ratio() < threshold:
            continue
        ratio = matcher.ratio()
        if ratio >= threshold and (best is None or ratio > best[0]):
            best = (ratio, gram)
    return best[1] if best else None


@check("names.consistency", severity=Severity.WARNING, scope="catalog")
def names_consistency(catalog: Catalog, ctx: CheckContext) -> Iterator[Finding]:
    """A name is rendered differently from the way most units of the catalog render it."""
    language = catalog.language or ""
    entries = checked_entries(catalog)
    pairs = [(e.msgid, e.translations[0]) for e in entries]
    names_of = catalog_source_names(catalog)
    renderings = learn_renderings(pairs, language, names_of)
    if not renderings:
        return
    glossary = ctx.options.get("glossary")
    if glossary is not None:
        # a name the glossary renders (alone or inside a longer term) is the glossary check's business
        headwords = [form.casefold() for rule in glossary.rules_for(language) if rule.approved for form in rule.term]
        renderings = {name: r for name, r in renderings.items()
                      if not any(re.search(rf"(?<!\w){re.escape(name.casefold())}(?!\w)", h) for h in headwords)}
    rendered_forms = {r.form: r.name for r in renderings.values()}
    substring, attached = _substring_language(language), bool(_PREFIXES.get(_base(language)))
    latin = language_script(language) in (None, "Latn")
    for entry, (msgid, msgstr) in zip(entries, pairs):
        names = names_of.get(msgid) or ()
        own = {n.text for n in names}
        for name in names:
            rendering = renderings.get(name.text)
            if rendering is None or rendering.support < 2:
                continue
            if contains_form(rendering.form, msgstr, language):
                continue
            rule = glossary_rule(ctx, name.text)
            if rule is not None and rule.approved and contains_any(rule.approved, msgstr, language):
                continue
            heads = {word[:2] for word, _, _ in text_words(msgstr)}
            other = next((f for f, n in rendered_forms.items() if n not in own and n != name.text
                          and (substring or attached or _fold(f.split()[0])[:2] in heads)
                          and n.casefold() not in msgid.casefold() and f.casefold() not in msgid.casefold()
                          and contains_form(f, msgstr, language)), None)
            if other is not None:
                # in another script, an error when romanized it does not read like the source's name
                # (and when both renderings read like their own names: a learned rendering may be a
                # neighbouring word)
                certain = not latin and comparable(other) and comparable(rendering.form) \
                    and not sounds_like(other, name.text) and sounds_like(other, rendered_forms[other]) \
                    and sounds_like(rendering.form, name.text)
                yield ctx.finding(entry, f"{name.text!r} is rendered {other!r}, which renders "
                                  f"{rendered_forms[other]!r} elsewhere; {rendering.support} of "
                                  f"{rendering.units} units write {rendering.form!r}",
                                  hint=f"write {rendering.form!r}", source_marks=[name.text],
                                  target_marks=[other], severity=Severity.ERROR if certain else None)
                continue
            variant = _similar_candidate(rendering.form, msgstr, language)
            if variant is None or _stem_key(variant, language) == _stem_key(rendering.form, language) \
                    or is_derived_form(variant, (rendering.form,)) \
                    or fold_accents(variant) == fold_accents(rendering.form):
                continue
            # an error when letters of two scripts are mixed, or when the usual rendering reads like
            # the name and this one, romanized, does not
            certain = not latin and (mixed_script(variant) or comparable(rendering.form) and comparable(variant)
                                     and sounds_like(rendering.form, name.text)
                                     and not sounds_like(variant, name.text))
            yield ctx.finding(entry, f"{name.text!r} is rendered {variant!r} here; {rendering.support} of "
                              f"{rendering.units} units write {rendering.form!r}",
                              hint=f"write {rendering.form!r}, or add the name to the glossary",
                              source_marks=[name.text], target_marks=[variant],
                              severity=Severity.ERROR if certain else None)


# ── names.endonym: language names on a page's language list ────────────────────────────

@dataclass(frozen=True)
class LanguageListItem:
    """A link or option of a language list: the language it names and the text it shows."""

    language: str
    text: str
    line: int | None


_LIST_TAGS = {"a", "option", "li", "span", "button", "link"}


def language_list_items(document) -> list[LanguageListItem]:
    """Links and options of a document that name a language: ``<a hreflang=…>`` (or ``lang=…``)
    inside a list of at least two such items, and every ``<option lang=…>`` / ``value`` of a
    select whose options carry language tags."""
    from ..langtags import is_known, to_bcp47

    root = document.root
    items: list[LanguageListItem] = []
    groups: dict[object, list] = defaultdict(list)
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        tag = element.tag.rsplit("}", 1)[-1].lower()
        if tag not in _LIST_TAGS or tag == "link":
            continue
        language = element.get("hreflang") or element.get("lang") or element.get(
            "{http://www.w3.org/XML/1998/namespace}lang")
        if not language or language.lower() == "x-default" or not is_known(language):
            continue
        text = " ".join("".join(element.itertext()).split())
        if not text:
            continue
        parent = element.getparent()
        container = parent.getparent() if parent is not None and parent.tag in ("li",) else parent
        groups[container].append((element, to_bcp47(language), text))
    for members in groups.values():
        if len(members) < 2 and not any(m[0].get("hreflang") for m in members):
            continue
        for element, language, text in members:
            items.append(LanguageListItem(language, text, element.sourceline))
    return items


def endonym_matches(language: str, text: str) -> bool:
    """True when ``text`` is the CLDR endonym of ``language`` (case aside, with or without the
    script or region qualifier CLDR adds)."""
    from ..langtags import endonym

    shown = text.strip().casefold()
    expected = {endonym(language).casefold(), endonym(language.split("-")[0]).casefold()}
    bare = {re.split(r"\s*[(（]", e)[0].strip() for e in expected}
    return shown in expected or shown in bare


@check("names.endonym", severity=Severity.ERROR, scope="project")
def names_endonym(catalogs: Sequence[Catalog], ctx: CheckContext) -> Iterator[Finding]:
    """A language list names a language otherwise than by its CLDR endonym."""
    from ..langtags import endonym

    loader = ctx.options.get("source_documents")
    documents = loader() if callable(loader) else (loader or ())
    items_by_text: dict[str, str] = {}
    for document in documents:
        for item in language_list_items(document):
            items_by_text[item.text] = item.language
            if not endonym_matches(item.language, item.text):
                yield Finding(ctx.spec.code, ctx.spec.severity,
                              f"the language list names {item.language} {item.text!r}, not its endonym "
                              f"{endonym(item.language)!r}", document.path, item.line,
                              hint=f"write {endonym(item.language)!r}", target_marks=(item.text,))
    if not items_by_text:
        return
    for catalog in catalogs:
        for entry in checked_entries(catalog):
            shown = " ".join(strip_inline_tags(entry.msgid).split())
            language = items_by_text.get(shown)
            if language is None:
                continue
            translation = " ".join(strip_inline_tags(entry.translations[0]).split())
            if not endonym_matches(language, translation):
                yield ctx.finding(entry, f"{translation!r} names {language} on the language list; "
                                  f"its endonym is {endonym(language)!r}", catalog=catalog,
                                  hint=f"keep {endonym(language)!r} in every language",
                                  target_marks=[translation])


__all__ = ["find_form", "contains_form", "contains_any", "source_names", "SourceName", "near_miss",
           "learn_renderings", "Rendering", "language_list_items", "LanguageListItem", "endonym_matches",
           "text_script", "is_latin", "language_script", "strip_inline_tags", "catalog_source_names",
           "edit_distance", "is_derived_form", "is_mangled", "is_misspelling", "recurs_in_catalog",
           "split_prefixes", "stem_word", "text_words"]
