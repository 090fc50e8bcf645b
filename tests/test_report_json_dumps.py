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
