"""The runner's shortcuts give the long way's findings: preconditions shared by several checks
(one digit test per entry for the eight ``numbers.*`` checks) against every check called for
every entry, on NTREX-like catalogs and on the repository's own; worker processes against one."""

from __future__ import annotations

import dataclasses
import os
from pathlib import Path

import pytest

from yzi18n import api
from yzi18n.catalog.stats import catalog_stats, entry_state, word_count
from yzi18n.checks.numbers import NUMBERS_MAY_DISAGREE as numbers_may_disagree
from yzi18n.checks.registry import REGISTRY, CheckSpec, check, load_checks, select
from yzi18n.numbers.agree import has_digit
from yzi18n.checks.runner import PARALLEL_CATALOGS, checked_entries, run_checks, worker_count
from yzi18n.model import Catalog, Entry, Severity

ROOT = Path(__file__).resolve().parents[1]
NTREX = Path(__file__).resolve().parents[2] / "shared" / "data" / "ntrex-dev"
# a spread of scripts and conventions: decimal commas, native digits, Han scales, Indian grouping
NTREX_LANGUAGES = {"deu": "de", "fra": "fr", "zho-CN": "zh-Hans", "jpn": "ja", "arb": "ar", "fas": "fa",
                   "hin": "hi", "ben": "bn", "rus": "ru", "tur": "tr", "swh": "sw", "tha": "th"}


def ntrex_catalogs(lines: int = 700) -> list[Catalog]:
    if not (NTREX / "src.eng.txt").is_file():
        pytest.skip("../shared/data/ntrex-dev is absent")
    sources = (NTREX / "src.eng.txt").read_text(encoding="utf-8").splitlines()[:lines]
    catalogs = []
    for code, language in NTREX_LANGUAGES.items():
        path = NTREX / f"ref.{code}.txt"
        if not path.is_file():
            continue
        targets = path.read_text(encoding="utf-8", errors="replace").splitlines()[:lines]
        entries = tuple(Entry(msgid=s, msgstr=t, msgctxt=str(n), line=n)
                        for n, (s, t) in enumerate(zip(sources, targets), 1) if s.strip() and t.strip())
        catalogs.append(Catalog(f"{code}.po", language, entries))
    return catalogs


def both_ways(catalogs, patterns, **options):
    specs = select(load_checks().values(), patterns)
    fast = run_checks(catalogs, specs, source_language="en", options=options)
    slow = run_checks(catalogs, specs, source_language="en", options=options, preconditions=False)
    return fast, slow


@pytest.mark.parametrize("strict", [False, True])
def test_numbers_findings_are_the_same_with_and_without_the_shared_digit_test(strict):
    catalogs = ntrex_catalogs()
    fast, slow = both_ways(catalogs, ["numbers"], numbers_strict=strict)
    assert fast == slow
    assert len(fast) > 50  # the data has findings to compare
    # with plural entries too: the digit may sit in the plural msgid or in one form only
    plural = Catalog("p.po", "de", (
        Entry("One file", msgid_plural="%d files", msgstr_plural=((0, "Eine Datei"), (1, "%d Dateien")), line=1),
        Entry("One file of two", msgid_plural="files of 2", msgstr_plural=((0, "a"), (1, "b")), line=4),
        Entry("a", msgid_plural="b", msgstr_plural=((0, "c"), (1, "d 3")), line=7)))
    fast, slow = both_ways([plural], ["numbers"], numbers_strict=strict)
    assert fast == slow and fast


def test_the_repositorys_catalogs_give_the_same_findings_both_ways():
    project = api.open_project(ROOT / "pyproject.toml")
    catalogs = api.load_catalogs(project)
    options = api.check_options(project)
    fast, slow = both_ways(catalogs, [], **options)
    assert fast == slow and fast


def test_every_numbers_check_carries_the_digit_and_agreement_precondition():
    # the family's selection leaves out the opt-in numbers.order, a catalog check that reads the
    # order of numbers whose values agree: outside the precondition
    specs = select(load_checks().values(), ["numbers"])
    assert len(specs) >= 8 and all(spec.applies is numbers_may_disagree for spec in specs)
    assert [spec.code for spec in load_checks().values() if spec.code.startswith("numbers.")
            and spec.scope != "entry"] == ["numbers.order"]
    # alone it is the digit test; bound to a catalog's languages it also lets agreeing numbers by
    may = numbers_may_disagree.for_catalog("de", "en", {})
    assert numbers_may_disagree(Entry("in 2019", "im Jahr 2019")) and not may(Entry("in 2019", "im Jahr 2019"))
    assert may(Entry("16.1 km", "161 km")) and not may(Entry("one", "eins"))
    assert all(spec.applies is None for spec in load_checks().values() if not spec.code.startswith("numbers."))


def test_has_digit_reads_every_form_and_any_script():
    assert has_digit(Entry("in 2019", "im Jahr"))
    assert has_digit(Entry("in the year", "٢٠١٩ में"))
    assert not has_digit(Entry("one", "eins"))
    assert has_digit(Entry("a", msgid_plural="b", msgstr_plural=((0, "x"), (1, "y ৪৫"))))
    assert has_digit(Entry("a", msgid_plural="2 b", msgstr_plural=((0, "x"), (1, "y"))))
    assert not has_digit(Entry("a", msgid_plural="%d b", msgstr_plural=((0, "x"), (1, "y"))))
    assert not has_digit(Entry("a", msgid_plural="b", msgstr_plural=((0, "x"), (1, "y"))))


