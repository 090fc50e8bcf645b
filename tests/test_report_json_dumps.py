"""The JSON report's writer gives json.dumps' text (indent 2, sorted keys, no ASCII escaping)."""

from __future__ import annotations

import json

from hypothesis import given, settings, strategies as st

from yzi18n.report.json import dumps_indented

scalars = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text()
documents = st.recursive(scalars, lambda children: st.lists(children, max_size=4)
                         | st.dictionaries(st.text(max_size=6), children, max_size=4), max_leaves=25)


def reference(document) -> str:
    return json.dumps(document, indent=2, ensure_ascii=False, sort_keys=True)


@settings(max_examples=300, deadline=None)
@given(documents)
def test_the_same_text_as_json_dumps(document):
    assert dumps_indented(document) == reference(document)


def test_tuples_empty_containers_and_odd_keys():
    for document in ({"b": (), "a": {}, "c": ("x", None, [[]])}, {1: "one"}, [{"\u2028": "\x00\"\\"}], "é", 7, None):
        assert dumps_indented(document) == reference(document)


def test_the_entry_index_of_the_findings_keys_holds_what_the_whole_index_holds_for_them():
    from yzi18n.model import Catalog, Entry, Finding, Severity
    from yzi18n.report.common import entry_index

    def entry(msgid, line, msgctxt=None, obsolete=False):
        return Entry(msgid=msgid, msgstr="x", msgctxt=msgctxt, line=line, obsolete=obsolete)

    catalogs = [Catalog("a.po", "de", (entry("one", 3), entry("one", 6, "ctx"), entry("two", 9),
                                       entry("two", 12, obsolete=True), entry("one", 15))),
                Catalog("b.po", "fr", (entry("one", 3), entry("three", 6)))]
    findings = [Finding("numbers.missing", Severity.ERROR, "m", "a.po", 4, "de", msgid="one"),
                Finding("numbers.missing", Severity.ERROR, "m", "a.po", 7, "de", msgid="one", msgctxt="ctx"),
                Finding("numbers.missing", Severity.ERROR, "m", "a.po", 10, "de", msgid="two"),
                Finding("numbers.missing", Severity.ERROR, "m", "b.po", 7, "fr", msgid="three"),
                Finding("numbers.missing", Severity.ERROR, "m", "b.po", None, "fr")]
    whole, partial = entry_index(catalogs), entry_index(catalogs, findings)
    keys = {(f.path, f.msgctxt, f.msgid) for f in findings if f.msgid is not None}
    assert set(partial) == keys and all(partial[key] is whole[key] for key in keys)
    assert partial[("a.po", None, "one")].line == 15  # the last of a repeated key, as the whole index
