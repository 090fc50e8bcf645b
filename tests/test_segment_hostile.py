"""Hostile translations, modelled on the XSS filter-evasion cheat sheets: none is published.

Each translation targets one unit of a small page; the build must refuse it (the source text
is kept and a problem names the unit), and the built page must hold no script element, no
event-handler attribute and no script URL that the source did not have.
"""

from __future__ import annotations

import lxml.html
import pytest

from yzi18n import its, segment
from yzi18n.documents import parse_document, serialize_document

PAGE = ('<!DOCTYPE html>\n<html lang="en"><head><title>Safe</title></head><body>'
        '<p>Read <a href="/docs">the docs</a> now.</p>'
        '<img src="cat.png" alt="A cat">'
        "</body></html>\n")
PARAGRAPH = "Read <a_1>the docs</a_1> now."

HOSTILE_PARAGRAPH = [
    "<script>alert(1)</script> <a_1>x</a_1>",
    "<SCRIPT SRC=//xss.example/x.js></SCRIPT><a_1>x</a_1>",
    "<<SCRIPT>alert(1);//<</SCRIPT><a_1>x</a_1>",
    '<a_1 href="javascript:alert(1)">x</a_1>',
    "<a_1 onclick=alert(1)>x</a_1>",
    '<a_1>x</a_1><img src=x onerror="alert(1)">',
    "<a_1>x</a_1><svg/onload=alert(1)>",
    '<a_1>x</a_1><iframe src="javascript:alert(1)"></iframe>',
    "<a_1>x</a_1><body onload=alert(1)>",
    '<a_1>x</a_1><style>@import "javascript:alert(1)";</style>',
    "<a_1>x</a_1><math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    "<a_1>x</a_1><!--<script>alert(1)</script>-->",
    "<a_1>x</a_1><![CDATA[<script>alert(1)</script>]]>",
    '<a_1>x</a_1><?xml-stylesheet href="evil.xsl"?>',
    '<!DOCTYPE x [<!ENTITY a "aaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]><a_1>&b;</a_1>',
    "<a_1>x</a_1>&lt;script&gt;alert(1)&lt;/script&gt;",
    "<a_1>x</a_1>&#60;script&#62;alert(1)&#60;/script&#62;",
    "<a_1>javascript&colon;alert(1)</a_1>",
    "<a_1>x</a_1><scr<script>ipt>alert(1)</script>",
    "<a_1>x</a_1><IMG SRC=JaVaScRiPt:alert(1)>",
    "<a_1>x</a_1><a_1>again</a_1>",
    "<a_1>x",
    "</a_1>x<a_1>",
    "<b_2>x</b_2><a_1>x</a_1>",
    "<A_1>x</A_1>",
    "<a_1>x</a_1><br_2/>",
    "<a_1>x</a_1> vbscript:msgbox(1)",
    '<a_1>x</a_1> " onmouseover="alert(1)',
    "<a_1>x</a_1>\x00",
]
HOSTILE_ALT = ['" onerror="alert(1)', "<script>alert(1)</script>", "javascript:alert(1)", "&quot;&gt;",
               "<img src=x onerror=alert(1)>", "x\x0bx"]


def build(paragraph: str | None = None, alt: str | None = None):
    document = parse_document(PAGE.encode(), "page.html")
    translations = {PARAGRAPH: paragraph, "A cat": alt, "Safe": "Sûr"}
    result = segment.localize(document, its.annotate(document), lambda unit: translations.get(unit.msgid),
                              language="fr")
    return serialize_document(result.document).decode(), result


def assert_nothing_executable(text: str) -> None:
    root = lxml.html.document_fromstring(text)
    assert root.xpath("//script|//iframe|//svg|//math|//style|//object|//embed") == []
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        for name, value in element.attrib.items():
            assert not name.lower().startswith("on"), (name, value)
            assert "script:" not in value.lower().replace(" ", ""), (name, value)


@pytest.mark.parametrize("translation", HOSTILE_PARAGRAPH)
def test_hostile_paragraph_translation_is_not_published(translation):
    text, result = build(paragraph=translation)
    assert result.rejected == 1, translation
    assert result.problems[0].unit.msgid == PARAGRAPH and result.problems[0].code.startswith("markup.")
    assert '<p>Read <a href="/docs">the docs</a> now.</p>' in text
    assert_nothing_executable(text)


@pytest.mark.parametrize("translation", HOSTILE_ALT)
def test_hostile_attribute_translation_is_not_published(translation):
    text, result = build(alt=translation)
    assert result.rejected == 1, translation
    assert 'alt="A cat"' in text
    assert_nothing_executable(text)


def test_a_fair_translation_goes_through():
    text, result = build(paragraph="Lisez <a_1>la doc</a_1> maintenant.", alt="Un chat")
    assert result.problems == () and result.translated == 3
    assert '<p>Lisez <a href="/docs">la doc</a> maintenant.</p>' in text and 'alt="Un chat"' in text
