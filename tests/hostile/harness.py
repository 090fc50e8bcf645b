"""A project whose French catalog is the hostile corpus, and the static inspection of its output.

The source page and feed hold one unit per payload: ``inline`` payloads translate paragraphs
with a link and an emphasis (in the page and in the feed's XHTML content), ``plain`` payloads
translate the title, the meta description, ``title`` and ``alt`` attributes, headings and the
feed's ``type="html"`` summaries (which a feed reader decodes and renders as HTML).
"""

from __future__ import annotations

import html as htmllib
import re
from dataclasses import dataclass
from pathlib import Path

import html5lib
import lxml.etree as etree

from hostile.corpus import CONTROLS, PAYLOADS, SOURCE_INLINE, SOURCE_PLAIN, Payload

ATOM = "{http://www.w3.org/2005/Atom}"
URL_ATTRIBUTES = {"href", "src", "action", "formaction", "data", "poster", "background", "xlink:href",
                  "srcdoc", "codebase", "cite", "longdesc", "usemap", "manifest", "ping", "srcset"}
DANGEROUS_SCHEME = re.compile(r"^(?:javascript|vbscript|data|livescript):", re.IGNORECASE)
CHROME_ATTRIBUTES = {"lang", "dir", "class", "hreflang", "aria-current", "rel", "href"}  # added by the build
CHROME_ELEMENTS = {"ul", "li", "a", "link"}


@dataclass
class HostileSite:
    root: Path
    inline: dict[str, Payload]  # msgid → payload
    plain: dict[str, Payload]

    @property
    def payload_by_msgid(self) -> dict[str, Payload]:
        return {**self.inline, **self.plain}


def build_sources(root: Path) -> HostileSite:
    """Write source/index.html, source/feed.xml, a pixel and locale/fr/LC_MESSAGES/hostile.po."""
    from build_helpers import make_project, write_po

    inline_payloads = [p for p in PAYLOADS + CONTROLS if p.kind == "inline"]
    plain_payloads = [p for p in PAYLOADS + CONTROLS if p.kind == "plain"]
    inline = {SOURCE_INLINE.format(n=n): payload for n, payload in enumerate(inline_payloads, 1)}
    plain_units = 2 + 3 * len(plain_payloads)  # title, description, then title/content/alt per row
    plain = {SOURCE_PLAIN.format(n=n): plain_payloads[n % len(plain_payloads)] for n in range(plain_units)}

    paragraphs = []
    for n in range(1, len(inline) + 1):
        paragraphs.append(f'<p id="item-{n}">Item {n}: read <a href="https://example.org/report/{n}">the report</a> '
                          f'and <em>this</em>.</p>')
    rows = []
    for row in range(len(plain_payloads)):
        first = 2 + 3 * row
        rows.append(f'<h2 title="Plain item {first}.">Plain item {first + 1}.</h2>\n'
                    f'<img src="pixel.svg" width="8" height="8" alt="Plain item {first + 2}.">')
    page = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Plain item 0.</title>
<meta name="description" content="Plain item 1.">
</head>
<body>
<nav id="yzi18n-languages" aria-label="Languages"></nav>
<main>
{chr(10).join(paragraphs)}
{chr(10).join(rows)}
</main>
</body>
</html>
"""
    entries = [f'  <entry><title>Plain item {n}.</title><summary type="html">Plain item {n + 1}.</summary></entry>'
               for n in range(2, plain_units - 1, 3)]
    feed = f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">
  <title>Plain item 0.</title>
  <link rel="self" href="feed.xml"/>
  <entry>
    <title>Plain item 1.</title>
    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">
{chr(10).join(paragraphs)}
    </div></content>
  </entry>
{chr(10).join(entries)}
</feed>
"""
    project = make_project(root, {"index.html": page, "feed.xml": feed},
                           domain="hostile", settings="min-completeness = 0.0\n",
                           assets={"pixel.svg": b'<svg xmlns="http://www.w3.org/2000/svg" width="8" height="8"/>'})
    catalog = {(None, msgid): payload.render() for msgid, payload in {**inline, **plain}.items()}
    write_po(project.catalog_path("fr"), "fr", catalog)
    return HostileSite(root, inline, plain)


