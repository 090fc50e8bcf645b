"""ITS 2.0 spec points checked against the specification rather than the W3C files: each test
is a tiny document of our own, its expected output written from the spec (section numbers
are those of https://www.w3.org/TR/its20/), mostly in the test-suite dump format."""

from __future__ import annotations

from pathlib import Path

import pytest

from yzi18n.documents import parse_document
from yzi18n.errors import ItsRuleError, YzError
from yzi18n.its import CATEGORIES, annotate, dump
from yzi18n.its.rules import parse_domain_mapping

ITS = 'xmlns:its="http://www.w3.org/2005/11/its"'
H = 'xmlns:h="http://www.w3.org/1999/xhtml"'


def lines(text: str, kind: str, category: str, path: str = "") -> list[str]:
    document = parse_document(text.encode("utf-8"), path or f"doc.{kind}")
    return dump(document, category).splitlines()


def with_fields(text: str, kind: str, category: str, path: str = "") -> list[str]:
    """Only the dump lines that carry fields."""
    return [line for line in lines(text, kind, category, path) if "\t" in line]


def html_rules(rules: str) -> str:
    return (f'<script type="application/its+xml"><its:rules {ITS} {H} version="2.0">{rules}'
            "</its:rules></script>")


# ── §5.3 selectors: namespaces, attributes, nothing selected ─────────────────────────────

def test_prefixes_declared_on_the_rule_element_itself_are_in_scope():
    text = f"""<doc {ITS} xmlns:x="urn:x"><its:rules version="2.0">
      <its:translateRule xmlns:y="urn:x" selector="//y:p" translate="no"/></its:rules>
      <x:p>a</x:p></doc>"""
    assert "/doc/x:p[1]\ttranslate=\"no\"" in lines(text, "xml", "translate")


def test_default_namespace_documents_need_a_prefix_in_selectors():
    text = f"""<doc xmlns="urn:d" {ITS}><its:rules version="2.0" xmlns:d="urn:d">
      <its:translateRule selector="//d:p" translate="no"/>
      <its:translateRule selector="//q" translate="no"/></its:rules><p/><q/></doc>"""
    output = lines(text, "xml", "translate")
    assert '/doc/p[1]\ttranslate="no"' in output
    assert '/doc/q[1]\ttranslate="yes"' in output  # XPath 1.0: an unprefixed name has no namespace


def test_a_selector_that_selects_nothing_and_empty_rules_change_nothing():
    text = f"""<doc {ITS}><its:rules version="2.0"/><its:rules version="2.0">
      <its:translateRule selector="//missing" translate="no"/>
      <its:locNoteRule selector="//nothing/@here" locNoteType="alert"><its:locNote>n</its:locNote></its:locNoteRule>
      </its:rules><p/></doc>"""
    assert '/doc/p[1]\ttranslate="yes"' in lines(text, "xml", "translate")
    assert with_fields(text, "xml", "localizationnote") == []


def test_params_of_a_linked_file_are_in_scope_as_if_at_the_top_of_the_linking_rules(tmp_path: Path):
    """§5.4: linked rules are processed as if at the top of the linking its:rules, and of two
    params with one name the last wins: the linked file's params reach the linking element's
    rules, and the linking element's params override the linked file's."""
    (tmp_path / "linked.xml").write_text(f"""<its:rules {ITS} version="2.0">
      <its:param name="kind">draft</its:param><its:param name="shared">linked</its:param>
      <its:translateRule selector="//p[@shared=$shared]" translate="no"/></its:rules>""")
    (tmp_path / "doc.xml").write_text(f"""<doc {ITS} xmlns:xlink="http://www.w3.org/1999/xlink">
      <its:rules version="2.0" xlink:href="linked.xml"><its:param name="shared">mine</its:param>
      <its:translateRule selector="//p[@kind=$kind]" translate="no"/></its:rules>
      <p kind="draft"/><p shared="linked"/><p shared="mine"/></doc>""")
    output = lines((tmp_path / "doc.xml").read_text(), "xml", "translate", str(tmp_path / "doc.xml"))
    assert '/doc/p[1]\ttranslate="no"' in output  # $kind comes from the linked file
    assert '/doc/p[2]\ttranslate="yes"' in output  # $shared is the linking element's value...
    assert '/doc/p[3]\ttranslate="no"' in output  # ...also in the linked file's rules


# ── pointers that find nothing ───────────────────────────────────────────────────────────

