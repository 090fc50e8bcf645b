"""ITS 2.0 spec points the visible W3C files do not cover: pointers, params, precedence,
inheritance to attributes, HTML local markup and defaults, linked rules, Atom defaults."""

from __future__ import annotations

from pathlib import Path

import pytest

from yzi18n.documents import parse_document
from yzi18n.cli import main
from yzi18n.errors import ConfigError, ItsRuleError
from yzi18n.its import CATEGORIES, annotate, dump
from yzi18n.its.rules import parse_domain_mapping

ITS = 'xmlns:its="http://www.w3.org/2005/11/its"'
H = 'xmlns:h="http://www.w3.org/1999/xhtml"'


def xml(text: str, path: str = "doc.xml", **options):
    document = parse_document(text.encode("utf-8"), path)
    return document, annotate(document, **options)


def html(text: str, path: str = "page.html", **options):
    document = parse_document(text.encode("utf-8"), path)
    return document, annotate(document, **options)


def first(document, xpath: str):
    return document.root.xpath(xpath)[0]


# ── pointers ──────────────────────────────────────────────────────────────────────────

def test_loc_note_pointer_and_ref_pointer():
    document, notes = xml(f"""<res {ITS}><its:rules version="2.0">
      <its:locNoteRule selector="//msg/text" locNotePointer="../note"/>
      <its:locNoteRule selector="//msg/label" locNoteRefPointer="../@doc" locNoteType="alert"/>
    </its:rules>
    <msg doc="notes.html#a"><note>Shown   on
      the button</note><text>OK</text><label>Go</label></msg></res>""")
    assert notes.get(first(document, "//text"), "localizationnote") == {
        "locNote": "Shown   on\n      the button", "locNoteType": "description"}
    assert notes.get(first(document, "//label"), "localizationnote") == {
        "locNoteRef": "notes.html#a", "locNoteType": "alert"}
    # the dump collapses whitespace
    assert '\tlocNote="Shown on the button"\t' in dump(document, "localizationnote")


def test_id_value_is_an_xpath_expression_on_the_selected_node():
    document, ids = xml(f"""<doc {ITS}><its:rules version="2.0">
      <its:idValueRule selector="//text" idValue="concat(../@name, '_t')"/>
      <its:idValueRule selector="//count" idValue="1 + 1"/>
    </its:rules><msg name="save"><text>Save</text><count>2</count></msg></doc>""")
    assert ids.get(first(document, "//text"), "idvalue") == {"idValue": "save_t"}
    assert ids.get(first(document, "//count"), "idvalue") == {"idValue": "2"}
    assert ids.get(first(document, "//msg"), "idvalue") == {}
    assert ids.get(first(document, "//msg"), "idvalue", "name") == {}


def test_term_info_pointer_resolves_to_text_and_attribute_context_pointer():
    document, terms = xml(f"""<doc {ITS}><its:rules version="2.0">
      <its:termRule selector="//term" term="yes" termInfoPointer="following-sibling::def[1]"/>
      <its:externalResourceRefRule selector="//video/@src" externalResourceRefPointer="."/>
      <its:locNoteRule selector="//video/@poster" locNotePointer="../@title"/>
    </its:rules><p><term>quincunx</term> <def>five points</def></p>
    <video src="v.mp4" poster="p.png" title="Still frame"/></doc>""")
    assert terms.get(first(document, "//term"), "terminology") == {"term": "yes", "termInfo": "five points"}
    video = first(document, "//video")
    assert terms.get(video, "externalresource", "src") == {"externalResourceRef": "v.mp4"}
    assert terms.get(video, "externalresource") == {}
    assert terms.get(video, "localizationnote", "poster") == {"locNote": "Still frame", "locNoteType": "description"}


