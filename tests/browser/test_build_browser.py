"""The built site in headless Chromium: pages load cleanly, switchers work, Arabic is right-to-left,
fallback text carries the source language, and no hostile translation ever runs.

Chromium is driven over the DevTools protocol on a pipe (``cdp.py``); nothing leaves the machine.
Screenshots of the Chinese and Arabic pages go to ``tests/artifacts/`` (git-ignored).
"""

from __future__ import annotations

import functools
import http.server
import shutil
import threading
from pathlib import Path
from urllib.parse import unquote, urlparse

import pytest
from cdp import Browser
from conftest import REPO, require_tool

from yzi18n.build.site import build_site
from yzi18n.config import load_config
from yzi18n.langtags import endonym
from yzi18n.project import Project

ARTIFACTS = REPO / "tests" / "artifacts"

# Wraps every way a payload could show itself; reports through the __pwned binding.
TRAPS = """
(() => {
  const report = (what) => { try { window.__pwned(String(what)); } catch (e) {} };
  for (const name of ['alert', 'confirm', 'prompt', 'print']) {
    window[name] = (...args) => report(name + ':' + args.join(','));
  }
  const title = Object.getOwnPropertyDescriptor(Document.prototype, 'title');
  Object.defineProperty(document, 'title', {
    get() { return title.get.call(document); },
    set(value) { report('title:' + value); title.set.call(document, value); },
  });
})();
"""

# Fires every event a payload's handler could wait for, on every element (no navigation:
# plain Events, not MouseEvents, so links are not followed).
PROVOKE = """
(() => {
  const types = ['load', 'error', 'mouseover', 'mouseenter', 'mousemove', 'pointerover', 'focus', 'focusin',
                 'blur', 'click', 'dblclick', 'toggle', 'begin', 'start', 'animationstart', 'input', 'change',
                 'submit', 'keydown', 'wheel', 'scroll', 'transitionend', 'beforeprint', 'pageshow'];
  const elements = [window, document, ...document.querySelectorAll('*')];
  for (const element of elements) for (const type of types) {
    try { element.dispatchEvent(new Event(type)); } catch (e) {}
  }
  return elements.length;
})()
"""

# Every URL-valued attribute, resolved by the browser's own URL parser.
URL_SCHEMES = """
(() => {
  const names = ['href', 'src', 'action', 'formaction', 'data', 'poster', 'xlink:href', 'background', 'srcdoc'];
  const found = [];
  for (const element of document.querySelectorAll('*')) for (const name of names) {
    const value = element.getAttribute(name);
    if (value === null) continue;
    let scheme;
    try { scheme = new URL(value, document.baseURI).protocol; } catch (e) { scheme = 'unparsable:'; }
    found.push([element.localName, name, scheme]);
  }
  return found;
})()
"""

SWITCHER = """
Array.from(document.querySelectorAll('#yzi18n-languages a')).map(a => ({
  hreflang: a.getAttribute('hreflang'), lang: a.lang, text: a.innerText.trim(), href: a.href,
  current: a.getAttribute('aria-current'), visible: a.getBoundingClientRect().width > 0,
}))
"""


@pytest.fixture(scope="module")
def browser():
    chromium = require_tool("chromium")
    instance = Browser(chromium)
    yield instance
    instance.close()


@pytest.fixture(scope="module")
def bundled(tmp_path_factory):
    root = tmp_path_factory.mktemp("bundled") / "site"
    root.mkdir()
    for name in ("pyproject.toml", "glossary.csv"):
        if (REPO / name).exists():
            shutil.copy2(REPO / name, root / name)
    for name in ("source", "locale"):
        shutil.copytree(REPO / name, root / name)
    project = Project(load_config(root / "pyproject.toml"))
    if not project.languages():
        pytest.skip("no catalogs under locale/ yet")
    return project, build_site(project)


def html_pages(project, result):
    pages = [(s.language, page) for s in result.languages for page in s.pages if page.endswith(".html")]
    return [project.dist_dir / language / page for language, page in pages]


def file_path(url: str) -> Path:
    return Path(unquote(urlparse(url).path))


