"""Page-level localisation: ``lang``/``dir``, the language switcher, hreflang and canonical links.

Pure: each function takes a parsed ``Document`` and returns a new one (the input is not
touched). Text and attribute values go through lxml, which escapes them on output; nothing
here builds markup by string concatenation.
"""

from __future__ import annotations

import copy
import posixpath
from collections.abc import Sequence
from dataclasses import dataclass

import lxml.etree as etree
import lxml.html
import lxml.html.builder

from ..documents import Document
from ..langtags import direction, endonym

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
ATOM = "http://www.w3.org/2005/Atom"
XHTML = "http://www.w3.org/1999/xhtml"


@dataclass(frozen=True)
class LanguageLink:
    """One language a page is built in, as seen from one built page."""

    language: str  # BCP 47
    href: str  # relative to the current page: works from file:// and from any server path
    url: str  # absolute when the site URL is known, else the same as href
    current: bool = False

    @property
    def name(self) -> str:
        """The CLDR endonym; a tag with a region names it (``pt-PT`` → português (Portugal))."""
        return endonym(self.language)


@dataclass(frozen=True)
class PageContext:
    """What the chrome of one page in one language needs to know."""

    language: str
    links: tuple[LanguageLink, ...]  # every language the page is built in, switcher order
    x_default: LanguageLink | None = None  # where a reader with no matching language goes

    @property
    def canonical(self) -> LanguageLink | None:
        return next((link for link in self.links if link.current), None)


def page_href(from_path: str, to_path: str) -> str:
    """The relative link from one dist path to another (``fr/index.html`` → ``../de/index.html``)."""
    return posixpath.relpath(to_path, posixpath.dirname(from_path) or ".")


def absolute_url(site_url: str, dist_relative: str) -> str | None:
    """``site_url`` + the dist path, or None without a site URL."""
    if not site_url:
        return None
    return site_url.rstrip("/") + "/" + dist_relative


def language_links(page: str, current: str, languages: Sequence[str], site_url: str = "") -> tuple[LanguageLink, ...]:
    """The links of ``page`` (a path under source/, with slashes) in each of ``languages``, from ``current``."""
    here = f"{current}/{page}"
    links = []
    for language in languages:
        there = f"{language}/{page}"
        href = page_href(here, there)
        links.append(LanguageLink(language, href, absolute_url(site_url, there) or href, language == current))
    return tuple(links)


# ── HTML ───────────────────────────────────────────────────────────────────────────────

def localize_html_chrome(document: Document, context: PageContext, *, switcher: str = "") -> tuple[Document, list[str]]:
    """``<html lang dir>``, the switcher at ``switcher`` (an ``#id`` selector), hreflang and canonical links.

    Returns the new document and notes on what could not be done (a missing placeholder).
    """
    document = copy_document(document)
    root = document.root
    root.set("lang", context.language)
    root.set("dir", direction(context.language))
    root.attrib.pop(XML_LANG, None)
    notes = []
    if switcher:
        placeholder = find_placeholder(root, switcher)
        if placeholder is None:
            notes.append(f"no element matches the switcher selector {switcher!r}: no language switcher")
        else:
            fill_switcher(placeholder, context)
    head = root.find("head")
    if head is not None:
        set_head_links(head, context)
    return document, notes


def find_placeholder(root: etree._Element, selector: str) -> etree._Element | None:
    """The element a ``#id`` selector names (the only form the ``switcher`` key takes)."""
    selector = selector.strip()
    if not selector.startswith("#") or len(selector) < 2:
        return None
    found = root.xpath("//*[@id=$id]", id=selector[1:])
    return found[0] if found else None


def fill_switcher(placeholder: etree._Element, context: PageContext) -> None:
    """One link per language; a ``<template>`` inside the placeholder gives the markup of one item.

    Without a template the placeholder gets ``<ul><li><a …>endonym</a></li>…</ul>``. In a
    template, the first ``<a>`` (or the item itself) receives href, hreflang, lang and the name.
    """
    template = next(iter(placeholder.iter("template")), None)
    if template is not None and len(template):
        parent = template.getparent()
        position = parent.index(template)
        items = []
        for link in context.links:
            item = copy.deepcopy(template[0])
            anchor = item if item.tag == "a" else next(iter(item.iter("a")), None)
            if anchor is None:
                anchor = etree.SubElement(item, "a")
            _fill_anchor(anchor, link)
            items.append(item)
        tail = template.tail
        parent.remove(template)
        for offset, item in enumerate(items):
            item.tail = "\n" if offset < len(items) - 1 else tail
            parent.insert(position + offset, item)
        return
    for child in list(placeholder):
        placeholder.remove(child)
    placeholder.text = "\n"
    listing = etree.SubElement(placeholder, "ul")
    listing.text = "\n"
    listing.tail = "\n"
    for link in context.links:
        item = etree.SubElement(listing, "li")
        item.tail = "\n"
        _fill_anchor(etree.SubElement(item, "a"), link)


def _fill_anchor(anchor: etree._Element, link: LanguageLink) -> None:
    for child in list(anchor):
        anchor.remove(child)
    anchor.set("href", link.href)
    anchor.set("hreflang", link.language)
    anchor.set("lang", link.language)
    if direction(link.language) == "rtl":
        anchor.set("dir", "rtl")
    if link.current:
        anchor.set("aria-current", "page")
    else:
        anchor.attrib.pop("aria-current", None)
    anchor.text = link.name


