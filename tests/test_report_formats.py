"""Every report format on hand-made findings: golden files, the SARIF schema, the JSON schema,
escaping. Regenerate the golden files with ``YZI18N_REGEN_GOLDEN=1 pytest tests/test_report_formats.py``
and review the diff."""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass
from pathlib import Path

import pytest
from lxml import etree

from conftest import REPO, shared_path
from yzi18n import __version__
from yzi18n.baseline import Baseline, BaselineRecord, baseline_of, compare
from yzi18n.model import Catalog, Entry, Finding, Location, Severity
from yzi18n.report import FORMATS, exit_code, render
from yzi18n.report.common import Rule
from yzi18n.report.github import command, escape_data, escape_property
from yzi18n.report.html import highlight

GOLDEN = Path(__file__).parent / "golden" / "report"
REGEN = bool(os.environ.get("YZI18N_REGEN_GOLDEN"))
EXTENSIONS = {"text": "txt", "json": "json", "sarif": "sarif", "junit": "xml", "github": "txt", "html": "html"}


@dataclass(frozen=True)
class Result:
    findings: list
    catalogs: list
    checks: list
    baseline: object = None


RULES = {
    "numbers.scale": Rule("numbers.scale", Severity.ERROR, "A number changes scale."),
    "names.missing": Rule("names.missing", Severity.ERROR, "A name of the source is missing."),
    "consistency.languages": Rule("consistency.languages", Severity.WARNING, "Languages disagree."),
    "entry.empty": Rule("entry.empty", Severity.INFO, "An entry says nothing."),
}

DE = "locale/de/LC_MESSAGES/site.po"
AR = "locale/ar/LC_MESSAGES/site.po"
HOSTILE = '<script>alert("x")</script> & 50%, a: b\nsecond line\r'


def catalogs() -> list[Catalog]:
    de = Catalog(DE, "de", (
        Entry("Exports reached RMB 2.8 billion.", "Exporte erreichten 2,8 Millionen RMB.", line=12, msgstr_line=13,
              locations=(Location("source/index.html", 14),)),
        Entry("Kong Lei said so.", "Er sagte es.", line=16, msgstr_line=17,
              translator_comments=("yzi18n: ignore names.missing — the pronoun is the usual form",)),
        Entry("Untranslated", "", line=20, msgstr_line=21),
        Entry("Fuzzy", "Unscharf", flags=("fuzzy",), line=24, msgstr_line=25),
    ))
    ar = Catalog(AR, "ar", (
        Entry("Growth was 16.1%.", "بلغ النمو 16.1%.", msgctxt="stats.growth", line=8, msgstr_line=9),
        Entry("Untranslated", "", line=12, msgstr_line=13),
    ))
    return [de, ar]


def findings() -> list[Finding]:
    return [
        Finding("numbers.scale", Severity.ERROR, "2.8 billion in the source is 2,8 Millionen in the translation",
                DE, 13, "de", msgid="Exports reached RMB 2.8 billion.",
                msgstr="Exporte erreichten 2,8 Millionen RMB.", hint="2.8 billion is 2,8 Milliarden in de",
                source_locations=(Location("source/index.html", 14),), source_marks=("2.8 billion",),
                target_marks=("2,8 Millionen",)),
        Finding("names.missing", Severity.ERROR, "name 'Kong Lei' of the source is missing", DE, 17, "de",
                msgid="Kong Lei said so.", msgstr="Er sagte es.", source_marks=("Kong Lei",),
                suppressed="the pronoun is the usual form"),
        Finding("consistency.languages", Severity.WARNING, HOSTILE, AR, 9, "ar", msgid="Growth was 16.1%.",
                msgctxt="stats.growth", msgstr="بلغ النمو 16.1%.", hint="compare <b>it</b>",
                target_marks=("16.1%",)),
        Finding("entry.empty", Severity.INFO, "the catalog has no plural header", AR, None, "ar"),
    ]


def plain_result() -> Result:
    return Result(findings(), catalogs(), sorted(RULES))


