"""Language identification: which language a translation is written in, behind a ``Detector``.

A detector ranks languages for a text (``rank``) and names the languages its model has
(``labels``); its answers are model labels (ISO 639-1 mostly: ``en``, ``zh-tw``), which
``label_language`` turns into BCP 47 through ``langtags``. Two backends: py3langid (the
default, deterministic) and langdetect (optional, an extra; seeded here, since unseeded it
draws new random numbers on every call).

``identify(text, language, source_language, detector)`` decides between the catalog's language,
the source language and another one. It looks at the writing system first (a Russian
translation written in Latin letters is not Russian, whatever a model says, and that needs no
model), then asks the model, counting languages that a model cannot tell apart (Serbian,
Croatian, Bosnian; Malay, Indonesian; …) as one, and last tells Simplified from Traditional
Chinese by characters that exist in one standard only. Pure functions, no I/O beyond loading
the model once.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal, Protocol

from . import langtags

BACKENDS = ("py3langid", "langdetect")


class Detector(Protocol):
    """What the checks need from a language identifier."""

    name: str

    def labels(self) -> frozenset[str]:
        """The model's language labels."""

    def rank(self, text: str) -> list[tuple[str, float]]:
        """(label, probability) for the text, best first; empty when the text has no features."""


class Py3LangidDetector:
    """py3langid's naive Bayes model (140 languages), probabilities normalized; deterministic."""

    name = "py3langid"

    def __init__(self) -> None:
        from py3langid.langid import MODEL_FILE, LanguageIdentifier

        # an instance of our own: the module-level one is shared state any caller may restrict
        self._model = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
        self._labels = frozenset(self._model.nb_classes) - {"zxx"}

    def labels(self) -> frozenset[str]:
        return self._labels

    def rank(self, text: str) -> list[tuple[str, float]]:
        return [(label, p) for label, p in self._model.rank(text) if label != "zxx"]


class LangdetectDetector:
    """langdetect (55 languages), seeded so that the same text always gets the same answer."""

    name = "langdetect"

    def __init__(self, seed: int | None = 0) -> None:
        try:
            from langdetect.detector_factory import PROFILES_DIRECTORY, DetectorFactory
        except ModuleNotFoundError as error:
            raise RuntimeError("the langdetect backend needs 'pip install yzi18n[langdetect]'") from error
        # a factory of our own: langdetect's global one is seeded by whoever touches it last
        self._factory = DetectorFactory()
        self._factory.load_profile(PROFILES_DIRECTORY)
        self._factory.seed = seed
        self._labels = frozenset(self._factory.get_lang_list())

    def labels(self) -> frozenset[str]:
        return self._labels

    def rank(self, text: str) -> list[tuple[str, float]]:
        from langdetect.lang_detect_exception import LangDetectException

        detector = self._factory.create()
        detector.append(text)
        try:
            found = detector.get_probabilities()
        except LangDetectException:
            return []
        return [(item.lang, item.prob) for item in found]


@functools.lru_cache(maxsize=None)
def get_detector(backend: str = "py3langid", seed: int | None = 0) -> Detector:
    """The detector of a backend, loaded once (``seed`` matters to langdetect only)."""
    if backend == "py3langid":
        return Py3LangidDetector()
    if backend == "langdetect":
        return LangdetectDetector(seed)
    raise ValueError(f"unknown language identification backend {backend!r} (use {' or '.join(BACKENDS)})")


# ── labels and languages ─────────────────────────────────────────────────────────────────

# model labels that are not the BCP 47 code of the language (py3langid: Norwegian as "no";
# both models: Filipino as "tl"; langdetect: Chinese as zh-cn / zh-tw)
_LABEL_TO_TAG = {"no": "nb", "tl": "fil", "zh-cn": "zh-Hans", "zh-tw": "zh-Hant", "iw": "he", "in": "id",
                 "uzs": "uz-Arab", "fuv": "ff", "gug": "gn", "ary": "ar-MA", "arz": "ar-EG"}
_TAG_TO_LABELS = {"nb": ("no",), "no": ("no",), "fil": ("tl",), "tl": ("tl",)}

