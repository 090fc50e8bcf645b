"""``yzi18n check`` end to end, in-process, on a tiny project: formats, -o, --fail-on, suppression
comments (and that ``update`` keeps them), config ignores, the baseline, ``yzi18n checks``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import shared_path
from yzi18n.cli import main

PO = "locale/de/LC_MESSAGES/messages.po"

HEADER = '''msgid ""
msgstr ""
"Language: de\\n"
"MIME-Version: 1.0\\n"
"Content-Type: text/plain; charset=UTF-8\\n"
"Content-Transfer-Encoding: 8bit\\n"
"Plural-Forms: nplurals=2; plural=(n != 1);\\n"
'''

ENTRIES = {
    "scale": ('Exports reached RMB 2.8 billion.', 'Exporte erreichten 2,8 Millionen RMB.'),
    "miles": ('It is 3 miles away.', 'Es ist 5 km entfernt.'),
    "changed": ('There are 1,300 firms in the zone.', 'Es gibt 1.400 Firmen in der Zone.'),
    "fine": ('The park opened in 2019.', 'Der Park wurde 2019 eröffnet.'),
}
SUPPRESSION = "# yzi18n: ignore numbers — 3 miles converted to 5 km\n"


def write_po(root: Path, entries: dict[str, tuple[str, str]], comments: dict[str, str] | None = None) -> None:
    comments = comments or {}
    parts = [HEADER]
    for key, (msgid, msgstr) in entries.items():
        parts.append(f'\n{comments.get(key, "")}msgid "{msgid}"\nmsgstr "{msgstr}"\n')
    path = root / PO
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(parts), encoding="utf-8")


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = tmp_path / "proj"
    root.mkdir()
    (root / "pyproject.toml").write_text('[tool.yzi18n]\nsource-language = "en"\nselect = ["numbers"]\n',
                                         encoding="utf-8")
    write_po(root, ENTRIES, {"miles": SUPPRESSION})
    monkeypatch.chdir(root)
    return root


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def json_report(capsys, *argv: str) -> tuple[int, dict]:
    code, out, _ = run(capsys, "check", "--format", "json", *argv)
    return code, json.loads(out)


def active_codes(document: dict) -> list[tuple[str, str]]:
    return sorted((f["code"], f["entry"]["msgid"]) for f in document["findings"] if not f["suppressed"])


def test_text_report_and_exit_code(project: Path, capsys) -> None:
    code, out, err = run(capsys, "check")
    assert code == 1
    assert f"{PO}:" in out and "[numbers.scale]" in out
    assert "miles" not in out  # silenced in place
    assert "suppressed" in err  # the summary counts it


def test_the_suppression_comment_and_its_reason_reach_the_json(project: Path, capsys) -> None:
    code, document = json_report(capsys)
    assert code == 1
    silenced = [f for f in document["findings"] if f["suppressed"]]
    assert silenced and all(f["entry"]["msgid"] == ENTRIES["miles"][0] for f in silenced)
    assert {f["suppressed"]["reason"] for f in silenced} == {"3 miles converted to 5 km"}
    assert {f["suppressed"]["by"] for f in silenced} == {"comment"}
    assert ENTRIES["fine"][0] not in {f["entry"]["msgid"] for f in document["findings"]}
    assert document["catalogs"][0]["language"] == "de"


@pytest.mark.parametrize("fmt", ["text", "json", "sarif", "junit", "github", "html"])
def test_every_format_to_a_file(project: Path, capsys, fmt: str) -> None:
    code, out, _ = run(capsys, "check", "--format", fmt, "-o", "report.out")
    assert code == 1 and out == ""
    written = (project / "report.out").read_text(encoding="utf-8")
    assert "numbers.scale" in written


def test_sarif_of_a_real_run_is_schema_valid(project: Path, capsys) -> None:
    import jsonschema

    schema = json.loads(shared_path("schemas", "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
    code, out, _ = run(capsys, "check", "--format", "sarif")
    document = json.loads(out)
    jsonschema.validate(document, schema)
    rules = {rule["id"] for rule in document["runs"][0]["tool"]["driver"]["rules"]}
    assert "numbers.scale" in rules and not any(r.startswith("names.") for r in rules)  # select = numbers
    kinds = {s["kind"] for r in document["runs"][0]["results"] for s in r.get("suppressions", [])}
    assert kinds == {"inSource"}


@pytest.mark.parametrize("fail_on, expected", [("never", 0), ("error", 1), ("info", 1)])
def test_fail_on(project: Path, capsys, fail_on: str, expected: int) -> None:
    assert run(capsys, "check", "--fail-on", fail_on)[0] == expected


def test_select_and_ignore_by_family_or_code(project: Path, capsys) -> None:
    _, document = json_report(capsys, "--ignore", "numbers.scale")
    assert "numbers.scale" not in {code for code, _ in active_codes(document)}
    assert "numbers.scale" not in {c["code"] for c in document["checks"]}


def test_per_file_ignores(project: Path, capsys) -> None:
    (project / "pyproject.toml").write_text(
        '[tool.yzi18n]\nselect = ["numbers"]\n[tool.yzi18n.per-file-ignores]\n"locale/de/*" = ["numbers"]\n',
        encoding="utf-8")
    code, document = json_report(capsys)
    assert code == 0 and document["findings"] == []


def test_per_language_ignores(project: Path, capsys) -> None:
    (project / "pyproject.toml").write_text(
        '[tool.yzi18n]\nselect = ["numbers"]\n[tool.yzi18n.per-language-ignores]\nde = ["numbers.scale"]\n',
        encoding="utf-8")
    _, document = json_report(capsys)
    codes = {code for code, _ in active_codes(document)}
    assert codes and "numbers.scale" not in codes
    (project / "pyproject.toml").write_text(
        '[tool.yzi18n]\nselect = ["numbers"]\n[tool.yzi18n.per-language-ignores]\nfr = ["numbers"]\n',
        encoding="utf-8")
    _, document = json_report(capsys)
    assert "numbers.scale" in {code for code, _ in active_codes(document)}


def test_an_unknown_code_in_the_ignore_tables_is_a_config_error(project: Path, capsys) -> None:
    (project / "pyproject.toml").write_text(
        '[tool.yzi18n]\n[tool.yzi18n.per-language-ignores]\nde = ["numbrs.scale"]\n', encoding="utf-8")
    code, out, err = run(capsys, "check")
    assert code == 2 and "numbrs.scale" in err and out == ""


def test_baseline_cycle(project: Path, capsys) -> None:
    code, _, err = run(capsys, "check", "--write-baseline", "yzi18n-baseline.json")
    assert code == 0 and "recorded" in err
    recorded = json.loads((project / "yzi18n-baseline.json").read_text(encoding="utf-8"))
    assert recorded["version"] == 1 and recorded["findings"]
    assert all(r["msgid"] != ENTRIES["miles"][0] for r in recorded["findings"])  # suppressed: not recorded

    code, out, err = run(capsys, "check", "--baseline", "yzi18n-baseline.json")
    assert code == 0 and out == "" and "0 new" in err

    # an entry moves (lines change) and a new error appears; the changed-number error is fixed
    entries = {"new": ("Sales grew by 12%.", "Der Umsatz wuchs um 21 %."), **ENTRIES,
               "changed": ('There are 1,300 firms in the zone.', 'Es gibt 1.300 Firmen in der Zone.')}
    write_po(project, entries, {"miles": SUPPRESSION})
    code, document = json_report(capsys, "--baseline", "yzi18n-baseline.json")
    assert code == 1
    assert {msgid for _, msgid in active_codes(document)} == {"Sales grew by 12%."}
    assert document["baseline"]["new"] >= 1 and document["baseline"]["accepted"] >= 1
    assert {g["msgid"] for g in document["baseline"]["gone"]} == {ENTRIES["changed"][0]}
    assert any(f["suppressed"] and f["suppressed"]["by"] == "baseline" for f in document["findings"])

    code, out, err = run(capsys, "check", "--baseline", "yzi18n-baseline.json")
    assert "no longer found, remove it from the baseline" in out and "gone" in err

    # writing it again shrinks it: the fixed finding leaves, the new one is accepted
    before = len(recorded["findings"])
    assert run(capsys, "check", "--baseline", "yzi18n-baseline.json",
               "--write-baseline", "yzi18n-baseline.json")[0] == 0
    rewritten = json.loads((project / "yzi18n-baseline.json").read_text(encoding="utf-8"))
    assert {r["msgid"] for r in rewritten["findings"]} >= {"Sales grew by 12%."}
    assert ENTRIES["changed"][0] not in {r["msgid"] for r in rewritten["findings"]}
    assert len(rewritten["findings"]) != before or rewritten != recorded
    assert run(capsys, "check", "--baseline", "yzi18n-baseline.json")[0] == 0


def test_a_broken_baseline_is_an_input_error(project: Path, capsys) -> None:
    (project / "b.json").write_text("[1, 2", encoding="utf-8")
    code, out, err = run(capsys, "check", "--baseline", "b.json")
    assert code == 2 and err.startswith("b.json") and out == ""
    code, _, err = run(capsys, "check", "--baseline", "absent.json")
    assert code == 2 and "no such baseline file" in err


def test_the_suppression_comment_survives_update(project: Path, capsys) -> None:
    pytest.importorskip("yzi18n.catalog.merge")
    template = ['msgid ""\nmsgstr ""\n"MIME-Version: 1.0\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n'
                '"Content-Transfer-Encoding: 8bit\\n"\n']
    template += [f'\n#: source/index.html:{n}\nmsgid "{msgid}"\nmsgstr ""\n'
                 for n, (msgid, _) in enumerate(ENTRIES.values(), 1)]
    (project / "locale" / "messages.pot").write_text("".join(template), encoding="utf-8")
    assert run(capsys, "update")[0] == 0
    text = (project / PO).read_text(encoding="utf-8")
    assert SUPPRESSION in text and "#: source/index.html:2" in text
    _, document = json_report(capsys)
    silenced = [f for f in document["findings"] if f["suppressed"]]
    assert silenced and {f["suppressed"]["reason"] for f in silenced} == {"3 miles converted to 5 km"}


def test_checks_listing(project: Path, capsys) -> None:
    code, out, err = run(capsys, "checks")
    lines = out.splitlines()
    assert code == 0 and lines[0].split() == ["CODE", "SEVERITY", "SCOPE", "SUMMARY"]
    assert any(line.startswith("numbers.scale ") and " error " in line for line in lines)
    assert "families" in err and "numbers.order opt-in" in err
    code, out, _ = run(capsys, "checks", "--format", "json")
    rows = json.loads(out)
    scale = next(row for row in rows if row["code"] == "numbers.scale")
    assert scale["family"] == "numbers" and scale["severity"] == "error" and scale["summary"]
    assert all("\n" not in row["summary"] for row in rows)
    assert [row["code"] for row in rows if row["opt_in"]] == ["numbers.order"] and scale["opt_in"] is False
