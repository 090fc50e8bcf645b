"""``dist/sitemap.xml`` with the language alternates of every page (the sitemaps.org schema plus
``xhtml:link rel="alternate" hreflang``, the form search engines read)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import lxml.etree as etree

SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9"
XHTML = "http://www.w3.org/1999/xhtml"


@dataclass(frozen=True)
class SitemapPage:
    url: str  # absolute
    alternates: tuple[tuple[str, str], ...] = ()  # (hreflang, absolute URL), x-default included


def render_sitemap(pages: Iterable[SitemapPage]) -> bytes:
    """The sitemap, pages in the order given (callers sort them: output is diff-stable)."""
    root = etree.Element(f"{{{SITEMAP}}}urlset", nsmap={None: SITEMAP, "xhtml": XHTML})
    root.text = "\n  "
    previous = None
    for page in pages:
        url = etree.SubElement(root, f"{{{SITEMAP}}}url")
        url.text = "\n    "
        url.tail = "\n  "
        loc = etree.SubElement(url, f"{{{SITEMAP}}}loc")
        loc.text = page.url
        loc.tail = "\n    "
        last = loc
        for hreflang, href in page.alternates:
            last = etree.SubElement(url, f"{{{XHTML}}}link", {"rel": "alternate", "hreflang": hreflang, "href": href})
            last.tail = "\n    "
        last.tail = "\n  "
        previous = url
    if previous is not None:
        previous.tail = "\n"
    else:
        root.text = None
    return etree.tostring(root, encoding="UTF-8", xml_declaration=True) + b"\n"
