"""Load and save a 100,000-entry catalog with yzi18n; compare with ``msgfmt -c`` on the same file.

    python benchmarks/bench_catalog.py [--entries 100000] [--repeat 3]

The catalog is generated deterministically (seeded): one entry in twenty has a context, one in
ten is plural, one in eight is fuzzy with a previous msgid, long strings wrap over several lines,
and the last 2% are obsolete. Prints a Markdown table: best wall time of ``--repeat`` runs and
peak memory (tracemalloc for Python, /usr/bin/time's maximum resident set for msgfmt).
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import shutil
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from yzi18n.catalog.pofile import PoEntry, PoFile, format_po, parse_po, read_po, to_catalog  # noqa: E402
from yzi18n.catalog.merge import new_catalog  # noqa: E402

WORDS = ("industrial space square meters million future industries zone development economic "
         "technology enterprises foreign investment output value approval service market layout "
         "spatial carriers focus planning Beijing Yizhuang accelerate advantageous fields").split()
TARGET = ("espace industriel mètres carrés millions industries d’avenir zone développement "
          "économique technologie entreprises investissement étranger valeur production "
          "approbation service marché sites priorité Pékin accélérer domaines excellence").split()


def sentence(rng: random.Random, words: list[str], low: int, high: int) -> str:
    text = " ".join(rng.choice(words) for _ in range(rng.randint(low, high)))
    return text[0].upper() + text[1:] + rng.choice((".", "", ":", " %d.")).replace("%d", str(rng.randint(1, 999)))


def generate(entries: int, seed: int = 4) -> bytes:
    rng = random.Random(seed)
    template = PoFile()
    po = new_catalog(template, "fr")
    items = list(po.entries)
    for i in range(entries):
        msgid = sentence(rng, WORDS, 2, 14) + f" #{i}"
        obsolete = i >= entries * 0.98
        if i % 10 == 3:
            items.append(PoEntry(msgid=msgid, msgid_plural=msgid + " (plural)",
                                 msgstr_plural=(sentence(rng, TARGET, 2, 14), sentence(rng, TARGET, 2, 14),
                                                sentence(rng, TARGET, 2, 14)),
                                 references=(f"src/module{i % 97}.py:{i}",), flags=("python-format",),
                                 obsolete=obsolete))
            continue
        fuzzy = i % 8 == 5
        items.append(PoEntry(
            msgid=msgid, msgctxt=f"ctx{i}" if i % 20 == 7 else None,
            msgstr=sentence(rng, TARGET, 2, 16) if i % 6 else "",
            references=() if obsolete else (f"source/page{i % 50}.html:{i % 400 + 1}",),
            extracted_comments=("Keep it short.",) if i % 15 == 0 else (),
            translator_comments=("checked",) if i % 30 == 0 else (),
            flags=("fuzzy",) if fuzzy else (),
            previous_msgid=msgid.replace("industrial", "industry") if fuzzy else None,
            obsolete=obsolete))
    return format_po(PoFile(tuple(items)))


def best(runs: list[float]) -> float:
    return min(runs)


def measure_yzi18n(path: Path, out: Path, repeat: int) -> dict:
    load, save, check = [], [], []
    for _ in range(repeat):
        start = time.perf_counter()
        po = read_po(path)
        middle = time.perf_counter()
        out.write_bytes(format_po(po))
        end = time.perf_counter()
        load.append(middle - start)
        save.append(end - middle)
        start = time.perf_counter()
        to_catalog(po, str(path))
        check.append(time.perf_counter() - start)
        del po
    assert out.read_bytes() == path.read_bytes(), "round trip changed the file"
    tracemalloc.start()
    po = read_po(path)
    format_po(po)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return {"load": best(load), "save": best(save), "to_catalog": best(check), "peak": peak}


def measure_msgfmt(path: Path, repeat: int) -> dict | None:
    msgfmt = shutil.which("msgfmt")
    if msgfmt is None:
        return None
    walls, peaks = [], []
    timer = "/usr/bin/time" if os.path.exists("/usr/bin/time") else None
    for _ in range(repeat):
        command = [msgfmt, "-c", "-o", os.devnull, str(path)]
        if timer:
            command = [timer, "-f", "%M"] + command
        start = time.perf_counter()
        done = subprocess.run(command, capture_output=True, text=True)
        walls.append(time.perf_counter() - start)
        if done.returncode != 0:
            raise SystemExit(f"msgfmt -c failed: {done.stderr[-500:]}")
        if timer:
            peaks.append(int(done.stderr.strip().splitlines()[-1]) * 1024)
    return {"wall": best(walls), "peak": max(peaks) if peaks else None}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "big.po"
        path.write_bytes(generate(args.entries))
        parse_po(path.read_bytes(), str(path))  # warm up imports and caches
        size = path.stat().st_size
        ours = measure_yzi18n(path, Path(folder) / "out.po", args.repeat)
        theirs = measure_msgfmt(path, args.repeat)
    mb = 1024 * 1024
    print(f"catalog: {args.entries} entries, {size / mb:.1f} MB; best of {args.repeat}; "
          f"Python {platform.python_version()}, {platform.machine()}")
    print()
    print("| tool | wall time | peak memory |")
    print("|---|---:|---:|")
    total = ours["load"] + ours["save"]
    print(f"| yzi18n load (read_po) | {ours['load']:.2f} s | |")
    print(f"| yzi18n save (format_po + write) | {ours['save']:.2f} s | |")
    print(f"| **yzi18n load + save** | **{total:.2f} s** | {ours['peak'] / mb:.0f} MB (tracemalloc) |")
    print(f"| yzi18n to_catalog (the checks' view) | {ours['to_catalog']:.2f} s | |")
    if theirs:
        peak = f"{theirs['peak'] / mb:.0f} MB (max RSS)" if theirs["peak"] else ""
        print(f"| msgfmt -c | {theirs['wall']:.2f} s | {peak} |")
        print()
        print(f"load + save = {total / theirs['wall']:.2f} × msgfmt -c (goal: ≤ 2×)")
    else:
        print("\nmsgfmt not installed: no comparison")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
