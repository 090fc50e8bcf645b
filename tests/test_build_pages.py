"""Page chrome: lang/dir, the language switcher, hreflang/canonical links, Atom alternates, landing, sitemap."""

from __future__ import annotations

import lxml.etree as etree
import lxml.html

from yzi18n.build.pages import (ATOM, XML_LANG, LanguageLink, PageContext, language_links, localize_html_chrome,
                                localize_xml_chrome, page_href, render_landing)
from yzi18n.build.sitemap import SitemapPage, render_sitemap
from yzi18n.documents import parse_document, serialize_document

PAGE = b"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>T</title>
<link rel="canonical" href="https://old.example/x.html"><link rel="alternate" hreflang="xx" href="old.html">
<link rel="stylesheet" href="style.css"></head>
<body><nav id="langs" aria-label="Languages"></nav><p>Hello</p></body></html>"""

FEED = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en"><title>F</title>
  <link rel="self" href="feed.xml"/>
  <entry><content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>x</p></div></content></entry>
</feed>"""


def chrome(language: str, languages: list[str], *, page: str = "index.html", site_url: str = "",
           source: bytes = PAGE, switcher: str = "#langs"):
    document = parse_document(source, page)
    links = language_links(page, language, languages, site_url)
    context = PageContext(language, links, next(link for link in links if link.language == "en"))
    out, notes = localize_html_chrome(document, context, switcher=switcher)
    return lxml.html.document_fromstring(serialize_document(out)), notes, document


def test_relative_links_between_language_folders():
    assert page_href("fr/index.html", "de/index.html") == "../de/index.html"
    assert page_href("fr/news/a.html", "ar/news/a.html") == "../../ar/news/a.html"
    assert page_href("fr/index.html", "fr/index.html") == "index.html"


def test_html_gets_lang_and_dir_and_the_input_is_untouched():
    root, notes, source = chrome("ar", ["ar", "en", "fr"])
    assert (root.get("lang"), root.get("dir")) == ("ar", "rtl")
    assert notes == []
    assert source.root.get("lang") == "en" and source.root.get("dir") is None
    root, _, _ = chrome("fr", ["ar", "en", "fr"])
    assert (root.get("lang"), root.get("dir")) == ("fr", "ltr")


def test_switcher_lists_each_language_by_endonym_with_lang_hreflang_and_current():
    root, _, _ = chrome("fr", ["ar", "en", "fi", "fr", "zh-Hans"])
    anchors = root.xpath('//nav[@id="langs"]/ul/li/a')
    assert [a.text for a in anchors] == ["العربية", "English", "suomi", "français", "中文（简体）"]
    assert [a.get("hreflang") for a in anchors] == [a.get("lang") for a in anchors] == \
        ["ar", "en", "fi", "fr", "zh-Hans"]
    assert [a.get("href") for a in anchors] == ["../ar/index.html", "../en/index.html", "../fi/index.html",
                                                "index.html", "../zh-Hans/index.html"]
    assert [a.get("aria-current") for a in anchors] == [None, None, None, "page", None]
    assert anchors[0].get("dir") == "rtl" and anchors[1].get("dir") is None


def test_switcher_template_gives_the_markup_of_one_item():
    source = PAGE.replace(b'<nav id="langs" aria-label="Languages"></nav>',
                          b'<div id="langs"><ol class="menu"><template><li class="item"><span class="flagless">'
                          b'<a class="lang">X</a></span></li></template></ol></div>')
    root, _, _ = chrome("en", ["de", "en"], source=source)
    items = root.xpath('//div[@id="langs"]/ol[@class="menu"]/li[@class="item"]')
    assert len(items) == 2 and not root.xpath("//template")
    anchors = [item.find("span/a") for item in items]
    assert [a.text for a in anchors] == ["Deutsch", "English"]
    assert anchors[0].get("class") == "lang" and anchors[1].get("aria-current") == "page"


def test_missing_placeholder_is_a_note_not_an_error():
    _, notes, _ = chrome("en", ["en"], switcher="#nowhere")
    assert notes and "#nowhere" in notes[0]
    _, notes, _ = chrome("en", ["en"], switcher="nav.langs")
    assert notes  # only id selectors are understood


def test_head_gets_canonical_hreflang_and_x_default_replacing_old_ones():
    root, _, _ = chrome("de", ["de", "en"], site_url="https://news.example.org/site/")
    head = root.find("head")
    canonical = head.xpath('link[@rel="canonical"]')
    assert [c.get("href") for c in canonical] == ["https://news.example.org/site/de/index.html"]
    alternates = [(l.get("hreflang"), l.get("href")) for l in head.xpath('link[@rel="alternate"][@hreflang]')]
    assert alternates == [("de", "https://news.example.org/site/de/index.html"),
                          ("en", "https://news.example.org/site/en/index.html"),
                          ("x-default", "https://news.example.org/site/en/index.html")]
    assert head.xpath('link[@rel="stylesheet"]/@href') == ["style.css"]


