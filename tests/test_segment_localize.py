"""extract_units and localize on small documents: ITS behaviour, safety, Locale Filter, XML."""

from __future__ import annotations

import lxml.html
import pytest

from yzi18n import its, segment
from yzi18n.documents import parse_document, serialize_document
from yzi18n.model import Unit


def html(body: str, head: str = "") -> tuple:
    data = f"<!DOCTYPE html>\n<html lang=\"en\"><head><title>T</title>{head}</head><body>{body}</body></html>\n"
    document = parse_document(data.encode(), "page.html")
    return document, its.annotate(document)


def units(body: str, **options) -> list[Unit]:
    document, annotations = html(body)
    return [u for u in segment.extract_units(document, annotations, **options) if u.msgid != "T"]


def build(body: str, translations: dict[str, str | None], **options) -> tuple[str, segment.LocalizeResult]:
    document, annotations = html(body)
    result = segment.localize(document, annotations, lambda unit: translations.get(unit.msgid),
                              language=options.pop("language", "fr"), **options)
    text = serialize_document(result.document).decode()
    return text[text.index("<body>") + 6:text.index("</body>")], result


def test_the_design_example():
    assert units('<p>Click <a href="/docs" class="x">here</a> to read the <em>docs</em>.<br/>Next</p>')[0].msgid == \
        "Click <a_1>here</a_1> to read the <em_2>docs</em_2>.<br_3/>Next"


def test_attributes_come_from_the_source_not_the_translation():
    body, result = build('<p>Click <a href="/docs" class="x">here</a>.</p>',
                         {"Click <a_1>here</a_1>.": "Cliquez <a_1>ici</a_1>."})
    assert body == '<p>Cliquez <a href="/docs" class="x">ici</a>.</p>'
    assert result.translated == 1


def test_nested_content_is_its_own_unit_with_a_placeholder():
    document = parse_document(
        b'<doc xmlns:its="http://www.w3.org/2005/11/its"><its:rules version="2.0">'
        b'<its:withinTextRule selector="//fn" withinText="nested"/><its:withinTextRule selector="//b" '
        b'withinText="yes"/></its:rules><p>Text<fn>A <b>note</b>.</fn> more.</p></doc>', "doc.xml")
    annotations = its.annotate(document)
    msgids = [u.msgid for u in segment.extract_units(document, annotations)]
    assert msgids == ["Text<fn_1/> more.", "A <b_1>note</b_1>."]
    translations = {"Text<fn_1/> more.": "Texte<fn_1/> de plus.", "A <b_1>note</b_1>.": "Une <b_1>note</b_1>."}
    result = segment.localize(document, annotations, lambda unit: translations.get(unit.msgid), language="fr")
    assert b"<p>Texte<fn>Une <b>note</b>.</fn> de plus.</p>" in serialize_document(result.document)


def test_its_values_become_comments_flags_language_and_context():
    found = units('<p id="intro" its-loc-note="Be brief" its-loc-note-type="alert" its-storage-size="24" '
                  'its-allowed-characters="[a-z ]">short text</p><pre> a\n  b </pre><p lang="fr">Bonjour</p>',
                  use_id_as_context=False)
    assert found[0].comments == ("Be brief", "its: loc-note-type=alert", "its: storage-size=24",
                                 "its: allowed-characters=[a-z ]")
    assert found[1].msgid == " a\n  b " and found[1].flags == ("no-wrap",)
    assert found[2].language == "fr" and found[0].language is None


def test_id_value_gives_the_context_only_when_asked():
    document = parse_document(b'<doc xmlns:its="http://www.w3.org/2005/11/its"><its:rules version="2.0">'
                              b'<its:idValueRule selector="//p" idValue="@name"/></its:rules>'
                              b'<p name="nav.home">Home</p></doc>', "doc.xml")
    annotations = its.annotate(document)
    assert segment.extract_units(document, annotations)[0].msgctxt is None
    unit = segment.extract_units(document, annotations, use_id_as_context=True)[0]
    assert (unit.msgctxt, unit.msgid) == ("nav.home", "Home")


def test_same_msgid_merges_with_locations_joined():
    found = units("<p>Same</p>\n<p>Same</p>")
    assert len(found) == 1 and len(found[0].locations) == 2


def test_protected_inline_content_is_restored_and_reported():
    body, result = build('<p>Use <span translate="no">Acme</span> now.</p>',
                         {"Use <span_1>Acme</span_1> now.": "Utilisez <span_1>Akme</span_1> maintenant."})
    assert body == '<p>Utilisez <span translate="no">Acme</span> maintenant.</p>'
    assert [p.code for p in result.problems] == ["protected.edited"]