def test_pointer_that_finds_nothing_leaves_the_node_alone():
    document, annotations = xml(f"""<doc {ITS}><its:rules version="2.0">
      <its:langRule selector="//p" langPointer="@language"/></its:rules>
      <p language="fr">Bonjour</p><p>Hello</p></doc>""")
    paragraphs = document.root.findall("p")
    assert annotations.get(paragraphs[0], "languageinformation") == {"lang": "fr"}
    assert annotations.get(paragraphs[1], "languageinformation") == {}


# ── params and precedence ─────────────────────────────────────────────────────────────

def test_params_are_xpath_variables(tmp_path: Path):
    document, annotations = xml(f"""<doc {ITS}><its:rules version="2.0">
      <its:param name="kind">secret</its:param>
      <its:translateRule selector="//p[@class=$kind]" translate="no"/>
    </its:rules><p class="secret">x</p><p class="open">y</p></doc>""")
    secret, open_ = document.root.findall("p")
    assert annotations.get(secret, "translate") == {"translate": "no"}
    assert annotations.get(open_, "translate") == {"translate": "yes"}


def test_linked_rules_come_before_the_linking_element_and_its_params_override(tmp_path: Path):
    (tmp_path / "linked.xml").write_text(f"""<its:rules {ITS} version="2.0">
      <its:param name="which">a</its:param>
      <its:translateRule selector="//p[@id=$which]" translate="no"/>
      <its:translateRule selector="//q" translate="no"/></its:rules>""", encoding="utf-8")
    source = tmp_path / "doc.xml"
    source.write_text(f"""<doc {ITS} xmlns:xlink="http://www.w3.org/1999/xlink">
      <its:rules version="2.0" xlink:href="linked.xml"><its:param name="which">b</its:param>
        <its:translateRule selector="//q" translate="yes"/></its:rules>
      <p id="a"/><p id="b"/><q/></doc>""", encoding="utf-8")
    document = parse_document(source.read_bytes(), str(source))
    annotations = annotate(document)
    a, b = document.root.findall("p")
    assert annotations.get(a, "translate") == {"translate": "yes"}
    assert annotations.get(b, "translate") == {"translate": "no"}
    assert annotations.get(document.root.find("q"), "translate") == {"translate": "yes"}


def test_local_beats_global_and_later_rules_beat_earlier():
    document, annotations = xml(f"""<doc {ITS}><its:rules version="2.0">
      <its:locNoteRule selector="//p" locNoteType="alert"><its:locNote>first</its:locNote></its:locNoteRule>
      <its:locNoteRule selector="//p[2]"><its:locNote>second</its:locNote></its:locNoteRule>
    </its:rules><p/><p/><p its:locNote="local"/></doc>""")
    p1, p2, p3 = document.root.findall("p")
    assert annotations.get(p1, "localizationnote") == {"locNote": "first", "locNoteType": "alert"}
    assert annotations.get(p2, "localizationnote") == {"locNote": "second", "locNoteType": "description"}
    assert annotations.get(p3, "localizationnote") == {"locNote": "local", "locNoteType": "description"}


def test_caller_rules_rank_below_document_rules(tmp_path: Path):
    config_rules = tmp_path / "config.xml"
    config_rules.write_text(f"""<its:rules {ITS} version="2.0">
      <its:translateRule selector="//code" translate="no"/>
      <its:translateRule selector="//kbd" translate="no"/></its:rules>""", encoding="utf-8")
    document, annotations = xml(f"""<doc {ITS}><its:rules version="2.0">
      <its:translateRule selector="//kbd" translate="yes"/></its:rules><code/><kbd/></doc>""",
                                rules_paths=[config_rules])
    assert annotations.get(document.root.find("code"), "translate") == {"translate": "no"}
    assert annotations.get(document.root.find("kbd"), "translate") == {"translate": "yes"}