# languages a model cannot tell apart in short texts, and that readers of one read: an answer in
# the group counts as the catalog's language (decided on NTREX, see docs/benchmarks.md)
_GROUPS = (
    frozenset({"sr", "hr", "bs", "cnr", "sh"}),
    frozenset({"ms", "id"}),
    frozenset({"nb", "nn", "no", "da"}),
    frozenset({"zh", "yue", "wuu"}),
    frozenset({"fa", "prs", "tg"}),
    frozenset({"ku", "ckb", "sdh", "kmr"}),
    frozenset({"gl", "pt"}),
    frozenset({"ca", "oc", "an"}),
    frozenset({"ar", "ary", "arz"}),
    frozenset({"uz", "uzs"}),
    frozenset({"ff", "fuv", "fuc"}),
    frozenset({"de", "gsw", "lb"}),
    frozenset({"nso", "st", "tn"}),
    frozenset({"en", "pcm"}),  # Nigerian Pidgin: the model's second guess for English headlines
    frozenset({"af", "nl"}),
)


@functools.lru_cache(maxsize=4096)
def base_language(tag: str) -> str:
    return langtags.to_bcp47(tag).split("-")[0]


@functools.lru_cache(maxsize=4096)
def label_language(label: str) -> str:
    """A model label as BCP 47: ``en`` → en, ``no`` → nb, ``zh-tw`` → zh-Hant."""
    return _LABEL_TO_TAG.get(label, langtags.to_bcp47(label))


@functools.lru_cache(maxsize=4096)
def kin(tag: str) -> frozenset[str]:
    """The base languages counted as ``tag``'s own (itself and its group)."""
    base = base_language(tag)
    for group in _GROUPS:
        if base in group:
            return group
    return frozenset({base})


@functools.lru_cache(maxsize=4096)
def labels_for(tag: str, detector: Detector) -> frozenset[str]:
    """The detector's labels for the language of ``tag`` (empty: the model lacks it)."""
    base = base_language(tag)
    wanted = set(_TAG_TO_LABELS.get(base, (base,)))
    return frozenset(label for label in detector.labels()
                     if label in wanted or base_language(label_language(label)) == base)


def knows(tag: str, detector: Detector) -> bool:
    return bool(labels_for(tag, detector))


# ── scripts ──────────────────────────────────────────────────────────────────────────────

# the first words of Unicode character names → ISO 15924 (letters only are looked at)
_SCRIPT_NAMES = (
    ("LATIN", "Latn"), ("FULLWIDTH LATIN", "Latn"), ("CYRILLIC", "Cyrl"), ("GREEK", "Grek"),
    ("ARABIC", "Arab"), ("HEBREW", "Hebr"), ("CJK", "Hani"), ("HIRAGANA", "Hira"), ("KATAKANA", "Kana"),
    ("HALFWIDTH KATAKANA", "Kana"), ("HANGUL", "Hang"), ("HALFWIDTH HANGUL", "Hang"), ("THAI", "Thai"),
    ("DEVANAGARI", "Deva"), ("BENGALI", "Beng"), ("GURMUKHI", "Guru"), ("GUJARATI", "Gujr"),
    ("ORIYA", "Orya"), ("TAMIL", "Taml"), ("TELUGU", "Telu"), ("KANNADA", "Knda"), ("MALAYALAM", "Mlym"),
    ("SINHALA", "Sinh"), ("GEORGIAN", "Geor"), ("ARMENIAN", "Armn"), ("ETHIOPIC", "Ethi"),
    ("KHMER", "Khmr"), ("LAO", "Laoo"), ("MYANMAR", "Mymr"), ("TIBETAN", "Tibt"), ("THAANA", "Thaa"),
    ("MONGOLIAN", "Mong"), ("TIFINAGH", "Tfng"), ("ADLAM", "Adlm"), ("NKO", "Nkoo"), ("OL CHIKI", "Olck"),
    ("MEETEI MAYEK", "Mtei"), ("SYRIAC", "Syrc"), ("CHEROKEE", "Cher"), ("CANADIAN SYLLABICS", "Cans"),
    ("VAI", "Vaii"), ("YI", "Yiii"), ("JAVANESE", "Java"), ("BALINESE", "Bali"), ("SUNDANESE", "Sund"),
    ("HANIFI ROHINGYA", "Rohg"), ("NYIAKENG PUACHUE HMONG", "Hmnp"), ("SUNUWAR", "Sunu"),
)
_SCRIPT_PREFIXES = sorted(_SCRIPT_NAMES, key=lambda item: -len(item[0]))
# scripts that are several: Japanese, Korean, the two Chinese standards
_COMPOSITE = {"Jpan": frozenset({"Hani", "Hira", "Kana"}), "Kore": frozenset({"Hang", "Hani"}),
              "Hans": frozenset({"Hani"}), "Hant": frozenset({"Hani"})}
