"""ITS Terminology marks travel from the source to the names checks as ``#. its: term=…``."""

from yzi18n import its, segment
from yzi18n.checks.names import its_terms
from yzi18n.documents import parse_document
from yzi18n.model import Entry

PAGE = (b'<!DOCTYPE html><html lang="en"><body>'
        b'<p>Visit <span its-term="yes">Beijing Rocket Street</span> today.</p>'
        b'<p>No term here.</p></body></html>')


def test_marked_terms_become_comments_the_names_checks_read():
    document = parse_document(PAGE, "page.html")
    first, second = segment.extract_units(document, its.annotate(document))
    assert "its: term=Beijing Rocket Street" in first.comments
    entry = Entry(first.msgid, "Besuchen Sie heute die Raketenstraße.", extracted_comments=first.comments)
    assert its_terms(entry) == ("Beijing Rocket Street",)
    assert not [c for c in second.comments if c.startswith("its: term=")]


def test_storage_size_records_a_line_break_type_other_than_lf():
    document = parse_document(
        b'<doc xmlns:its="http://www.w3.org/2005/11/its" its:version="2.0">'
        b'<p its:storageSize="10" its:lineBreakType="crlf">Hello</p><p its:storageSize="5">Hi</p></doc>', "t.xml")
    first, second = segment.extract_units(document, its.annotate(document))
    assert first.comments == ("its: storage-size=10", "its: line-break-type=crlf")
    assert second.comments == ("its: storage-size=5",)