def test_linked_rules_cycle_is_read_once(tmp_path: Path):
    (tmp_path / "a.xml").write_text(f"""<its:rules {ITS} xmlns:xlink="http://www.w3.org/1999/xlink"
      version="2.0" xlink:href="b.xml"><its:translateRule selector="//x" translate="no"/></its:rules>""")
    (tmp_path / "b.xml").write_text(f"""<its:rules {ITS} xmlns:xlink="http://www.w3.org/1999/xlink"
      version="2.0" xlink:href="a.xml"><its:dirRule selector="//x" dir="rtl"/></its:rules>""")
    document, annotations = xml("<doc><x/></doc>", rules_paths=[tmp_path / "a.xml"])
    x = document.root.find("x")
    assert annotations.get(x, "translate") == {"translate": "no"}
    assert annotations.get(x, "directionality") == {"dir": "rtl"}


def test_network_rules_are_refused_not_fetched():
    with pytest.raises(ItsRuleError, match="not fetched over the network") as error:
        html('<link rel="its-rules" href="https://example.org/rules.xml"><p>x</p>')
    assert str(error.value).startswith("page.html:1: ")


def test_bad_selector_and_query_language_name_the_rule_line():
    with pytest.raises(ItsRuleError) as error:
        xml(f'<doc {ITS}>\n<its:rules version="2.0">\n<its:translateRule selector="//[" translate="no"/>'
            "</its:rules></doc>")
    assert str(error.value).startswith("doc.xml:3: invalid XPath")
    with pytest.raises(ItsRuleError, match="queryLanguage 'css'"):
        xml(f'<doc {ITS}><its:rules version="2.0" queryLanguage="css"/></doc>')
    with pytest.raises(ItsRuleError, match="translate='maybe'"):
        xml(f'<doc {ITS}><its:rules version="2.0"><its:translateRule selector="//a" translate="maybe"/>'
            "</its:rules></doc>")


def test_embedded_html_rules_report_the_page_line():
    page = ('<!DOCTYPE html>\n<html><head>\n<script type="application/its+xml">\n'
            f'<its:rules {ITS} {H} version="2.0">\n<its:translateRule selector="//h:p[" translate="no"/>\n'
            "</its:rules></script></head><body><p>x</p></body></html>")
    with pytest.raises(ItsRuleError) as error:
        html(page)
    assert str(error.value).startswith("page.html:5: ")


# ── inheritance ───────────────────────────────────────────────────────────────────────

def test_translate_inherits_to_elements_not_attributes_in_xml():
    document, annotations = xml(f'<doc {ITS} its:translate="no"><p title="T"><b/></p></doc>')
    p = document.root.find("p")
    assert annotations.get(p.find("b"), "translate") == {"translate": "no"}
    assert annotations.get(p, "translate", "title") == {"translate": "no"}
    document, annotations = xml(f'<doc {ITS}><p title="T"/></doc>')
    assert annotations.get(document.root.find("p"), "translate", "title") == {"translate": "no"}


def test_categories_that_inherit_to_attributes():
    document, annotations = xml(f"""<doc {ITS} xml:lang="de" its:dir="rtl" xml:space="preserve"
      its:localeFilterList="de-CH" its:localeFilterType="exclude"><p n="1"/></doc>""")
    p = document.root.find("p")
    assert annotations.get(p, "languageinformation", "n") == {"lang": "de"}
    assert annotations.get(p, "directionality", "n") == {"dir": "rtl"}
    assert annotations.get(p, "preservespace", "n") == {"space": "preserve"}
    assert annotations.get(p, "localefilter", "n") == {"localeFilterList": "de-CH", "localeFilterType": "exclude"}
    assert annotations.get(p, "localizationnote", "n") == {}


def test_local_locale_filter_type_alone_keeps_the_inherited_list():
    document, annotations = xml(f'<doc {ITS} its:localeFilterList="fr"><p its:localeFilterType="exclude"/></doc>')
    assert annotations.get(document.root.find("p"), "localefilter") == {
        "localeFilterList": "fr", "localeFilterType": "exclude"}


