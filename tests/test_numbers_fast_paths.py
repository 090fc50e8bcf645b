"""The shortcuts taken for speed give the answers of the long way."""

from __future__ import annotations

from decimal import Decimal

from yzi18n.checks.registry import load_checks, select
from yzi18n.checks.runner import run_checks
from yzi18n.model import Catalog, Entry, Severity
from yzi18n.numbers.conventions import conventions
from yzi18n.numbers.parse import Number, _match_word, numbers, replace
from yzi18n.numbers.words import spelled_word


def run(catalogs, **options):
    return run_checks(catalogs, select(load_checks().values(), ["numbers"]), options=options)


def test_a_copied_number_recomputes_its_values():
    number = Number(Decimal(5), "5", 0, 1, mantissa=Decimal(5))
    assert number.values == {Decimal(5)}
    copy = replace(number, value=Decimal(6), also=frozenset({Decimal(7)}))
    assert copy.values == {Decimal(6), Decimal(7)}
    assert number.values == {Decimal(5)} and copy != number


def test_the_same_catalog_in_both_modes_is_not_served_from_one_cache():
    cat = Catalog("locale/yo.po", "yo", (Entry(msgid="7 men", msgstr="àwọn ọkùnrin méje", line=1),))
    default = [f for f in run([cat]) if f.severity == Severity.ERROR]
    strict = [f.code for f in run([cat], numbers_strict=True) if f.severity == Severity.ERROR]
    again = [f for f in run([cat]) if f.severity == Severity.ERROR]
    assert default == [] and again == []
    assert strict == ["numbers.missing"]


def test_an_entry_without_a_digit_gets_nothing_and_a_changed_one_is_still_found():
    cat = Catalog("locale/de.po", "de", (
        Entry(msgid="Hello world", msgstr="Hallo Welt", line=1),
        Entry(msgid="6 million people", msgstr="6 Milliarden Menschen", line=2),
    ))
    findings = run([cat])
    assert {f.line for f in findings} == {2}
    assert [f.code for f in findings if f.severity == Severity.ERROR] == ["numbers.scale"]


def test_word_lookup_by_first_letter_keeps_the_longest_first_order():
    conv = conventions("de")
    found = _match_word("Milliarden Euro", 0, conv.scales_after)
    assert found is not None and found[0].lower().startswith("milliarde") and int(found[1]) == 9
    assert _match_word("xyz", 0, conv.scales_after) is None
    assert _match_word("", 0, conv.scales_after) is None


def test_percent_after_and_before_the_number():
    assert [n.kind for n in numbers("69 % der Stimmen", "de", is_source=False)] == ["percent"]
    assert [n.kind for n in numbers("٪٦٩", "ar", is_source=False)] == ["percent"]


def test_one_word_spell_out_takes_the_first_matching_token_with_its_ending():
    assert spelled_word("Er hat sieben Katzen", Decimal(7), "de") == "sieben"
    assert spelled_word("die siebten Tage", Decimal(7), "de") in ("siebten", "sieben")
    assert spelled_word("Er hat Katzen", Decimal(7), "de") is None


# ── the on-disk cache of CLDR-derived conventions ──────────────────────────────────────────

import os  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402

import pytest  # noqa: E402

from yzi18n.numbers import conventions as conventions_module  # noqa: E402
from yzi18n.numbers.conventions import derive_conventions, number_locale  # noqa: E402
from yzi18n.numbers.render import render_value  # noqa: E402

CACHE_LANGUAGES = ("de", "fr", "zh-Hans", "ja", "ar", "fa", "hi", "bn", "ru", "el", "it", "lv", "cs", "sd-Arab",
                   "my", "sw", "xx-unknown")
VALUES = (Decimal(6000000), Decimal("2800000000"), Decimal("1.5"), Decimal(12345), Decimal(150000),
          Decimal("0.25"), Decimal(1500000000000))

