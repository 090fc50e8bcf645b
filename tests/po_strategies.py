"""Hypothesis strategies for PO entries, shared by the reader/writer and fast-reader tests."""

from __future__ import annotations

from hypothesis import strategies as st

from yzi18n.catalog.pofile import PoEntry

_comment = st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp")), max_size=40)


def po_entries(max_text: int = 120) -> st.SearchStrategy[PoEntry]:
    """Any entry the writer can write: plural or not, context, flags, comments, references with
    and without a line number, a previous msgid, obsolete or not."""
    text = st.text(alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"),
                   max_size=max_text)

    @st.composite
    def entries(draw):
        plural = draw(st.booleans())
        return PoEntry(
            msgid=draw(text.filter(bool)), msgctxt=draw(st.none() | text),
            msgid_plural=draw(text) if plural else None,
            msgstr="" if plural else draw(text),
            msgstr_plural=tuple(draw(st.lists(text, min_size=1, max_size=4))) if plural else (),
            flags=tuple(draw(st.lists(st.sampled_from(["fuzzy", "python-format", "no-wrap", "c-format"]),
                                      unique=True, max_size=3))),
            translator_comments=tuple(draw(st.lists(_comment.map(str.strip), max_size=2))),
            extracted_comments=tuple(draw(st.lists(_comment.map(str.strip), max_size=2))),
            references=tuple(draw(st.lists(
                st.from_regex(r"[a-z/]{1,20}\.html(:[1-9][0-9]{0,3})?", fullmatch=True), max_size=6))),
            previous_msgid=draw(st.none() | text), obsolete=draw(st.booleans()))

    return entries()