def baseline_result() -> Result:
    """numbers.scale accepted by the baseline, one baseline record gone, the warning new."""
    accepted = [f for f in findings() if f.code == "numbers.scale"]
    recorded = baseline_of(accepted, "yzi18n-baseline.json")
    gone = BaselineRecord(DE, "numbers.changed", None, "Old entry", "1,300 in the source is 1.400", "0123456789abcdef")
    baseline = Baseline(recorded.path, recorded.records + (gone,))
    comparison = compare(findings(), baseline)
    return Result(list(comparison.findings), catalogs(), sorted(RULES), comparison)


def normalise(fmt: str, text: str) -> str:
    """Leave out what changes without the renderer changing: the version, the inlined assets."""
    text = text.replace(__version__, "{VERSION}")
    if fmt == "html":
        text = re.sub(r"<style>.*?</style>", "<style>{CSS}</style>", text, flags=re.S)
        text = re.sub(r"<script>.*?</script>", "<script>{JS}</script>", text, flags=re.S)
        text = re.sub(r"sha256-[A-Za-z0-9+/=]+", "sha256-{HASH}", text)
    return text


@pytest.mark.parametrize("variant", ["plain", "baseline"])
@pytest.mark.parametrize("fmt", FORMATS)
def test_golden(fmt: str, variant: str) -> None:
    result = plain_result() if variant == "plain" else baseline_result()
    actual = normalise(fmt, render(fmt, result, rules=RULES))
    golden = GOLDEN / f"{variant}.{fmt}.{EXTENSIONS[fmt]}"
    if REGEN:
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_bytes(actual.encode("utf-8"))
    assert golden.exists(), f"{golden} is missing: run with YZI18N_REGEN_GOLDEN=1"
    assert actual == golden.read_bytes().decode("utf-8"), f"{golden.name} differs (YZI18N_REGEN_GOLDEN=1 to accept)"


# ── text ────────────────────────────────────────────────────────────────────────────────

def test_text_is_the_compiler_format_with_hint_and_source() -> None:
    lines = render("text", plain_result(), rules=RULES).splitlines()
    assert lines[0] == f"{AR}: info: the catalog has no plural header [entry.empty]"
    scale = lines.index(f"{DE}:13: error: 2.8 billion in the source is 2,8 Millionen in the translation [numbers.scale]")
    assert lines[scale + 1] == "  hint: 2.8 billion is 2,8 Milliarden in de"
    assert lines[scale + 2] == "  source: source/index.html:14"
    assert not any("Kong Lei" in line for line in lines)  # suppressed


def test_text_lists_baseline_findings_that_went_away() -> None:
    text = render("text", baseline_result(), rules=RULES)
    assert "numbers.scale" not in text  # accepted
    assert f"{DE}: note: no longer found, remove it from the baseline: 1,300 in the source is 1.400 [numbers.changed]" in text


# ── json ────────────────────────────────────────────────────────────────────────────────

