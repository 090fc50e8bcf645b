"""entry_state spells out Entry.fuzzy and Entry.translated: it must give their verdict."""

from __future__ import annotations

import pytest

from yzi18n.catalog.stats import entry_state
from yzi18n.model import Entry


@pytest.mark.parametrize("entry", [
    Entry("a", "b"),
    Entry("a", ""),
    Entry("a", "b", flags=("fuzzy",)),
    Entry("a", "", flags=("python-format", "fuzzy")),
    Entry("a", msgid_plural="as", msgstr_plural=((0, "x"), (1, "y"))),
    Entry("a", msgid_plural="as", msgstr_plural=((0, "x"), (1, ""))),
    Entry("a", msgid_plural="as", msgstr_plural=()),
    Entry("a", msgid_plural="as", msgstr_plural=((1, "y"), (0, "x")), flags=("fuzzy",)),
])
def test_entry_state_is_the_properties_verdict(entry):
    expected = "fuzzy" if entry.fuzzy else "translated" if entry.translated else "untranslated"
    assert entry_state(entry) == expected
