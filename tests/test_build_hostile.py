"""The hostile-translation corpus publishes nothing executable, and each refused entry is named.

Static half of the proof (the browser half is ``tests/browser/test_build_browser.py``): the
built page is parsed with html5lib — the HTML5 parsing algorithm browsers use — and the feed
is decoded as a feed reader would; neither may hold a script element, an event handler, a
script URL, or any element or attribute its source does not use.
"""

from __future__ import annotations

import pytest
from hostile.corpus import CONTROLS, PAYLOADS
from hostile.harness import build_sources, executable_markup, executable_xml, feed_as_html

from yzi18n.build.site import REFUSED, build_site
from yzi18n.config import load_config
from yzi18n.project import Project


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    site = build_sources(tmp_path_factory.mktemp("hostile") / "site")
    project = Project(load_config(site.root / "pyproject.toml"))
    result = build_site(project)
    return site, project, result


def test_the_corpus_is_big_and_varied():
    assert len(PAYLOADS) >= 60
    assert len({p.name for p in PAYLOADS}) == len(PAYLOADS)
    assert {p.kind for p in PAYLOADS} == {"inline", "plain"}


def test_the_inspection_catches_what_it_looks_for():
    bad = ('<p><a href="jav&#x09;ascript:x()">x</a><img src=x onerror=y()><svg><script>1</script></svg>'
           '<meta http-equiv=refresh content="0;url=javascript:x()"><b title=t>b</b></p>')
    problems = executable_markup(bad, source="<p><a href=y>x</a><meta charset=utf-8></p>")
    for expected in ("script URL", "<img onerror=…> event handler", "<script> element", "meta refresh",
                     "<b> element not in the source", "<b title=…> attribute not in the source"):
        assert any(expected in problem for problem in problems), expected
    assert executable_markup('<p><a href="https://example.org/">x</a></p>', source="<p><a href=y>x</a></p>") == []
    bad_feed = (b'<feed xmlns="http://www.w3.org/2005/Atom"><content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">'
                b'<script>x()</script><a href=" javascript:x()" onclick="y()">a</a></div></content></feed>')
    assert len(executable_xml(bad_feed)) == 3


def test_french_is_built_from_the_hostile_catalog(hostile):
    site, project, result = hostile
    assert "fr" in result.built_languages
    assert (project.dist_dir / "fr/index.html").is_file() and (project.dist_dir / "fr/feed.xml").is_file()


@pytest.mark.parametrize("page", ["fr/index.html", "en/index.html", "index.html"])
def test_no_executable_markup_in_the_built_pages(hostile, page):
    site, project, _ = hostile
    data = (project.dist_dir / page).read_bytes()
    source = (site.root / "source/index.html").read_bytes() if page != "index.html" else None
    assert executable_markup(data, source=source) == []


def test_no_executable_markup_in_the_feed_as_a_reader_renders_it(hostile):
    _, project, _ = hostile
    data = (project.dist_dir / "fr/feed.xml").read_bytes()
    assert executable_xml(data) == []
    assert executable_markup(feed_as_html(data)) == []
    assert "<script" not in (project.dist_dir / "fr/feed.xml").read_text(encoding="utf-8").lower()


def test_no_payload_text_reaches_the_output(hostile):
    """Refused payloads leave no trace at all (the source text is published instead)."""
    _, project, _ = hostile
    for name in ("fr/index.html", "fr/feed.xml"):
        text = (project.dist_dir / name).read_text(encoding="utf-8")
        assert "__pwned" not in text and "PWNED" not in text, name


def test_every_hostile_entry_is_refused_and_named(hostile):
    site, _, result = hostile
    refused = {f.msgid for f in result.findings if f.code == REFUSED and f.severity.name == "ERROR"}
    for finding in result.findings:
        assert finding.path == "locale/fr/LC_MESSAGES/hostile.po" and finding.line, finding
        assert finding.language == "fr" and finding.msgstr
    hostile_msgids = {msgid for msgid, payload in site.payload_by_msgid.items() if payload in PAYLOADS}
    missed = sorted(site.payload_by_msgid[m].name for m in hostile_msgids - refused)
    assert missed == []
    per_entry = [(f.path, f.line, f.msgid) for f in result.findings]
    assert len(per_entry) == len(set(per_entry))  # one finding per entry, naming every page
    both = [f for f in result.findings if f.msgid == "Plain item 0."]
    assert both and "source/index.html" in both[0].message and "source/feed.xml" in both[0].message
    assert "translations refused" in result.summary()


def test_safe_translations_still_get_through(hostile):
    site, project, result = hostile
    named = {f.msgid for f in result.findings}
    text = (project.dist_dir / "fr/index.html").read_text(encoding="utf-8")
    for msgid, payload in site.payload_by_msgid.items():
        if payload in CONTROLS:
            assert msgid not in named
    assert "(contrôle)" in text and "<em>Ceci</em> et <a href=\"https://example.org/report/" in text
    assert "Élément simple (contrôle)." in text