def test_no_inheritance_for_terms_ids_storage_and_within_text():
    document, annotations = xml(f"""<doc {ITS} xml:id="d" its:term="yes" its:withinText="yes"
      its:storageSize="10"><p/></doc>""")
    p = document.root.find("p")
    assert annotations.get(p, "terminology") == {"term": "no"}
    assert annotations.get(p, "idvalue") == {}
    assert annotations.get(p, "storagesize") == {}
    assert annotations.get(p, "elementswithintext") == {"withinText": "no"}
    assert annotations.get(document.root, "storagesize") == {
        "storageSize": "10", "storageEncoding": "UTF-8", "lineBreakType": "lf"}


def test_allowed_characters_inherit_to_child_elements_only():
    document, annotations = xml(f'<doc {ITS}><p its:allowedCharacters="[a-z]" n="1"><b/></p></doc>')
    p = document.root.find("p")
    assert annotations.get(p.find("b"), "allowedcharacters") == {"allowedCharacters": "[a-z]"}
    assert annotations.get(p, "allowedcharacters", "n") == {}


# ── local markup: HTML vs XML ─────────────────────────────────────────────────────────

def test_html_its_attributes_are_case_insensitive_enumerations():
    document, annotations = html("""<p its-loc-note="Brand" its-loc-note-type="ALERT">
      <span its-term="YeS" its-term-info-ref="#t" its-term-confidence="0.8">Acme</span>
      <span its-within-text="Nested" its-locale-filter-list="fr" its-locale-filter-type="ExClude">x</span>
      <code its-storage-size="8" its-line-break-type="CRLF" its-allowed-characters="[0-9]">1</code></p>""")
    p = first(document, "//p")
    acme, other = p.findall("span")
    assert annotations.get(p, "localizationnote") == {"locNote": "Brand", "locNoteType": "alert"}
    assert annotations.get(acme, "terminology") == {"term": "yes", "termInfoRef": "#t", "termConfidence": "0.8"}
    assert annotations.get(other, "elementswithintext") == {"withinText": "nested"}
    assert annotations.get(other, "localefilter") == {"localeFilterList": "fr", "localeFilterType": "exclude"}
    code = p.find("code")
    assert annotations.get(code, "storagesize") == {"storageSize": "8", "storageEncoding": "UTF-8",
                                                     "lineBreakType": "crlf"}
    assert annotations.get(code, "allowedcharacters") == {"allowedCharacters": "[0-9]"}


def test_html_uses_lang_and_id_xml_uses_xml_lang_and_xml_id():
    document, annotations = html('<html lang="en"><body><p lang="fr" id="x" xml:lang="de">x</p></body></html>')
    p = first(document, "//p")
    assert annotations.get(p, "languageinformation") == {"lang": "fr"}
    assert annotations.get(p, "idvalue") == {"idValue": "x"}
    document, annotations = xml('<doc lang="fr" id="y"><p xml:lang="de" xml:id="z"/></doc>')
    assert annotations.get(document.root, "languageinformation") == {}
    assert annotations.get(document.root, "idvalue") == {}
    assert annotations.get(document.root.find("p"), "languageinformation") == {"lang": "de"}
    assert annotations.get(document.root.find("p"), "idvalue") == {"idValue": "z"}


def test_directionality_overrides_lro_rlo():
    document, annotations = html('<p dir="rtl">a <bdo dir="ltr">b</bdo> <bdo dir="RTL">c</bdo> '
                                 '<span dir="auto">d</span></p>')
    p = first(document, "//p")
    ltr_bdo, rtl_bdo = p.findall("bdo")
    assert annotations.get(ltr_bdo, "directionality") == {"dir": "lro"}
    assert annotations.get(rtl_bdo, "directionality") == {"dir": "rlo"}
    assert annotations.get(p.find("span"), "directionality") == {"dir": "rtl"}  # auto: not ITS, inherit
    document, annotations = xml(f'<doc {ITS}><p its:dir="rlo"><b/></p><its:span dir="lro"/></doc>')
    assert annotations.get(first(document, "//b"), "directionality") == {"dir": "rlo"}
    assert annotations.get(document.root[1], "directionality") == {"dir": "lro"}


