"""The whole pipeline on a copy of the bundled site, through the CLI entry point in-process."""

from __future__ import annotations

import json
import re
from pathlib import Path

import lxml.html
import pytest

from yzi18n.cli import main
from yzi18n.langtags import endonym

BUILT = ["ar", "de", "el", "en", "es", "fi", "fr", "id", "it", "ja", "pt-PT", "ru", "zh-Hans"]
BELOW_THRESHOLD = ["la", "sa"]  # about half translated on purpose


@pytest.fixture
def built_site(site: Path, capsys) -> tuple[Path, str]:
    status = main(["all", "--config", str(site / "pyproject.toml")])
    captured = capsys.readouterr()
    assert status == 0, captured.err
    return site, captured.err


def test_main_job_builds_every_language_above_the_threshold(built_site):
    site, _ = built_site
    built = sorted(p.name for p in (site / "dist").iterdir() if p.is_dir())
    assert built == BUILT
    for language in BELOW_THRESHOLD:
        assert not (site / "dist" / language).exists()


def test_every_page_has_lang_dir_and_a_switcher_of_endonyms(built_site):
    site, _ = built_site
    for language in BUILT:
        page = lxml.html.parse(str(site / "dist" / language / "index.html")).getroot()
        assert page.get("lang") == language
        assert page.get("dir") == ("rtl" if language == "ar" else "ltr")
        switcher = page.get_element_by_id("yzi18n-languages")
        names = {a.get("hreflang"): a.text_content().strip() for a in switcher.iter("a")}
        assert names == {tag: endonym(tag) for tag in BUILT}
        assert "Suomalainen" not in names.values() and "Indonesian" not in names.values()
        alternates = {link.get("hreflang") for link in page.iter("link") if link.get("rel") == "alternate"
                      and link.get("hreflang")}
        assert alternates == set(BUILT) | {"x-default"}


def test_translations_are_in_the_pages(built_site):
    site, _ = built_site
    zh = (site / "dist" / "zh-Hans" / "index.html").read_text(encoding="utf-8")
    assert "600万平方米" in zh
    de = (site / "dist" / "de" / "index.html").read_text(encoding="utf-8")
    assert "6 Millionen Quadratmeter" in de


def test_main_job_prints_the_check_summary(built_site):
    _, err = built_site
    assert re.search(r"check: 14 catalogs, \d+ checks: 0 errors", err), err


def test_a_second_run_rewrites_nothing(built_site, capsys):
    site, _ = built_site
    before = {p: p.stat().st_mtime_ns for p in site.rglob("*") if p.is_file()}
    assert main(["all", "--config", str(site / "pyproject.toml")]) == 0
    after = {p: p.stat().st_mtime_ns for p in site.rglob("*") if p.is_file()}
    assert after == before


def test_bundled_catalogs_check_clean(site, capsys):
    assert main(["check", "--config", str(site / "pyproject.toml")]) == 0


def test_examples_fail_and_name_each_problem(example_project, capsys):
    status = main(["check", "--config", str(example_project / "pyproject.toml")])
    out = capsys.readouterr().out
    assert status == 1
    de = [line for line in out.splitlines() if line.startswith("locale/de/")]
    assert any("1,300" in line and "1.400" in line for line in de), out
    assert any("Millionen" in line for line in de), out
    assert any("Billion" in line for line in de), out
    assert any("Kong Lei" in line for line in de), out
    assert not [line for line in out.splitlines() if line.startswith("locale/fr/") and ": error:" in line], out


def test_check_json_is_machine_readable(example_project, capsys):
    main(["check", "--config", str(example_project / "pyproject.toml"), "--format", "json"])
    report = json.loads(capsys.readouterr().out)
    assert report["findings"]