def test_every_built_page_loads_without_console_errors(browser, bundled):
    project, result = bundled
    page = browser.page()
    paths = html_pages(project, result) + [project.dist_dir / "index.html"]
    assert len(paths) >= 2
    failures = {}
    for path in paths:
        page.errors.clear()
        page.goto(path.as_uri(), settle=0.3)  # late errors: images, fonts
        loaded = page.evaluate("document.readyState") == "complete" and \
            page.evaluate("Array.from(document.images).every(i => i.complete && i.naturalWidth > 0)")
        stylesheets = page.evaluate("document.styleSheets.length")
        if page.errors or not loaded or not stylesheets:
            failures[str(path.relative_to(project.dist_dir))] = (page.errors[:], loaded, stylesheets)
    assert failures == {}


def test_switcher_shows_every_built_language_by_endonym_and_each_link_resolves(browser, bundled):
    project, result = bundled
    page = browser.page()
    for path in html_pages(project, result):
        language = path.relative_to(project.dist_dir).parts[0]
        name = path.relative_to(project.dist_dir / language).as_posix()
        expected = sorted(s.language for s in result.languages if name in s.pages)
        page.goto(path.as_uri())
        links = page.evaluate(SWITCHER)
        assert [link["hreflang"] for link in links] == expected, path
        assert [link["lang"] for link in links] == expected
        assert [link["text"] for link in links] == [endonym(tag) for tag in expected]
        assert all(link["visible"] for link in links)
        assert [link["hreflang"] for link in links if link["current"] == "page"] == [language]
        for link in links:
            assert file_path(link["href"]) == project.dist_dir / link["hreflang"] / name
            assert file_path(link["href"]).is_file()
    # follow every link of the source page's switcher in the browser itself
    page.goto((project.dist_dir / "en" / "index.html").as_uri())
    for link in page.evaluate(SWITCHER):
        page.goto(link["href"])
        assert page.evaluate("document.documentElement.lang") == link["hreflang"]
        assert page.evaluate("document.querySelector('[aria-current=page]').hreflang") == link["hreflang"]


def test_links_work_from_a_server_too(browser, bundled):
    project, result = bundled
    handler = functools.partial(_QuietHandler, directory=str(project.dist_dir))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        base = f"http://127.0.0.1:{server.server_address[1]}/"
        page = browser.page()
        page.goto(base)  # the landing page
        editions = page.evaluate("Array.from(document.querySelectorAll('main a')).map(a => [a.hreflang, a.href])")
        assert [tag for tag, _ in editions] == sorted(s.language for s in result.languages if "index.html" in s.pages)
        for tag, href in editions:
            page.errors.clear()
            page.goto(href)
            assert page.evaluate("document.documentElement.lang") == tag
            assert page.evaluate("document.styleSheets.length") >= 1
            errors = [e for e in page.errors if "favicon.ico" not in e]
            assert errors == [], tag
    finally:
        server.shutdown()
        server.server_close()


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format, *args):  # noqa: A002 - the base class's signature
        pass


def test_arabic_is_right_to_left_and_screenshots_are_kept(browser, bundled):
    project, result = bundled
    page = browser.page()
    shots = {}
    for language in ("zh-Hans", "ar"):
        path = project.dist_dir / language / "index.html"
        if not path.is_file():
            if (project.catalog_path(language)).is_file():
                pytest.fail(f"{language} has a catalog but no page was built")
            continue
        page.goto(path.as_uri())
        shots[language] = page.screenshot(ARTIFACTS / f"build-{language}.png")
        assert shots[language].stat().st_size > 10_000
        if language == "ar":
            directions = page.evaluate("['html', 'body', 'h1', 'main p', 'nav'].map("
                                       "s => getComputedStyle(document.querySelector(s)).direction)")
            assert directions == ["rtl"] * 5
            # the headline starts at the right edge of its box
            assert page.evaluate("(() => { const h = document.querySelector('h1');"
                                 " const r = document.createRange(); r.selectNodeContents(h);"
                                 " return Math.round(h.getBoundingClientRect().right - r.getClientRects()[0].right); })()") <= 2
        else:
            assert page.evaluate("getComputedStyle(document.documentElement).direction") == "ltr"
    if not shots:
        pytest.skip("neither zh-Hans nor ar is built yet")


