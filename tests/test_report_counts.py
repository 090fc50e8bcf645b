"""The report's catalog counts are the numbers ``yzi18n stats`` gives, counted the same way."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from yzi18n.catalog.pofile import PoEntry, PoFile, format_po, parse_po, to_catalog
from yzi18n.catalog.stats import catalog_stats
from yzi18n.report.common import catalog_counts

from po_strategies import po_entries

REAL_PO = Path(__file__).resolve().parents[2] / "shared" / "data" / "real-po"


def stats_counts(catalog):
    stats = catalog_stats(catalog)
    return (stats.total, stats.translated, stats.fuzzy, stats.untranslated, stats.untranslated_words + stats.fuzzy_words)


def report_counts(catalog):
    counts = catalog_counts(catalog)
    return (counts.total, counts.translated, counts.fuzzy, counts.untranslated, counts.words_to_translate)


@settings(max_examples=60, deadline=None)
@given(st.lists(po_entries(60), max_size=8))
def test_counts_agree_with_stats_on_any_catalog(items):
    unique = list({(e.msgctxt, e.msgid, e.obsolete): e for e in items}.values())
    catalog = to_catalog(parse_po(format_po(PoFile(tuple(unique))), "x.po"), "x.po", language="de")
    assert report_counts(catalog) == stats_counts(catalog)


def test_counts_of_each_state():
    entries = (PoEntry(msgid="two words", msgstr="zwei Wörter"), PoEntry(msgid="three more words", msgstr=""),
               PoEntry(msgid="fuzzy one", msgstr="x", flags=("fuzzy",)),
               PoEntry(msgid="a file", msgid_plural="files", msgstr_plural=("Datei", "")),
               PoEntry(msgid="gone", msgstr="weg", obsolete=True))
    catalog = to_catalog(parse_po(format_po(PoFile(entries)), "x.po"), "x.po", language="de")
    assert report_counts(catalog) == (4, 1, 1, 2, 3 + 2 + 2) == stats_counts(catalog)


@pytest.mark.skipif(not REAL_PO.is_dir(), reason="../shared/data/real-po is not there")
def test_counts_agree_with_stats_on_real_catalogs():
    for path in sorted(REAL_PO.rglob("*.po")):
        catalog = to_catalog(parse_po(path.read_bytes(), str(path)), str(path))
        assert report_counts(catalog) == stats_counts(catalog), path