_SCRIPT_LABELS = {"Latn": "Latin", "Cyrl": "Cyrillic", "Grek": "Greek", "Arab": "Arabic", "Hebr": "Hebrew",
                  "Hani": "Han", "Hira": "Hiragana", "Kana": "Katakana", "Hang": "Hangul", "Deva": "Devanagari"}
# romanizations CLDR lists that a catalog in the language is not expected to use
_NOT_BY_DEFAULT = {("hi", "Latn"), ("zh", "Latn"), ("en", "Shaw"), ("en", "Dsrt")}


_SCRIPT_OF: dict[str, str | None] = {}


def char_script(char: str) -> str | None:
    """ISO 15924 code of a letter (``Zyyy`` when unlisted); None for anything but a letter."""
    script = _SCRIPT_OF.get(char, "?")
    if script != "?":
        return script
    script = None
    if char.isalpha():
        name = unicodedata.name(char, "")
        script = next((code for prefix, code in _SCRIPT_PREFIXES if name.startswith(prefix + " ")), "Zyyy")
    _SCRIPT_OF[char] = script
    return script


def script_counts(text: str) -> Counter:
    """Letters per script."""
    counts = Counter(map(char_script, text))
    counts.pop(None, None)
    return counts


def script_name(script: str) -> str:
    return _SCRIPT_LABELS.get(script, script)


@functools.lru_cache(maxsize=None)
def expected_scripts(tag: str) -> frozenset[str]:
    """The scripts a text in ``tag`` is written in: the tag's own script, or CLDR's likely one
    and the others CLDR has locales for (``sr`` → Cyrillic and Latin; ``sr-Latn`` → Latin)."""
    from babel import localedata
    from babel.core import get_global

    tag = langtags.to_bcp47(tag)
    parts = tag.split("-")
    explicit = next((p for p in parts[1:] if len(p) == 4 and p.isalpha()), None)
    scripts: set[str] = set()
    if explicit:
        scripts.add(explicit)
    else:
        likely = get_global("likely_subtags").get(parts[0]) or ""
        found = [p for p in likely.split("_")[1:] if len(p) == 4]
        scripts.update(found)
        for identifier in localedata.locale_identifiers():
            pieces = identifier.split("_")
            if pieces[0] == parts[0] and len(pieces) > 1 and len(pieces[1]) == 4:
                if (parts[0], pieces[1]) not in _NOT_BY_DEFAULT:
                    scripts.add(pieces[1])
    out: set[str] = set()
    for script in scripts or {"Latn"}:
        out |= _COMPOSITE.get(script, {script})
    return frozenset(out)


@functools.lru_cache(maxsize=None)
def chinese_standard(tag: str) -> str | None:
    """``Hans`` or ``Hant`` for a Chinese or Cantonese tag (zh-TW → Hant), else None."""
    from babel.core import get_global

    tag = langtags.to_bcp47(tag)
    parts = tag.split("-")
    if parts[0] not in ("zh", "yue", "wuu", "lzh"):
        return None
    explicit = next((p for p in parts[1:] if p in ("Hans", "Hant")), None)
    if explicit:
        return explicit
    likely = get_global("likely_subtags")
    full = likely.get("_".join(parts)) or likely.get(parts[0]) or ""
    return "Hant" if "Hant" in full.split("_") else "Hans"


# Frequent characters that differ between the two standards, simplified form over traditional,
# keeping out forms that are also in use on the other side (后, 里, 干, 台, 只, 面, 着, 乾, …).
_HANS = ("这们国说会为个时对来过还进学实经业产开长问门东车见关电机动区与万亿华体处边头记让论认设计议员务将"
         "报场应当总无点现两种级组织线网团园图书买卖钱银铁际陆阳随难须顺领题风飞马鱼鸟龙齐广庆号术汉话语"
         "读写听请谁从众传优价举义乐习乡亚亲仅创则刚剧办劳势单卫压县参双变协启响圣坏块坚声备复够奖妇宁宝"
         "层岁岛币师带帮庄库废张强归录态怀战戏护择担拥损换据挥携数断显样标权条构极档欢残毕气没沟济测满灵"
         "热爱状独环疗监盖确码础离积称竞笔简类纪约纸细终结给统继续维综编缩联职肤胜脑节药获营虽补装规视览"
         "觉订讨训证识译试询该详误调谈负财责质费资赛转轮软载辆输达运远连选递适邮邻链锁错键闭间闻阶队险隐"
         "项顾预频额饭驱验发")
