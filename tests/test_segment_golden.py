"""Golden files: units and localized output of the bundled page and of tricky inline cases.

Regenerate with ``YZI18N_REGENERATE_GOLDEN=1 pytest tests/test_segment_golden.py`` and review
the diff.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from yzi18n import its, segment
from yzi18n.documents import parse_document, serialize_document
from yzi18n.model import Unit

REPO = Path(__file__).resolve().parents[1]
GOLDEN = Path(__file__).resolve().parent / "golden" / "segment"
REGENERATE = bool(os.environ.get("YZI18N_REGENERATE_GOLDEN"))


def load(path: Path, name: str | None = None):
    document = parse_document(path.read_bytes(), name or path.relative_to(REPO).as_posix())
    return document, its.annotate(document)


def render_units(units: list[Unit]) -> str:
    blocks = []
    for number, unit in enumerate(units, 1):
        lines = [f"[{number}]"]
        lines += [f"#. {comment}" for comment in unit.comments]
        lines.append("#: " + " ".join(str(location) for location in unit.locations))
        if unit.flags:
            lines.append("#, " + ", ".join(unit.flags))
        if unit.language:
            lines.append(f"language: {unit.language}")
        if unit.msgctxt is not None:
            lines.append(f"msgctxt: {unit.msgctxt}")
        lines.append(unit.msgid)
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks) + "\n"


def compare(actual: str, name: str) -> None:
    path = GOLDEN / name
    if REGENERATE:
        path.write_text(actual, encoding="utf-8")
    assert path.exists(), f"{path} is missing: run with YZI18N_REGENERATE_GOLDEN=1"
    assert actual == path.read_text(encoding="utf-8")


def pseudo(unit: Unit) -> str:
    return "⟦" + unit.msgid + "⟧"


@pytest.mark.parametrize("mode", segment.MODES)
def test_bundled_page_units(mode):
    document, annotations = load(REPO / "source" / "index.html")
    compare(render_units(segment.extract_units(document, annotations, mode=mode)), f"index.{mode}.units.txt")


def test_bundled_page_msgids_are_those_translators_work_on():
    """The paragraph-mode msgids of the bundled page, in order (catalogs are written against them)."""
    document, annotations = load(REPO / "source" / "index.html")
    msgids = [unit.msgid for unit in segment.extract_units(document, annotations)]
    assert len(msgids) == 30
    assert msgids[4] == "By <span_1>Wu Tingting</span_1>, <cite_2>Beijing News</cite_2> reporter"
    assert msgids[24] == "Renminbi"  # the abbr's title comes after the paragraph holding it
    assert msgids[29] == ("<span_1>Yizhuang News</span_1> is published in several languages. "
                          "Translations are maintained by volunteers.")


@pytest.mark.parametrize("mode", segment.MODES)
@pytest.mark.parametrize("name", ["index.html", "feed.xml"])
def test_bundled_page_identity_build_reproduces_the_source(name, mode):
    document, annotations = load(REPO / "source" / name)
    result = segment.localize(document, annotations, lambda unit: unit.msgid, language="fr", mode=mode)
    assert result.problems == () and result.translated == result.units > 0
    assert serialize_document(result.document) == serialize_document(document)


@pytest.mark.parametrize("mode", segment.MODES)
def test_inline_cases_units(mode):
    document, annotations = load(GOLDEN / "inline-cases.html", "inline-cases.html")
    compare(render_units(segment.extract_units(document, annotations, mode=mode)), f"inline-cases.{mode}.units.txt")


@pytest.mark.parametrize("mode", segment.MODES)
def test_inline_cases_pseudo_translated(mode):
    document, annotations = load(GOLDEN / "inline-cases.html", "inline-cases.html")
    result = segment.localize(document, annotations, pseudo, language="fr", mode=mode)
    assert result.problems == ()
    assert result.removed == 1  # the paragraph Locale Filter excludes for French
    compare(serialize_document(result.document).decode("utf-8"), f"inline-cases.fr.{mode}.html")


@pytest.mark.parametrize("mode", segment.MODES)
def test_inline_cases_half_translated_marks_the_fallback(mode):
    """Every other unit untranslated: the source text stays, marked lang="en" for a stylesheet."""
    document, annotations = load(GOLDEN / "inline-cases.html", "inline-cases.html")
    seen: list[str] = []

    def half(unit: Unit) -> str | None:
        seen.append(unit.msgid)
        return pseudo(unit) if len(seen) % 2 else None

    result = segment.localize(document, annotations, half, language="de", mode=mode)
    assert result.fallback > 0 and result.translated > 0 and result.problems == ()
    compare(serialize_document(result.document).decode("utf-8"), f"inline-cases.de-half.{mode}.html")