def test_without_site_url_links_stay_relative():
    root, _, _ = chrome("de", ["de", "en"])
    assert root.find("head").xpath('link[@rel="canonical"]/@href') == ["index.html"]
    assert root.find("head").xpath('link[@hreflang="en"]/@href') == ["../en/index.html"]


def test_link_values_are_escaped_by_the_serializer():
    hostile = 'a"><script>x()</script><b>'
    link = LanguageLink("en", hostile, hostile, True)
    document = parse_document(PAGE, "index.html")
    out, _ = localize_html_chrome(document, PageContext("en", (link,)), switcher="#langs")
    root = lxml.html.document_fromstring(serialize_document(out))
    assert not root.xpath("//script") and not root.xpath("//b")
    assert root.xpath("//nav//a/@href") == [hostile]


def test_atom_feed_gets_xml_lang_alternates_and_rtl_content():
    document = parse_document(FEED, "feed.xml")
    links = language_links("feed.xml", "ar", ["ar", "de", "en"])
    out = localize_xml_chrome(document, PageContext("ar", links))
    root = etree.fromstring(serialize_document(out))
    assert root.get(XML_LANG) == "ar"
    alternates = root.xpath("a:link[@hreflang]", namespaces={"a": ATOM})
    assert [(l.get("hreflang"), l.get("href"), l.get("type")) for l in alternates] == [
        ("de", "../de/feed.xml", "application/atom+xml"), ("en", "../en/feed.xml", "application/atom+xml")]
    assert root.xpath("//x:div/@dir", namespaces={"x": "http://www.w3.org/1999/xhtml"}) == ["rtl"]
    # a second pass replaces the alternates instead of adding more
    again = localize_xml_chrome(out, PageContext("ar", links))
    assert len(again.root.xpath("a:link[@hreflang]", namespaces={"a": ATOM})) == 2


def test_landing_lists_every_edition_without_script():
    links = tuple(LanguageLink(l, f"{l}/index.html", f"https://x.example/{l}/index.html") for l in ("ar", "en", "ja"))
    data = render_landing("News & <more>", "en", links, stylesheet="en/style.css", x_default=links[1])
    root = lxml.html.document_fromstring(data)
    assert data.startswith(b"<!DOCTYPE html>")
    assert root.findtext(".//title") == "News & <more>"
    assert [(a.text, a.get("href"), a.get("lang")) for a in root.iter("a")] == [
        ("العربية", "ar/index.html", "ar"), ("English", "en/index.html", "en"), ("日本語", "ja/index.html", "ja")]
    assert root.xpath('//link[@hreflang="x-default"]/@href') == ["https://x.example/en/index.html"]
    assert not root.xpath("//script")


def test_sitemap_has_alternates_in_the_xhtml_namespace():
    data = render_sitemap([SitemapPage("https://x.example/en/a.html",
                                       (("en", "https://x.example/en/a.html"), ("fr", "https://x.example/fr/a.html"),
                                        ("x-default", "https://x.example/en/a.html")))])
    root = etree.fromstring(data)
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}
    assert root.xpath("s:url/s:loc/text()", namespaces=ns) == ["https://x.example/en/a.html"]
    assert root.xpath("s:url/x:link/@hreflang", namespaces=ns) == ["en", "fr", "x-default"]
    assert root.xpath("s:url/x:link/@rel", namespaces=ns) == ["alternate"] * 3


def test_links_to_pages_missing_in_a_language_go_to_the_source_edition():
    from yzi18n.build.pages import retarget_missing_pages

    source = (b'<!DOCTYPE html><html><head><link rel="alternate" href="feed.xml"></head><body>'
              b'<a href="about.html#team">a</a><a href="news/n.html?x=1">n</a><a href="index.html">i</a>'
              b'<a href="https://example.org/about.html">e</a><img src="img/x.svg"></body></html>')
    document = parse_document(source, "index.html")
    built = {"index.html": {"en", "fr"}, "about.html": {"en"}, "feed.xml": {"en"}, "news/n.html": {"en"}}
    out, changed = retarget_missing_pages(document, "index.html", "fr", built, "en")
    root = out.root
    assert changed == 3
    assert root.xpath("//head/link/@href") == ["../en/feed.xml"]
    assert root.xpath("//a/@href") == ["../en/about.html#team", "../en/news/n.html?x=1", "index.html",
                                       "https://example.org/about.html"]
    assert root.xpath("//img/@src") == ["img/x.svg"]
    assert document.root.xpath("//a/@href")[0] == "about.html#team"  # input untouched