def test_a_check_is_not_called_for_entries_its_precondition_rules_out():
    calls: list[str] = []

    def odd(entry: Entry) -> bool:
        return int(entry.msgctxt) % 2 == 1

    def first(entry, ctx):
        calls.append("first " + entry.msgctxt)
        return [ctx.finding(entry, "first")]

    def second(entry, ctx):
        calls.append("second " + entry.msgctxt)
        return [ctx.finding(entry, "second")]

    specs = [CheckSpec("zz.first", Severity.INFO, "entry", first, odd),
             CheckSpec("zz.second", Severity.INFO, "entry", second, odd)]
    catalog = Catalog("c.po", "de", tuple(Entry(f"s{n}", f"t{n}", msgctxt=str(n), line=n) for n in range(1, 6)))
    findings = run_checks([catalog], specs)
    assert calls == ["first 1", "first 3", "first 5", "second 1", "second 3", "second 5"]
    assert [(f.line, f.code) for f in findings] == [(1, "zz.first"), (1, "zz.second"), (3, "zz.first"),
                                                    (3, "zz.second"), (5, "zz.first"), (5, "zz.second")]
    calls.clear()
    assert len(run_checks([catalog], specs, preconditions=False)) == 10 and len(calls) == 10


def test_the_check_decorator_takes_a_precondition_for_entry_checks_only():
    def applies(entry):
        return True

    @check("zztest.entry", severity=Severity.INFO, applies=applies)
    def entry_check(entry, ctx):
        return []

    @check("zztest.catalog", severity=Severity.INFO, scope="catalog", applies=applies)
    def catalog_check(catalog, ctx):
        return []

    try:
        assert REGISTRY["zztest.entry"].applies is applies
        assert REGISTRY["zztest.catalog"].applies is None
    finally:
        del REGISTRY["zztest.entry"], REGISTRY["zztest.catalog"]


def _states(catalog: Catalog) -> list:
    return [e for e in catalog.entries if e.msgid and not e.obsolete and not e.fuzzy and e.translated]


VARIED = Catalog("v.po", "de", (
    Entry("", "Language: de\n"),
    Entry("a", "b"), Entry("c", ""), Entry("d", "e", flags=("fuzzy",)), Entry("f", "g", obsolete=True),
    Entry("h", msgid_plural="hs", msgstr_plural=((0, "x"), (1, "y"))),
    Entry("i", msgid_plural="is", msgstr_plural=((0, "x"), (1, ""))),
    Entry("j", msgid_plural="js", msgstr_plural=()),
    Entry("Click <a_1>here</a_1> to read the <em_2>docs</em_2>.", "Hier klicken"),
))


def test_checked_entries_and_stats_keep_the_entry_properties_meaning():
    assert checked_entries(VARIED) == _states(VARIED)
    stats = catalog_stats(VARIED)
    expected = {"translated": 0, "fuzzy": 0, "untranslated": 0}
    words = dict(expected)
    for entry in VARIED.entries:
        if entry.msgid and not entry.obsolete:
            expected[entry_state(entry)] += 1
            words[entry_state(entry)] += word_count(entry.msgid)
    assert (stats.translated, stats.fuzzy, stats.untranslated) == (expected["translated"], expected["fuzzy"],
                                                                    expected["untranslated"]) == (3, 1, 3)
    assert (stats.translated_words, stats.fuzzy_words, stats.untranslated_words) == (
        words["translated"], words["fuzzy"], words["untranslated"])
    assert word_count("Click <a_1>here</a_1> to read the <em_2>docs</em_2>.") == 6


def test_ntrex_stats_and_entries_agree_with_the_properties():
    for catalog in ntrex_catalogs(200):
        assert checked_entries(catalog) == _states(catalog)
        varied = dataclasses.replace(catalog, entries=catalog.entries + VARIED.entries[1:])
        assert checked_entries(varied) == _states(varied)


# ── worker processes ──────────────────────────────────────────────────────────────────────

def test_worker_processes_give_the_findings_of_one_process():
    catalogs = ntrex_catalogs(lines=150)
    specs = select(load_checks().values(), [])
    one = run_checks(catalogs, specs, source_language="en", jobs=1)
    if worker_count(2, catalogs) == 1:
        pytest.skip("processes cannot be forked here")
    two = run_checks(catalogs, specs, source_language="en", jobs=2)
    assert [dataclasses.astuple(f) for f in two] == [dataclasses.astuple(f) for f in one]
    assert len({f.code.split(".")[0] for f in one}) > 2  # several families have findings to compare


def test_worker_count_forks_only_for_a_large_run_or_when_asked():
    small = [Catalog(f"{n}.po", "de", (Entry("a", msgstr="b", line=1),)) for n in range(3)]
    assert worker_count(1, small) == 1
    assert worker_count(0, small) == 1  # too small to gain from processes
    many = [Catalog(f"{n}.po", "de", tuple(Entry(f"a{k}", msgstr="b", line=k) for k in range(3000)))
            for n in range(PARALLEL_CATALOGS)]
    if worker_count(2, small) == 1:
        pytest.skip("processes cannot be forked here")
    assert worker_count(2, small) == 2 and worker_count(5, small) == 3  # never more than the catalogs
    assert worker_count(0, many) == min(len(os.sched_getaffinity(0)), PARALLEL_CATALOGS)  # one per CPU
