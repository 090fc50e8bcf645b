"""The dependency rule of DESIGN.md, checked on the source: cli → api → I/O → core → model."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "yzi18n"


def imports_of(path: Path) -> set[str]:
    """Absolute module names imported by a module (relative imports resolved)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    module = ".".join(("yzi18n", *path.relative_to(PACKAGE).with_suffix("").parts))
    package_parts = module.split(".")[:-1] if path.name != "__init__.py" else module.split(".")[:-1]
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package_parts[: len(package_parts) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
                names.add(target)
                names.update(f"{target}.{alias.name}" for alias in node.names)
            elif node.module:
                names.add(node.module)
    return names


def modules() -> dict[str, set[str]]:
    return {path.relative_to(PACKAGE).as_posix(): imports_of(path) for path in PACKAGE.rglob("*.py")}


def test_model_imports_nothing_from_the_package():
    assert not {n for n in imports_of(PACKAGE / "model.py") if n.startswith("yzi18n")}


def test_nothing_imports_cli_or_api():
    def imports_entry_point(found: set[str], name: str) -> bool:
        return any(n == name or n.startswith(name + ".") for n in found)

    for module, found in modules().items():
        if module not in ("cli.py", "__main__.py"):
            assert not imports_entry_point(found, "yzi18n.cli"), module
        if module not in ("cli.py", "__main__.py", "api.py"):
            assert not imports_entry_point(found, "yzi18n.api"), module


def test_only_the_po_module_imports_polib():
    importers = sorted(name for name, found in modules().items() if "polib" in found)
    assert importers in ([], ["catalog/pofile.py"])


def test_core_modules_do_not_touch_the_terminal():
    for name in ("model.py", "checks/runner.py", "checks/registry.py", "langtags.py"):
        source = (PACKAGE / name).read_text(encoding="utf-8")
        assert "print(" not in source and "sys.exit" not in source, name
