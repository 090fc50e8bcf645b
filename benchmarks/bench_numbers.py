"""Benchmark of the numbers check on NTREX-128 dev (issue 5): false alarms, recall, throughput.

    python benchmarks/bench_numbers.py                # all three measurements
    python benchmarks/bench_numbers.py --quick        # false alarms and recall only (no pofilter)
    python benchmarks/bench_numbers.py --sample 40    # also print 40 units still flagged on clean data
    python benchmarks/bench_numbers.py --throughput   # only the throughput against pofilter
    python benchmarks/bench_numbers.py --throughput --runs 10 --instructions   # best of 10, and
                                                      # both counted by valgrind (load-independent)
    python benchmarks/bench_numbers.py --quick --habit-curve   # also the digit habit's curve
    python benchmarks/bench_numbers.py --quick --sibling-curve # also the curve of the evidence across languages
    python benchmarks/bench_numbers.py --quick --omission-curve   # deletion recall by how often professionals
                                                      # leave the deleted number out
    python benchmarks/bench_numbers.py --written      # only: the hand-written number words against NTREX
    python benchmarks/bench_numbers.py --missing-words   # only: percent and scale words CLDR lacks, per language
    python benchmarks/bench_numbers.py --quick --save-injections F   # also keep the injected errors in F
    python benchmarks/bench_numbers.py --quick --injections F        # recall on the errors kept in F
    python benchmarks/bench_numbers.py --quick --seed 11 --save-injections F   # a fresh draw (default seed 5)
    python benchmarks/bench_numbers.py --quick --one-slip --order   # with the opt-in numbers.order too

1. False alarms: the share of units whose English source contains a digit that the check flags
   at error severity, on the professional translations as they are. pofilter's share on the same
   catalogs is counted in the same run (the anchor).
2. Recall: a copy of the catalogs with exactly one injected error in half of the eligible units
   (a unit is eligible when the clean translation raises no error and has a number the source
   has; seed 5, or ``--seed``). Kinds: one digit changed, a number deleted (one the translation then
   writes fewer times than the source: not a copy it added), two numbers of different value
   swapped, a decimal separator dropped or moved, a scale word changed (Millionen → Milliarden,
   万 → 亿). Recall = share of injected units flagged at error severity.
3. Throughput: ``yzi18n check DIR --select numbers --format json`` against ``pofilter -t numbers
   DIR OUT`` over the same PO files, each run as a subprocess, alternated, best of three wall-clock
   times and CPU times (user + system of the child); yzi18n's cache of CLDR data
   (``YZI18N_CACHE_DIR``) emptied before one cold run, warm in the others. yzi18n's modules are
   compiled to bytecode first, as pip does for pofilter's. Translate Toolkit (GPL) lives only in
   ``benchmarks/.work/ttk-venv`` and is never imported. On a shared machine one run's time moves by
   ±30 %: ``--instructions`` also counts the instructions each program executes (valgrind's
   cachegrind, warm cache, ``PYTHONHASHSEED=0``), which does not depend on the load (~5 minutes).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import resource
import shutil
import subprocess
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "src"))

import ntrex  # noqa: E402

from yzi18n.checks.registry import load_checks, select  # noqa: E402
from yzi18n.checks.runner import run_checks  # noqa: E402
from yzi18n.model import Catalog, Entry, Severity  # noqa: E402
from yzi18n.numbers.compare import _value_names, read_target  # noqa: E402
from yzi18n.numbers.conventions import conventions  # noqa: E402
from yzi18n.numbers.parse import _word_at, numbers, parse  # noqa: E402

WORK = HERE / ".work" / "numbers"
TTK = HERE / ".work" / "ttk-venv" / "bin" / "pofilter"
SEED = 5
KINDS = ("digit", "deletion", "swap", "decimal", "scale")
DIGIT = re.compile(r"\d")


# ── data ───────────────────────────────────────────────────────────────────────────────────

def load() -> list[tuple[ntrex.NtrexLanguage, list[Entry]]]:
    sources = ntrex.source_lines()
    out = []
    for lang in ntrex.languages():
        entries = [Entry(msgid=s, msgstr=t, msgctxt=str(n), line=n)
                   for n, (s, t) in enumerate(zip(sources, lang.lines), 1) if s.strip() and t.strip()]
        out.append((lang, entries))
    return out


def with_number(entries: list[Entry]) -> list[Entry]:
    return [e for e in entries if DIGIT.search(e.msgid)]


SELECTED = ["numbers"]  # with --order, also the opt-in numbers.order


def run(catalogs: list[Catalog], strict: bool = False) -> list:
    specs = select(load_checks().values(), SELECTED)
    return run_checks(catalogs, specs, source_language="en", options={"numbers_strict": strict})


def errors_by_unit(findings, severity: Severity = Severity.ERROR) -> dict[tuple[str, int], list]:
    out = defaultdict(list)
    for f in findings:
        if f.severity >= severity and not f.suppressed:
            out[(f.path, f.line)].append(f)
    return out


# ── injection ──────────────────────────────────────────────────────────────────────────────

def target_numbers(entry: Entry, language: str):
    """The translation's numbers as the check reads them, and the source values."""
    src = numbers(entry.msgid, "en", is_source=True)
    pool = frozenset(v for n in src for v in n.values)
    tgt = read_target(src, entry.msgstr, language)
    return src, pool, [t for t in tgt if t.values & pool]


def _digit_spans(text: str, start: int, end: int) -> list[int]:
    import unicodedata

    return [i for i in range(start, min(end, len(text))) if unicodedata.decimal(text[i], None) is not None]


def _replace_digit(ch: str, new: int) -> str:
    import unicodedata

    return chr(ord(ch) - unicodedata.decimal(ch) + new)


