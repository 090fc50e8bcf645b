"""Parse and serialize the source documents (HTML5 and XML) safely.

HTML goes through libxml2's HTML parser (lxml ≥ 6 bundles libxml2 ≥ 2.14, whose tokenizer
follows HTML5: void elements, boolean and unquoted attributes, omitted end tags) and keeps
source lines for the catalog's ``#:`` references. XML is parsed with no network access, no
DTD loading and no entity expansion; a document that declares entities is refused (the
"billion laughs" family), as defusedxml does by default.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

import lxml.etree as etree
import lxml.html

from .errors import DocumentError

Kind = Literal["html", "xml"]

_ENTITY_DECLARATION = re.compile(rb"<!ENTITY", re.IGNORECASE)
_DOCTYPE = re.compile(rb"<!DOCTYPE[^>\[]*(\[.*?\])?\s*>", re.IGNORECASE | re.DOTALL)


@dataclass
class Document:
    """A parsed source document. ``tree`` is an lxml ElementTree; ``doctype`` is kept verbatim."""

    kind: Kind
    tree: etree._ElementTree
    path: str
    doctype: str = ""

    @property
    def root(self) -> etree._Element:
        return self.tree.getroot()


def kind_of(path: str) -> Kind:
    return "html" if path.lower().endswith((".html", ".htm")) else "xml"


def parse_document(data: bytes, path: str, kind: Kind | None = None) -> Document:
    """Parse ``data`` read from ``path``; errors name the path and line."""
    kind = kind or kind_of(path)
    return _parse_html(data, path) if kind == "html" else _parse_xml(data, path)


def _parse_html(data: bytes, path: str) -> Document:
    match = _DOCTYPE.search(data[:2048])
    doctype = match.group(0).decode("ascii", "replace") if match else ""
    parser = lxml.html.HTMLParser(encoding=_html_encoding(data), remove_comments=False,
                                  remove_pis=False, no_network=True, default_doctype=False)
    try:
        root = lxml.html.document_fromstring(data, parser=parser)
    except (etree.ParserError, ValueError) as error:
        raise DocumentError(f"cannot parse HTML: {error}", path) from None
    return Document("html", root.getroottree(), path, doctype)


def _html_encoding(data: bytes) -> str:
    head = data[:1024].lower()
    match = re.search(rb"charset=[\"']?([a-z0-9_-]+)", head)
    return match.group(1).decode("ascii") if match else "utf-8"


def _parse_xml(data: bytes, path: str) -> Document:
    if _ENTITY_DECLARATION.search(data):
        line = data[: _ENTITY_DECLARATION.search(data).start()].count(b"\n") + 1
        raise DocumentError("XML entity declarations are not accepted (entity expansion attacks)",
                            path, line, hint="remove the DOCTYPE's <!ENTITY> declarations")
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, dtd_validation=False,
                             huge_tree=False, remove_comments=False, remove_pis=False, strip_cdata=False)
    try:
        tree = etree.fromstring(data, parser=parser).getroottree()
    except etree.XMLSyntaxError as error:
        raise DocumentError(f"cannot parse XML: {error.msg}", path, error.lineno) from None
    return Document("xml", tree, path, tree.docinfo.doctype or "")


def serialize_document(document: Document) -> bytes:
    """The document as bytes: HTML with its doctype, XML with its declaration, UTF-8."""
    if document.kind == "html":
        text = lxml.html.tostring(document.tree, encoding="unicode", method="html",
                                  doctype=document.doctype or None)
        return (text if text.endswith("\n") else text + "\n").encode("utf-8")
    return etree.tostring(document.tree, encoding="utf-8", xml_declaration=True) + b"\n"