def test_fallback_text_carries_the_source_language(browser, bundled, tmp_path):
    from test_build_site import ABOUT, ARABIC, FEED, INDEX

    from build_helpers import make_project, translate_catalog

    project = make_project(tmp_path / "p", {"index.html": INDEX, "about.html": ABOUT, "feed.xml": FEED},
                           settings="min-completeness = 0.6\n", assets={"style.css": REPO.joinpath(
                               "source/style.css").read_bytes() if (REPO / "source/style.css").exists() else b""})
    translate_catalog(project, "ar", lambda u: ARABIC.get(u.msgid))
    build_site(project)
    page = browser.page()
    page.goto((project.dist_dir / "ar/index.html").as_uri())
    marked = page.evaluate("Array.from(document.querySelectorAll('.yzi18n-fallback')).map(e => "
                           "[e.innerText.trim(), e.lang, e.matches(':lang(en)'), getComputedStyle(e).direction])")
    assert marked == [["Second paragraph.", "en", True, "rtl"]]
    assert page.evaluate("document.querySelector('h1').matches(':lang(ar)')")
    # in the bundled site too: whatever is marked carries the source language
    bundled_project, result = bundled
    for path in html_pages(bundled_project, result):
        page.goto(path.as_uri())
        langs = page.evaluate("Array.from(document.querySelectorAll('.yzi18n-fallback')).map(e => e.lang)")
        assert set(langs) <= {"en"}, path


# ── hostile translations ─────────────────────────────────────────────────────────────────

@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory):
    from hostile.harness import build_sources, feed_as_html

    site = build_sources(tmp_path_factory.mktemp("hostile-browser") / "site")
    project = Project(load_config(site.root / "pyproject.toml"))
    result = build_site(project)
    rendered = project.dist_dir / "fr" / "feed-as-a-reader-renders-it.html"
    rendered.write_text(feed_as_html((project.dist_dir / "fr/feed.xml").read_bytes()), encoding="utf-8")
    return project, result, rendered


def trapped_page(browser):
    page = browser.page()
    page.expose_binding("__pwned")
    page.add_init_script(TRAPS)
    return page


def test_the_traps_catch_a_payload_that_runs(browser, tmp_path):
    """The harness is not blind: the same payloads, unescaped, are caught."""
    bad = tmp_path / "bad.html"
    bad.write_text("<!DOCTYPE html><title>t</title><p>x</p><img src=x onmouseover=__pwned('handler')>"
                   "<script>alert('dialog'); document.title = 'PWNED-title'</script>"
                   "<svg onload=__pwned('svg')></svg>", encoding="utf-8")
    page = trapped_page(browser)
    page.goto(bad.as_uri())
    page.evaluate(PROVOKE)
    page.settle(0.5)
    assert {"svg", "handler", "alert:dialog", "title:PWNED-title"} <= set(page.binding_calls)
    # a feed opened in the browser is a document too: XHTML script in it runs
    feed = tmp_path / "bad.xml"
    feed.write_text('<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>t</title><entry>'
                    '<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">'
                    "<script>__pwned('xml-script')</script><b onclick=\"__pwned('xml-click')\">b</b>"
                    "</div></content></entry></feed>", encoding="utf-8")
    page = trapped_page(browser)
    page.goto(feed.as_uri())
    page.evaluate(PROVOKE)
    page.settle(0.3)
    assert {"xml-script", "xml-click"} <= set(page.binding_calls)


@pytest.mark.parametrize("name", ["fr/index.html", "fr/feed.xml", "fr/feed-as-a-reader-renders-it.html",
                                  "en/index.html"])
def test_no_hostile_translation_runs_in_the_browser(browser, hostile_site, name):
    project, result, _ = hostile_site
    page = trapped_page(browser)
    page.goto((project.dist_dir / name).as_uri(), settle=0.5)
    count = page.evaluate(PROVOKE)
    assert count > 100
    page.settle(1.0)  # timers, animations (onbegin), failed loads (onerror)
    assert page.binding_calls == [] and page.dialogs == []
    if name.endswith("index.html"):
        assert page.evaluate("document.title") == "Plain item 0."  # refused: the source title
    assert page.evaluate("document.scripts.length") == 0
    schemes = {scheme for _, _, scheme in page.evaluate(URL_SCHEMES)}
    assert schemes <= {"https:", "http:", "file:"}, schemes
    handlers = page.evaluate("Array.from(document.querySelectorAll('*')).flatMap(e => "
                             "Array.from(e.attributes).filter(a => a.name.startsWith('on')).map(a => a.name))")
    assert handlers == []
    if name == "fr/index.html":  # the safe controls were published
        assert "(contrôle)" in page.evaluate("document.body.innerText")
