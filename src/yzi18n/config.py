"""``[tool.yzi18n]`` in ``pyproject.toml`` → a frozen ``Config``; unknown keys are errors."""

from __future__ import annotations

import difflib
import tomllib
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from .errors import ConfigError


@dataclass(frozen=True)
class Config:
    """Every key, spelled in TOML with dashes (``source-language``)."""

    source_language: str = "en"
    domain: str = "messages"
    source_dir: str = "source"
    locale_dir: str = "locale"
    dist_dir: str = "dist"
    sources: tuple[str, ...] = ("**/*.html", "**/*.htm", "**/*.xml")  # globs under source-dir
    languages: tuple[str, ...] = ()  # empty: every catalog found under locale-dir
    min_completeness: float = 0.8  # share of entries translated for a language to be built
    include_fuzzy: bool = False  # publish fuzzy translations
    fallback: dict[str, tuple[str, ...]] = field(default_factory=dict)  # {"pt-BR": ["pt"]}
    segmentation: str = "paragraph"  # or "sentence"
    fuzzy_threshold: float = 0.6  # update: similarity at which a fuzzy match is offered
    keep_obsolete: bool = True
    site_url: str = ""  # absolute base URL for hreflang, canonical and sitemap links
    switcher: str = "#yzi18n-languages"  # where the language switcher goes (CSS id selector)
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    fail_on: str = "error"
    per_file_ignores: dict[str, tuple[str, ...]] = field(default_factory=dict)
    per_language_ignores: dict[str, tuple[str, ...]] = field(default_factory=dict)
    glossary: str = ""  # a TBX or CSV file, relative to the project root
    placeholders: tuple[str, ...] = ()  # extra regular expressions for placeholders
    langid_backend: str = "py3langid"
    numbers_strict: bool = False  # a number missing from the translation is always an error
    jobs: int = 0  # check: worker processes; 0 is one per CPU for a large run, 1 none
    root: Path = field(default=Path("."), compare=False)
    path: Path | None = field(default=None, compare=False)


_KEYS = {f.name.replace("_", "-"): f for f in fields(Config) if f.name not in ("root", "path")}
_CHOICES = {"segmentation": ("paragraph", "sentence"), "fail_on": ("error", "warning", "info", "never"),
            "langid_backend": ("py3langid", "langdetect")}


def find_pyproject(start: Path) -> Path | None:
    for folder in [start, *start.parents]:
        candidate = folder / "pyproject.toml"
        if candidate.is_file():
            return candidate
    return None


def load_config(path: Path | None = None, start: Path | None = None) -> Config:
    """Read ``[tool.yzi18n]`` from ``path`` or from the nearest pyproject.toml above ``start``.

    With no pyproject.toml at all, the defaults apply with ``start`` as the root.
    """
    start = (start or Path.cwd()).resolve()
    if path is None:
        path = find_pyproject(start)
        if path is None:
            return Config(root=start)
    path = Path(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError("no such file", str(path)) from None
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"invalid TOML: {error}", str(path)) from None
    table = data.get("tool", {}).get("yzi18n", {})
    return config_from_table(table, path)


def config_from_table(table: dict[str, Any], path: Path) -> Config:
    values: dict[str, Any] = {}
    for key, value in table.items():
        if key not in _KEYS:
            close = difflib.get_close_matches(key, list(_KEYS), n=1, cutoff=0.6)
            raise ConfigError(
                f"unknown key {key!r} in [tool.yzi18n]",
                str(path),
                _line_of(path, key),
                hint=f"did you mean {close[0]!r}?" if close else f"known keys: {', '.join(sorted(_KEYS))}",
            )
        spec = _KEYS[key]
        values[spec.name] = _coerce(spec.name, value, path)
    return Config(root=path.parent.resolve(), path=path, **values)


def _coerce(name: str, value: Any, path: Path) -> Any:
    """``value`` checked against the field's declared type (a string, under postponed annotations)."""
    key = name.replace("_", "-")
    expected = Config.__dataclass_fields__[name].type
    try:
        if expected.startswith("tuple"):
            if isinstance(value, str):
                value = [value]
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                raise TypeError("a list of strings")
            if name == "placeholders":
                import re

                for pattern in value:
                    try:
                        re.compile(pattern)
                    except re.error as error:
                        raise TypeError(f"a list of regular expressions ({pattern!r}: {error})") from None
            return tuple(value)
        if expected.startswith("dict"):
            if not isinstance(value, dict):
                raise TypeError("a table")
            return {str(k): tuple([v] if isinstance(v, str) else v) for k, v in value.items()}
        if expected == "bool":
            if not isinstance(value, bool):
                raise TypeError("true or false")
            return value
        if expected == "int":
            if not isinstance(value, int) or isinstance(value, bool) or value < 0:
                raise TypeError("a whole number, 0 or more")
            return value
        if expected == "float":
            if not isinstance(value, (int, float)) or isinstance(value, bool):
                raise TypeError("a number")
            if name == "min_completeness" and not 0 <= value <= 1:
                raise TypeError("a share between 0 and 1 (0.8 for 80%)")
            return float(value)
        if not isinstance(value, str):
            raise TypeError("a string")
        if name in _CHOICES and value not in _CHOICES[name]:
            raise TypeError(" or ".join(repr(c) for c in _CHOICES[name]))
        return value
    except TypeError as error:
        raise ConfigError(f"{key} must be {error}", str(path), _line_of(path, key)) from None


def _line_of(path: Path, key: str) -> int | None:
    try:
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if line.strip().startswith(key) and "=" in line:
                return number
    except OSError:
        pass
    return None