_PROBE = """
import sys
from decimal import Decimal
from yzi18n.numbers.conventions import conventions
from yzi18n.numbers.render import render_value
import babel.localedata
languages, values = sys.argv[1].split(","), [Decimal(v) for v in sys.argv[2].split(",")]
convs = [{k: sorted(v) if isinstance(v, frozenset) else v for k, v in vars(conventions(language)).items()}
         for language in languages]
rendered = [render_value(v, language, percent=p) for language in languages for v in values for p in (False, True)]
print(repr((convs, rendered)))
print(len(babel.localedata._cache))
"""


def probe(cache: str, seed: str) -> tuple[str, int]:
    """(conventions and rendered values, Babel locales loaded) in a fresh interpreter."""
    env = dict(os.environ, YZI18N_CACHE_DIR=cache, PYTHONHASHSEED=seed)
    done = subprocess.run([sys.executable, "-c", _PROBE, ",".join(CACHE_LANGUAGES), ",".join(map(str, VALUES))],
                          capture_output=True, text=True, env=env, check=True)
    text, loaded = done.stdout.rsplit("\n", 2)[:2]
    return text, int(loaded)


def test_cached_conventions_and_hints_equal_the_derived_ones(tmp_path):
    cache = str(tmp_path / "cache")
    uncached, loaded_without = probe("", "1")
    cold, loaded_cold = probe(cache, "2")
    warm, loaded_warm = probe(cache, "3")
    assert uncached == cold == warm  # same conventions and hints, whatever the hash seed
    # no whole Babel locale is loaded, cached or not: derived from the parts it reads (light_locale)
    assert loaded_without == loaded_cold == loaded_warm == 0
    assert len(list((tmp_path / "cache").rglob("*.pickle"))) == len(CACHE_LANGUAGES)


def test_a_corrupt_or_unwritable_cache_is_ignored(tmp_path, monkeypatch):
    folder = tmp_path / "cache"
    monkeypatch.setenv("YZI18N_CACHE_DIR", str(folder))
    path = conventions_module._cache_path("de")
    path.parent.mkdir(parents=True)
    path.write_bytes(b"not a pickle")
    assert conventions_module._read_cache("de") is None
    conventions_module._write_cache("de", derive_conventions("de"), {})
    assert conventions_module._read_cache("de")[0] == derive_conventions("de")
    path.write_bytes(path.read_bytes()[:20])  # cut short
    assert conventions_module._read_cache("de") is None
    blocked = tmp_path / "file"
    blocked.write_text("a file where the cache folder should be")
    monkeypatch.setenv("YZI18N_CACHE_DIR", str(blocked))
    conventions_module._write_cache("fr", derive_conventions("fr"), {})  # no error
    assert conventions_module._read_cache("fr") is None


def test_the_cache_key_follows_babel_and_the_deriving_code(tmp_path, monkeypatch):
    monkeypatch.setenv("YZI18N_CACHE_DIR", str(tmp_path))
    key = conventions_module._cache_key()
    assert conventions_module._cache_path("de") == tmp_path / f"numbers-{key}" / "de.pickle"
    assert conventions_module._cache_path("../x") is None  # a language tag is no path
    monkeypatch.setenv("YZI18N_CACHE_DIR", "")
    assert conventions_module._cache_path("de") is None


def test_other_versions_caches_are_removed_once_stale(tmp_path, monkeypatch):
    import os
    import time

    monkeypatch.setenv("YZI18N_CACHE_DIR", str(tmp_path))
    stale, recent = tmp_path / "numbers-0000000000000000", tmp_path / "numbers-1111111111111111"
    for folder in (stale, recent):
        folder.mkdir()
        (folder / "de.pickle").write_bytes(b"old")
    long_ago = time.time() - conventions_module.STALE_CACHE_SECONDS - 60
    os.utime(stale, (long_ago, long_ago))
    unrelated = tmp_path / "other-tool"
    unrelated.mkdir()
    os.utime(unrelated, (long_ago, long_ago))
    conventions_module._write_cache("de", derive_conventions("de"), {})  # the first write of this version
    assert not stale.exists()
    assert recent.exists() and unrelated.exists()  # used lately, or not a numbers cache
    assert conventions_module._read_cache("de") is not None


