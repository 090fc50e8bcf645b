"""Parse and serialize the source documents (HTML5 and XML) safely.

HTML goes through libxml2's HTML parser (lxml ≥ 6 bundles libxml2 ≥ 2.14, whose tokenizer
follows HTML5: void elements, boolean and unquoted attributes, omitted end tags) and keeps
source lines for the catalog's ``#:`` references. XML is parsed with no network access, no
DTD loading and no entity substitution; a document that declares entities is refused before
parsing (the "billion laughs" and external-entity families, as defusedxml does by default),
in whatever encoding it is written, and libxml2's own amplification limit stays on as a
second guard.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from typing import Literal

import lxml.etree as etree
import lxml.html

from .errors import DocumentError

Kind = Literal["html", "xml"]

_ENTITY_DECLARATION = re.compile(r"<!ENTITY", re.IGNORECASE)
_DOCTYPE_START = re.compile(r"<!DOCTYPE", re.IGNORECASE)
_ROOT_START = re.compile(r"<[^!?]")
_DOCTYPE = re.compile(rb"<!DOCTYPE[^>\[]*(\[.*?\])?\s*>", re.IGNORECASE | re.DOTALL)
_XML_ENCODING = re.compile(rb"""^<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9._-]+)["']""")
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"), (codecs.BOM_UTF8, "utf-8"),
         (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))


@dataclass
class Document:
    """A parsed source document. ``tree`` is an lxml ElementTree; ``doctype`` is kept verbatim.
    ``directory`` is where the file lives on disk when ``path`` is relative to something else
    (a project root); ITS linked rules resolve against it."""

    kind: Kind
    tree: etree._ElementTree
    path: str
    doctype: str = ""
    directory: str | None = None

    @property
    def root(self) -> etree._Element:
        return self.tree.getroot()


def kind_of(path: str) -> Kind:
    return "html" if path.lower().endswith((".html", ".htm", ".xhtml5")) else "xml"


def parse_document(data: bytes, path: str, kind: Kind | None = None, *, directory: str | None = None) -> Document:
    """Parse ``data`` read from ``path``; errors name the path and line."""
    kind = kind or kind_of(path)
    document = _parse_html(data, path) if kind == "html" else _parse_xml(data, path)
    document.directory = directory
    return document


def _parse_html(data: bytes, path: str) -> Document:
    match = _DOCTYPE.search(data[:2048])
    doctype = match.group(0).decode("ascii", "replace") if match else ""
    encoding, bom = _html_encoding(data)
    # Decoded here, so any label Python knows works and libxml2 never guesses.
    text = data[len(bom):].decode(encoding, "replace")
    parser = lxml.html.HTMLParser(remove_comments=False, remove_pis=False, no_network=True,
                                  default_doctype=False)
    try:
        root = lxml.html.document_fromstring(text, parser=parser)
    except (etree.ParserError, ValueError) as error:
        raise DocumentError(f"cannot parse HTML: {error}", path) from None
    return Document("html", root.getroottree(), path, doctype)


def _html_encoding(data: bytes) -> tuple[str, bytes]:
    """The encoding of an HTML document and its BOM: the BOM's, else a charset in the first
    KiB, else UTF-8 (an unknown label falls back to UTF-8, as browsers fall back too)."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name, bom
    head = data[:1024].lower()
    match = re.search(rb"charset\s*=\s*[\"']?([a-z0-9_.:-]+)", head)
    if match:
        try:
            return codecs.lookup(match.group(1).decode("ascii")).name, b""
        except LookupError:
            pass
    return "utf-8", b""


def _parse_xml(data: bytes, path: str) -> Document:
    _refuse_entity_declarations(data, path)
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, dtd_validation=False,
                             huge_tree=False, remove_comments=False, remove_pis=False, strip_cdata=False)
    try:
        tree = etree.fromstring(data, parser=parser).getroottree()
    except etree.XMLSyntaxError as error:
        raise DocumentError(f"cannot parse XML: {error.msg}", path, error.lineno) from None
    except ValueError as error:  # e.g. an encoding declaration lxml cannot honour
        raise DocumentError(f"cannot parse XML: {error}", path) from None
    return Document("xml", tree, path, tree.docinfo.doctype or "")


def _refuse_entity_declarations(data: bytes, path: str) -> None:
    """Entity declarations can only sit in the DOCTYPE, before the root element; any there is
    refused, whatever the document's encoding (a UTF-16 bomb hides from a byte search)."""
    text = _xml_text_for_scan(data)
    doctype = _DOCTYPE_START.search(text)
    if not doctype:
        return
    root = _ROOT_START.search(text, doctype.end())
    match = _ENTITY_DECLARATION.search(text, doctype.end(), root.start() if root else len(text))
    if match:
        line = text.count("\n", 0, match.start()) + 1
        raise DocumentError("XML entity declarations are not accepted (entity expansion and external "
                            "entity attacks)", path, line,
                            hint="remove the DOCTYPE's <!ENTITY> declarations")


def _xml_text_for_scan(data: bytes) -> str:
    encoding = "utf-8"
    for bom, name in _BOMS:
        if data.startswith(bom):
            encoding = name
            data = data[len(bom):]
            break
    else:
        if data[:4] in (b"\x00\x00\x00<", b"<\x00\x00\x00"):
            encoding = "utf-32-be" if data[0] == 0 else "utf-32-le"
        elif data[:2] in (b"\x00<", b"<\x00"):
            encoding = "utf-16-be" if data[0] == 0 else "utf-16-le"
        else:
            declared = _XML_ENCODING.match(data)
            if declared:
                try:
                    encoding = codecs.lookup(declared.group(1).decode("ascii")).name
                except LookupError:
                    encoding = "utf-8"
    return data.decode(encoding, "replace")


def serialize_document(document: Document) -> bytes:
    """The document as bytes: HTML with its doctype, XML with its declaration, UTF-8."""
    if document.kind == "html":
        text = lxml.html.tostring(document.tree, encoding="unicode", method="html",
                                  doctype=document.doctype or None)
        return (text if text.endswith("\n") else text + "\n").encode("utf-8")
    return etree.tostring(document.tree, encoding="utf-8", xml_declaration=True) + b"\n"