def inject(entry: Entry, language: str, kind: str, rng: random.Random) -> str | None:
    """The translation with one error of ``kind``, or None when the unit offers none."""
    text = entry.msgstr
    _, pool, matched = target_numbers(entry, language)
    if not matched:
        return None
    if kind == "digit":
        number = rng.choice(matched)
        spots = _digit_spans(text, number.start, number.end)
        if not spots:
            return None
        i = rng.choice(spots)
        old = __import__("unicodedata").decimal(text[i])
        new = rng.choice([d for d in range(10) if d != old])
        return text[:i] + _replace_digit(text[i], new) + text[i + 1:]
    if kind == "deletion":
        number = rng.choice(matched)
        for candidate in [number, *(n for n in matched if n is not number)]:
            end = candidate.end
            while end < len(text) and text[end] in " \u00a0\u202f":
                end += 1
            cut = text[: candidate.start] + text[end:]
            if takes_a_value_away(entry.msgid, text, cut, language):
                return cut
        return None
    if kind == "swap":
        tokens = [t for t in parse(text, language) if any(n.values & pool for r in t.readings for n in r)]
        pairs = [(a, b) for i, a in enumerate(tokens) for b in tokens[i + 1:]
                 if text[a.start:a.end] != text[b.start:b.end]]
        if not pairs:
            return None
        a, b = rng.choice(pairs)
        return text[:a.start] + text[b.start:b.end] + text[a.end:b.start] + text[a.start:a.end] + text[b.end:]
    if kind == "decimal":
        conv = conventions(language)
        options = []
        for number in matched:
            raw = text[number.start:number.end]
            for offset, ch in enumerate(raw):
                if ch in conv.decimals and offset + 1 < len(raw) and raw[offset + 1].isdigit() \
                        and number.mantissa != number.mantissa.to_integral_value():
                    options.append((number.start + offset, ch))
        if not options:
            return None
        i, sep = rng.choice(options)
        without = text[:i] + text[i + 1:]
        if rng.random() < 0.5:
            return without  # dropped
        j = i + rng.choice([-1, 1])  # moved one digit left or right
        if j <= 0 or j >= len(without) or not (without[j - 1].isdigit() and without[j].isdigit()):
            return without
        return without[:j] + sep + without[j:]
    if kind == "scale":
        conv = conventions(language)
        scaled = [n for n in matched if n.scale_word]
        if not scaled:
            return None
        number = rng.choice(scaled)
        word = number.scale_word
        pos = text.rfind(word, number.start, number.end)
        if pos < 0:
            return None
        other = _other_scale(word, number.exponent, conv)
        if other is None:
            return None
        if word[:1].isupper():
            other = other[:1].upper() + other[1:]
        return text[:pos] + other + text[pos + len(word):]
    raise ValueError(kind)


def _values(source_numbers, text: str, language: str) -> Counter:
    return Counter(v for n in read_target(source_numbers, text, language) for v in n.values)


def takes_a_value_away(msgid: str, before: str, after: str, language: str) -> bool:
    """True when ``after`` (a deletion from the translation ``before``) writes a value of the
    source fewer times than the source does, where ``before`` wrote it more: the deletion lost a
    number. Deleting a copy the translation added ("Nord Stream 2 (Sjeverni tok 2)" → "Nord
    Stream 2 (Sjeverni tok )", "2006" after "ƒe akpe eve kple ade"), after which every number of
    the source is still there as often as the source has it, is no error, and is not injected."""
    src = numbers(msgid, "en", is_source=True)
    was, now = _values(src, before, language), _values(src, after, language)
    return any(now[v] < was[v] and now[v] < _times_named(msgid, src, v) for v in was)


def _times_named(msgid: str, src, value) -> int:
    """How often the source names ``value``: with digits, or with a word of its own ("at 2pm two
    vans" names 2 twice, and "午後2時…2台" cut to "午後時…2台" lost one)."""
    names = _value_names("en")
    return sum(1 for n in src if value in n.values) \
        + sum(1 for word in re.findall(r"[^\W\d_]+", msgid.casefold()) if value in names.get(word, ()))


_SWITCH = {3: 6, 4: 8, 6: 9, 9: 6, 8: 4, 12: 9, 5: 7, 7: 5, 11: 9, 13: 11}


def _other_scale(word: str, exponent: int, conv) -> str | None:
    from yzi18n.numbers.conventions import HAN_SCALES

    if conv.han and all(ch in HAN_SCALES for ch in word):
        return {"万": "亿", "萬": "億", "亿": "万", "億": "萬"}.get(word[-1], None) and \
            word[:-1] + {"万": "亿", "萬": "億", "亿": "万", "億": "萬"}[word[-1]]
    want = _SWITCH.get(exponent)
    candidates = [w for w, e in conv.scales_after + conv.scales_before if e == want and len(w) > 1]
    if not candidates:
        return None
    lowered = word.lower().rstrip(".")

    def shared_suffix(w: str) -> int:
        n = 0
        while n < min(len(w), len(lowered)) and w[-1 - n] == lowered[-1 - n]:
            n += 1
        return n

    best = max(candidates, key=lambda w: (shared_suffix(w), -abs(len(w) - len(lowered))))
    return best + ("." if word.endswith(".") and not best.endswith(".") else "")


# ── pofilter ───────────────────────────────────────────────────────────────────────────────

def write_catalogs(folder: Path, data) -> None:
    if folder.exists():
        shutil.rmtree(folder)
    for lang, entries in data:
        ntrex.write_catalog(folder / f"{lang.code}.po", lang.bcp47,
                            tuple(e.msgid for e in entries), tuple(e.msgstr for e in entries))


