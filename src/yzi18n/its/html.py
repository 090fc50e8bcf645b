"""HTML defaults: what ITS 2.0 (section 2.5 and the data-category tables) says for HTML5
documents, and the few choices yzi18n adds for a publishing pipeline ("site defaults").

Spec defaults (always on, the W3C test suite expects them):
  * Elements Within Text: HTML phrasing content is ``yes``; iframe, noscript, script and
    textarea are ``nested``; everything else ``no``.
  * Translate on attributes: the attributes HTML5 calls translatable take their element's
    translate value; every other attribute is ``no``.

The HTML5 DOM (what selectors and the W3C dump see): ``dom_namespaces`` gives SVG and MathML
content its own namespace; ``html5_shape`` adds what an HTML5 tree builder implies and libxml2
leaves out (head, body, tbody, tr, colgroup; SVG camelCase names).

Site defaults (``site_defaults=True``, what ``annotate`` does for extract and build):
  * script and style are not translatable; pre and textarea preserve space;
  * translatable attributes are those holding human text: ``lang``, ``style``, ``srcdoc`` and
    ``download`` are dropped, ARIA text attributes, the submit button's ``value`` and Open
    Graph / Twitter card titles and descriptions are added.
"""

from __future__ import annotations

import copy

import lxml.etree as etree

PHRASING_WITHIN_TEXT = frozenset("""
    a abbr area audio b bdi bdo br button canvas cite code command data datalist del dfn em
    embed i img input ins kbd keygen label map mark math meter object output progress q ruby
    s samp select small span strong sub sup svg time u var video wbr
""".split())
NESTED_WITHIN_TEXT = frozenset({"iframe", "noscript", "script", "textarea"})

SITE_NOT_TRANSLATABLE = frozenset({"script", "style"})
SITE_PRESERVE_SPACE = frozenset({"pre", "textarea"})

_META_TRANSLATABLE = frozenset({"description", "keywords"})
_SITE_META_TRANSLATABLE = frozenset({"og:title", "og:description", "og:site_name", "og:image:alt",
                                     "twitter:title", "twitter:description", "twitter:image:alt"})
_SITE_ARIA = frozenset({"aria-label", "aria-description", "aria-roledescription", "aria-placeholder",
                        "aria-valuetext"})


def within_text_default(tag: str) -> str | None:
    if tag in PHRASING_WITHIN_TEXT:
        return "yes"
    if tag in NESTED_WITHIN_TEXT:
        return "nested"
    return None


def translatable_attribute(tag: str, name: str, element: etree._Element, *, site: bool) -> bool:
    """Whether attribute ``name`` of HTML element ``tag`` carries translatable text."""
    if name == "title":
        return True
    if name == "alt":
        return tag in ("img", "area", "input")
    if name == "placeholder":
        return tag in ("input", "textarea")
    if name == "abbr":
        return tag == "th"
    if name == "label":
        return tag in ("optgroup", "option", "track", "menuitem")
    if name == "value":
        kinds = ("button", "reset", "submit") if site else ("button", "reset")
        return tag == "input" and (element.get("type") or "").strip().lower() in kinds
    if name == "content":
        if tag != "meta":
            return False
        if (element.get("name") or "").strip().lower() in _META_TRANSLATABLE:
            return True
        return site and ((element.get("property") or element.get("name") or "").strip().lower()
                         in _SITE_META_TRANSLATABLE)
    if site:
        return name in _SITE_ARIA
    if name in ("lang", "style"):
        return True
    if name == "download":
        return tag in ("a", "area")
    if name == "srcdoc":
        return tag == "iframe"
    return False


_TABLE_SECTIONS = ("tbody", "thead", "tfoot")

SVG_NS = "http://www.w3.org/2000/svg"
MATHML_NS = "http://www.w3.org/1998/Math/MathML"
XHTML_NS = "http://www.w3.org/1999/xhtml"
#: HTML5's "adjust SVG tag names": the camelCase names an HTML parser restores in SVG.
SVG_TAG_NAMES = {name.lower(): name for name in """
    altGlyph altGlyphDef altGlyphItem animateColor animateMotion animateTransform clipPath feBlend
    feColorMatrix feComponentTransfer feComposite feConvolveMatrix feDiffuseLighting
    feDisplacementMap feDistantLight feDropShadow feFlood feFuncA feFuncB feFuncG feFuncR
    feGaussianBlur feImage feMerge feMergeNode feMorphology feOffset fePointLight
    feSpecularLighting feSpotLight feTile feTurbulence foreignObject glyphRef linearGradient
    radialGradient textPath""".split()}
# Elements whose children an HTML parser puts back in the HTML namespace (integration points).
_SVG_HTML_POINTS = frozenset({"foreignobject", "desc", "title"})
_MATHML_HTML_POINTS = frozenset({"mi", "mo", "mn", "ms", "mtext", "annotation-xml"})