@pytest.mark.parametrize("rule, category", [
    ('<its:locNoteRule selector="//p" locNotePointer="@missing" locNoteType="alert"/>', "localizationnote"),
    ('<its:locNoteRule selector="//p" locNoteRefPointer="@missing" locNoteType="alert"/>', "localizationnote"),
    ('<its:domainRule selector="//p" domainPointer="@missing"/>', "domain"),
    ('<its:langRule selector="//p" langPointer="@missing"/>', "languageinformation"),
    ('<its:storageSizeRule selector="//p" storageSizePointer="@missing"/>', "storagesize"),
    ('<its:externalResourceRefRule selector="//p" externalResourceRefPointer="@missing"/>', "externalresource"),
    ('<its:idValueRule selector="//p" idValue="@missing"/>', "idvalue"),
    ('<its:allowedCharactersRule selector="//p" allowedCharactersPointer="@missing"/>', "allowedcharacters"),
])
def test_a_required_pointer_to_a_missing_node_leaves_the_node_alone(rule, category):
    text = f'<doc {ITS}><its:rules version="2.0">{rule}</its:rules><p/></doc>'
    assert [line for line in with_fields(text, "xml", category) if line.startswith("/doc/p[1]")] == []


def test_optional_pointers_to_missing_nodes_drop_only_their_field():
    """§8.3 termInfoPointer and §8.19 storageEncodingPointer are optional: the rule still applies
    (and the storage encoding is then the default UTF-8)."""
    text = f"""<doc {ITS}><its:rules version="2.0">
      <its:termRule selector="//p" term="yes" termInfoPointer="@missing"/>
      <its:storageSizeRule selector="//p" storageSize="9" storageEncodingPointer="@missing"/>
      <its:storageSizeRule selector="//q" storageSize="9" storageEncodingPointer="@enc" lineBreakType="CRLF"/>
      </its:rules><p/><q enc="ISO-8859-1"/></doc>"""
    assert '/doc/p[1]\tterm="yes"' in lines(text, "xml", "terminology")
    sizes = with_fields(text, "xml", "storagesize")
    assert '/doc/p[1]\tlineBreakType="lf"\tstorageEncoding="UTF-8"\tstorageSize="9"' in sizes
    assert '/doc/q[1]\tlineBreakType="crlf"\tstorageEncoding="ISO-8859-1"\tstorageSize="9"' in sizes


# ── §8.7 Domain: domainMapping ───────────────────────────────────────────────────────────

def test_domain_mapping_quotes_and_separators():
    assert parse_domain_mapping("automotive auto, 'criminal law' law, \"Sports Law\" 'law and sport'") == (
        ("automotive", "auto"), ("criminal law", "law"), ("Sports Law", "law and sport"))
    assert parse_domain_mapping("'sports law' law,'labor law' law") == (("sports law", "law"), ("labor law", "law"))
    assert parse_domain_mapping("a b, , c d,") == (("a", "b"), ("c", "d"))
    assert parse_domain_mapping("a b c d") == (("a", "b"), ("c", "d"))  # a missing comma
    assert parse_domain_mapping("  ") == ()
    with pytest.raises(ItsRuleError, match="not a pair"):
        parse_domain_mapping("a b c")
    with pytest.raises(ItsRuleError):
        parse_domain_mapping("'unclosed quote x")


def test_domain_values_are_split_trimmed_mapped_and_inherited_by_attributes():
    text = f"""<doc {ITS}><its:rules version="2.0">
      <its:domainRule selector="//body" domainPointer="/doc/head/meta/@content"
        domainMapping="'criminal law' law, medical medicine"/></its:rules>
      <head><meta content=" criminal law ,Medical, medical"/><meta content="law, x"/></head>
      <body id="b"><p/></body></doc>"""
    output = with_fields(text, "xml", "domain")
    assert output == ['/doc/body[1]\tdomains="law, Medical, medicine, x"',
                      '/doc/body[1]/@id\tdomains="law, Medical, medicine, x"',
                      '/doc/body[1]/p[1]\tdomains="law, Medical, medicine, x"']


# ── XML local markup on its:span and inheritance table (§8.x "Implementation") ───────────

SPAN = f"""<doc {ITS} its:version="2.0"><p>a <its:span translate="no" locNote="n" locNoteType="alert"
  term="yes" termInfoRef="#t" dir="rtl" withinText="yes" localeFilterList="fr" localeFilterType="exclude"
  storageSize="5" lineBreakType="crlf" allowedCharacters="[a-z]">b<b/></its:span></p></doc>"""