def test_a_refused_translation_keeps_the_source_and_names_the_unit():
    source = '<p>Read <a href="/x">this</a>.</p>'
    body, result = build(source, {"Read <a_1>this</a_1>.": 'Lisez <a_1 onclick="x()">ceci</a_1>.'})
    assert body == source
    assert result.rejected == 1 and result.problems[0].unit.msgid == "Read <a_1>this</a_1>."
    assert result.problems[0].language == "fr"


def test_untranslated_text_is_marked_with_its_language():
    body, result = build("<p>One.</p><div>Loose <b>text</b><p>Two.</p></div>", {"One.": "Un."})
    assert body == ('<p>Un.</p><div><span lang="en" class="yzi18n-fallback">Loose <b>text</b></span>'
                    '<p lang="en" class="yzi18n-fallback">Two.</p></div>')
    assert result.fallback == 3  # with the page title


def test_translatable_attributes_are_replaced_in_place():
    body, _ = build('<img src="a.png" alt="A cat"><input placeholder="Name">',
                    {"A cat": "Un chat", "Name": "Nom"})
    assert body == '<img src="a.png" alt="Un chat"><input placeholder="Nom">'


@pytest.mark.parametrize("language, kept", [("fr", False), ("fr-CA", False), ("de", True)])
def test_locale_filter_removes_excluded_content(language, kept):
    body, result = build('<p>A</p><p its-locale-filter-list="fr" its-locale-filter-type="exclude">B</p>tail',
                         {"A": "A", "B": "B", "tail": "tail"}, language=language)
    assert ("B" in body) is kept and body.endswith("tail")


def test_language_ranges():
    assert segment.language_allowed("*-CH", "include", "de-CH")
    assert not segment.language_allowed("de-CH", "include", "de")
    assert segment.language_allowed("de-*-1996", "include", "de-Latn-CH-1996")
    assert not segment.language_allowed("", "include", "fr")


def test_sentence_mode_never_cuts_inside_an_inline_element_and_reassembles():
    found = units("<p>First one. Then <b>two. Three.</b> Four!</p>", mode="sentence")
    assert [u.msgid for u in found] == ["First one.", "Then <b_1>two. Three.</b_1>", "Four!"]
    body, result = build("<p>First one. Then <b>two. Three.</b> Four!</p>",
                         {"First one.": "Un.", "Then <b_1>two. Three.</b_1>": "Puis <b_1>deux.</b_1>"},
                         mode="sentence")
    assert body == '<p>Un. Puis <b>deux.</b> <span lang="en" class="yzi18n-fallback">Four!</span></p>'
    assert (result.translated, result.fallback) == (2, 2)  # with the page title


def test_doctype_comments_scripts_and_styles_survive():
    document, annotations = html("<!-- c --><script>if (a < b) x();</script><p>Hi</p>",
                                 head="<style>p{color:red}</style>")
    result = segment.localize(document, annotations, lambda u: "Salut" if u.msgid == "Hi" else None,
                              language="fr")
    text = serialize_document(result.document).decode()
    assert text.startswith("<!DOCTYPE html>")
    assert "<!-- c --><script>if (a < b) x();</script>" in text and "<style>p{color:red}</style>" in text
    assert "<p>Salut</p>" in text


def test_the_input_document_is_untouched():
    document, annotations = html("<p>Hi <b>you</b></p>")
    before = serialize_document(document)
    segment.localize(document, annotations, lambda u: "Salut <b_1>toi</b_1>", language="fr")
    assert serialize_document(document) == before


def test_xml_fallback_uses_xml_lang():
    document = parse_document(b"<doc><title>Hello</title></doc>", "doc.xml")
    result = segment.localize(document, its.annotate(document), lambda u: None, language="fr")
    assert b'<title xml:lang="en">Hello</title>' in serialize_document(result.document)


def test_unknown_mode_is_an_error():
    document, annotations = html("<p>x</p>")
    with pytest.raises(ValueError):
        segment.extract_units(document, annotations, mode="word")


def test_output_parses_as_html():
    body, _ = build("<p>A &amp; B</p>", {"A & B": "A < B & C"})
    assert body == "<p>A &lt; B &amp; C</p>"
    assert lxml.html.fragment_fromstring(body).text_content() == "A < B & C"