def dom_namespaces(root: etree._Element) -> dict[etree._Element, str]:
    """The namespace an HTML5 parser gives each element: SVG inside ``svg``, MathML inside
    ``math`` (HTML again inside their integration points), XHTML everywhere else."""
    namespaces: dict[etree._Element, str] = {}
    for_children: dict[etree._Element, str] = {}
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        parent = element.getparent()
        inherited = for_children.get(parent, XHTML_NS) if parent is not None else XHTML_NS
        tag = element.tag.lower()
        namespace = inherited
        if inherited == XHTML_NS and tag in ("svg", "math"):
            namespace = SVG_NS if tag == "svg" else MATHML_NS
        namespaces[element] = namespace
        if (namespace == SVG_NS and tag in _SVG_HTML_POINTS) or (namespace == MATHML_NS and tag in _MATHML_HTML_POINTS):
            for_children[element] = XHTML_NS
        else:
            for_children[element] = namespace
    return namespaces


def html5_shape(root: etree._Element) -> etree._Element:
    """A copy of an HTML tree with the elements an HTML5 tree builder implies and libxml2's
    parser leaves out: ``head`` and ``body`` under ``html``, ``tbody`` around rows written
    directly in a table, ``tr`` around cells written directly in a table section, and
    ``colgroup`` around bare ``col`` elements; SVG element names get back their camelCase
    (``foreignObject``). The W3C test-suite listing is of that DOM. ``root`` itself is
    returned when it already has that shape."""
    if _already_shaped(root):
        return root
    copied = copy.deepcopy(root)
    for element, namespace in dom_namespaces(copied).items():
        if namespace == SVG_NS and element.tag in SVG_TAG_NAMES:
            element.tag = SVG_TAG_NAMES[element.tag]
    if copied.tag == "html":
        _head_and_body(copied)
    for table in list(copied.iter("table")):
        _wrap_runs(table, ("col",), "colgroup")
        _wrap_runs(table, ("tr", "td", "th"), "tbody")
        for section in table:
            if isinstance(section.tag, str) and section.tag in _TABLE_SECTIONS:
                _wrap_runs(section, ("td", "th"), "tr")
    return copied


def _already_shaped(root: etree._Element) -> bool:
    """Whether ``html5_shape`` would change nothing (checked without copying the tree)."""
    if root.tag == "html":
        children = [child.tag for child in root if isinstance(child.tag, str)]
        if children[:1] != ["head"] or len(children) != 2 or children[1] not in ("body", "frameset"):
            return False
    for table in root.iter("table"):
        for child in table:
            if child.tag in ("col", "tr", "td", "th"):
                return False
            if child.tag in _TABLE_SECTIONS and any(cell.tag in ("td", "th") for cell in child):
                return False
    return not any(element.tag in SVG_TAG_NAMES for svg in root.iter("svg") for element in svg.iter())


_HEAD_CONTENT = frozenset({"base", "basefont", "bgsound", "link", "meta", "noframes", "noscript", "script",
                           "style", "template", "title"})


def _head_and_body(html: etree._Element) -> None:
    """``html`` with exactly the ``head`` and ``body`` (or ``frameset``) children an HTML5
    parser gives it: elements libxml2 leaves beside them go where HTML5 puts them (head
    content before the body into the head, anything else into the body)."""
    children = [child for child in html if isinstance(child.tag, str)]
    head = next((child for child in children if child.tag == "head"), None)
    body = next((child for child in children if child.tag in ("body", "frameset")), None)
    if head is None:
        head = html.makeelement("head", {})
        html.insert(0, head)
    if body is None:
        body = html.makeelement("body", {})
        html.append(body)
    before_body: list[etree._Element] = []
    for child in children:
        if child is head:
            continue
        if child is body:
            break
        before_body.append(child)
    for child in before_body:
        if child.tag in _HEAD_CONTENT:
            head.append(child)
    if body.tag == "body":
        for position, child in enumerate(child for child in before_body if child.getparent() is html):
            body.insert(position, child)
        for child in [child for child in html if isinstance(child.tag, str)]:
            if child is not head and child is not body:
                body.append(child)  # after the body's end tag: HTML5 still puts it in the body


def _wrap_runs(parent: etree._Element, tags: tuple[str, ...], wrapper: str) -> None:
    """Move each run of consecutive ``tags`` children of ``parent`` (comments between them do
    not break a run) into a new ``wrapper`` element put where the run starts."""
    run: etree._Element | None = None
    for child in list(parent):
        if not isinstance(child.tag, str):
            continue
        if child.tag not in tags:
            run = None
            continue
        if run is None:
            run = parent.makeelement(wrapper, {})
            child.addprevious(run)
        run.append(child)