def test_html_translate_values():
    document, annotations = html('<div translate="no"><span translate>a</span><b translate="">b</b>'
                                 '<i translate="maybe">c</i></div>')
    div = first(document, "//div")
    assert [annotations.get(child, "translate")["translate"] for child in div] == ["yes", "yes", "no"]


def test_invalid_xml_local_value_is_an_error():
    document, annotations = xml(f'<doc {ITS}>\n<p its:translate="nope"/></doc>')
    with pytest.raises(ItsRuleError, match="its:translate='nope'") as error:
        annotations.get(document.root, "translate")  # values are computed per category, on first use
    assert str(error.value).startswith("doc.xml:2: ")


def test_rule_selecting_attributes_in_html():
    document, annotations = html(f"""<head><script type="application/its+xml"><its:rules {ITS} {H} version="2.0">
      <its:translateRule selector="//h:img/@src" translate="yes"/>
      <its:translateRule selector="//h:img/@alt" translate="no"/></its:rules></script></head>
      <body><img src="a.png" alt="A" title="T"></body>""")
    img = first(document, "//img")
    assert annotations.get(img, "translate", "src") == {"translate": "yes"}
    assert annotations.get(img, "translate", "alt") == {"translate": "no"}
    assert annotations.get(img, "translate", "title") == {"translate": "yes"}


# ── HTML defaults ─────────────────────────────────────────────────────────────────────

PAGE = """<!DOCTYPE html><html lang="en"><head><meta name="description" content="About us">
<meta name="viewport" content="width=device-width"><meta property="og:title" content="Us">
<style>p{}</style><script>var x;</script></head><body>
<p style="color:red" title="Tip" aria-label="Label">Hi <b>there</b><br><img src="a.png" alt="A"></p>
<pre>  keep  </pre><textarea placeholder="Type">x</textarea><iframe src="f.html"></iframe>
<table><tr><th abbr="Qty">Quantity</th></tr></table><form><input type="button" value="Go">
<input type="submit" value="Send"><input type="text" value="v"></form><div>block</div></body></html>"""


def test_spec_defaults_for_html():
    document = parse_document(PAGE.encode(), "page.html")
    annotations = annotate(document, site_defaults=False)

    def tr(xpath, attribute=None):
        return annotations.get(first(document, xpath), "translate", attribute)["translate"]

    def wt(xpath):
        return annotations.get(first(document, xpath), "elementswithintext")["withinText"]

    assert [wt(x) for x in ("//b", "//br", "//img", "//p", "//div", "//script", "//iframe", "//textarea")] == [
        "yes", "yes", "yes", "no", "no", "nested", "nested", "nested"]
    assert tr("//script") == "yes" and tr("//style") == "yes"
    assert tr("/html", "lang") == "yes" and tr("//p", "style") == "yes"
    assert tr("//meta[@name='description']", "content") == "yes"
    assert tr("//meta[@name='viewport']", "content") == "no"
    assert tr("//th", "abbr") == "yes" and tr("//textarea", "placeholder") == "yes"
    assert tr("//input[@type='button']", "value") == "yes"
    assert tr("//input[@type='submit']", "value") == "no"
    assert tr("//p", "aria-label") == "no"
    assert annotations.get(first(document, "//pre"), "preservespace") == {"space": "default"}
    assert annotations.get(first(document, "//p"), "elementswithintext", "title") == {}


