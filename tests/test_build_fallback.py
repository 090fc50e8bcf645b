"""Fallback tables: own catalog first, then the chain; fuzzy only when asked; completeness by unit."""

from __future__ import annotations

from yzi18n.build.fallback import completeness, publishable, translation_table
from yzi18n.model import Catalog, Entry, Unit


def catalog(language: str, *entries: Entry) -> Catalog:
    return Catalog(f"locale/{language}/LC_MESSAGES/d.po", language, entries)


CATALOGS = {
    "pt-BR": catalog("pt-BR", Entry("Hello", "Olá (BR)", line=5), Entry("Bus", "Ônibus", flags=("fuzzy",))),
    "pt": catalog("pt", Entry("Hello", "Olá"), Entry("Bus", "Autocarro"), Entry("Train", "Comboio"),
                  Entry("Old", "Velho", obsolete=True)),
}


def test_own_catalog_wins_then_the_chain_fills_in():
    table = translation_table("pt-BR", ["pt-BR", "pt"], CATALOGS)
    assert table.text(Unit("Hello")) == "Olá (BR)"
    assert table.lookup(Unit("Hello")).language == "pt-BR" and table.lookup(Unit("Hello")).entry.line == 5
    assert table.text(Unit("Bus")) == "Autocarro"  # the pt-BR entry is fuzzy
    assert table.lookup(Unit("Bus")).language == "pt"
    assert table.text(Unit("Train")) == "Comboio"
    assert table.text(Unit("Old")) is None and table.text(Unit("Plane")) is None


def test_fuzzy_is_published_only_when_asked():
    table = translation_table("pt-BR", ["pt-BR", "pt"], CATALOGS, include_fuzzy=True)
    assert table.text(Unit("Bus")) == "Ônibus"


def test_context_is_part_of_the_key():
    table = translation_table("fr", ["fr"], {"fr": catalog("fr", Entry("May", "mai", msgctxt="month"))})
    assert table.text(Unit("May", msgctxt="month")) == "mai"
    assert table.text(Unit("May")) is None


def test_completeness_counts_distinct_units():
    table = translation_table("pt", ["pt"], CATALOGS)
    units = [Unit("Hello"), Unit("Hello"), Unit("Bus"), Unit("Plane"), Unit("Boat")]
    assert completeness(units, table) == 0.5
    assert completeness([], table) == 1.0


def test_publishable():
    assert publishable(Entry("a", "b"), False)
    assert not publishable(Entry("a", ""), True)
    assert not publishable(Entry("a", "b", flags=("fuzzy",)), False)
    assert publishable(Entry("a", "b", flags=("fuzzy",)), True)
    assert not publishable(Entry("", "header"), True)
