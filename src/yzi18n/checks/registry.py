"""The registry of checks: filled by the ``@check`` decorator and the ``yzi18n.checks`` entry points."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
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
    # chosen only where a selection names its code (not by its family, nor when all are chosen):
    # a check that costs more than its family's others together and says less (numbers.order)
    opt_in: bool = False

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
# the built-in modules that register each family's checks (a pattern only matches its own family)
FAMILY_MODULES = {"entry": ("entry",), "numbers": ("numbers",), "names": ("names", "glossary"),
                  "markup": ("markup",), "langid": ("langid",), "consistency": ("consistency",)}


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
          applies: Callable[[Entry], bool] | None = None, opt_in: bool = False):
    """Register a check. Entry checks get ``(entry, ctx)``, catalog checks ``(catalog, ctx)``,
    project checks ``(catalogs, ctx)``; each yields findings made with ``ctx.finding``.
    ``applies`` (entry checks): a cheap test, False for entries the check never reports on.
    ``opt_in``: run only where a selection names the check's code."""
    if "." not in code:
        raise ValueError(f"check code {code!r} must be family.name")

    def register(func):
        if code in REGISTRY and REGISTRY[code].func is not func:
            raise ValueError(f"check {code!r} registered twice")
        REGISTRY[code] = CheckSpec(code, severity, scope, func, applies if scope == "entry" else None, opt_in)
        return func

    return register


def load_checks(patterns: Iterable[str] | None = None) -> dict[str, CheckSpec]:
    """Import the built-in check modules and the plugins; return the registry.

    With ``patterns`` (codes, families or dotted prefixes), only the built-in modules of their
    families are imported (``yzi18n check --select numbers`` needs no names or langid code); the
    plugins are loaded whenever any is installed, since a plugin may register a check of any
    family. A pattern of a family no built-in module has (a plugin's, or a typo) loads all."""
    import importlib

    modules = BUILTIN_MODULES
    if patterns is not None:
        families = {pattern.split(".", 1)[0] for pattern in patterns}
        if families <= FAMILY_MODULES.keys():
            modules = tuple(name for family in sorted(families) for name in FAMILY_MODULES[family])
    for name in modules:
        try:
            importlib.import_module(f"yzi18n.checks.{name}")
        except ModuleNotFoundError as error:
            if error.name != f"yzi18n.checks.{name}":
                raise
    if modules is BUILTIN_MODULES or _plugins_may_be_installed():
        from importlib.metadata import entry_points

        for point in entry_points(group=PLUGIN_GROUP):
            point.load()
    return REGISTRY


PLUGIN_GROUP = "yzi18n.checks"


def _plugins_may_be_installed() -> bool:
    """False only when no installed distribution declares a ``yzi18n.checks`` entry point, read
    from the ``*.dist-info``/``*.egg-info`` folders on ``sys.path`` the way ``importlib.metadata``
    finds them (without importing it, ~20 ms). Anything else on the path (a zip, an egg, another
    distribution finder) answers True: ``importlib.metadata`` then decides."""
    import os
    import sys

    from importlib.machinery import PathFinder

    for finder in sys.meta_path:  # a finder of distributions other than the path-based one
        if hasattr(finder, "find_distributions") and finder is not PathFinder:
            return True
    for entry in sys.path:
        if not isinstance(entry, str):
            return True  # a Path or bytes someone appended: importlib.metadata decides
        folder = entry or "."
        try:
            names = os.listdir(folder)
        except NotADirectoryError:
            return True  # a zip or an egg file on the path
        except OSError:
            continue  # absent or unreadable: importlib.metadata finds nothing there either
        if folder.lower().endswith(".egg"):
            return True
        for name in names:
            if name.lower().endswith((".dist-info", ".egg-info")):
                try:
                    with open(os.path.join(folder, name, "entry_points.txt"), "rb") as file:
                        if PLUGIN_GROUP.encode() in file.read():
                            return True
                except FileNotFoundError:
                    continue
                except OSError:
                    return True  # an egg-info file, or unreadable: not sure
    return False


def select(specs: Iterable[CheckSpec], include: Iterable[str] = (), exclude: Iterable[str] = ()) -> list[CheckSpec]:
    """The checks matching any of ``include`` (all when empty) and none of ``exclude``, by code;
    an opt-in check only where ``include`` names its code."""
    include, exclude = list(include), list(exclude)
    chosen = [
        spec for spec in specs
        if (spec.code in include if spec.opt_in else not include or any(spec.matches(p) for p in include))
        and not any(spec.matches(p) for p in exclude)
    ]
    return sorted(chosen, key=lambda spec: spec.code)


def unknown_patterns(specs: Iterable[CheckSpec], patterns: Iterable[str]) -> list[str]:
    """The patterns that select no registered check (a typo in --select or config)."""
    specs = list(specs)
    return [p for p in patterns if not any(spec.matches(p) for spec in specs)]