def pofilter_flags(folder: Path) -> tuple[dict[str, set[str]], float]:
    """Per catalog, the msgctxt of the units pofilter -t numbers flags; and its wall time."""
    out = folder.with_name(folder.name + "-pofilter")
    if out.exists():
        shutil.rmtree(out)
    began = time.perf_counter()
    subprocess.run([str(TTK), "-t", "numbers", "--progress=none", str(folder), str(out)], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    elapsed = time.perf_counter() - began
    flagged: dict[str, set[str]] = {}
    for path in out.glob("*.po"):
        flagged[path.stem] = set(re.findall(r'^msgctxt "(\d+)"', path.read_text(encoding="utf-8"), re.M))
    return flagged, elapsed


# ── throughput ─────────────────────────────────────────────────────────────────────────────

CACHE = WORK / "cache"  # the yzi18n cache folder of the timed runs (YZI18N_CACHE_DIR)


def timed(command: list[str], env: dict | None = None) -> tuple[float, float]:
    """(wall seconds, CPU seconds: user + system of the child) of one run of ``command``."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    began = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=WORK,
                   env=None if env is None else {**os.environ, **env})
    wall = time.perf_counter() - began
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def ours_command(folder: Path, *options: str) -> list[str]:
    return [str(Path(sys.executable).with_name("yzi18n")), "check", str(folder), "--select", "numbers",
            "--format", "json", "-o", str(WORK / "ours.json"), "--fail-on", "never", "-q", *options]


def pofilter_command(folder: Path) -> list[str]:
    out = folder.with_name(folder.name + "-pofilter")
    if out.exists():
        shutil.rmtree(out)
    return [str(TTK), "-t", "numbers", "--progress=none", str(folder), str(out)]


def compile_bytecode() -> None:
    """Compile yzi18n's modules to bytecode, as installing a wheel does: pofilter's virtualenv has
    its bytecode from pip, while an editable install under ``PYTHONDONTWRITEBYTECODE`` (set on
    the development machines) compiles every module of yzi18n again in each run (~0.2 s)."""
    import compileall

    import yzi18n

    compileall.compile_dir(str(Path(yzi18n.__file__).parent), quiet=1)


def instructions(folder: Path) -> None:
    """The instructions each program executes over ``folder`` (valgrind --tool=cachegrind; yzi18n
    with the warm cache the timed runs left): a count the machine's load does not move. yzi18n
    runs in one process (``--jobs 1``): cachegrind follows no forked worker, and the count is the
    work done, however many CPUs share it."""
    valgrind = shutil.which("valgrind")
    if valgrind is None:
        print("  (valgrind not found: instructions not counted)")
        return
    counts = {}
    for name, command, env in (("yzi18n", ours_command(folder, "--jobs", "1"), {"YZI18N_CACHE_DIR": str(CACHE)}),
                               ("pofilter", pofilter_command(folder), {})):
        out = WORK / f"cachegrind-{name}.out"
        subprocess.run([valgrind, "--tool=cachegrind", "--cache-sim=no", f"--cachegrind-out-file={out}", *command],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=WORK,
                       env={**os.environ, **env, "PYTHONHASHSEED": "0"})
        counts[name] = next(int(line.split()[1]) for line in out.read_text().splitlines()
                            if line.startswith("summary:"))
    print(f"  instructions (cachegrind): yzi18n {counts['yzi18n'] / 1e9:.2f} G, pofilter "
          f"{counts['pofilter'] / 1e9:.2f} G: pofilter executes {counts['pofilter'] / counts['yzi18n']:.2f}x as many")


def throughput(folder: Path, entries_total: int, runs: int = 3) -> None:
    """yzi18n's CLI against pofilter on the same PO files, alternated, best of ``runs`` each; the
    yzi18n cache cold (emptied) once, then warm; and the parts of yzi18n's run in one process."""
    cache = {"YZI18N_CACHE_DIR": str(CACHE)}
    compile_bytecode()
    if CACHE.exists():
        shutil.rmtree(CACHE)
    cold = timed(ours_command(folder), cache)
    no_cache = timed(ours_command(folder), {"YZI18N_CACHE_DIR": ""})
    ours, theirs, single = [], [], []
    for _ in range(runs):
        ours.append(timed(ours_command(folder), cache))
        theirs.append(timed(pofilter_command(folder)))
        single.append(timed(ours_command(folder, "--jobs", "1"), cache))
    best_ours, best_theirs, best_single = min(ours), min(theirs), min(single)
    cpu_ours, cpu_theirs = min(c for _, c in ours), min(c for _, c in theirs)
    cpu_single = min(c for _, c in single)
    print(f"\nthroughput over {len(list(folder.glob('*.po')))} catalogs, {entries_total:,} entries "
          f"(best of {runs}, alternated; CPU = user + system of the child process and its workers; "
          f"{len(os.sched_getaffinity(0)) if hasattr(os, 'sched_getaffinity') else os.cpu_count()} CPUs):")
    print(f"  {'':44} {'wall s':>8} {'CPU s':>8} {'entries/s (wall)':>17}")
    rows = [("yzi18n check --select numbers (warm cache)", best_ours[0], cpu_ours),
            ("yzi18n, one process (--jobs 1)", best_single[0], cpu_single),
            ("pofilter -t numbers", best_theirs[0], cpu_theirs),
            ("yzi18n, cold cache (first run)", *cold), ("yzi18n, cache off", *no_cache)]
    for name, wall, cpu in rows:
        print(f"  {name:44} {wall:8.2f} {cpu:8.2f} {entries_total / wall:17,.0f}")
    print(f"  all runs, wall / CPU: yzi18n {[f'{w:.2f}/{c:.2f}' for w, c in ours]}, "
          f"one process {[f'{w:.2f}/{c:.2f}' for w, c in single]}, "
          f"pofilter {[f'{w:.2f}/{c:.2f}' for w, c in theirs]}")
    print(f"  speed-up (warm cache): wall {best_theirs[0] / best_ours[0]:.2f}x, CPU {cpu_theirs / cpu_ours:.2f}x "
          f"(goal 3x); one process: wall {best_theirs[0] / best_single[0]:.2f}x, CPU {cpu_theirs / cpu_single:.2f}x; "
          f"cold cache: wall {best_theirs[0] / cold[0]:.2f}x, CPU {cpu_theirs / cold[1]:.2f}x")

    # the parts of yzi18n's run, in this process (CPU seconds)
    from yzi18n.catalog.fastread import read_catalog
    from yzi18n.catalog.pofile import read_po, to_catalog

    os.environ["YZI18N_CACHE_DIR"] = str(CACHE)
    paths = sorted(folder.glob("*.po"))
    began = time.process_time()
    loaded = [read_catalog(path, str(path)) for path in paths]
    fast_seconds = time.process_time() - began
    began = time.process_time()
    full = [to_catalog(read_po(path), str(path)) for path in paths]
    full_seconds = time.process_time() - began
    assert full == loaded, "the fast reader and the full parser read different catalogs"
    check_seconds = []
    for _ in range(runs):
        import yzi18n.numbers.compare  # noqa: F401 (the module, not the function of the same name)

        sys.modules["yzi18n.numbers.compare"].compare.cache_clear()
        sys.modules["yzi18n.numbers.parse"].parse.cache_clear()
        sys.modules["yzi18n.numbers.parse"].numbers.cache_clear()
        agree = sys.modules.get("yzi18n.numbers.agree")
        if agree is not None:  # the fast agreement test's per-text caches
            agree._source_side.cache_clear()
            agree._readings.cache_clear()
        began = time.process_time()
        run(loaded)
        check_seconds.append(time.process_time() - began)
    print(f"  in one process (CPU s): reading the PO files {fast_seconds:.2f} (full parser {full_seconds:.2f}), "
          f"the numbers checks {min(check_seconds):.2f} ({entries_total / min(check_seconds):,.0f} entries/s)")


# ── the digit habit (LearnedWords.keeps_digits): its curve ─────────────────────────────────────

HABIT_THRESHOLDS = (0.0, 0.6, 0.65, 0.7, 0.8, 0.9, 0.95, 0.97, 0.98, 0.99, 1.0)


def _fresh_caches() -> None:
    """Forget what the numbers checks cached per text and per catalog (between forced runs)."""
    import yzi18n.checks.numbers as checks_numbers
    import yzi18n.numbers.compare  # noqa: F401 (the module, not the function of the same name)

    sys.modules["yzi18n.numbers.compare"].compare.cache_clear()
    checks_numbers._LEARNED.clear()
    checks_numbers._SEEN[:] = [None, None, None, {}, None]  # the evidence across languages lives in each run


def _errors_forced(catalogs: list[Catalog], keeps: bool) -> set[tuple[str, int]]:
    """Units flagged at error with every catalog's habit forced to ``keeps``."""
    from yzi18n.numbers.words import LearnedWords

    real = LearnedWords.keeps_digits
    LearnedWords.keeps_digits = property(lambda self: keeps)
    try:
        _fresh_caches()
        return set(errors_by_unit(run(catalogs)))
    finally:
        LearnedWords.keeps_digits = real
        _fresh_caches()


def _habits(catalogs: list[Catalog]) -> dict[str, tuple[int, int]]:
    """Per catalog without a spell-out table: (units keeping their small numbers, units), read from
    the catalog itself, learned words included, as the check reads it."""
    import yzi18n.checks.numbers as checks_numbers
    from yzi18n.numbers.words import has_table, small_digit_habit

    return {c.path: small_digit_habit([(e.msgid, e.msgstr) for e in c.entries if e.msgid and e.msgstr],
                                      checks_numbers._learned(c))
            for c in catalogs if not has_table(c.language)}


def habit_curve(clean: list[Catalog], seeded: list[Catalog], deleted: list[tuple[str, int]], total: int,
                data, seed: int = SEED) -> None:
    """False alarms and deletion recall at error per threshold of the digit habit (minimum evidence
    20 units), on the clean catalogs and the seeded copy; then on copies with one deleted small
    number per catalog (a catalog with one error: five copies of each catalog without tables)."""
    from yzi18n.numbers.compare import _small
    from yzi18n.numbers.words import DIGIT_HABIT, DIGIT_HABIT_EVIDENCE, has_table

    def chosen(habits, threshold):
        return {path for path, (kept, units) in habits.items()
                if units >= DIGIT_HABIT_EVIDENCE and kept >= threshold * units}

    clean_on, clean_off = _errors_forced(clean, True), _errors_forced(clean, False)
    seeded_on, seeded_off = _errors_forced(seeded, True), _errors_forced(seeded, False)
    clean_habits, seeded_habits = _habits(clean), _habits(seeded)
    with_digit = {(c.path, e.line) for c in clean for e in c.entries if DIGIT.search(e.msgid)}
    # a catalog with one error: one small number deleted where the clean translation keeps it
    rng = random.Random(seed)
    light, light_keys = [], []
    for lang, entries in data:
        if has_table(lang.bcp47):
            continue
        spots = []
        for index, entry in enumerate(entries):
            if DIGIT.search(entry.msgid):
                small = [n for n in target_numbers(entry, lang.bcp47)[2] if _small(n) and not n.percent]
                if small:
                    spots.append((index, small))
        for copy, (index, small) in enumerate(rng.sample(spots, min(5, len(spots)))):
            number, entry = rng.choice(small), entries[index]
            text, end = entry.msgstr, number.end
            while end < len(text) and text[end] in " \u00a0\u202f":
                end += 1
            changed = list(entries)
            changed[index] = Entry(entry.msgid, text[:number.start] + text[end:], entry.msgctxt, line=entry.line)
            light.append(Catalog(f"{lang.code}-{copy}.po", lang.bcp47, tuple(changed)))
            light_keys.append((light[-1].path, entry.line))
    light_on, light_off = _errors_forced(light, True), _errors_forced(light, False)
    light_habits = _habits(light)
    print(f"\ndigit habit (default {DIGIT_HABIT}, at least {DIGIT_HABIT_EVIDENCE} units): "
          f"{len(clean_habits)} catalogs without a spell-out table; share of units keeping their small numbers "
          f"clean {min(k / u for k, u in clean_habits.values()):.2f}-{max(k / u for k, u in clean_habits.values()):.2f}, "
          f"seeded {min(k / u for k, u in seeded_habits.values()):.2f}-{max(k / u for k, u in seeded_habits.values()):.2f}")
    print(f"  {'threshold':>9} {'clean flagged':>14} {'deletion':>9} {'catalogs on (clean/seeded)':>27} "
          f"{'one-error copies: deletion caught':>34}")
    for threshold in HABIT_THRESHOLDS:
        on_clean, on_seeded, on_light = (chosen(clean_habits, threshold), chosen(seeded_habits, threshold),
                                         chosen(light_habits, threshold))
        flagged = {k for k in clean_off if k[0] not in on_clean} \
            | {k for k in clean_on if k[0] in on_clean}
        flagged &= with_digit
        caught = {k for k in seeded_off if k[0] not in on_seeded} | {k for k in seeded_on if k[0] in on_seeded}
        light_caught = {k for k in light_off if k[0] not in on_light} | {k for k in light_on if k[0] in on_light}
        hit = sum(1 for key in deleted if key in caught)
        light_hit = sum(1 for key in light_keys if key in light_caught)
        print(f"  {threshold:9.2f} {len(flagged):6} {100 * len(flagged) / total:6.2f}% {100 * hit / len(deleted):8.1f}% "
              f"{len(on_clean):13}/{len(on_seeded):<13} {light_hit:14}/{len(light_keys)} = "
              f"{100 * light_hit / max(1, len(light_keys)):5.1f}%")


# ── evidence across languages (checks/numbers.py: SIBLINGS_AT_LEAST, SIBLINGS_KEEPING): its curve ──

SIBLING_POINTS = ((None, None), (10, 0.9), (20, 0.6), (20, 0.7), (20, 0.8), (20, 0.9), (20, 0.95), (20, 0.98),
                  (20, 1.0), (40, 0.9), (80, 0.9), (110, 0.9))


def sibling_curve(clean: list[Catalog], seeded: list[Catalog], deleted: list[tuple[str, int]], total: int) -> None:
    """False alarms and deletion recall at error for each (at least K other languages, share P of
    them keeping the number) of the rule that makes a missing number an error on the other
    languages' evidence; (None, None) is the rule off."""
    import yzi18n.checks.numbers as checks_numbers

    real = checks_numbers.SIBLINGS_AT_LEAST, checks_numbers.SIBLINGS_KEEPING
    with_digit = {(c.path, e.line) for c in clean for e in c.entries if DIGIT.search(e.msgid)}
    print("\nevidence across languages: a number missing at warning for a reason other translators share "
          "is an error when at least K other languages translate the unit and a share P of them keep it")
    print(f"  {'K':>5} {'P':>5} {'clean flagged':>16} {'deletion':>9}")
    try:
        for at_least, keeping in SIBLING_POINTS:
            checks_numbers.SIBLINGS_AT_LEAST = 10 ** 9 if at_least is None else at_least
            checks_numbers.SIBLINGS_KEEPING = 1.0 if keeping is None else keeping
            _fresh_caches()
            flagged = set(errors_by_unit(run(clean))) & with_digit
            _fresh_caches()
            caught = errors_by_unit(run(seeded))
            hit = sum(1 for key in deleted if key in caught)
            label = ("off", "") if at_least is None else (str(at_least), f"{keeping:.2f}")
            print(f"  {label[0]:>5} {label[1]:>5} {len(flagged):7} = {100 * len(flagged) / total:5.2f}% "
                  f"{100 * hit / len(deleted):8.1f}%")
    finally:
        checks_numbers.SIBLINGS_AT_LEAST, checks_numbers.SIBLINGS_KEEPING = real
        _fresh_caches()


# ── recall with each injected error as its catalog's one slip ────────────────────────────────

def one_slip(clean: list[Catalog], seeded: list[Catalog], injected: dict[str, list[tuple[str, int]]]) -> None:
    """Recall at error with what the check reads from a catalog as a whole (its learned number
    words, its habits, whether it writes numbers as words) read from the clean catalog, and the
    other languages' translations of each unit (the evidence across languages) the clean ones: as
    if each injected error were the one slip of its catalog in a project whose other catalogs are
    as delivered. The seeded copy corrupts half the units of every catalog at once, so there a
    catalog's habits and the other languages' evidence are read from half-corrupted text (on one
    unit, half the languages carry an error of their own)."""
    import yzi18n.checks.numbers as checks_numbers

    twin = {id(s): c for s, c in zip(seeded, clean)}
    real_learned, real_spells = checks_numbers._learned, checks_numbers._spells_out
    real_reorders = checks_numbers._reorders
    checks_numbers._learned = lambda catalog, english=True, siblings=None: real_learned(
        twin.get(id(catalog), catalog), english, siblings)
    checks_numbers._spells_out = lambda catalog, siblings=None: real_spells(twin.get(id(catalog), catalog), siblings)
    checks_numbers._reorders = lambda catalog, siblings=None: real_reorders(twin.get(id(catalog), catalog), siblings)
    renamed = [Catalog(f"clean/{c.path}", c.language, c.entries) for c in clean]
    try:
        _fresh_caches()
        # the clean catalogs join the run as the other languages' evidence: a language counts as
        # keeping a number when one of its catalogs does, and a catalog's own language is not counted
        findings = [f for f in run(seeded + renamed) if not f.path.startswith("clean/")]
        flagged, warned = errors_by_unit(findings), errors_by_unit(findings, Severity.WARNING)
    finally:
        checks_numbers._learned, checks_numbers._spells_out = real_learned, real_spells
        checks_numbers._reorders = real_reorders
        _fresh_caches()
    print("\nrecall with each injected error as its catalog's one slip (catalog habits and the other "
          "languages' evidence read from the clean catalogs), at error and at warning or above:")
    for kind in KINDS:
        keys = injected[kind]
        hit = sum(1 for key in keys if key in flagged)
        seen = sum(1 for key in keys if key in warned)
        print(f"  {kind:9} {hit:5}/{len(keys):<5} = {100 * hit / max(1, len(keys)):5.1f}%  ({len(keys) - hit} missed)"
              f"   warning+ {100 * seen / max(1, len(keys)):5.1f}%")


# ── how often professional translators leave out the number a deletion removed ──

OMISSION_BINS = ((0.0, 0.0), (0.0, 0.05), (0.05, 0.10), (0.10, 0.25), (0.25, 1.0))


def omission_curve(clean: list[Catalog], deleted: list[tuple[str, int]], originals: dict[tuple[str, int], str],
                   seeded: list[Catalog], caught: dict) -> None:
    """Deletion recall at error, binned by the share of the *other* languages' professional
    translations of the same unit that do not write the deleted number's value with digits
    (left out, written as words, converted): where professionals often do without the number, a
    translation without it is what they write, and no check can call it an error without calling
    theirs one too. The number deleted is the value the injection took away (the target's reading
    before and after: ``takes_a_value_away``)."""
    language_of = {c.path: c.language for c in clean}
    texts_by_unit: dict[str, list[tuple[str, str, str]]] = defaultdict(list)  # msgid → (path, language, text)
    for c in clean:
        for e in c.entries:
            if e.msgstr:
                texts_by_unit[e.msgid].append((c.path, c.language, e.msgstr))
    seeded_text = {(c.path, e.line): (e.msgid, e.msgstr) for c in seeded for e in c.entries}
    values_cache: dict[tuple[str, str, str], Counter] = {}

    def values(source_numbers, msgid: str, text: str, language: str) -> Counter:
        key = (msgid, text, language)
        if key not in values_cache:
            values_cache[key] = _values(source_numbers, text, language)
        return values_cache[key]

    bins: dict[int, list[bool]] = defaultdict(list)  # OMISSION_BINS index → caught or not, per deletion
    for key in deleted:
        msgid, now = seeded_text[key]
        language = language_of[key[0]]
        src = numbers(msgid, "en", is_source=True)
        before, after = values(src, msgid, originals[key], language), values(src, msgid, now, language)
        lost = {v for v in before if after[v] < before[v] and after[v] < _times_named(msgid, src, v)}
        others = [(path, lang, text) for path, lang, text in texts_by_unit[msgid] if path != key[0]]
        without = sum(1 for _, lang, text in others if not lost & set(values(src, msgid, text, lang)))
        share = without / max(1, len(others))
        index = next(i for i, (low, high) in enumerate(OMISSION_BINS)
                     if (share == 0 if high == 0 else low < share <= high))
        bins[index].append(key in caught)
    print("\ndeletion recall at error by how often the other languages' professional translations of the unit "
          "lack the deleted value in digits:")
    print(f"  {'share of other languages':>26} {'deletions':>10} {'caught':>8} {'missed':>7}   up to this share: caught")
    so_far: list[bool] = []
    for index, (low, high) in enumerate(OMISSION_BINS):
        hits = bins.get(index, [])
        label = "none" if high == 0 else f"over {100 * low:.0f}% to {100 * high:.0f}%"
        so_far += hits
        print(f"  {label:>26} {len(hits):10} {100 * sum(hits) / max(1, len(hits)):7.1f}% {len(hits) - sum(hits):7}"
              f"   {100 * sum(so_far) / max(1, len(so_far)):7.2f}% of {len(so_far)}")


# ── percent and scale words CLDR lacks (numbers/conventions.py _EXTRA_PERCENT, _EXTRA_SCALES) ──

def _next_word(text: str, end: int) -> str:
    """The word after a number ending at ``end``, with its combining marks (parse's own reading)."""
    return _word_at(text, end + len(text[end:]) - len(text[end:].lstrip()))


def missing_words(data) -> None:
    """Per language, the words a translation writes right after a number the check reads as plain
    where the English source has that value as a percentage, or as the mantissa of a scaled number
    (million, billion): candidates for the words CLDR lacks. Each with how often it follows the
    other numbers of the catalog (a real percent or scale word follows none)."""
    for lang, entries in data:
        percent, scale, other = Counter(), Counter(), Counter()
        for entry in entries:
            src, _, _ = target_numbers(entry, lang.bcp47)
            tgt = read_target(src, entry.msgstr, lang.bcp47)
            percents = {v for n in src if n.percent for v in n.values}
            mantissas = {n.mantissa: n.exponent for n in src if n.exponent and n.mantissa is not None}
            for t in tgt:
                word = _next_word(entry.msgstr, t.end).lower().rstrip(".")
                if not word:
                    continue
                if t.values & percents and not t.percent:
                    percent[word] += 1
                elif not t.exponent and t.value in mantissas:
                    scale[(word, mantissas[t.value])] += 1
                else:
                    other[word] += 1
        shown = [f"{w} {n}/{other[w]}" for w, n in percent.most_common(3) if n >= 2]
        shown += [f"{w} (10^{e}) {n}/{other[w]}" for (w, e), n in scale.most_common(3) if n >= 2]
        if shown:
            print(f"{lang.code:10} {lang.bcp47:8} " + "; ".join(shown))


# ── the hand-written number words (numbers/written_words.py) against the catalogs ──────────────

def written_check(data) -> None:
    """Per language with hand-written words: which listed values are confirmed, found in a
    translation whose English source names the value (as digits or as an English word: "three",
    "third") and whose translation lacks its digits; and which words are found in 20 % or more of
    the translations whose source lacks the value (the word is also part of other words: those
    values are seldom reported when missing)."""
    from decimal import Decimal

    from yzi18n.numbers.parse import digit_value
    from yzi18n.numbers.words import _source_values
    from yzi18n.numbers.written_words import _language, _table, written_word

    print("language: values confirmed by a translation that writes them out / values listed; "
          "values whose word is found in >= 20 % of the translations whose source lacks them")
    for lang, entries in data:
        key = _language(lang.bcp47)
        if not key:
            continue
        confirmed, loose = [], []
        for value in sorted(_table(key)):
            wanted = Decimal(value)
            spelled = without = found_without = 0
            for entry in entries:
                have = {int(digit_value(run)) for run in re.findall(r"\d+", entry.msgstr) if len(run) < 7}
                if wanted in _source_values(entry.msgid):
                    if value not in have:
                        spelled += written_word(entry.msgstr, wanted, lang.bcp47) is not None
                else:
                    without += 1
                    found_without += written_word(entry.msgstr, wanted, lang.bcp47) is not None
            if spelled:
                confirmed.append(value)
            if without and found_without >= 0.2 * without:
                loose.append(f"{value} ({100 * found_without / without:.0f} %)")
        print(f"  {lang.bcp47}: {len(confirmed)}/{len(_table(key))} confirmed {confirmed}; loose: {', '.join(loose) or '-'}")


# ── main ───────────────────────────────────────────────────────────────────────────────────

def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="skip pofilter and the throughput runs")
    parser.add_argument("--sample", type=int, default=0, help="print this many units flagged on clean data")
    parser.add_argument("--language", action="append", help="only these NTREX codes")
    parser.add_argument("--misses", type=int, default=0, help="print this many missed injections per kind")
    parser.add_argument("--throughput", action="store_true", help="only the throughput against pofilter")
    parser.add_argument("--runs", type=int, default=3, help="timed runs of each program (best counts)")
    parser.add_argument("--instructions", action="store_true",
                        help="with --throughput: also count each program's instructions with valgrind")
    parser.add_argument("--missing-words", action="store_true",
                        help="only: the words after numbers read as plain where the source has a percentage or a "
                             "scale word (candidates for the words CLDR lacks)")
    parser.add_argument("--written", action="store_true",
                        help="only: the hand-written number words checked against the catalogs")
    parser.add_argument("--habit-curve", action="store_true",
                        help="also print false alarms and deletion recall per threshold of the digit habit")
    parser.add_argument("--sibling-curve", action="store_true",
                        help="also print false alarms and deletion recall per threshold of the evidence across languages")
    parser.add_argument("--omission-curve", action="store_true",
                        help="also print deletion recall by how often the other languages' professional "
                             "translations lack the deleted number")
    parser.add_argument("--one-slip", action="store_true",
                        help="also print recall at error with each injected error checked as its catalog's one "
                             "slip: catalog habits and the other languages' evidence read from the clean catalogs")
    parser.add_argument("--save-injections", type=Path, metavar="FILE",
                        help="write the injected errors (unit, kind, text) to FILE (JSON)")
    parser.add_argument("--order", action="store_true",
                        help="also run the opt-in numbers.order (two numbers in the other order than nearly all "
                             "other languages write them: a warning); the throughput runs leave it out")
    parser.add_argument("--seed", type=int, default=SEED,
                        help=f"seed of the injected errors (default {SEED}): another seed draws other units, "
                             "other kinds and other positions, a set no rule was written against")
    parser.add_argument("--injections", type=Path, metavar="FILE",
                        help="measure recall on the injected errors of FILE (from --save-injections) instead of "
                             "injecting anew: the same errors for two versions of the check")
    args = parser.parse_args(argv)
    SELECTED[:] = ["numbers", "numbers.order"] if args.order else ["numbers"]
    if not ntrex.available():
        print("NTREX dev data not found at", ntrex.NTREX_DIR, file=sys.stderr)
        return 2
    data = load()
    if args.language:
        data = [(lang, e) for lang, e in data if lang.code in args.language]
    if args.written:
        written_check(data)
        return 0
    if args.missing_words:
        missing_words(data)
        return 0
    if args.throughput:
        if not TTK.exists():
            print(f"pofilter not found at {TTK}", file=sys.stderr)
            return 2
        WORK.mkdir(parents=True, exist_ok=True)
        write_catalogs(WORK / "clean", data)
        throughput(WORK / "clean", sum(len(entries) for _, entries in data), runs=args.runs)
        if args.instructions:
            instructions(WORK / "clean")
        return 0

    # 1. false alarms on clean translations, in the default and the strict mode
    catalogs = [Catalog(f"{lang.code}.po", lang.bcp47, tuple(entries)) for lang, entries in data]
    entry_of = {(c.path, e.line): e for c in catalogs for e in c.entries}
    total = sum(len(with_number(entries)) for _, entries in data)
    print(f"languages: {len(data)}; units with a number in the source: {total}")
    clean_errors = {}
    for strict in (False, True):
        findings = run(catalogs, strict)
        errors = errors_by_unit(findings)
        clean_errors[strict] = errors
        if not strict:  # what a pipeline gating on warnings would stop for
            warned = {key for key in errors_by_unit(findings, Severity.WARNING) if DIGIT.search(entry_of[key].msgid)}
            kinds = Counter(f.code for f in findings if f.severity == Severity.WARNING)
            print(f"yzi18n numbers, flagged at warning or above on clean data: {len(warned)} = "
                  f"{100 * len(warned) / total:.2f}%  (warning findings by code: {dict(kinds.most_common())})")
        flagged = {key for key in errors if DIGIT.search(entry_of[key].msgid)}
        codes = Counter(f.code for key in flagged for f in errors[key][:1])
        print(f"yzi18n numbers{' (strict)' if strict else ''}, flagged at error severity on clean data: "
              f"{len(flagged)} = {100 * len(flagged) / total:.2f}%  (by first code: {dict(codes.most_common())})")
        if not strict:
            per_lang = Counter(path for path, _ in flagged)
            print("  most flagged languages:", ", ".join(f"{p[:-3]} {n}" for p, n in per_lang.most_common(12)))
            if args.sample:
                rng = random.Random(SEED)
                for key in rng.sample(sorted(flagged), min(args.sample, len(flagged))):
                    entry = entry_of[key]
                    print(f"\n[{key[0]}:{key[1]}] {entry.msgid}\n    {entry.msgstr}")
                    for f in errors[key]:
                        print(f"    -> {f.code}: {f.message}" + (f" (hint: {f.hint})" if f.hint else ""))

    # 2. recall on a seeded copy: eligible units raise no error in either mode on clean data
    # which units are eligible and where a number starts depend on the check's own reading: a
    # change to it draws other injections, so two versions are compared on one saved set
    rng = random.Random(args.seed)
    injected: dict[str, list[tuple[str, int]]] = defaultdict(list)
    originals: dict[tuple[str, int], str] = {}
    seeded = []
    saved, skipped, copies = None, 0, 0
    if args.injections:
        saved = {(path, line): (kind, text) for kind, path, line, text
                 in json.loads(args.injections.read_text(encoding="utf-8"))}
    for lang, entries in data:
        new_entries = []
        for entry in entries:
            key = (f"{lang.code}.po", entry.line)
            if saved is not None:
                if key in saved and key in clean_errors[True]:
                    skipped += 1  # this tree flags the clean unit: no longer eligible
                    new_entries.append(entry)
                elif key in saved and saved[key][0] == "deletion" \
                        and not takes_a_value_away(entry.msgid, entry.msgstr, saved[key][1], lang.bcp47):
                    copies += 1  # drawn before deletions of a copy were left out: not an error
                    new_entries.append(entry)
                elif key in saved:
                    kind, text = saved[key]
                    new_entries.append(Entry(entry.msgid, text, entry.msgctxt, line=entry.line))
                    injected[kind].append(key)
                    originals[key] = entry.msgstr
                else:
                    new_entries.append(entry)
                continue
            if not DIGIT.search(entry.msgid) or key in clean_errors[True] or rng.random() >= 0.5:
                new_entries.append(entry)
                continue
            kinds = list(KINDS)
            rng.shuffle(kinds)
            for kind in kinds:
                text = inject(entry, lang.bcp47, kind, rng)
                if text is not None and text != entry.msgstr:
                    new_entries.append(Entry(entry.msgid, text, entry.msgctxt, line=entry.line))
                    injected[kind].append(key)
                    originals[key] = entry.msgstr
                    break
            else:
                new_entries.append(entry)
        seeded.append((lang, new_entries))
    if skipped:
        print(f"(--injections: {skipped} saved units left out, which this tree flags on clean data)")
    if copies:
        print(f"(--injections: {copies} saved deletions left out, each of a copy the translation added, after "
              "which every number of the source is still there: see takes_a_value_away)")
    if args.save_injections:
        texts = {(f"{lang.code}.po", entry.line): entry.msgstr for lang, entries in seeded for entry in entries}
        args.save_injections.write_text(json.dumps(
            [(kind, *key, texts[key]) for kind in KINDS for key in injected[kind]], ensure_ascii=False),
            encoding="utf-8")
    seeded_catalogs = [Catalog(f"{lang.code}.po", lang.bcp47, tuple(entries)) for lang, entries in seeded]
    seeded_findings = run(seeded_catalogs)
    columns = {
        "error": errors_by_unit(seeded_findings),
        "warning+": errors_by_unit(seeded_findings, Severity.WARNING),
        "strict error": errors_by_unit(run(seeded_catalogs, True)),
    }
    print("\nrecall on injected errors (share of injected units flagged):")
    print(f"  {'kind':9} {'injected':>8}  " + "  ".join(f"{name:>13}" for name in columns))
    for kind in KINDS:
        keys = injected[kind]
        cells = []
        for flagged_units in columns.values():
            hit = sum(1 for key in keys if key in flagged_units)
            cells.append(f"{100 * hit / max(1, len(keys)):12.1f}%")
        print(f"  {kind:9} {len(keys):8}  " + "  ".join(cells))
    # why injected units were missed at error severity: the strongest finding each got
    seeded_errors = columns["error"]
    why = defaultdict(Counter)
    by_unit = defaultdict(list)
    for f in seeded_findings:
        by_unit[(f.path, f.line)].append(f)
    for kind in KINDS:
        for key in injected[kind]:
            if key in seeded_errors:
                continue
            fs = sorted(by_unit.get(key, []), key=lambda f: -f.severity)
            label = "nothing" if not fs else f"{fs[0].code} ({fs[0].severity})"
            why[kind][label] += 1
    for kind in KINDS:
        print(f"  missed at error, {kind}: {dict(why[kind].most_common(6))}")
    if args.misses:
        seeded_entry = {(c.path, e.line): e for c in seeded_catalogs for e in c.entries}
        for kind in KINDS:
            missed = [key for key in injected[kind] if key not in seeded_errors]
            for key in random.Random(SEED).sample(missed, min(args.misses, len(missed))):
                entry = seeded_entry[key]
                print(f"\n[{kind} missed {key[0]}:{key[1]}] {entry.msgid}\n    was: {originals[key]}\n    now: {entry.msgstr}")
                for f in by_unit.get(key, []):
                    print(f"    -> {f.code} ({f.severity}): {f.message}")

    if args.habit_curve:
        habit_curve(catalogs, seeded_catalogs, injected["deletion"], total, data, args.seed)
    if args.sibling_curve:
        sibling_curve(catalogs, seeded_catalogs, injected["deletion"], total)
    if args.one_slip:
        one_slip(catalogs, seeded_catalogs, injected)
    if args.omission_curve:
        omission_curve(catalogs, injected["deletion"], originals, seeded_catalogs, seeded_errors)

    if args.quick or not TTK.exists():
        if not args.quick:
            print(f"\n(pofilter not found at {TTK}: skipped the anchor and throughput)")
        return 0

    # pofilter on the same catalogs, clean and seeded
    WORK.mkdir(parents=True, exist_ok=True)
    clean_dir, seeded_dir = WORK / "clean", WORK / "seeded"
    write_catalogs(clean_dir, data)
    write_catalogs(seeded_dir, seeded)
    po_clean, _ = pofilter_flags(clean_dir)
    number_ctx = {lang.code: {e.msgctxt for e in with_number(entries)} for lang, entries in data}
    po_flagged = sum(len(po_clean.get(code, set()) & ctxs) for code, ctxs in number_ctx.items())
    po_all = sum(len(flags) for flags in po_clean.values())
    print(f"\npofilter -t numbers, flagged on clean data: {po_flagged} = {100 * po_flagged / total:.2f}% of the "
          f"units with a number in the source ({po_all} units flagged in all)")
    po_seeded, _ = pofilter_flags(seeded_dir)
    print("pofilter recall on the same injected errors:")
    for kind in KINDS:
        keys = injected[kind]
        hit = sum(1 for path, line in keys if str(line) in po_seeded.get(path[:-3], set()))
        print(f"  {kind:9} {hit}/{len(keys)} = {100 * hit / max(1, len(keys)):.1f}%")

    # 3. throughput
    throughput(clean_dir, sum(len(entries) for _, entries in data))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
