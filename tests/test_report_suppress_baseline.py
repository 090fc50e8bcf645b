"""Suppression comments, config ignores and the baseline, as pure functions."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest
from hypothesis import given, strategies as st

from yzi18n.baseline import (Baseline, baseline_of, compare, fingerprint, format_baseline, parse_baseline,
                             read_baseline, write_baseline)
from yzi18n.errors import InputError
from yzi18n.model import Catalog, Entry, Finding, Severity
from yzi18n.suppress import NO_REASON, apply_suppressions, parse_suppression

PATH = "locale/de/LC_MESSAGES/site.po"


# ── the comment ─────────────────────────────────────────────────────────────────────────

@pytest.mark.parametrize("comment, codes, reason", [
    ("yzi18n: ignore numbers.mismatch — 3 miles converted to 5 km", ("numbers.mismatch",), "3 miles converted to 5 km"),
    ("yzi18n: ignore numbers.scale – en dash", ("numbers.scale",), "en dash"),
    ("yzi18n: ignore numbers.scale -- two dashes", ("numbers.scale",), "two dashes"),
    ("yzi18n: ignore numbers.scale - a well-known form", ("numbers.scale",), "a well-known form"),
    ("yzi18n: ignore numbers.scale: colon", ("numbers.scale",), "colon"),
    ("yzi18n: ignore numbers, names.missing — two codes", ("numbers", "names.missing"), "two codes"),
    ("  YZI18N:Ignore names.missing", ("names.missing",), NO_REASON),
    ("yzi18n: ignore names.missing because the pronoun is usual", ("names.missing",), "because the pronoun is usual"),
])
def test_parse_suppression(comment: str, codes: tuple, reason: str) -> None:
    suppression = parse_suppression(comment)
    assert suppression is not None
    assert suppression.codes == codes and suppression.reason == reason


@pytest.mark.parametrize("comment", ["an ordinary comment", "yzi18n: ignore — no code", "yzi18n: ignored x",
                                     "see yzi18n: ignore numbers — not at the start"])
def test_ordinary_comments_suppress_nothing(comment: str) -> None:
    assert parse_suppression(comment) is None


def finding(code: str, msgid: str = "It is 3 miles away.", *, path: str = PATH, language: str = "de",
            message: str = "3 is 5 in the translation", line: int = 5, msgctxt: str | None = None) -> Finding:
    return Finding(code, Severity.ERROR, message, path, line, language, msgid=msgid, msgctxt=msgctxt)


def catalog(*comments: str, msgctxt: str | None = None) -> Catalog:
    entry = Entry("It is 3 miles away.", "Es sind 5 km.", msgctxt=msgctxt, translator_comments=comments, line=4,
                  msgstr_line=5)
    return Catalog(PATH, "de", (entry, Entry("Other", "Anderes", line=8, msgstr_line=9)))


def test_a_comment_silences_its_code_on_its_entry_only() -> None:
    comment = "yzi18n: ignore numbers.changed — 3 miles converted to 5 km"
    found = [finding("numbers.changed"), finding("numbers.missing"), finding("numbers.changed", "Other")]
    result = apply_suppressions(found, [catalog("translator: Ana", comment)])
    assert [f.suppressed for f in result] == ["3 miles converted to 5 km", None, None]


def test_a_family_silences_every_check_of_it() -> None:
    result = apply_suppressions([finding("numbers.changed"), finding("names.missing")],
                                [catalog("yzi18n: ignore numbers — converted")])
    assert [f.suppressed for f in result] == ["converted", None]


def test_msgctxt_tells_entries_apart() -> None:
    comment = "yzi18n: ignore numbers.changed — ok"
    assert apply_suppressions([finding("numbers.changed")], [catalog(comment, msgctxt="a")])[0].suppressed is None
    assert apply_suppressions([finding("numbers.changed", msgctxt="a")],
                              [catalog(comment, msgctxt="a")])[0].suppressed == "ok"


def test_obsolete_entries_suppress_nothing() -> None:
    entry = Entry("It is 3 miles away.", "x", translator_comments=("yzi18n: ignore numbers — old",), obsolete=True)
    assert apply_suppressions([finding("numbers.changed")], [Catalog(PATH, "de", (entry,))])[0].suppressed is None


def test_per_file_and_per_language_ignores_drop_findings() -> None:
    found = [finding("numbers.changed"), finding("numbers.changed", path="locale/pt_BR/LC_MESSAGES/site.po",
                                                 language="pt-BR"),
             finding("names.missing", path="locale/ja/LC_MESSAGES/site.po", language="ja")]
    by_file = apply_suppressions(found, [], per_file_ignores={"locale/de/*": ("numbers",)})
    assert [f.language for f in by_file] == ["pt-BR", "ja"]
    by_folder = apply_suppressions(found, [], per_file_ignores={"locale/de": ("numbers.changed",)})
    assert [f.language for f in by_folder] == ["pt-BR", "ja"]
    by_language = apply_suppressions(found, [], per_language_ignores={"pt": ("numbers",), "ja": ("numbers",)})
    assert [f.language for f in by_language] == ["de", "ja"]  # pt covers pt-BR; ja ignores another family
    posix_key = apply_suppressions(found, [], per_language_ignores={"pt_BR": ("numbers.changed",)})
    assert [f.language for f in posix_key] == ["de", "ja"]


# ── the baseline ────────────────────────────────────────────────────────────────────────

def test_fingerprint_ignores_the_line_and_keeps_the_rest() -> None:
    base = finding("numbers.changed")
    assert fingerprint(base) == fingerprint(replace(base, line=99, hint="other hint"))
    for changed in (replace(base, message="4 is 5"), replace(base, code="numbers.missing"),
                    replace(base, path="locale/fr/x.po"), replace(base, msgid="x"), replace(base, msgctxt="")):
        assert fingerprint(changed) != fingerprint(base)


def test_compare_marks_known_lists_gone_and_counts_new() -> None:
    old = [finding("numbers.changed"), finding("numbers.missing"), finding("names.missing", "Other")]
    baseline = baseline_of(old, "b.json")
    today = [replace(old[0], line=40), finding("numbers.added"), old[2]]
    comparison = compare(today, baseline)
    assert [f.suppressed is not None for f in comparison.findings] == [True, False, True]
    assert comparison.new == 1
    assert [r.code for r in comparison.gone] == ["numbers.missing"]
    assert "b.json" in comparison.findings[0].suppressed


def test_identical_findings_form_a_multiset() -> None:
    one = finding("numbers.changed")
    comparison = compare([one, one], baseline_of([one], "b.json"))
    assert [f.suppressed is None for f in comparison.findings] == [False, True]
    assert comparison.new == 1 and comparison.gone == ()


def test_suppressed_findings_are_not_recorded() -> None:
    assert baseline_of([replace(finding("numbers.changed"), suppressed="ok")]).records == ()


def test_baseline_file_round_trip(tmp_path) -> None:
    recorded = baseline_of([finding("numbers.changed"), finding("names.missing", msgctxt="nav")], "b.json")
    path = tmp_path / "b.json"
    assert write_baseline(path, recorded) is True
    assert write_baseline(path, recorded) is False  # unchanged: not rewritten
    again = read_baseline(path, "b.json")
    assert again == recorded
    document = json.loads(path.read_text(encoding="utf-8"))
    assert document["version"] == 1 and len(document["findings"]) == 2
    assert "line" not in document["findings"][0]


@pytest.mark.parametrize("text, needle", [
    ("{", "not a JSON baseline"),
    ('{"tool": "other", "findings": []}', "not a yzi18n baseline"),
    ('{"tool": "yzi18n", "version": 9, "findings": []}', "version 9"),
    ('{"tool": "yzi18n", "version": 1, "findings": [{"code": "x.y"}]}', "lacks"),
])
def test_bad_baseline_files_are_input_errors(text: str, needle: str) -> None:
    with pytest.raises(InputError) as error:
        parse_baseline(text, "b.json")
    assert needle in str(error.value) and str(error.value).startswith("b.json")


def test_missing_baseline_file(tmp_path) -> None:
    with pytest.raises(InputError, match="no such baseline"):
        read_baseline(tmp_path / "absent.json", "absent.json")


messages = st.text(min_size=1, max_size=30)


@given(st.lists(st.tuples(st.sampled_from(["numbers.a", "numbers.b", "names.c"]), messages), max_size=12),
       st.lists(st.tuples(st.sampled_from(["numbers.a", "numbers.b", "names.c"]), messages), max_size=12))
def test_compare_accounts_for_every_finding(old_items, new_items) -> None:
    """known + new = today's findings; known + gone = the baseline's records."""
    old = [finding(code, message=message) for code, message in old_items]
    new = [finding(code, message=message) for code, message in new_items]
    baseline = parse_baseline(format_baseline(baseline_of(old, "b.json")), "b.json")
    comparison = compare(new, baseline)
    accepted = sum(1 for f in comparison.findings if f.suppressed)
    assert accepted + comparison.new == len(new)
    assert accepted + len(comparison.gone) == len(old)
    # a baseline of today's findings accepts all of them
    assert compare(new, baseline_of(new, "b.json")).new == 0
    assert isinstance(baseline, Baseline)