def test_site_defaults_for_html():
    document = parse_document(PAGE.encode(), "page.html")
    annotations = annotate(document)

    def tr(xpath, attribute=None):
        return annotations.get(first(document, xpath), "translate", attribute)["translate"]

    assert tr("//script") == "no" and tr("//style") == "no"
    assert tr("//p") == "yes"
    assert tr("/html", "lang") == "no" and tr("//p", "style") == "no"
    assert tr("//p", "aria-label") == "yes" and tr("//p", "title") == "yes" and tr("//img", "alt") == "yes"
    assert tr("//img", "src") == "no"
    assert tr("//input[@type='submit']", "value") == "yes"
    assert tr("//input[@type='text']", "value") == "no"
    assert tr("//meta[@property='og:title']", "content") == "yes"
    assert annotations.get(first(document, "//pre"), "preservespace") == {"space": "preserve"}
    assert annotations.get(first(document, "//textarea"), "preservespace") == {"space": "preserve"}
    assert annotations.get(first(document, "//div"), "preservespace") == {"space": "default"}


def test_local_and_global_markup_override_site_defaults():
    document, annotations = html(f"""<head><script type="application/its+xml"><its:rules {ITS} {H} version="2.0">
      <its:preserveSpaceRule selector="//h:pre" space="default"/></its:rules></script></head>
      <body><pre>x</pre><style translate="yes">p{{}}</style></body>""")
    assert annotations.get(first(document, "//pre"), "preservespace") == {"space": "default"}
    assert annotations.get(first(document, "//style"), "translate") == {"translate": "yes"}


def test_atom_defaults():
    feed = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en"><title>News</title><id>tag:x,2024:1</id>