@pytest.mark.parametrize("category, span, child, attribute", [
    ("translate", 'translate="no"', 'translate="no"', 'translate="no"'),
    ("localizationnote", 'locNote="n"\tlocNoteType="alert"', 'locNote="n"\tlocNoteType="alert"', None),
    ("terminology", 'term="yes"\ttermInfoRef="#t"', 'term="no"', 'term="no"'),
    ("directionality", 'dir="rtl"', 'dir="rtl"', 'dir="rtl"'),
    ("elementswithintext", 'withinText="yes"', 'withinText="no"', None),
    ("localefilter", 'localeFilterList="fr"\tlocaleFilterType="exclude"',
     'localeFilterList="fr"\tlocaleFilterType="exclude"', 'localeFilterList="fr"\tlocaleFilterType="exclude"'),
    ("storagesize", 'lineBreakType="crlf"\tstorageEncoding="UTF-8"\tstorageSize="5"', None, None),
    ("allowedcharacters", 'allowedCharacters="[a-z]"', 'allowedCharacters="[a-z]"', None),
])
def test_its_span_takes_unprefixed_local_attributes_and_inherits_per_the_spec(category, span, child, attribute):
    output = dict((line.split("\t", 1) + [None])[:2] for line in lines(SPAN, "xml", category))
    assert output["/doc/p[1]/its:span[1]"] == span
    assert output["/doc/p[1]/its:span[1]/b[1]"] == child
    assert output["/doc/p[1]/its:span[1]/@dir"] == attribute


# ── HTML specifics (§2.5 / the HTML parts of each data category) ─────────────────────────

def test_html_its_attributes_and_global_pointers_to_attributes():
    text = ("<!DOCTYPE html><html><head>" + html_rules(
        '<its:externalResourceRefRule selector="//h:img/@data-x" externalResourceRefPointer="."/>'
        '<its:externalResourceRefRule selector="//h:video" externalResourceRefPointer="@src"/>'
        '<its:termRule selector="//h:i" term="yes" termInfoRefPointer="@data-ref"/>'
        '<its:locNoteRule selector="//h:b/@title" locNoteRefPointer="../@data-note" locNoteType="alert"/>')
        + '</head><body><p its-loc-note-ref="n.html#a" its-loc-note-type="ALERT" its-term="yes" '
        'its-term-confidence="0.5" its-annotators-ref="terminology|http://t">x <img src="a.png" data-x="b.png">'
        '<video src="v.mp4"></video><i data-ref="#r">i</i><b title="T" data-note="c.html#b">b</b></p></body></html>')
    resources = with_fields(text, "html", "externalresource")
    assert resources == ['/html/body[1]/p[1]/img[1]/@data-x\texternalResourceRef="b.png"',
                         '/html/body[1]/p[1]/video[1]\texternalResourceRef="v.mp4"']
    notes = dict(line.split("\t", 1) for line in with_fields(text, "html", "localizationnote"))
    assert notes["/html/body[1]/p[1]"] == 'locNoteRef="n.html#a"\tlocNoteType="alert"'
    assert notes["/html/body[1]/p[1]/b[1]/@title"] == 'locNoteRef="c.html#b"\tlocNoteType="alert"'
    terms = dict(line.split("\t", 1) for line in lines(text, "html", "terminology"))
    assert terms["/html/body[1]/p[1]"] == 'annotatorsRef="terminology|http://t"\tterm="yes"\ttermConfidence="0.5"'
    assert terms["/html/body[1]/p[1]/i[1]"] == 'annotatorsRef="terminology|http://t"\tterm="yes"\ttermInfoRef="#r"'
    assert terms["/html/body[1]"] == 'term="no"'


def test_nearest_annotators_declaration_wins_per_category_and_pairs_are_sorted():
    text = f"""<doc {ITS} its:annotatorsRef="terminology|a mt-confidence|m">
      <p its:annotatorsRef="terminology|b" n="1"/><q/></doc>"""
    output = dict(line.split("\t", 1) for line in lines(text, "xml", "terminology"))
    assert output["/doc/p[1]"] == 'annotatorsRef="mt-confidence|m terminology|b"\tterm="no"'
    assert output["/doc/p[1]/@n"] == 'annotatorsRef="mt-confidence|m terminology|b"\tterm="no"'
    assert output["/doc/q[1]"] == 'annotatorsRef="mt-confidence|m terminology|a"\tterm="no"'


def test_html_without_html_head_body_tags_lists_the_implied_elements():
    assert lines('<p title="T">Hi', "html", "translate") == [
        '/html\ttranslate="yes"', '/html/head[1]\ttranslate="yes"', '/html/body[1]\ttranslate="yes"',
        '/html/body[1]/p[1]\ttranslate="yes"', '/html/body[1]/p[1]/@title\ttranslate="yes"']


