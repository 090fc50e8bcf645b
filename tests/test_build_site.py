"""``build_site`` on a small project: thresholds site-wide and per page, switchers that list exactly
the languages a page is built in, fallback chains and marking, fuzzy, assets, sitemap, landing,
incremental builds; then the bundled site."""

from __future__ import annotations

import time

import lxml.etree as etree
import lxml.html
import pytest
from build_helpers import make_project, mtimes, translate_catalog

from yzi18n.build.site import build_site
from yzi18n.errors import ConfigError
from yzi18n.langtags import endonym
from yzi18n.project import Project

INDEX = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Home</title>
<meta name="description" content="A small site">
<link rel="stylesheet" href="style.css"></head>
<body><header><nav id="yzi18n-languages"></nav></header>
<h1>Welcome</h1>
<p>First paragraph.</p>
<p>Second paragraph.</p>
<p>Read <a href="https://example.org/report">the report</a> today.</p>
</body></html>
"""

ABOUT = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>About</title></head>
<body><nav id="yzi18n-languages"></nav><p>About us.</p><p>Contact.</p></body></html>
"""

FEED = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en"><title>Site news</title>
  <link rel="self" href="feed.xml"/>
  <entry><title>Welcome</title><summary>First paragraph.</summary></entry>
</feed>
"""

FRENCH = {"Home": "Accueil", "A small site": "Un petit site", "Welcome": "Bienvenue",
          "First paragraph.": "Premier paragraphe.", "Second paragraph.": "Deuxième paragraphe.",
          "Read <a_1>the report</a_1> today.": "Lisez <a_1>le rapport</a_1> aujourd’hui.",
          "About": "À propos", "About us.": "Qui sommes-nous.", "Contact.": "Contact (fr).",
          "Site news": "Nouvelles du site"}
ARABIC = {"Home": "الرئيسية", "A small site": "موقع صغير", "Welcome": "مرحبا", "First paragraph.": "الفقرة الأولى.",
          "Read <a_1>the report</a_1> today.": "اقرأ <a_1>التقرير</a_1> اليوم.", "About": "من نحن",
          "About us.": "عنا.", "Contact.": "اتصل بنا.", "Site news": "أخبار الموقع"}


@pytest.fixture
def project(tmp_path) -> Project:
    project = make_project(tmp_path / "p", {"index.html": INDEX, "about.html": ABOUT, "feed.xml": FEED},
                           settings='min-completeness = 0.6\nsite-url = "https://example.org/s/"\n',
                           assets={"style.css": b"body{}", "images/logo.svg": b"<svg xmlns='http://www.w3.org/2000/svg'/>"})
    translate_catalog(project, "fr", lambda u: FRENCH.get(u.msgid), fuzzy=lambda u: u.msgid == "Contact.")
    translate_catalog(project, "ar", lambda u: ARABIC.get(u.msgid))  # lacks "Second paragraph."
    index_only = {"Home", "A small site", "Welcome", "First paragraph.", "Second paragraph.",
                  "Read <a_1>the report</a_1> today.", "Site news"}
    translate_catalog(project, "de", lambda u: f"DE {u.msgid}" if u.msgid in index_only else None)
    translate_catalog(project, "pt", lambda u: f"PT {u.msgid}" if "<" not in u.msgid else None)
    translate_catalog(project, "pt_BR", lambda u: "Bem-vindo (BR)" if u.msgid == "Welcome" else None)
    translate_catalog(project, "ja", lambda u: "ようこそ" if u.msgid == "Welcome" else None)
    return project


def html(path):
    return lxml.html.document_fromstring(path.read_bytes())


def switcher(root):
    return [(a.get("hreflang"), a.text, a.get("href"), a.get("aria-current"))
            for a in root.xpath('//nav[@id="yzi18n-languages"]//a')]


def test_languages_and_pages_follow_the_thresholds(project):
    result = build_site(project)
    status = {s.language: s for s in result.languages}
    assert result.built_languages == ["en", "ar", "de", "fr", "pt", "pt-BR"]
    assert not status["ja"].built and status["ja"].completeness < 0.6
    dist = project.dist_dir
    assert not (dist / "ja").exists()
    assert (dist / "de/index.html").is_file() and not (dist / "de/about.html").exists()
    assert dict(status["de"].skipped_pages) == {"about.html": 0.0}
    assert "ja" in result.summary() and "about.html" in result.summary()
    # pt (partial alone) has "Read …" from no catalog: 9 of 10 units → built
    assert status["pt"].built and status["pt-BR"].completeness == status["pt"].completeness


def test_switcher_lists_exactly_the_languages_each_page_is_built_in(project):
    result = build_site(project)
    dist = project.dist_dir
    for status in result.languages:
        for page in status.pages:
            if not page.endswith(".html"):
                continue
            root = html(dist / status.language / page)
            built_for_page = sorted(s.language for s in result.languages if page in s.pages)
            entries = switcher(root)
            assert [e[0] for e in entries] == built_for_page
            assert [e[1] for e in entries] == [endonym(lang) for lang in built_for_page]
            assert [e[0] for e in entries if e[3] == "page"] == [status.language]
            for language, _, href, _ in entries:  # every link resolves to a built file
                assert (dist / status.language / href).resolve() == (dist / language / page).resolve()
                assert (dist / language / page).is_file()
            hreflangs = root.xpath('//head/link[@rel="alternate"]/@hreflang')
            assert hreflangs == built_for_page + ["x-default"]
    about = switcher(html(dist / "en/about.html"))
    assert "de" not in [e[0] for e in about]
    assert ("pt-BR", "português (Brasil)") in [(e[0], e[1]) for e in about]


def test_translations_lang_dir_fallback_and_fuzzy(project):
    build_site(project)
    dist = project.dist_dir
    fr = html(dist / "fr/index.html")
    assert (fr.get("lang"), fr.get("dir")) == ("fr", "ltr")
    assert fr.findtext(".//title") == "Accueil"
    assert fr.xpath('//meta[@name="description"]/@content') == ["Un petit site"]
    assert fr.xpath("//p/a/@href") == ["https://example.org/report"]  # attributes from the source
    ar = html(dist / "ar/index.html")
    assert (ar.get("lang"), ar.get("dir")) == ("ar", "rtl")
    marked = ar.xpath('//*[contains(concat(" ", @class, " "), " yzi18n-fallback ")]')
    assert [m.text_content().strip() for m in marked] == ["Second paragraph."]
    assert all(m.get("lang") == "en" for m in marked)
    about = html(dist / "fr/about.html")  # "Contact." is fuzzy: not published
    assert "Contact (fr)." not in about.text_content()
    assert about.xpath('//*[contains(@class, "yzi18n-fallback")][@lang="en"]/text()') == ["Contact."]
    build_site(project, include_fuzzy=True)
    assert "Contact (fr)." in html(dist / "fr/about.html").text_content()


def test_fallback_chain_pt_br_to_pt(project):
    build_site(project)
    root = html(project.dist_dir / "pt-BR/index.html")
    assert root.get("lang") == "pt-BR"
    assert root.findtext(".//h1") == "Bem-vindo (BR)"
    assert root.findtext(".//title") == "PT Home"


def test_feed_is_localized(project):
    build_site(project)
    feed = etree.parse(str(project.dist_dir / "fr/feed.xml")).getroot()
    atom = {"a": "http://www.w3.org/2005/Atom"}
    assert feed.get("{http://www.w3.org/XML/1998/namespace}lang") == "fr"
    assert feed.findtext("a:title", namespaces=atom) == "Nouvelles du site"
    assert feed.findtext("a:entry/a:summary", namespaces=atom) == "Premier paragraphe."
    assert set(feed.xpath("a:link[@rel='alternate']/@hreflang", namespaces=atom)) == {"ar", "de", "en", "pt", "pt-BR"}


def test_assets_sitemap_and_landing(project):
    result = build_site(project)
    dist = project.dist_dir
    for language in result.built_languages:
        assert (dist / language / "style.css").read_bytes() == b"body{}"
        assert (dist / language / "images/logo.svg").is_file()
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}
    sitemap = etree.parse(str(dist / "sitemap.xml")).getroot()
    locs = sitemap.xpath("s:url/s:loc/text()", namespaces=ns)
    expected = sorted(f"https://example.org/s/{s.language}/{page}" for s in result.languages
                      for page in s.pages if page.endswith(".html"))
    assert sorted(locs) == expected
    for url in sitemap.xpath("s:url", namespaces=ns):
        page = url.findtext("s:loc", namespaces=ns).rsplit("/", 1)[1]
        languages = url.xpath("x:link/@hreflang", namespaces=ns)
        assert languages == sorted(s.language for s in result.languages if page in s.pages) + ["x-default"]
    landing = html(dist / "index.html")
    assert [a.get("href") for a in landing.iter("a")] == [f"{lang}/index.html" for lang in
                                                          sorted(result.built_languages)]
    assert landing.xpath('//link[@rel="stylesheet"]/@href') == ["en/style.css"]


def test_second_build_rewrites_nothing(project):
    first = build_site(project)
    assert first.written
    before = mtimes(project.dist_dir)
    time.sleep(0.01)
    second = build_site(project)
    assert second.written == () and second.unchanged == len(first.written)
    assert mtimes(project.dist_dir) == before
    assert "0 files written" in second.summary()


def test_stale_pages_are_removed(project):
    stale = project.dist_dir / "de/about.html"
    stale.parent.mkdir(parents=True)
    stale.write_text("old", encoding="utf-8")
    result = build_site(project)
    assert stale in result.removed and not stale.exists()


def test_language_option_writes_only_those_languages(project):
    result = build_site(project, languages=["fr"])
    dist = project.dist_dir
    assert (dist / "fr/index.html").is_file() and not (dist / "de").exists() and not (dist / "en").exists()
    assert "de" in [e[0] for e in switcher(html(dist / "fr/index.html"))]  # still links every edition
    assert result.written
    with pytest.raises(ConfigError, match="xx"):
        build_site(project, languages=["xx"])


def test_missing_switcher_placeholder_is_reported(tmp_path):
    project = make_project(tmp_path / "q", {"index.html": INDEX.replace('id="yzi18n-languages"', 'id="other"')})
    result = build_site(project)
    assert any("#yzi18n-languages" in note for note in result.notes)
    assert any("site-url" in note for note in result.notes)
    assert not (project.dist_dir / "sitemap.xml").exists()


# ── the bundled site ─────────────────────────────────────────────────────────────────────

def test_bundled_site_switchers_list_exactly_the_built_languages(site):
    from yzi18n.config import load_config

    project = Project(load_config(site / "pyproject.toml"))
    if not project.languages():
        pytest.skip("no catalogs under locale/ yet")
    result = build_site(project)
    assert result.built_languages[0] == "en" and len(result.built_languages) > 1
    for status in result.languages:
        if status.built:
            assert status.completeness >= project.config.min_completeness
        for page in status.pages:
            if page.endswith(".html"):
                root = html(project.dist_dir / status.language / page)
                built_for_page = sorted(s.language for s in result.languages if page in s.pages)
                assert [e[0] for e in switcher(root)] == built_for_page
                assert [e[1] for e in switcher(root)] == [endonym(lang) for lang in built_for_page]
                assert root.get("lang") == status.language
    refused = [f for f in result.findings if f.severity.name == "ERROR"]
    assert not refused, "\n".join(f"{f.location}: {f.message}" for f in refused)


def test_an_unwritable_dist_is_a_build_error(tmp_path):
    from yzi18n.errors import BuildError

    project = make_project(tmp_path / "r", {"index.html": INDEX})
    project.dist_dir.write_text("a file where the folder should be", encoding="utf-8")
    with pytest.raises(BuildError) as raised:
        build_site(project)
    assert str(raised.value).startswith("dist/en/index.html: cannot write")
