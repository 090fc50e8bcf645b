"""The registry of checks: filled by the ``@check`` decorator and the ``yzi18n.checks`` entry points."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from importlib.metadata import entry_points
from typing import Literal

from ..model import Entry, Severity

Scope = Literal["entry", "catalog", "project"]


@dataclass(frozen=True)
class CheckSpec:
    code: str  # "family.name"
    severity: Severity
    scope: Scope
    func: Callable[..., Iterator]
    # an entry check's cheap precondition: when it is False the check has nothing to say about
    # the entry, so the runner does not call it; checks sharing one are tested once per entry
    applies: Callable[[Entry], bool] | None = None

    @property
    def family(self) -> str:
        return self.code.split(".", 1)[0]

    @property
    def summary(self) -> str:
        """The docstring's first paragraph on one line (a first sentence may wrap)."""
        doc = (self.func.__doc__ or "").strip()
        paragraph = doc.split("\n\n", 1)[0]
        return " ".join(paragraph.split()) if paragraph else self.code

    def matches(self, pattern: str) -> bool:
        """True when ``pattern`` is this code, its family, or a dotted prefix of it."""
        return self.code == pattern or self.code.startswith(pattern.rstrip(".") + ".")


REGISTRY: dict[str, CheckSpec] = {}

# the modules whose import registers the built-in checks
BUILTIN_MODULES = ("entry", "numbers", "names", "markup", "langid", "consistency", "glossary")


class CatalogPrecondition:
    """A precondition that needs the catalog's languages: the runner calls
    ``for_catalog(language, source_language, options)`` once per catalog for the entry test;
    called with an entry alone it is the language-free test (true at least as often)."""

    def __init__(self, entry_test: Callable[[Entry], bool], for_catalog: Callable[..., Callable[[Entry], bool]]):
        self._entry_test = entry_test
        self.for_catalog = for_catalog

    def __call__(self, entry: Entry) -> bool:
        return self._entry_test(entry)


def check(code: str, *, severity: Severity, scope: Scope = "entry",
          applies: Callable[[Entry], bool] | None = None):
    """Register a check. Entry checks get ``(entry, ctx)``, catalog checks ``(catalog, ctx)``,
    project checks ``(catalogs, ctx)``; each yields findings made with ``ctx.finding``.
    ``applies`` (entry checks): a cheap test, False for entries the check never reports on."""
    if "." not in code:
        raise ValueError(f"check code {code!r} must be family.name")

    def register(func):
        if code in REGISTRY and REGISTRY[code].func is not func:
            raise ValueError(f"check {code!r} registered twice")
        REGISTRY[code] = CheckSpec(code, severity, scope, func, applies if scope == "entry" else None)
        return func

    return register


def load_checks() -> dict[str, CheckSpec]:
    """Import the built-in check modules and the plugins, once; return the registry."""
    import importlib

    for name in BUILTIN_MODULES:
        try:
            importlib.import_module(f"yzi18n.checks.{name}")
        except ModuleNotFoundError as error:
            if error.name != f"yzi18n.checks.{name}":
                raise
    for point in entry_points(group="yzi18n.checks"):
        point.load()
    return REGISTRY


def select(specs: Iterable[CheckSpec], include: Iterable[str] = (), exclude: Iterable[str] = ()) -> list[CheckSpec]:
    """The checks matching any of ``include`` (all when empty) and none of ``exclude``, by code."""
    include, exclude = list(include), list(exclude)
    chosen = [
        spec for spec in specs
        if (not include or any(spec.matches(p) for p in include))
        and not any(spec.matches(p) for p in exclude)
    ]
    return sorted(chosen, key=lambda spec: spec.code)


def unknown_patterns(specs: Iterable[CheckSpec], patterns: Iterable[str]) -> list[str]:
    """The patterns that select no registered check (a typo in --select or config)."""
    specs = list(specs)
    return [p for p in patterns if not any(spec.matches(p) for spec in specs)]
