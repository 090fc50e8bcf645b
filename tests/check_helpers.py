"""Running selected checks on catalogs built in a test: shared by the names and langid tests."""

from __future__ import annotations

from yzi18n.checks.registry import load_checks, select
from yzi18n.checks.runner import run_checks
from yzi18n.model import Catalog, Entry


def run(code, catalogs, **options):
    """The findings of the checks ``code`` selects (a code or a family) over ``catalogs``."""
    return run_checks(catalogs, select(load_checks().values(), [code]), options=options)


def catalog(language, pairs, path=None):
    """A catalog of (source, translation) pairs, one entry every ten lines, each with its own context."""
    entries = tuple(Entry(msgid=s, msgstr=t, line=10 * i + 1, msgctxt=str(i)) for i, (s, t) in enumerate(pairs))
    return Catalog(path or f"locale/{language}.po", language, entries)
