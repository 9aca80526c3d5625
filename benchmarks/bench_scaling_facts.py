"""Growth of numbers, numeric facts and slogans with input size: time and peak memory at 1, 2, 4, 8 MB.

    python benchmarks/bench_scaling_facts.py [--sizes 1 2 4 8] [--timeout 300] [--write]

Each (input, size) runs in a fresh process (so peak RSS is its own); the time is the CPU time of the
stage (``time.process_time``: on a machine shared with other work, wall time measures the others too).
The inputs are the shapes that used to grow faster than their size (one clause of counted facts,
spaced digits, a clause list of percentages, periods and quotations) and a realistic one (the seed
page's body repeated, when the shared corpus is present).
The bar (issue 12): the 8 MB time is at most 10 times the 1 MB time, for every input and stage. A text holding
more than ``numbers.MAX_QUANTITIES`` quantities is refused with InputTooLargeError once the bound is passed;
its cell shows the time and memory spent until then.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))
sys.path.insert(0, str(HERE))

#: (name, stage, repeated unit); a unit of None means the seed page's body
CASES: list[tuple[str, str, str | None]] = [
    ("'5家' repeated", "extract_numeric_facts", "5家"),
    ("'1 ' repeated", "find_quantities", "1 "),
    ("'5%，' repeated", "extract_numeric_facts", "5%，"),
    ("'2022年“5家”' repeated", "extract_numeric_facts", "2022年“5家”"),
    ("'比2020年增长5%，' repeated", "extract_numeric_facts", "比2020年增长5%，"),
    ("'“五链”，' repeated", "extract_slogans", "创新链、产业链“五链”，“打造高地”的目标，"),
    ("seed body repeated", "extract_numeric_facts", None),
    ("seed body repeated", "extract_slogans", None),
]

_CHILD = """
import json, resource, sys, time
sys.path.insert(0, {src!r})
from zhnews import InputTooLargeError, extract_numeric_facts, extract_slogans, find_quantities
unit, size = {unit!r}, {size}
text = unit * (size // len(unit.encode("utf-8")) + 1)
fn = {{"extract_numeric_facts": extract_numeric_facts, "extract_slogans": extract_slogans,
      "find_quantities": find_quantities}}[{stage!r}]
fn("warm-up 增长5%")
t = time.process_time()
try:
    found = len(fn(text))
except InputTooLargeError:  # more quantities than numbers.MAX_QUANTITIES: refused once the bound is passed
    found = -1
print(json.dumps([time.process_time() - t, found, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024]))
"""


def seed_body() -> str | None:
    from eval_pages import corpus_dir

    corpus = corpus_dir()
    if corpus is None:
        return None
    import zhnews

    seeds = sorted((corpus / "seed").glob("*.txt"))
    return zhnews.parse_page(seeds[0].read_bytes()).body + "\n" if seeds else None


def run(stage: str, unit: str, size: int, timeout: float) -> tuple[float, int, float] | None:
    code = _CHILD.format(src=str(HERE.parent / "src"), unit=unit, size=size, stage=stage)
    try:
        done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=timeout,
                              check=True)
    except subprocess.TimeoutExpired:
        return None
    seconds, n, rss = json.loads(done.stdout.strip().splitlines()[-1])
    return seconds, n, rss


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", type=int, nargs="+", default=[1, 2, 4, 8], help="sizes in MB (UTF-8 bytes)")
    ap.add_argument("--timeout", type=float, default=300.0, help="seconds per run before giving up")
    ap.add_argument("--write", action="store_true")
    args = ap.parse_args()
    seed = seed_body()
    header = "| input | stage | " + " | ".join(f"{s} MB: s / MB RSS" for s in args.sizes) + " | growth 1→8 |"
    rows = [header, "|---|---|" + "---|" * (len(args.sizes) + 1)]
    status = 0
    for name, stage, unit in CASES:
        if unit is None:
            if seed is None:
                continue
            unit = seed
        cells, times = [], []
        for size in args.sizes:
            result = run(stage, unit, size * 1_000_000, args.timeout)
            if result is None:
                cells.append(f"> {args.timeout:.0f} s")
                times.append(float("inf"))
                break
            seconds, found, rss = result
            cells.append(f"{seconds:.2f} / {rss:.0f}" + (" (refused: over MAX_QUANTITIES)" if found < 0 else ""))
            times.append(seconds)
        cells += ["-"] * (len(args.sizes) - len(cells))
        growth = times[-1] / times[0] if len(times) == len(args.sizes) and times[0] > 0 else float("inf")
        if growth > 10 * args.sizes[-1] / (8 * args.sizes[0]):
            status = 1
        rows.append(f"| {name} | {stage} | " + " | ".join(cells) + f" | {growth:.1f}x |")
        print(rows[-1], flush=True)
    table = "\n".join(rows)
    print(table)
    if args.write:
        from eval_pages import write_section

        write_section("scaling-facts", "Numbers, facts and slogans: growth with input size",
                      "`python benchmarks/bench_scaling_facts.py --write`: one fresh process per cell, CPU seconds "
                      "of the stage alone (normalising included) and peak RSS of the process. Bar: 8 MB within "
                      "10x the 1 MB time.\n\n" + table)
    return status


if __name__ == "__main__":
    raise SystemExit(main())
