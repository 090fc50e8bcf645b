"""Exit codes and error messages of the command line, in-process."""

from __future__ import annotations

from pathlib import Path

from yzi18n.cli import main


def snapshot(root: Path) -> dict[Path, bytes]:
    return {p: p.read_bytes() for p in root.rglob("*") if p.is_file()}


def test_malformed_catalog_is_path_line_message_exit_2_and_nothing_written(site, capsys):
    assert main(["extract", "--config", str(site / "pyproject.toml")]) == 0
    broken = site / "locale" / "fr" / "LC_MESSAGES" / "yizhuang.po"
    text = broken.read_text(encoding="utf-8")
    lines = text.splitlines(keepends=True)
    number = next(i for i, line in enumerate(lines) if line.startswith('msgstr "') and i > 20)
    lines[number] = lines[number].rstrip('"\n') + "\n"  # unterminated string
    broken.write_text("".join(lines), encoding="utf-8")
    before = snapshot(site)
    capsys.readouterr()

    assert main(["update", "--config", str(site / "pyproject.toml")]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"locale/fr/LC_MESSAGES/yizhuang.po:{number + 1}: "), err
    assert snapshot(site) == before

    assert main(["check", "--config", str(site / "pyproject.toml")]) == 2
    assert main(["build", "--config", str(site / "pyproject.toml")]) == 2
    assert not (site / "dist").exists() or not any((site / "dist").rglob("*.html"))


def test_unknown_config_key_exit_2_with_suggestion(tmp_path, capsys):
    (tmp_path / "pyproject.toml").write_text('[tool.yzi18n]\nmin-completenes = 0.5\n', encoding="utf-8")
    assert main(["check", "--config", str(tmp_path / "pyproject.toml")]) == 2
    err = capsys.readouterr().err
    assert "pyproject.toml:2: unknown key 'min-completenes'" in err
    assert "did you mean 'min-completeness'?" in err


def test_usage_error_is_exit_2(capsys):
    assert main(["check", "--format", "xml"]) == 2
    assert main([]) == 2


def test_unknown_check_code_is_exit_2(site, capsys):
    assert main(["check", "--config", str(site / "pyproject.toml"), "--select", "numbrs"]) == 2
    assert "no check matches 'numbrs'" in capsys.readouterr().err


def test_a_named_path_with_no_catalog_is_exit_2(tmp_path, capsys):
    (tmp_path / "empty").mkdir()
    assert main(["check", str(tmp_path / "empty")]) == 2
    assert "empty: no .po files in this folder" in capsys.readouterr().err
    assert main(["check", str(tmp_path / "missing.po")]) == 2
    assert "missing.po: no such file or directory" in capsys.readouterr().err


def test_internal_error_is_exit_3(monkeypatch, site, capsys):
    import yzi18n.api

    def explode(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(yzi18n.api, "stats", explode)
    assert main(["stats", "--config", str(site / "pyproject.toml")]) == 3
    assert "internal error" in capsys.readouterr().err


def test_extract_check_exits_1_when_the_template_would_change(site, capsys):
    config = str(site / "pyproject.toml")
    assert main(["extract", "--config", config]) == 0
    assert main(["extract", "--check", "--config", config]) == 0
    page = site / "source" / "index.html"
    page.write_text(page.read_text(encoding="utf-8").replace("Languages", "Editions"), encoding="utf-8")
    template = (site / "locale" / "yizhuang.pot").read_bytes()
    assert main(["extract", "--check", "--config", config]) == 1
    assert (site / "locale" / "yizhuang.pot").read_bytes() == template


def test_machine_output_goes_to_stdout_only(example_project, capsys):
    main(["check", "--config", str(example_project / "pyproject.toml"), "--format", "json"])
    captured = capsys.readouterr()
    assert captured.out.lstrip().startswith("{")
    assert "check:" in captured.err and "check:" not in captured.out


def test_check_gives_the_cyclic_collector_back_to_an_in_process_caller(site):
    import gc

    frozen = gc.get_freeze_count()
    main(["check", "--config", str(site / "pyproject.toml"), "-q"])
    assert gc.isenabled() and gc.get_freeze_count() == frozen  # only the console script freezes, at exit
