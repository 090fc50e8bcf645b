"""Load and save a 100,000-entry catalog with yzi18n; compare with ``msgfmt -c`` on the same file.

    python benchmarks/bench_catalog.py [--entries 100000] [--repeat 3]

The catalog is generated deterministically (seeded): one entry in twenty has a context, one in
ten is plural, one in eight is fuzzy with a previous msgid, long strings wrap over several lines,
and the last 2% are obsolete. Prints a Markdown table: the best of ``--repeat`` runs in wall and
CPU time, and peak memory as maximum resident set size (yzi18n runs in a child process so that
its figure is comparable with msgfmt's from /usr/bin/time; tracemalloc's peak is shown too).
"""

from __future__ import annotations

import argparse
import json
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

from yzi18n.catalog.pofile import PoEntry, PoFile, format_po, read_po, to_catalog  # noqa: E402
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


def measure_yzi18n(path: Path, repeat: int) -> dict:
    """Run in a child process so that its peak RSS is the reading and writing alone."""
    out = path.with_name("out.po")
    load, save, cpu, check = [], [], [], []
    for _ in range(repeat):
        cpu_start = time.process_time()
        start = time.perf_counter()
        po = read_po(path)
        middle = time.perf_counter()
        out.write_bytes(format_po(po))
        end = time.perf_counter()
        cpu.append(time.process_time() - cpu_start)
        load.append(middle - start)
        save.append(end - middle)
        start = time.perf_counter()
        to_catalog(po, str(path))
        check.append(time.perf_counter() - start)
        del po
    if out.read_bytes() != path.read_bytes():
        raise SystemExit("round trip changed the file")
    import resource

    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    tracemalloc.start()
    po = read_po(path)
    format_po(po)
    traced = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return {"load": min(load), "save": min(save), "wall": min(a + b for a, b in zip(load, save)),
            "cpu": min(cpu), "to_catalog": min(check), "rss": rss, "traced": traced}


def measure_msgfmt(path: Path, repeat: int) -> dict | None:
    msgfmt = shutil.which("msgfmt")
    if msgfmt is None or not os.path.exists("/usr/bin/time"):
        return None
    walls, cpus, peaks = [], [], []
    for _ in range(repeat):
        done = subprocess.run(["/usr/bin/time", "-f", "%e %U %S %M", msgfmt, "-c", "-o", os.devnull, str(path)],
                              capture_output=True, text=True)
        if done.returncode != 0:
            raise SystemExit(f"msgfmt -c failed: {done.stderr[-500:]}")
        wall, user, system, peak = done.stderr.strip().splitlines()[-1].split()
        walls.append(float(wall))
        cpus.append(float(user) + float(system))
        peaks.append(int(peak) * 1024)
    return {"wall": min(walls), "cpu": min(cpus), "rss": max(peaks)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(measure_yzi18n(args.child, args.repeat)))
        return 0
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "big.po"
        path.write_bytes(generate(args.entries))
        size = path.stat().st_size
        theirs = measure_msgfmt(path, args.repeat)
        child = subprocess.run([sys.executable, __file__, "--child", str(path), "--repeat", str(args.repeat)],
                               capture_output=True, text=True, check=True)
        ours = json.loads(child.stdout)
    mb = 1024 * 1024
    print(f"catalog: {args.entries} entries, {size / mb:.1f} MB; best of {args.repeat}; "
          f"Python {platform.python_version()}, {platform.machine()}, {os.cpu_count()} CPUs")
    print()
    print("| what | wall time | CPU time | peak memory |")
    print("|---|---:|---:|---:|")
    print(f"| yzi18n load (`read_po`) | {ours['load']:.2f} s | | |")
    print(f"| yzi18n save (`format_po` + write) | {ours['save']:.2f} s | | |")
    print(f"| **yzi18n load + save** | **{ours['wall']:.2f} s** | {ours['cpu']:.2f} s | "
          f"{ours['rss'] / mb:.0f} MB RSS ({ours['traced'] / mb:.0f} MB traced) |")
    print(f"| yzi18n `to_catalog` (what `check` adds) | {ours['to_catalog']:.2f} s | | |")
    if theirs:
        print(f"| msgfmt -c | {theirs['wall']:.2f} s | {theirs['cpu']:.2f} s | {theirs['rss'] / mb:.0f} MB RSS |")
        print()
        print(f"load + save = {ours['wall'] / theirs['wall']:.2f}× msgfmt -c in wall time, "
              f"{ours['cpu'] / theirs['cpu']:.2f}× in CPU time (goal: ≤ 2×)")
    else:
        print("\nmsgfmt or /usr/bin/time not installed: no comparison")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