_HANT = ("這們國說會為個時對來過還進學實經業產開長問門東車見關電機動區與萬億華體處邊頭記讓論認設計議員務將"
         "報場應當總無點現兩種級組織線網團園圖書買賣錢銀鐵際陸陽隨難須順領題風飛馬魚鳥龍齊廣慶號術漢話語"
         "讀寫聽請誰從眾傳優價舉義樂習鄉亞親僅創則剛劇辦勞勢單衛壓縣參雙變協啟響聖壞塊堅聲備復夠獎婦寧寶"
         "層歲島幣師帶幫莊庫廢張強歸錄態懷戰戲護擇擔擁損換據揮攜數斷顯樣標權條構極檔歡殘畢氣沒溝濟測滿靈"
         "熱愛狀獨環療監蓋確碼礎離積稱競筆簡類紀約紙細終結給統繼續維綜編縮聯職膚勝腦節藥獲營雖補裝規視覽"
         "覺訂討訓證識譯試詢該詳誤調談負財責質費資賽轉輪軟載輛輸達運遠連選遞適郵鄰鏈鎖錯鍵閉間聞階隊險隱"
         "項顧預頻額飯驅驗發") + "爲衆啓複髮後裡裏臺係幾麼"
_HANS_ONLY = frozenset(_HANS)
_HANT_ONLY = frozenset(_HANT)


def chinese_standard_counts(text: str) -> tuple[int, int]:
    """(simplified-only, traditional-only) characters in the text."""
    return sum(c in _HANS_ONLY for c in text), sum(c in _HANT_ONLY for c in text)


# ── what is language in a translation ────────────────────────────────────────────────────

_INLINE_TAG = re.compile(r"</?[^\W\d][\w.-]*?_[1-9][0-9]*/?>")
_URL = re.compile(r"\b(?:https?://|ftp://|www\.)[^\s<>\"']+", re.IGNORECASE)
_EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")
_PLACEHOLDER = re.compile(r"%(?:\([^)]*\))?[-+ #0]*\d*(?:\.\d+)?[hlLqjzt]*[diouxXeEfFgGcrsa%]|%\d+\$?\w?"
                          r"|\{[^{}\s]*\}|\$\{?\w+\}?")
_WORD = re.compile(r"[^\W\d_](?:[\w'’\-]*[^\W_])?")


def linguistic_text(text: str) -> str:
    """The text with inline tags, URLs, e-mail addresses and placeholders taken out."""
    for pattern in (_INLINE_TAG, _URL, _EMAIL, _PLACEHOLDER):
        text = pattern.sub(" ", text)
    return " ".join(text.split())


def letter_count(text: str) -> int:
    return sum(ch.isalpha() for ch in text)


def word_count(text: str) -> int:
    return len(_WORD.findall(text))


# scripts written without spaces between words: a letter there counts as half a word
_UNSPACED = frozenset({"Hani", "Hira", "Kana", "Thai", "Laoo", "Khmr", "Mymr", "Tibt"})
SHORT_WORDS = 5
SHORT_LETTERS = 20


def is_short(text: str) -> bool:
    """Few words or few letters (tags, URLs and placeholders aside): a model often errs there."""
    clean = linguistic_text(text)
    scripts = script_counts(clean)
    letters = sum(scripts.values())
    unspaced = sum(n for s, n in scripts.items() if s in _UNSPACED)
    words = word_count(clean) if unspaced * 2 < letters else unspaced // 2
    return words < SHORT_WORDS or letters < SHORT_LETTERS


# ── the decision ─────────────────────────────────────────────────────────────────────────

Outcome = Literal["target", "source", "other", "variant", "unknown"]


@dataclass(frozen=True)
class Verdict:
    """What a translation looks like: the catalog's language (``target``), the source language,
    another language (``language`` says which when known), the other Chinese standard
    (``variant``), or ``unknown`` (too little text, or no model for the language)."""

    outcome: Outcome
    language: str | None = None  # BCP 47 of what was found
    confidence: float = 0.0
    by: str = ""  # "script", "model" or "characters"
    script: str | None = None  # the text's main script when it decided