def test_elements_beside_head_and_body_go_where_an_html5_parser_puts_them():
    text = ('<!DOCTYPE html><html><head><title>t</title></head><link rel="x"><body><p>a</p></body>'
            "<p>after</p></html>")
    assert [line.split("\t")[0] for line in lines(text, "html", "translate")] == [
        "/html", "/html/head[1]", "/html/head[1]/title[1]", "/html/head[1]/link[1]", "/html/head[1]/link[1]/@rel",
        "/html/body[1]", "/html/body[1]/p[1]", "/html/body[1]/p[2]"]


def test_tables_get_the_tbody_tr_and_colgroup_an_html5_parser_implies():
    text = ("<!DOCTYPE html><html><head>" + html_rules('<its:translateRule selector="//h:tbody" translate="no"/>')
            + "</head><body><table><col><tr><td>a</td></tr><!-- c --><tr><td>b</td></tr><td>c</td></table>"
            "<table><thead><tr><th>h</th></tr></thead></table></body></html>")
    body = [line for line in lines(text, "html", "translate") if "/table" in line]
    assert body == [
        '/html/body[1]/table[1]\ttranslate="yes"',
        '/html/body[1]/table[1]/colgroup[1]\ttranslate="yes"',
        '/html/body[1]/table[1]/colgroup[1]/col[1]\ttranslate="yes"',
        '/html/body[1]/table[1]/tbody[1]\ttranslate="no"',
        '/html/body[1]/table[1]/tbody[1]/tr[1]\ttranslate="no"',
        '/html/body[1]/table[1]/tbody[1]/tr[1]/td[1]\ttranslate="no"',
        '/html/body[1]/table[1]/tbody[1]/tr[2]\ttranslate="no"',
        '/html/body[1]/table[1]/tbody[1]/tr[2]/td[1]\ttranslate="no"',
        '/html/body[1]/table[1]/tbody[1]/tr[3]\ttranslate="no"',
        '/html/body[1]/table[1]/tbody[1]/tr[3]/td[1]\ttranslate="no"',
        '/html/body[1]/table[2]\ttranslate="yes"',
        '/html/body[1]/table[2]/thead[1]\ttranslate="yes"',
        '/html/body[1]/table[2]/thead[1]/tr[1]\ttranslate="yes"',
        '/html/body[1]/table[2]/thead[1]/tr[1]/th[1]\ttranslate="yes"']


def test_the_dump_leaves_the_callers_tree_alone():
    document = parse_document(b"<table><tr><td>a</td></tr></table>", "t.html")
    dump(document, "translate")
    assert document.root.find("head") is None and document.root.find("body/table/tr") is not None


def test_svg_and_mathml_are_in_their_own_namespaces_for_selectors():
    text = ("<!DOCTYPE html><html><head>" + html_rules(
        '<its:translateRule xmlns:s="http://www.w3.org/2000/svg" xmlns:m="http://www.w3.org/1998/Math/MathML"'
        ' selector="//s:svg | //m:math | //s:foreignObject/h:p" translate="no"/>'
        '<its:translateRule selector="//h:svg | //h:mi" translate="yes"/>')
        + "</head><body><svg><foreignObject><p>x</p></foreignObject><text>t</text></svg>"
        "<math><mi>x</mi></math><p>y</p></body></html>")
    output = dict(line.split("\t", 1) for line in lines(text, "html", "translate"))
    assert output["/html/body[1]/svg[1]"] == 'translate="no"'
    assert output["/html/body[1]/svg[1]/foreignObject[1]"] == 'translate="no"'  # camelCase, as HTML5 has it
    assert output["/html/body[1]/svg[1]/foreignObject[1]/p[1]"] == 'translate="no"'
    assert output["/html/body[1]/math[1]/mi[1]"] == 'translate="no"'
    assert output["/html/body[1]/p[1]"] == 'translate="yes"'


def test_html_defaults_apply_to_html_elements_only_not_inside_svg():
    """The HTML within-text defaults and translatable attributes are about HTML elements; an
    SVG ``a`` is not one (its children in ``foreignObject`` are HTML again)."""
    text = ('<!DOCTYPE html><html><head></head><body><svg title="s"><a title="x"><text>t</text></a>'
            '<foreignObject><b title="y">z</b></foreignObject></svg></body></html>')
    within = dict((line.split("\t") + [""])[:2] for line in lines(text, "html", "elementswithintext"))
    assert within["/html/body[1]/svg[1]"] == 'withinText="yes"'  # svg itself is phrasing content
    assert within["/html/body[1]/svg[1]/a[1]"] == 'withinText="no"'
    assert within["/html/body[1]/svg[1]/foreignObject[1]/b[1]"] == 'withinText="yes"'
    translate = dict(line.split("\t") for line in lines(text, "html", "translate"))
    assert translate["/html/body[1]/svg[1]/@title"] == 'translate="no"'
    assert translate["/html/body[1]/svg[1]/a[1]/@title"] == 'translate="no"'
    assert translate["/html/body[1]/svg[1]/foreignObject[1]/b[1]/@title"] == 'translate="yes"'