def set_head_links(head: etree._Element, context: PageContext) -> None:
    """Replace any hreflang alternates and canonical link with the page's own."""
    for old in head.findall("link"):
        rel = (old.get("rel") or "").lower().split()
        if "canonical" in rel or ("alternate" in rel and old.get("hreflang")):
            head.remove(old)
    new = []
    canonical = context.canonical
    if canonical is not None:
        new.append({"rel": "canonical", "href": canonical.url})
    for link in context.links:
        new.append({"rel": "alternate", "hreflang": link.language, "href": link.url})
    if context.x_default is not None:
        new.append({"rel": "alternate", "hreflang": "x-default", "href": context.x_default.url})
    last = head[-1] if len(head) else None
    for attributes in new:
        element = etree.SubElement(head, "link", attributes)
        element.tail = "\n"
    if last is not None and not (last.tail or "").strip():
        last.tail = "\n"


# ── XML (Atom) ─────────────────────────────────────────────────────────────────────────

def localize_xml_chrome(document: Document, context: PageContext) -> Document:
    """``xml:lang`` on the root; in an Atom feed, alternates to the feed in the other languages
    and ``dir`` on XHTML content for right-to-left languages."""
    document = copy_document(document)
    root = document.root
    root.set(XML_LANG, context.language)
    if root.tag != f"{{{ATOM}}}feed":
        return document
    for old in root.findall(f"{{{ATOM}}}link"):
        if old.get("rel") == "alternate" and old.get("hreflang"):
            root.remove(old)
    links = root.findall(f"{{{ATOM}}}link")
    position = root.index(links[-1]) + 1 if links else len(root)
    indent = links[-1].tail if links else "\n"
    for offset, link in enumerate(l for l in context.links if not l.current):
        element = etree.Element(f"{{{ATOM}}}link", {"rel": "alternate", "type": "application/atom+xml",
                                                     "hreflang": link.language, "href": link.url})
        element.tail = indent
        root.insert(position + offset, element)
    if direction(context.language) == "rtl":
        for div in root.iter(f"{{{XHTML}}}div"):
            if div.getparent() is not None and div.getparent().tag == f"{{{ATOM}}}content":
                div.set("dir", "rtl")
    return document


def retarget_missing_pages(document: Document, page: str, language: str, built: dict[str, set[str]],
                           source_language: str) -> tuple[Document, int]:
    """Point relative links to pages not built in ``language`` at the source-language edition.

    ``built`` maps each page (path under source/) to the languages it is built in. Returns the
    new document and the number of links changed; the input is untouched.
    """
    document = copy_document(document)
    changed = 0
    for element in document.root.iter():
        if not isinstance(element.tag, str):
            continue
        for name in ("href", "src"):
            value = element.get(name)
            if not value or value.startswith(("#", "/", "?")) or ":" in value.split("/", 1)[0]:
                continue
            path, mark, rest = value.partition("#") if "#" in value and "?" not in value else value.partition("?")
            target = posixpath.normpath(posixpath.join(posixpath.dirname(page), path))
            if target in built and language not in built[target] and source_language in built[target]:
                new = page_href(f"{language}/{page}", f"{source_language}/{target}")
                element.set(name, new + (mark + rest if mark else ""))
                changed += 1
    return document, changed


def copy_document(document: Document) -> Document:
    return Document(document.kind, copy.deepcopy(document.tree), document.path, document.doctype)


# ── the root landing page ──────────────────────────────────────────────────────────────

def render_landing(title: str, language: str, links: Sequence[LanguageLink], *, stylesheet: str | None = None,
                   x_default: LanguageLink | None = None) -> bytes:
    """``dist/index.html``: every edition by its endonym, with hreflang alternates (no script)."""
    E = lxml.html.builder
    head = E.HEAD(E.META(charset="utf-8"), E.META(name="viewport", content="width=device-width, initial-scale=1"),
                  E.TITLE(title))
    if stylesheet:
        head.append(E.LINK(rel="stylesheet", href=stylesheet))
    for link in links:
        head.append(E.LINK(rel="alternate", hreflang=link.language, href=link.url))
    if x_default is not None:
        head.append(E.LINK(rel="alternate", hreflang="x-default", href=x_default.url))
    listing = E.UL()
    for link in links:
        anchor = E.A(link.name, href=link.href, hreflang=link.language, lang=link.language)
        if direction(link.language) == "rtl":
            anchor.set("dir", "rtl")
        listing.append(E.LI(anchor))
    page = E.HTML(head, E.BODY(E.MAIN(E.H1(title), E.NAV(listing, **{"aria-label": "Languages"}),
                                      **{"class": "yzi18n-landing"})),
                  lang=language, dir=direction(language))
    for element in page.iter():
        if element.tag in ("head", "body", "main", "ul", "li", "link", "meta", "title", "h1", "nav"):
            element.tail = "\n"
    text = lxml.html.tostring(page, encoding="unicode", method="html", doctype="<!DOCTYPE html>")
    return (text + "\n").encode("utf-8")