# The model's answer counts when it is this sure and gives the catalog's language (with its
# kin) at most ``_TARGET_CEILING``; the source language needs less certainty than a third
# language, since it is the likely mistake (tuned on the NTREX development half, see
# docs/benchmarks.md).
_OTHER_CONFIDENT = 0.5
_SOURCE_CONFIDENT = 0.35
_TARGET_CEILING = 0.05
# a language the model lacks: only a near-certain answer in the source language counts
_UNKNOWN_SOURCE_CONFIDENT = 0.9
_SCRIPT_SHARE = 0.25  # below this share of letters in the catalog's scripts, the script decides
_VARIANT_SHARE = 0.05  # …and below this one, the catalog's language in another script is a finding
MIN_LETTERS = 8  # fewer letters than this: nothing to judge


def _for_model(text: str) -> str:
    """Headline Case confuses character n-gram models: such text is lowercased."""
    words = [w for w in _WORD.findall(text) if len(w) > 2]
    if len(words) >= 3 and sum(w[0].isupper() for w in words) * 10 >= len(words) * 6:
        return text.lower()
    return text


_LABEL_BASE: dict[str, str] = {}


def _by_language(ranked: Sequence[tuple[str, float]]) -> dict[str, float]:
    """Probabilities summed per base language (a model may have several labels for one)."""
    out: dict[str, float] = {}
    for label, p in ranked:
        base = _LABEL_BASE.get(label)
        if base is None:
            base = _LABEL_BASE[label] = base_language(label_language(label))
        out[base] = out.get(base, 0.0) + p
    return out


_QUOTED = re.compile(r"“[^”]*”|„[^“”\"]*[“”\"]|«[^»]*»|»[^«]*«|\"[^\"]*\"|「[^」]*」|『[^』]*』|《[^》]*》|‘[^’]*’")


def without_cited(translation: str, source: str) -> str:
    """The translation without quoted passages copied from the source (a book's title cited in
    the original language is not English left untranslated)."""
    source_words = {w.casefold() for w in _WORD.findall(source)}

    def keep(match: re.Match) -> str:
        words = [w.casefold() for w in _WORD.findall(match.group(0))]
        # copied: (nearly) every word is the source's; punctuation may differ
        copied = len(words) >= 2 and sum(w in source_words for w in words) * 10 >= len(words) * 8
        return " " if copied else match.group(0)

    return _QUOTED.sub(keep, translation)


# scripts that tell a language apart from its neighbours: Japanese has kana, Korean Hangul
_DISTINCTIVE = {"ja": frozenset({"Hira", "Kana"}), "ko": frozenset({"Hang"})}


def _plausible(base: str, scripts: Counter, letters: int) -> bool:
    """Whether a model's answer can be written in the text's letters (half of them at least)."""
    accepted = _DISTINCTIVE.get(base) or expected_scripts(base)
    return sum(n for s, n in scripts.items() if s in accepted) * 2 >= letters


def _shared_words(text: str, source: str) -> float:
    """The share of the text's words that are words of the source (case aside)."""
    words = [w.casefold() for w in _WORD.findall(text)]
    theirs = {w.casefold() for w in _WORD.findall(source)}
    return sum(w in theirs for w in words) / len(words) if words else 0.0


