"""The names checks give a catalog the same findings whatever was checked before it in the process,
and whatever the process's string hashing (``PYTHONHASHSEED``): the benchmark gave Khmer another
figure alone than in the full run because a set's order picked between two equally close variants."""

from __future__ import annotations

import functools
import json
import os
import subprocess
import sys
from pathlib import Path

import yzi18n.checks.names as names_module
from yzi18n.model import Severity

from check_helpers import catalog, run

_RUSSIAN = [("Then Kavanaugh spoke.", "Затем Кавано выступил."),
            ("We met Kavanaugh there.", "Мы встретили Кавано там."),
            ("Today Kavanaugh came.", "Сегодня Кавано пришёл."),
            # two variants equally close to the usual rendering: the first in the text is named
            ("Yesterday Kavanaugh won.", "Вчера Кабано и Казано победили.")]

_GERMAN = [("Then Kavanaugh spoke.", "Dann sprach Kavanaugh."),
           ("We met Kavanaugh there.", "Wir trafen Kavanaugh dort."),
           ("Today Kavanaugh came.", "Heute kam Kavanuagh."),
           ("Yesterday Kavanaugh won.", "Gestern gewann Kabano.")]


def _forget() -> None:
    """Empty every cache of the names module, as in a fresh process."""
    names_module._MEMO.clear()
    for value in vars(names_module).values():
        if isinstance(value, functools._lru_cache_wrapper):
            value.cache_clear()


def _findings(*catalogs):
    return [(f.path, f.line, f.code, str(f.severity), f.message)
            for f in run("names", list(catalogs)) if f.path == catalogs[-1].path]


def test_a_catalog_checked_after_another_gets_the_findings_it_gets_alone():
    _forget()
    alone = _findings(catalog("ru", _RUSSIAN, "locale/ru.po"))
    assert alone, "the Russian catalog must have a finding to compare"
    _forget()
    german = catalog("de", _GERMAN, "locale/de.po")
    same_path = catalog("ru", _RUSSIAN[:3] + [("Yesterday Kavanaugh won.", "Вчера Казано победил.")], "locale/ru.po")
    for before in (german, same_path):
        run("names", [before])
    after = _findings(catalog("ru", _RUSSIAN, "locale/ru.po"))
    assert after == alone


def test_of_two_equally_close_variants_the_first_in_the_text_is_named():
    found = [f for f in run("names.consistency", [catalog("ru", _RUSSIAN)]) if f.severity >= Severity.WARNING]
    assert [f.target_marks for f in found] == [("Кабано",)]


_SCRIPT = """
import json, sys
sys.path[:0] = {paths!r}
from check_helpers import catalog, run
pairs = {pairs!r}
print(json.dumps([f.message for f in run("names", [catalog("ru", pairs)])], ensure_ascii=False))
"""


def test_the_findings_do_not_depend_on_the_string_hash_seed():
    tests = Path(__file__).resolve().parent
    script = _SCRIPT.format(paths=[str(tests.parent / "src"), str(tests)], pairs=_RUSSIAN)
    outputs = set()
    for seed in ("0", "3", "6"):  # seed 6 named the other variant before the fix
        env = {**os.environ, "PYTHONHASHSEED": seed}
        done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, check=True)
        outputs.add(done.stdout)
    assert len(outputs) == 1
    assert json.loads(outputs.pop()) != []
