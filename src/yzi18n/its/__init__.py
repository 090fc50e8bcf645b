"""ITS 2.0 for HTML5 and XML: the data categories a localisation pipeline needs, from local
markup, global rules and built-in defaults, with the spec's precedence.

    annotate(document) → Annotations     every element's and attribute's values
    Annotations.get(node, category[, attribute]) → {"translate": "no"} …
    dump(document, category) → str       the W3C test-suite output

Precedence, lowest first: built-in defaults (HTML5, or the Atom rules file under this
package), rules files given by the caller (``rules_paths``, e.g. from the config), the
document's own rules in document order (a linked file's rules before those of the
``its:rules`` element linking it), then local markup. Categories that inherit take the
parent's value where nothing else applies.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import lxml.etree as etree

from ..documents import Document
from ..errors import ConfigError
from . import dump as _dump
from .engine import CATEGORIES, Annotations
from .html import html5_shape
from .rules import Rule, document_rules, read_rules_file

ATOM_NS = "http://www.w3.org/2005/Atom"
ATOM_RULES = Path(__file__).with_name("atom.xml")


def annotate(document: Document, *, rules_paths: Sequence[Path] = (), site_defaults: bool = True) -> Annotations:
    """ITS 2.0 data categories of every element and attribute of ``document``.

    ``site_defaults`` adds yzi18n's pipeline defaults for HTML on top of the spec's (script
    and style not translatable, pre/textarea preserve space, only text-bearing attributes
    translatable; see ``yzi18n.its.html``); ``dump`` turns them off to match the W3C suite.
    Linked rules resolve against the document's own path and are never fetched over the
    network."""
    return Annotations(document, collect_rules(document, rules_paths), site_defaults=site_defaults)


def collect_rules(document: Document, rules_paths: Sequence[Path] = ()) -> list[Rule]:
    """Every global rule that applies to ``document``, lowest precedence first."""
    rules: list[Rule] = []
    if document.kind == "xml" and etree.QName(document.root).namespace == ATOM_NS:
        rules.extend(read_rules_file(ATOM_RULES))
    for path in rules_paths:
        rules.extend(read_rules_file(Path(path)))
    rules.extend(document_rules(document))
    return rules


def dump(document: Document, category: str, *, rules_paths: Sequence[Path] = (),
         site_defaults: bool = False) -> str:
    """The W3C ITS 2.0 test-suite output (../shared/its-2.0-testsuite/FORMAT.md) for one
    data category (a test-suite folder name, e.g. ``translate``)."""
    if category not in CATEGORIES:
        raise ConfigError(f"unknown ITS data category {category!r} (one of {', '.join(CATEGORIES)})")
    if document.kind == "html":
        # The suite lists the HTML5 DOM, which has the head, body and tbody that libxml2's
        # parser does not imply; a copy gets them, the caller's tree is left as it is.
        shaped = html5_shape(document.root)
        document = Document("html", shaped.getroottree(), document.path, document.doctype, document.directory)
    annotations = annotate(document, rules_paths=rules_paths, site_defaults=site_defaults)
    return _dump.render(annotations, category)


__all__ = ["CATEGORIES", "Annotations", "annotate", "collect_rules", "dump"]
