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