def test_xhtml_read_as_xml_keeps_the_html_defaults_and_html_attributes():
    """HTML5's XML syntax is still HTML: phrasing elements are within text, HTML's translatable
    attributes follow their element, and translate/dir/lang/id count beside the its:* and
    xml:* attributes (which win where both are given)."""
    text = f"""<html xmlns="http://www.w3.org/1999/xhtml" {ITS} lang="en"><head><title>t</title></head>
      <body><p title="T" translate="no" dir="rtl" id="p1">a <b its:translate="yes" xml:lang="fr" lang="de">b</b>
      <bdo dir="ltr">c</bdo><span data-x="1">d</span></p></body></html>"""
    out = {category: dict((line.split("\t", 1) + [""])[:2] for line in lines(text, "xml", category))
           for category in ("translate", "elementswithintext", "directionality", "languageinformation", "idvalue")}
    p = "/html/body[1]/p[1]"
    assert out["translate"][p] == 'translate="no"' and out["translate"][p + "/@title"] == 'translate="no"'
    assert out["translate"][p + "/b[1]"] == 'translate="yes"'
    assert out["translate"][p + "/span[1]/@data-x"] == 'translate="no"'
    assert out["elementswithintext"][p] == 'withinText="no"'
    assert out["elementswithintext"][p + "/b[1]"] == 'withinText="yes"'
    assert out["directionality"][p + "/bdo[1]"] == 'dir="lro"' and out["directionality"][p + "/b[1]"] == 'dir="rtl"'
    assert out["languageinformation"]["/html"] == 'lang="en"'
    assert out["languageinformation"][p + "/b[1]"] == 'lang="fr"'
    assert out["idvalue"][p] == 'idValue="p1"'


# ── odd but legal input: nothing crashes, every category lists every node ────────────────

ODD = {
    "comments, PIs, CDATA and entities (xml)": (
        f'<?xml version="1.0"?><!-- c --><doc xmlns="urn:x" {ITS}><?pi x?><its:rules version="2.0"/>'
        '<p a="&amp;&#233;"><![CDATA[<a>]]>&lt;&#x41;</p><!-- c --></doc><?after?>', "xml"),
    "comments, PIs, CDATA and entities (html)": (
        '<!DOCTYPE html><!-- c --><html><?pi x?><body><!-- c --><p title="&quot;a&quot;">x<![CDATA[y]]>'
        '&copy;&amp;&unknown;&nbsp;</p></body></html>', "html"),
    "html fragment": ("<b>bold</b> text", "html"),
    "template": ("<!DOCTYPE html><template><p translate=no its-term=yes>x</p></template><p>y</p>", "html"),
    "empty rules block in html": ('<!DOCTYPE html><html><head><script type="application/its+xml">  </script>'
                                  "</head><body></body></html>", "html"),
    "uppercase tags and odd attribute names": (
        '<!DOCTYPE html><HTML LANG="EN"><BODY><P @click="x" :class="y" v-on:x="z">A</P></BODY></HTML>', "html"),
    "its rules that select attributes of every element": (
        f'<doc {ITS}><its:rules version="2.0"><its:translateRule selector="//@*" translate="yes"/>'
        '<its:dirRule selector="//*" dir="rtl"/><its:idValueRule selector="//@*" idValue="."/></its:rules>'
        '<p a="1"/></doc>', "xml"),
}


@pytest.mark.parametrize("name", sorted(ODD))
def test_odd_but_legal_input_dumps_every_category(name):
    text, kind = ODD[name]
    counts = {category: len(lines(text, kind, category)) for category in CATEGORIES}
    assert len(set(counts.values())) == 1 and counts["translate"] > 1


def test_unreadable_linked_rules_are_an_error_that_names_the_document(tmp_path: Path):
    page = tmp_path / "page.html"
    page.write_text('<!DOCTYPE html><html><head><link rel="its-rules" href="missing.xml"></head></html>')
    document = parse_document(page.read_bytes(), str(page))
    with pytest.raises(YzError, match="missing.xml"):
        annotate(document).get(document.root, "translate")