@pytest.mark.parametrize("language", CACHE_LANGUAGES)
def test_the_light_number_locale_formats_as_babels_own(language, tmp_path, monkeypatch):
    from yzi18n.langtags import locale as babel_locale

    monkeypatch.setenv("YZI18N_CACHE_DIR", str(tmp_path))
    data = conventions_module._number_data(babel_locale(language) or babel_locale("en"))
    monkeypatch.setitem(conventions_module._NUMBER_DATA, language, data)
    number_locale.cache_clear()
    try:
        light = number_locale(language)
        assert light is not (babel_locale(language) or babel_locale("en"))
        rendered = [render_value(v, language, percent=p) for v in VALUES for p in (False, True)]
    finally:
        number_locale.cache_clear()
    full = [render_value(v, language, percent=p) for v in VALUES for p in (False, True)]
    assert rendered == full
    assert any(ch.isdigit() for text in rendered for ch in text)


def test_derived_conventions_do_not_depend_on_set_order():
    # ties between words of one length are broken by the words, not by set order
    assert conventions("el").scale_name(9) == min(
        (w for w, e in conventions("el").scales_after if e == 9 and len(w) == len(conventions("el").scale_name(9))),
        default=conventions("el").scale_name(9))
    for language in ("cs", "lv", "sk", "uk"):
        words = conventions(language).percent_after
        assert list(words) == sorted(words, key=lambda w: (-len(w), w))


# ── parse: a fast Number constructor, scale stems and near spellings looked up by their letters ──

from yzi18n.numbers.parse import _new_number, _one_edit, _one_scale, _raw_readings, _word_at  # noqa: E402


def test_the_fast_number_constructor_makes_the_dataclass_instance():
    made = _new_number(Decimal(5), "5", 3, 4, "plain", Decimal(5), "WW", "5")
    assert made == Number(Decimal(5), "5", 3, 4, kind="plain", mantissa=Decimal(5), glued="WW", digits="5")
    assert repr(made) == repr(Number(Decimal(5), "5", 3, 4, mantissa=Decimal(5), glued="WW", digits="5"))
    assert made.values == {Decimal(5)}


def _one_scale_long_way(text, pos, conv):
    """The scale-word lookup before the letter indexes (stems and near spellings scanned in full)."""
    from yzi18n.numbers.parse import _skip_spaces

    here = _skip_spaces(text, pos)
    found = _match_word(text, here, conv.scales_after)
    if found:
        word, exponent, end = found
        bare = word.rstrip(".")
        if len(bare) > 1 or not bare.isascii():
            return word, int(exponent), end
    word = _word_at(text, here)
    lowered = word.lower()
    for stem, exponent in conv.scale_stems:
        if lowered.startswith(stem):
            return word, exponent, here + len(word)
    if len(lowered) >= 6:
        for known, exponent in conv.scales_after:
            if len(known) >= 6 and known[:2] == lowered[:2] and _one_edit(lowered.rstrip("."), known):
                return word, int(exponent), here + len(word)
    return None


def test_scale_words_stems_and_near_spellings_are_found_as_by_the_full_scan():
    for language in ("de", "ru", "ar", "fa", "fr", "lt", "hi", "sw", "tr", "el"):
        conv = conventions(language)
        if conv.han:
            continue
        words = [w for w, _ in conv.scales_after] + [s + "xyz" for s, _ in conv.scale_stems]
        words += [w[:3] + w[4:] for w in words if len(w) >= 7]  # one letter dropped
        words += [w[:2] + "q" + w[3:] for w in words if len(w) >= 6]  # one letter changed
        words += ["", "people", "Menschen", "x", "миллиардов", "tausend."]
        for word in words:
            text = f"5 {word} rest"
            assert _one_scale(text, 1, conv, False) == _one_scale_long_way(text, 1, conv), (language, word)


def test_a_token_without_separators_has_its_one_reading():
    conv = conventions("de")
    assert _raw_readings("2019", 7, conv) == [[(Decimal(2019), 7, 11, False)]]
    assert _raw_readings("٢٠١٩", 0, conventions("ar")) == [[(Decimal(2019), 0, 4, False)]]
    assert len(_raw_readings("1.300", 0, conv)) > 1