# ── static inspection ───────────────────────────────────────────────────────────────────

def html_elements(data: bytes | str):
    """Every element of ``data`` as the HTML5 parsing algorithm (the browsers') builds it."""
    document = html5lib.parse(data, treebuilder="lxml", namespaceHTMLElements=False)
    return [e for e in document.getroot().iter() if isinstance(e.tag, str)]


def local(name: str) -> str:
    return name.rsplit("}", 1)[-1].lower()


def executable_markup(data: bytes | str, *, source: bytes | str | None = None) -> list[str]:
    """What in an HTML document could run script: script elements, ``on*`` attributes, script
    URLs; with ``source``, also any element or attribute name its source does not use."""
    problems = []
    allowed_elements = allowed_attributes = None
    if source is not None:
        source_elements = html_elements(source)
        allowed_elements = {local(e.tag) for e in source_elements} | CHROME_ELEMENTS
        allowed_attributes = {local(a) for e in source_elements for a in e.attrib} | CHROME_ATTRIBUTES
    for element in html_elements(data):
        tag = local(element.tag)
        if tag in ("script", "iframe", "object", "embed", "base", "frame", "frameset", "applet"):
            problems.append(f"<{tag}> element")
        if allowed_elements is not None and tag not in allowed_elements:
            problems.append(f"<{tag}> element not in the source")
        if tag == "meta" and (element.get("http-equiv") or "").lower() == "refresh":
            problems.append("meta refresh")
        for name, value in element.attrib.items():
            name = local(name)
            if name.startswith("on"):
                problems.append(f"<{tag} {name}=…> event handler")
            if allowed_attributes is not None and name not in allowed_attributes:
                problems.append(f"<{tag} {name}=…> attribute not in the source")
            if name in URL_ATTRIBUTES:
                cleaned = re.sub(r"[\x00-\x20\x7f]", "", value)
                if DANGEROUS_SCHEME.match(cleaned):
                    problems.append(f"<{tag} {name}={value!r}> script URL")
    return problems


def executable_xml(data: bytes) -> list[str]:
    """The same inspection on an XML document opened as it is (a browser runs XHTML script in it)."""
    problems = []
    for element in etree.fromstring(data).iter():
        if not isinstance(element.tag, str):
            continue
        tag = local(element.tag)
        if tag in ("script", "iframe", "object", "embed", "foreignobject"):
            problems.append(f"<{tag}> element")
        for name, value in element.attrib.items():
            name = local(name)
            if name.startswith("on"):
                problems.append(f"<{tag} {name}=…> event handler")
            if name in URL_ATTRIBUTES and DANGEROUS_SCHEME.match(re.sub(r"[\x00-\x20\x7f]", "", value)):
                problems.append(f"<{tag} {name}={value!r}> script URL")
    return problems


def feed_as_html(data: bytes) -> str:
    """The feed as a reader without a sanitizer would render it: every text construct decoded
    (``type="html"`` unescaped and parsed as HTML, ``xhtml`` as markup, text escaped)."""
    root = etree.fromstring(data)
    parts = []
    for element in root.iter(f"{ATOM}title", f"{ATOM}subtitle", f"{ATOM}summary", f"{ATOM}content"):
        kind = element.get("type", "text")
        if kind == "html":
            parts.append(f"<div>{element.text or ''}</div>")
        elif kind == "xhtml":
            parts.extend(etree.tostring(child, encoding="unicode", method="html") for child in element)
        else:
            parts.append(f"<div>{htmllib.escape(element.text or '')}</div>")
    return "<!DOCTYPE html><html lang=fr><head><meta charset=utf-8><title>feed</title></head><body>" + \
        "\n".join(parts) + "</body></html>"