<updated>2024-09-19T12:00:00Z</updated><link href="index.html" title="Home"/><entry><title>T</title>
<author><name>N</name><uri>https://x</uri><email>a@b</email></author>
<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>A <strong>b</strong></p></div></content>
</entry></feed>"""
    document = parse_document(feed, "feed.xml")
    annotations = annotate(document)
    ns = {"a": "http://www.w3.org/2005/Atom", "h": "http://www.w3.org/1999/xhtml"}

    def node(xpath):
        return document.root.xpath(xpath, namespaces=ns)[0]

    for name in ("id", "updated", "link", "entry/a:author/a:uri", "entry/a:author/a:email"):
        assert annotations.get(node(f"a:{name}"), "translate") == {"translate": "no"}, name
    assert annotations.get(node("a:title"), "translate") == {"translate": "yes"}
    assert annotations.get(node("a:link"), "translate", "title") == {"translate": "yes"}
    assert annotations.get(node("//h:strong"), "elementswithintext") == {"withinText": "yes"}
    assert annotations.get(node("//h:p"), "elementswithintext") == {"withinText": "no"}
    assert annotations.get(node("//h:p"), "languageinformation") == {"lang": "en"}


# ── other data categories ─────────────────────────────────────────────────────────────

def test_domain_mapping_and_pointer_to_several_nodes():
    assert parse_domain_mapping("""automotive auto, 'criminal law' law,"tort law" "civil law" """) == (
        ("automotive", "auto"), ("criminal law", "law"), ("tort law", "civil law"))
    document, annotations = xml(f"""<doc {ITS}><its:rules version="2.0">
      <its:domainRule selector="/doc/body" domainPointer="/doc/head/meta/@content"
        domainMapping="'criminal law' law, auto automotive"/></its:rules>
      <head><meta content="criminal law, auto"/><meta content="Criminal Law, law"/></head>
      <body n="1"><p/></body></doc>""")
    body = document.root.find("body")
    assert annotations.get(body, "domain") == {"domains": "law, automotive, Criminal Law"}
    assert annotations.get(body.find("p"), "domain") == {"domains": "law, automotive, Criminal Law"}
    assert annotations.get(body, "domain", "n") == {"domains": "law, automotive, Criminal Law"}
    assert annotations.get(document.root, "domain") == {}


def test_annotators_ref_in_html_is_printed_with_terminology():
    document, annotations = html('<body its-annotators-ref="terminology|http://t/#1 mt-confidence|http://m">'
                                 '<p its-annotators-ref="terminology|http://t/#2"><span its-term="yes">x</span>'
                                 "</p></body>")
    span = first(document, "//span")
    assert annotations.get(span, "terminology") == {
        "term": "yes", "annotatorsRef": "mt-confidence|http://m terminology|http://t/#2"}


def test_storage_size_pointers_and_defaults():
    document, annotations = xml(f"""<doc {ITS}><its:rules version="2.0">
      <its:storageSizeRule selector="//f" storageSizePointer="@max"/>
      <its:storageSizeRule selector="//g" storageSizePointer="@max" storageEncodingPointer="@enc"
        lineBreakType="crlf"/></its:rules><f max="5"/><g max="9" enc="UTF-16"/></doc>""")
    assert annotations.get(document.root.find("f"), "storagesize") == {
        "storageSize": "5", "storageEncoding": "UTF-8", "lineBreakType": "lf"}
    assert annotations.get(document.root.find("g"), "storagesize") == {
        "storageSize": "9", "storageEncoding": "UTF-16", "lineBreakType": "crlf"}


# ── API contract ──────────────────────────────────────────────────────────────────────

def test_get_returns_copies_and_rejects_unknown_input():
    document, annotations = xml("<doc><p/></doc>")
    value = annotations.get(document.root, "translate")
    value["translate"] = "no"
    assert annotations.get(document.root.find("p"), "translate") == {"translate": "yes"}
    with pytest.raises(ValueError, match="unknown ITS data category"):
        annotations.get(document.root, "provenance")
    with pytest.raises(ValueError, match="not an element"):
        annotations.get(parse_document(b"<x/>", "x.xml").root, "translate")
    with pytest.raises(ConfigError, match="unknown ITS data category 'nope'"):
        dump(document, "nope")


def test_cli_exit_codes_for_bad_input(tmp_path: Path, capsys):
    broken = tmp_path / "broken.xml"
    broken.write_text("<doc>\n<p></doc>", encoding="utf-8")
    assert main(["its", str(broken), "--category", "translate"]) == 2
    assert f"{broken}:2: cannot parse XML" in capsys.readouterr().err
    rules = tmp_path / "doc.xml"
    rules.write_text(f'<doc {ITS}>\n<its:rules version="2.0"><its:dirRule selector="//p"/></its:rules></doc>',
                     encoding="utf-8")
    assert main(["its", str(rules), "--category", "directionality"]) == 2
    assert f"{rules}:2: its:dirRule needs dir" in capsys.readouterr().err
    assert main(["its", str(rules), "--category", "nope"]) == 2


def test_every_category_dumps_one_line_per_node():
    document = parse_document(PAGE.encode(), "page.html")
    counts = {category: len(dump(document, category).splitlines()) for category in CATEGORIES}
    assert len(set(counts.values())) == 1
    nodes = sum(1 + len(element.attrib) for element in document.root.iter() if isinstance(element.tag, str))
    assert counts["translate"] == nodes + 1  # and the tbody an HTML5 parser puts around the bare <tr>


def test_annotate_on_a_large_page_evaluates_each_rule_once(monkeypatch):
    from yzi18n.its import rules as rules_module

    calls = []
    original = rules_module.Rule.evaluate

    def counting(self, expression, context):
        calls.append(expression)
        return original(self, expression, context)

    monkeypatch.setattr(rules_module.Rule, "evaluate", counting)
    body = "".join(f"<p id='p{i}'>Text <b>{i}</b> <code>x</code></p>" for i in range(2000))
    document, annotations = html(f"""<head><script type="application/its+xml"><its:rules {ITS} {H} version="2.0">
      <its:translateRule selector="//h:code" translate="no"/>
      <its:withinTextRule selector="//h:b" withinText="no"/></its:rules></script></head><body>{body}</body>""")
    for element in document.root.iter("p", "b", "code"):
        annotations.get(element, "translate")
        annotations.get(element, "elementswithintext")
    assert calls == ["//h:code", "//h:b"]
    assert annotations.get(first(document, "//p[7]/code"), "translate") == {"translate": "no"}
