"""The HTML report in headless Chromium: the report of ``examples/`` shows its findings, the
script runs under the report's own Content Security Policy without an error, the filters work,
and hostile catalog text stays text. Uses the DevTools client of ``tests/browser/cdp.py``;
a screenshot goes to ``tests/artifacts/report-examples.png`` (git-ignored)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from browser.cdp import Browser
from conftest import REPO, require_tool
from yzi18n.cli import main
from yzi18n.model import Catalog, Entry, Finding, Severity
from yzi18n.report import render

ARTIFACTS = REPO / "tests" / "artifacts"

VISIBLE_FINDINGS = """
Array.from(document.querySelectorAll('#findings article.finding')).map(card => {
  const box = card.getBoundingClientRect();
  return {code: card.dataset.code, severity: card.dataset.severity, language: card.dataset.language,
          visible: box.width > 0 && box.height > 0 && getComputedStyle(card).visibility === 'visible',
          text: card.innerText,
          marks: Array.from(card.querySelectorAll('.target mark')).map(m => m.innerText)};
})
"""

TRAPS = """
(() => {
  const report = (what) => { try { window.__pwned(String(what)); } catch (e) {} };
  for (const name of ['alert', 'confirm', 'prompt']) window[name] = (...a) => report(name + ':' + a.join(','));
})();
"""


@pytest.fixture(scope="module")
def browser():
    executable = require_tool("chromium")
    instance = Browser(executable)
    yield instance
    instance.close()


def test_the_report_of_examples_shows_its_findings(browser: Browser, example_project: Path, capsys,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(example_project)
    report = example_project / "report.html"
    assert main(["check", "--format", "html", "-o", str(report)]) == 1
    capsys.readouterr()

    page = browser.page()
    page.goto(report.as_uri())
    assert page.errors == []  # no console error, no exception, no CSP refusal
    assert page.evaluate("document.documentElement.dataset.ready") == "1"  # the script ran under the CSP

    cards = page.evaluate(VISIBLE_FINDINGS)
    assert cards and all(card["visible"] for card in cards)
    codes = {card["code"] for card in cards}
    assert {"numbers.scale", "numbers.changed"} <= codes  # the deliberate errors of examples/README.md
    scale = [card for card in cards if card["code"] == "numbers.scale"]
    assert any("Millionen" in mark for card in scale for mark in card["marks"])  # highlighted in the translation
    assert all(card["language"] == "de" for card in cards)  # the French catalog is correct

    rows = page.evaluate("Array.from(document.querySelectorAll('table.languages tbody tr')).map(r => "
                         "({lang: r.dataset.language, width: r.querySelector('svg.bar').getBoundingClientRect().width,"
                         " text: r.innerText}))")
    assert [row["lang"] for row in rows] == ["de", "fr"] and all(row["width"] > 100 for row in rows)
    assert "100%" in rows[1]["text"]
    assert page.evaluate("getComputedStyle(document.querySelector('article.finding mark')).backgroundColor") \
        not in ("rgba(0, 0, 0, 0)", "transparent")  # the stylesheet applied under the CSP

    # a filter button shows only its findings; "all" shows every one again
    severities = page.evaluate("Array.from(document.querySelectorAll('[data-filter-severity]'))"
                               ".map(b => b.dataset.filterSeverity).filter(Boolean)")
    assert severities and set(severities) == {card["severity"] for card in cards}
    for severity in severities:
        page.evaluate(f"document.querySelector('[data-filter-severity=\"{severity}\"]').click()")
        filtered = page.evaluate(VISIBLE_FINDINGS)
        shown = [card for card in filtered if card["visible"]]
        assert shown == [card for card in filtered if card["severity"] == severity]
        assert page.evaluate("document.querySelector('nav.filters .shown').textContent") == \
            f"{len(shown)} of {len(filtered)} findings shown"
    page.evaluate("document.querySelector('[data-filter-language=\"fr\"], [data-filter-language=\"de\"]').click()")
    page.evaluate("document.querySelector('[data-filter-severity=\"\"]').click()")
    assert all(card["visible"] == (card["language"] == "de") for card in page.evaluate(VISIBLE_FINDINGS))
    page.evaluate("document.querySelector('[data-filter-language=\"\"]').click()")
    assert all(card["visible"] for card in page.evaluate(VISIBLE_FINDINGS))
    assert page.errors == []
    page.screenshot(ARTIFACTS / "report-examples.png")


@dataclass(frozen=True)
class Result:
    findings: list
    catalogs: list
    checks: list
    baseline: object = None


PAYLOADS = ('<img src=x onerror="__pwned(\'img\')">', '<script>__pwned("script")</script>',
            '"><svg onload=__pwned("svg")>', "</p></div><iframe srcdoc='<script>parent.__pwned(1)</script>'>",
            "javascript:__pwned('href')")


def test_hostile_catalog_text_stays_text(browser: Browser, tmp_path: Path) -> None:
    findings, entries = [], []
    for number, payload in enumerate(PAYLOADS, 1):
        msgid = f"Growth was {number}% {payload}"
        entries.append(Entry(msgid, f"بلغ النمو {number + 1}% {payload}", msgctxt=payload, line=number * 4))
        findings.append(Finding("numbers.changed", Severity.ERROR, f"{payload} changed", "locale/ar/x.po",
                                number * 4, "ar", msgid=msgid, msgctxt=payload, msgstr=f"{payload} بلغ",
                                hint=payload, source_marks=(payload, f"{number}%"), target_marks=(payload,),
                                suppressed=payload if number % 2 else None))
    result = Result(findings, [Catalog("locale/ar/x.po", "ar", tuple(entries))], ["numbers.changed"])
    report = tmp_path / "hostile.html"
    report.write_text(render("html", result, rules={}), encoding="utf-8")

    page = browser.page()
    page.expose_binding("__pwned")
    page.add_init_script(TRAPS)
    page.goto(report.as_uri())
    page.evaluate("document.querySelectorAll('details').forEach(d => d.open = true)")
    page.settle(0.3)
    assert page.binding_calls == [] and page.dialogs == []
    assert page.errors == []
    assert page.evaluate("document.querySelectorAll('img, iframe, svg:not(.bar)').length") == 0
    text = page.evaluate("document.body.innerText")
    assert all(payload in text for payload in PAYLOADS)  # shown, as text
    assert page.evaluate("getComputedStyle(document.querySelector('.target .text')).direction") == "rtl"


def test_filters_by_language_and_severity(browser: Browser, tmp_path: Path) -> None:
    from test_report_formats import RULES, plain_result

    report = tmp_path / "filters.html"
    report.write_text(render("html", plain_result(), rules=RULES), encoding="utf-8")
    page = browser.page()
    page.goto(report.as_uri())
    assert page.errors == []

    def shown() -> list[tuple[str, str]]:
        return sorted((c["language"], c["severity"]) for c in page.evaluate(VISIBLE_FINDINGS) if c["visible"])

    assert shown() == [("ar", "info"), ("ar", "warning"), ("de", "error")]
    page.evaluate("document.querySelector('[data-filter-language=\"ar\"]').click()")
    assert shown() == [("ar", "info"), ("ar", "warning")]
    page.evaluate("document.querySelector('[data-filter-severity=\"warning\"]').click()")
    assert shown() == [("ar", "warning")]
    assert page.evaluate("document.querySelector('nav.filters .shown').textContent") == "1 of 3 findings shown"
    hidden_groups = page.evaluate("Array.from(document.querySelectorAll('#findings section.check'))"
                                  ".filter(g => g.hidden).map(g => g.dataset.code)")
    assert sorted(hidden_groups) == ["entry.empty", "numbers.scale"]
    page.evaluate("document.querySelector('[data-filter-language=\"\"]').click()")
    page.evaluate("document.querySelector('[data-filter-severity=\"\"]').click()")
    assert len(shown()) == 3
    assert page.errors == []