def json_schema() -> dict:
    return json.loads((REPO / "docs" / "report.schema.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("make", [plain_result, baseline_result])
def test_json_follows_the_documented_schema(make) -> None:
    import jsonschema

    document = json.loads(render("json", make(), rules=RULES))
    jsonschema.Draft202012Validator.check_schema(json_schema())
    jsonschema.validate(document, json_schema(), cls=jsonschema.Draft202012Validator)


def test_json_names_the_entry_its_msgid_line_and_the_suppression() -> None:
    document = json.loads(render("json", plain_result(), rules=RULES))
    assert document["version"] == 1 and document["tool"]["name"] == "yzi18n"
    scale = next(f for f in document["findings"] if f["code"] == "numbers.scale")
    assert scale["line"] == 13 and scale["entry"]["line"] == 12  # the msgstr's line, the msgid's line
    assert scale["entry"]["msgid"] == "Exports reached RMB 2.8 billion." and scale["language"] == "de"
    names = next(f for f in document["findings"] if f["code"] == "names.missing")
    assert names["suppressed"] == {"reason": "the pronoun is the usual form", "by": "comment"}
    growth = next(f for f in document["findings"] if f["code"] == "consistency.languages")
    assert growth["entry"]["msgctxt"] == "stats.growth"
    assert document["summary"] == {"catalogs": 2, "checks": 4, "error": 1, "warning": 1, "info": 1, "suppressed": 1}
    de = next(c for c in document["catalogs"] if c["language"] == "de")
    assert (de["entries"], de["translated"], de["fuzzy"], de["untranslated"]) == (4, 2, 1, 1)


def test_json_baseline_block() -> None:
    document = json.loads(render("json", baseline_result(), rules=RULES))
    assert document["baseline"]["new"] == 2 and document["baseline"]["accepted"] == 1
    assert [g["code"] for g in document["baseline"]["gone"]] == ["numbers.changed"]
    scale = next(f for f in document["findings"] if f["code"] == "numbers.scale")
    assert scale["suppressed"]["by"] == "baseline"


# ── sarif ───────────────────────────────────────────────────────────────────────────────

@pytest.mark.parametrize("make", [plain_result, baseline_result])
def test_sarif_is_valid_against_the_oasis_schema(make) -> None:
    import jsonschema

    schema = json.loads(shared_path("schemas", "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
    document = json.loads(render("sarif", make(), rules=RULES))
    jsonschema.validate(document, schema)


def test_sarif_rules_locations_and_suppressions() -> None:
    run = json.loads(render("sarif", plain_result(), rules=RULES))["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    assert [r["id"] for r in rules] == sorted(RULES)
    scale_rule = next(r for r in rules if r["id"] == "numbers.scale")
    assert scale_rule["shortDescription"]["text"] == "A number changes scale."
    assert scale_rule["defaultConfiguration"]["level"] == "error"
    assert next(r for r in rules if r["id"] == "entry.empty")["defaultConfiguration"]["level"] == "note"
    scale = next(r for r in run["results"] if r["ruleId"] == "numbers.scale")
    assert rules[scale["ruleIndex"]]["id"] == "numbers.scale"
    location = scale["locations"][0]["physicalLocation"]
    assert location["artifactLocation"]["uri"] == DE and location["region"]["startLine"] == 13
    related = scale["relatedLocations"][0]["physicalLocation"]
    assert related["artifactLocation"]["uri"] == "source/index.html" and related["region"]["startLine"] == 14
    names = next(r for r in run["results"] if r["ruleId"] == "names.missing")
    assert names["suppressions"] == [{"kind": "inSource", "status": "accepted",
                                      "justification": "the pronoun is the usual form"}]
    empty = next(r for r in run["results"] if r["ruleId"] == "entry.empty")
    assert "region" not in empty["locations"][0]["physicalLocation"]


def test_sarif_baseline_states_and_gone_notifications() -> None:
    run = json.loads(render("sarif", baseline_result(), rules=RULES))["runs"][0]
    states = {r["ruleId"]: r["baselineState"] for r in run["results"]}
    assert states["numbers.scale"] == "unchanged" and states["consistency.languages"] == "new"
    scale = next(r for r in run["results"] if r["ruleId"] == "numbers.scale")
    assert scale["suppressions"][0]["kind"] == "external"
    notes = run["invocations"][0]["toolExecutionNotifications"]
    assert len(notes) == 1 and notes[0]["associatedRule"]["id"] == "numbers.changed"


# ── junit ───────────────────────────────────────────────────────────────────────────────

def test_junit_one_suite_per_language_one_case_per_check() -> None:
    root = etree.fromstring(render("junit", plain_result(), rules=RULES).encode("utf-8"))
    suites = {suite.get("name"): suite for suite in root.iter("testsuite")}
    assert sorted(suites) == ["ar", "de"]
    for suite in suites.values():
        assert [case.get("name") for case in suite.iter("testcase")] == sorted(RULES)
    de_failures = {case.get("name") for case in suites["de"].iter("testcase") if case.find("failure") is not None}
    assert de_failures == {"numbers.scale"}  # names.missing is suppressed
    ar_failures = {case.get("name") for case in suites["ar"].iter("testcase") if case.find("failure") is not None}
    assert ar_failures == {"consistency.languages", "entry.empty"}
    names = next(case for case in suites["de"].iter("testcase") if case.get("name") == "names.missing")
    assert "the pronoun is the usual form" in names.findtext("system-out")
    assert root.get("tests") == "8" and root.get("failures") == "3"


def test_junit_survives_control_characters() -> None:
    bad = Finding("entry.empty", Severity.INFO, "bell \x07 and \x0b tab", DE, 3, "de")
    root = etree.fromstring(render("junit", Result([bad], [], ["entry.empty"]), rules=RULES).encode("utf-8"))
    assert "\ufffd" in root.find(".//failure").text


# ── github ──────────────────────────────────────────────────────────────────────────────

def test_github_escaping_as_the_runner_documents() -> None:
    assert escape_data("50% a\r\nb") == "50%25 a%0D%0Ab"
    assert escape_property("a:b,c%\n") == "a%3Ab%2Cc%25%0A"
    assert command("error", "m", file="x,y:z.po", line=3, title=None) == "::error file=x%2Cy%3Az.po,line=3::m"


def test_github_annotations() -> None:
    lines = render("github", plain_result(), rules=RULES).splitlines()
    assert lines[0] == f"::notice file={AR},title=yzi18n entry.empty (ar)::the catalog has no plural header"
    assert lines[1].startswith(f"::warning file={AR},line=9,title=yzi18n consistency.languages (ar)::")
    assert "\r" not in lines[1] and "b%0Asecond line%0D" in lines[1] and "50%25," in lines[1]
    assert lines[2].startswith(f"::error file={DE},line=13,title=yzi18n numbers.scale (de)::2.8 billion")
    assert len(lines) == 3  # the suppressed finding is not annotated


# ── html ────────────────────────────────────────────────────────────────────────────────

def test_highlight_escapes_and_marks() -> None:
    assert highlight("a <b> 2.8 billion & 2.8", ["2.8", "2.8 billion"]) == \
        "a &lt;b&gt; <mark>2.8 billion</mark> &amp; <mark>2.8</mark>"
    assert highlight("x", []) == "x"
    assert highlight("9月19日 9", ["9"]) == "<mark>9</mark>月19日 <mark>9</mark>"  # not inside 19
    assert highlight("2019", ["9"]) == "201<mark>9</mark>"  # only there: marked anyway


def test_html_escapes_every_catalog_text() -> None:
    page = render("html", plain_result(), rules=RULES)
    assert "<script>alert" not in page and "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in page
    assert "<b>it</b>" not in page
    assert page.count("<script>") == 1  # the report's own, allowed by hash
    assert re.search(r"script-src &#x27;sha256-[A-Za-z0-9+/=]+&#x27;", page) and "unsafe-inline" not in page
    assert 'lang="ar" dir="rtl"' in page
    assert "<mark>2,8 Millionen</mark>" in page and "<mark>2.8 billion</mark>" in page


def test_html_has_no_external_resources() -> None:
    page = render("html", baseline_result(), rules=RULES)
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", page)
    assert "<link" not in page


# ── exit codes ──────────────────────────────────────────────────────────────────────────

def test_exit_code_thresholds_ignore_suppressed() -> None:
    found = findings()
    assert exit_code(found, "error") == 1
    assert exit_code([f for f in found if f.code != "numbers.scale"], "error") == 0  # only a suppressed error left
    assert exit_code([f for f in found if f.code != "numbers.scale"], "warning") == 1
    assert exit_code(found, "never") == 0
    assert exit_code([f for f in found if f.code == "entry.empty"], "warning") == 0
    assert exit_code([f for f in found if f.code == "entry.empty"], "info") == 1


def test_unknown_format_is_refused() -> None:
    with pytest.raises(ValueError):
        render("xml", plain_result(), rules=RULES)
