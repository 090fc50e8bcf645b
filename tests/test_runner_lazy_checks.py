"""``load_checks(patterns)`` imports only the check modules of the selected families, while plugins
still load (when any is installed) and listing or an unknown family loads everything."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

from yzi18n.checks import registry
from yzi18n.checks.registry import BUILTIN_MODULES, FAMILY_MODULES, load_checks

SRC = str(Path(__file__).resolve().parents[1] / "src")


def run_python(code: str, *path: str) -> str:
    done = subprocess.run([sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True, check=True,
                          env={"PYTHONPATH": ":".join((*path, SRC)), "YZI18N_CACHE_DIR": ""})
    return done.stdout.strip()


def test_every_builtin_module_registers_only_the_families_mapped_to_it():
    specs = load_checks()
    mapped = {module for modules in FAMILY_MODULES.values() for module in modules}
    assert mapped == set(BUILTIN_MODULES)
    for spec in specs.values():
        module = spec.func.__module__.rsplit(".", 1)[-1]
        if module in BUILTIN_MODULES:
            assert module in FAMILY_MODULES[spec.family], spec.code


def test_a_selected_family_imports_only_its_modules(tmp_path):
    (tmp_path / "fr.po").write_text('msgid ""\nmsgstr "Language: fr\\n"\n\nmsgid "5 cats"\nmsgstr "6 chats"\n',
                                    encoding="utf-8")
    out = run_python(f"""
        import sys
        from yzi18n.cli import main
        code = main(["check", {str(tmp_path)!r}, "--select", "numbers", "-q", "--format", "json",
                     "-o", {str(tmp_path / "out.json")!r}])
        loaded = sorted(m for m in sys.modules if m.startswith("yzi18n.checks.") or m == "importlib.metadata")
        print(code, loaded)
    """)
    assert out == "1 ['yzi18n.checks.numbers', 'yzi18n.checks.registry', 'yzi18n.checks.runner']"
    assert '"numbers.changed"' in (tmp_path / "out.json").read_text(encoding="utf-8")


def test_patterns_of_several_families_an_unknown_one_and_none():
    out = run_python("""
        import sys
        from yzi18n.checks.registry import load_checks
        def families():
            return sorted({spec.family for spec in load_checks.__globals__["REGISTRY"].values()})
        load_checks(["names.missing"]); first = families()
        load_checks(["entry", "markup.missing"]); second = families()
        load_checks(["nosuch"]); third = families()
        print(first, second, third)
    """)
    assert out == ("['names'] ['entry', 'markup', 'names'] "
                   "['consistency', 'entry', 'langid', 'markup', 'names', 'numbers']")


def test_unknown_codes_are_still_reported_against_every_check(tmp_path, capsys):
    from yzi18n.cli import main

    (tmp_path / "fr.po").write_text('msgid ""\nmsgstr "Language: fr\\n"\n', encoding="utf-8")
    assert main(["check", str(tmp_path), "--select", "numbers,names.nosuch"]) == 2
    assert "names.nosuch" in capsys.readouterr().err


def _plugin(tmp_path: Path, code: str) -> Path:
    site = tmp_path / "site"
    (site / "yzplug-1.0.dist-info").mkdir(parents=True)
    (site / "yzplug-1.0.dist-info" / "METADATA").write_text("Metadata-Version: 2.1\nName: yzplug\nVersion: 1.0\n")
    (site / "yzplug-1.0.dist-info" / "entry_points.txt").write_text("[yzi18n.checks]\nplug = yzplug\n")
    (site / "yzplug.py").write_text(textwrap.dedent(f"""
        from yzi18n.checks.registry import check
        from yzi18n.model import Severity

        @check({code!r}, severity=Severity.INFO)
        def plugged(entry, ctx):
            return ()
    """))
    return site


def test_an_installed_plugin_loads_with_a_selection(tmp_path):
    site = _plugin(tmp_path, "numbers.plugged")
    out = run_python("""
        from yzi18n.checks.registry import load_checks, select, _plugins_may_be_installed
        print(_plugins_may_be_installed(), [s.code for s in select(load_checks(["numbers"]).values(), ["numbers"])])
    """, str(site))
    assert out.startswith("True [") and "'numbers.plugged'" in out and "'numbers.missing'" in out


def test_no_plugin_declared_means_no_importlib_metadata(tmp_path):
    site = tmp_path / "site"
    (site / "other-1.0.dist-info").mkdir(parents=True)
    (site / "other-1.0.dist-info" / "entry_points.txt").write_text("[console_scripts]\nother = other:main\n")
    out = run_python("""
        import sys
        from yzi18n.checks.registry import load_checks, _plugins_may_be_installed
        load_checks(["numbers"])
        print(_plugins_may_be_installed(), "importlib.metadata" in sys.modules)
    """, str(site))
    assert out == "False False"


def test_a_zip_on_the_path_is_left_to_importlib_metadata(tmp_path, monkeypatch):
    archive = tmp_path / "plugins.zip"
    archive.write_bytes(b"PK\x05\x06" + bytes(18))  # an empty zip archive
    monkeypatch.setattr(sys, "path", [str(archive)])
    assert registry._plugins_may_be_installed()


def test_a_path_or_bytes_on_sys_path_leaves_the_decision_to_importlib_metadata(monkeypatch):
    # an API user may append a pathlib.Path (or bytes) to sys.path; importlib.metadata accepts both
    monkeypatch.setattr(sys, "path", [*sys.path, Path("/nonexistent-yzi18n"), b"/nonexistent-yzi18n"])
    assert registry._plugins_may_be_installed() is True
