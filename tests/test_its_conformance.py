"""The W3C ITS 2.0 test suite (the part in ../shared), compared in FORMAT.md's strict mode."""

from __future__ import annotations

from pathlib import Path

import pytest

from yzi18n import its
from yzi18n.cli import main
from yzi18n.documents import parse_document

SUITE = Path(__file__).resolve().parents[2] / "shared" / "its-2.0-testsuite"


def _cases() -> list:
    if not SUITE.is_dir():
        return [pytest.param(None, marks=pytest.mark.skip(reason=f"{SUITE} is absent"))]
    cases = []
    for expected in sorted(SUITE.glob("expected/*/*/*output.txt")):
        category, kind = expected.parts[-3], expected.parts[-2]
        stem = expected.name[: -len("output.txt")]
        cases.append(pytest.param((category, kind, stem), id=f"{category}/{stem}"))
    return cases


def strict(text: str) -> list[str]:
    """FORMAT.md §7 strict mode: only line endings, a BOM, line-end blanks and final blank lines vary."""
    text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    lines = [line.rstrip(" \t") for line in text.split("\n")]
    while lines and not lines[-1]:
        lines.pop()
    return lines


@pytest.mark.parametrize("case", _cases())
def test_w3c_its_suite(case):
    category, kind, stem = case
    source = SUITE / "inputdata" / category / kind / f"{stem}.{kind}"
    expected = SUITE / "expected" / category / kind / f"{stem}output.txt"
    output = its.dump(parse_document(source.read_bytes(), str(source)), category)
    assert strict(output) == strict(expected.read_text(encoding="utf-8"))
    assert "\r" not in output and all(line == line.rstrip() for line in output.splitlines())


def test_suite_is_complete_when_present():
    if not SUITE.is_dir():
        pytest.skip(f"{SUITE} is absent")
    inputs = {path.stem for path in SUITE.glob("inputdata/*/*/*") if "rules" not in path.stem}
    expected = {path.name[: -len("output.txt")] for path in SUITE.glob("expected/*/*/*output.txt")}
    assert expected <= inputs and len(expected) >= 100


def test_cli_prints_the_dump(capsys):
    if not SUITE.is_dir():
        pytest.skip(f"{SUITE} is absent")
    source = SUITE / "inputdata" / "translate" / "html" / "translate1html.html"
    assert main(["its", str(source), "--category", "translate"]) == 0
    expected = (SUITE / "expected" / "translate" / "html" / "translate1htmloutput.txt").read_text(encoding="utf-8")
    assert strict(capsys.readouterr().out) == strict(expected)
