"""A catalog's habit with small numbers: a translator who keeps them as digits almost everywhere has
not written out the one that is missing (a language without a spell-out table, "xx" here)."""

from __future__ import annotations

from decimal import Decimal

from yzi18n.checks.registry import load_checks, select
from yzi18n.checks.runner import run_checks
from yzi18n.model import Catalog, Entry, Severity
from yzi18n.numbers.compare import compare
from yzi18n.numbers.words import LearnedWords, keeps_small_digits, small_digit_habit

KEEPS = LearnedWords({}, keeps_digits=True)
SPELLS = LearnedWords({}, keeps_digits=False)
UNKNOWN = LearnedWords({})  # too little evidence: no habit


def severity(source, target, learned):
    found = [d for d in compare(source, target, "en", "xx", learned=learned) if d.kind == "missing"]
    return max(d.severity for d in found) if found else None


def test_a_catalog_that_keeps_digits_makes_a_missing_small_number_an_error():
    assert severity("He scored 5 goals.", "Alifunga mabao.", KEEPS) == Severity.ERROR


def test_a_catalog_that_spells_numbers_out_keeps_the_warning():
    assert severity("He scored 5 goals.", "Alifunga mabao.", SPELLS) == Severity.WARNING


def test_too_little_evidence_keeps_the_warning():
    assert severity("He scored 5 goals.", "Alifunga mabao.", UNKNOWN) == Severity.WARNING


def test_the_habit_counts_units_that_keep_their_small_digits():
    keep = [(f"They found {n} bags.", f"Walipata mifuko {n}.") for n in range(1, 21)]
    spell = [(f"They found {n} bags.", "Walipata mifuko mingi.") for n in range(1, 4)]
    assert small_digit_habit(keep + spell) == (20, 23)
    assert small_digit_habit([("In 2016 it rose 2.5%.", "Mnamo 2016 ilipanda.")]) == (0, 0)  # no small number
    assert keeps_small_digits(keep) is True
    assert keeps_small_digits(keep + spell) is False
    assert keeps_small_digits(keep[:19]) is None  # fewer than 20 units: no habit


def test_a_learned_word_counts_as_kept():
    pairs = [(f"They found {n} bags.", f"Walipata mifuko {n}.") for n in range(1, 21)] + [("5 days", "siku tano")]
    assert keeps_small_digits(pairs, LearnedWords({Decimal(5): frozenset({"tano"})})) is True
    assert keeps_small_digits(pairs) is False


def _run(entries):
    specs = select(load_checks().values(), ["numbers"])
    return [f for f in run_checks([Catalog("xx.po", "xx", tuple(entries))], specs, source_language="en")
            if f.code == "numbers.missing"]


def test_the_habit_is_read_from_the_catalog_under_check():
    kept = [Entry(f"They found {n % 20 + 1} bags.", f"Walipata mifuko {n % 20 + 1}.", msgctxt=str(n))
            for n in range(100)]  # 100 units keep their small number, one lost it: 100/101 kept
    lost = Entry("He scored 5 goals.", "Alifunga mabao.", msgctxt="x")
    assert [f.severity for f in _run(kept + [lost])] == [Severity.ERROR]
    assert [f.severity for f in _run(kept[:10] + [lost])] == [Severity.WARNING]  # a small catalog: no habit