def identify(text: str, language: str, source_language: str, detector: Detector | None,
             source: str | None = None) -> Verdict:
    """Whether ``text`` (a translation, in msgid notation) is in ``language``.

    With ``source``, quoted passages the translation copies from it are left out.

    Without a detector, or with one that lacks the language, only the characters decide (the
    other Chinese standard) and the answer is otherwise ``unknown`` — except text in the source
    language that the model is near certain of and that shares most of its words with ``source``
    (a model that lacks Irish reads it as English with confidence). An answer the text's letters
    cannot be written in (Korean without Hangul) is not taken.
    """
    if source is not None and not identical(source, text):
        text = without_cited(text, source)
    clean = linguistic_text(text)
    scripts = script_counts(clean)
    letters = sum(scripts.values())
    if letters < MIN_LETTERS:
        return Verdict("unknown")
    expected = expected_scripts(language)
    share = sum(n for s, n in scripts.items() if s in expected) / letters
    main_script = scripts.most_common(1)[0][0]
    known = detector is not None and knows(language, detector)
    ranked = detector.rank(_for_model(clean)) if detector is not None else []
    if ranked:
        by_language = _by_language(ranked)
        top_base, top_p = max(by_language.items(), key=lambda item: item[1])
        own, source_kin = kin(language), kin(source_language)
        target_p = sum(p for base, p in by_language.items() if base in own)
        source_p = sum(p for base, p in by_language.items() if base in source_kin)
        found = label_language(ranked[0][0]) if base_language(label_language(ranked[0][0])) == top_base else top_base
        foreign_script = share < _SCRIPT_SHARE
        if not _plausible(top_base, scripts, letters):
            pass  # Chinese read as Korean, or as Norwegian: the model is out of its depth
        elif not known:
            if (top_base in source_kin and source_p >= _UNKNOWN_SOURCE_CONFIDENT and top_base not in own
                    and source is not None and _shared_words(text, source) >= 0.5):
                return Verdict("source", found, source_p, "model", main_script)
        elif top_base in own:
            if share < _VARIANT_SHARE and main_script in expected_scripts(base_language(language)):
                # sr-Cyrl written in Latin letters: the language, not the script the catalog asks for
                return Verdict("variant", f"{base_language(language)}-{main_script}", top_p, "script", main_script)
        elif top_base in source_kin and source_p >= _SOURCE_CONFIDENT and (target_p <= _TARGET_CEILING
                                                                           or foreign_script):
            return Verdict("source", found, source_p, "script" if foreign_script else "model", main_script)
        elif top_p >= _OTHER_CONFIDENT and (target_p <= _TARGET_CEILING or foreign_script):
            return Verdict("other", found, top_p, "script" if foreign_script else "model", main_script)
    standard = chinese_standard(language)
    if standard is not None:
        hans, hant = chinese_standard_counts(clean)
        other = "Hant" if standard == "Hans" else "Hans"
        theirs, ours = (hant, hans) if standard == "Hans" else (hans, hant)
        if theirs >= 2 and theirs > 2 * ours:
            return Verdict("variant", f"{base_language(language)}-{other}", 1.0, "characters", "Hani")
    if not known:
        return Verdict("unknown")
    return Verdict("target", language, 0.0, "model", main_script)


# ── identical source and translation ─────────────────────────────────────────────────────

_CODE_TOKEN = re.compile(r"^(?:[A-Z0-9][A-Z0-9.+/&-]*|[A-Za-z]+[0-9][\w.-]*|[\w.-]*\.[a-z]{2,4}|v?\d[\w.]*)$")


def identical(source: str, translation: str) -> bool:
    """True when the translation is the source again (whitespace aside)."""
    return " ".join(source.split()) == " ".join(translation.split())


def kind_of_identical(text: str) -> Literal["none", "code", "name", "word", "phrase", "sentence"]:
    """How much a text left identical to its source says: ``none`` (no letters: numbers,
    symbols), ``code`` (URLs, e-mail, acronyms, product codes), ``name`` (every word
    capitalized, up to four words), ``word``, ``phrase`` (up to three words) or ``sentence``.
    The first three are often legitimately identical in a translation."""
    clean = linguistic_text(_INLINE_TAG.sub(" ", text))
    if letter_count(clean) == 0:
        return "none"
    tokens = [t.strip(".,;:!?()[]\"'“”‘’«»") for t in clean.split()]
    tokens = [t for t in tokens if t]
    words = [t for t in tokens if _WORD.search(t)]
    if all(_CODE_TOKEN.match(t) for t in words):
        return "code"
    if len(words) <= 4 and all(w[:1].isupper() or not w[:1].isalpha() for w in words):
        return "name" if len(words) > 1 or any(c.isupper() for c in words[0][1:]) else "word"
    if len(words) == 1:
        return "word"
    if len(words) <= 3:
        return "phrase"
    return "sentence"


__all__ = ["BACKENDS", "Detector", "Py3LangidDetector", "LangdetectDetector", "get_detector", "label_language",
           "labels_for", "knows", "kin", "expected_scripts", "chinese_standard", "chinese_standard_counts",
           "char_script", "script_counts", "script_name", "linguistic_text", "letter_count", "word_count",
           "identify", "Verdict", "identical", "kind_of_identical", "MIN_LETTERS", "is_short", "without_cited"]
