"""Speed of entity, slogan and numeric-fact extraction on article bodies, one core, after warm-up.

    python benchmarks/bench_extract.py [--repeat 5] [--write]

Bodies are the shared corpus pages parsed by parse_page (and the seed dump); each extractor runs
over all of them ``repeat`` times after one warm-up pass (which loads jieba's dictionary and the rule
files); the figure is characters of body per second of wall time, best of the repeats.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))
sys.path.insert(0, str(HERE))

from eval_pages import corpus_dir, write_section  # noqa: E402


def rate(fn: Callable[[str], object], bodies: list[str], repeat: int) -> float:
    chars = sum(map(len, bodies))
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        for body in bodies:
            fn(body)
        best = min(best, time.perf_counter() - t0)
    return chars / best


def lexicon_load() -> tuple[float, float, float]:
    """In a fresh process: seconds to load zhnews' rules, gazetteer and built-in lexicon; seconds to load
    jieba's dictionary; peak RSS (MB) after both."""
    import subprocess

    code = ("import time, resource; t = time.perf_counter(); "
            "from zhnews.extract import _entity_data as D, _entity_tagged as T; from zhnews.resources import "
            "default_resources; r = default_resources(); D._rules(r); D._gazetteer(r); D._builtin(r); "
            "T._tagged_names('中国', r); "
            "t1 = time.perf_counter(); "
            "from zhnews.extract._words import pos_tokens; pos_tokens('之江实验室'); t2 = time.perf_counter(); "
            "print(t1 - t, t2 - t1, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    lexicons, jieba_s, rss = out.stdout.split()
    return float(lexicons), float(jieba_s), float(rss)


def jieba_posseg() -> Callable[[str], object]:
    """jieba's part-of-speech cutter, the anchor the entity stage's speed is measured against."""
    import jieba
    import jieba.posseg

    jieba.setLogLevel(60)
    return jieba.posseg.lcut


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--write", action="store_true")
    args = ap.parse_args()
    corpus = corpus_dir()
    if corpus is None:
        print("shared corpus not found: nothing to benchmark")
        return 0
    import zhnews
    from zhnews.extract.entities import extract_entities
    from zhnews.extract.facts import extract_numeric_facts
    from zhnews.extract.slogans import extract_slogans

    load, jieba_load, rss = lexicon_load()

    bodies = []
    for path in sorted((corpus / "pages").glob("*.html")) + sorted((corpus / "seed").glob("*.txt")):
        try:
            bodies.append(zhnews.parse_page(path.read_bytes()).body)
        except zhnews.ZhnewsError:
            continue
    t0 = time.perf_counter()
    for body in bodies:  # warm-up: loads jieba and the rule files
        extract_numeric_facts(body)
        extract_slogans(body)
    warm = time.perf_counter() - t0
    facts = rate(extract_numeric_facts, bodies, args.repeat)
    slogans = rate(extract_slogans, bodies, args.repeat)
    both = rate(lambda b: (extract_numeric_facts(b), extract_slogans(b)), bodies, args.repeat)
    entities = rate(extract_entities, bodies, args.repeat)
    posseg = rate(jieba_posseg(), bodies, args.repeat)
    per_page = sum(map(len, bodies)) / len(bodies)  # characters of an average body
    table = "\n".join(["| stage | characters/s (one core) | bodies/s |", "|---|---|---|"] + [
        f"| {name} | {r:,.0f} | {r / per_page:,.0f} |" for name, r in (
            ("extract_numeric_facts", facts), ("extract_slogans", slogans),
            ("slogans and facts together", both), ("extract_entities", entities),
            ("anchor: jieba.posseg.lcut (HMM on)", posseg))
    ]) + f"\n\nextract_entities runs at {entities / posseg:.1f}x jieba.posseg's characters/s on the same bodies."
    seed = [zhnews.parse_page(path.read_bytes()).body for path in sorted((corpus / "seed").glob("*.txt"))]
    if seed:  # the seed page alone: a dense policy article, the yardstick of the issues' floors
        seed_rows = []
        for name, fn in (("extract_numeric_facts", extract_numeric_facts), ("extract_slogans", extract_slogans),
                         ("slogans and facts together", lambda b: (extract_numeric_facts(b), extract_slogans(b))),
                         ("extract_entities", extract_entities)):
            copies = [(seed[0] + " ")[:-1] for _ in range(20)]  # distinct str objects: no view is reused
            r = rate(fn, copies, args.repeat)
            seed_rows.append(f"| {name} | {r:,.0f} | {r / len(seed[0]):,.0f} |")
        table += ("\n\nThe seed page's body alone (" + f"{len(seed[0]):,} characters):\n\n"
                  + "\n".join(["| stage | characters/s | pages/s |", "|---|---|---|", *seed_rows]))
    table += (f"\n\nIn a fresh process: rules, gazetteer and built-in lexicon load in {load:.2f} s, jieba's "
              f"dictionary in {jieba_load:.2f} s more; peak RSS after both {rss:.0f} MB.")
    print(f"{len(bodies)} bodies, {sum(map(len, bodies)):,} characters; warm-up pass {warm:.2f} s")
    print(table)
    if args.write:
        write_section("extract-speed", "Extraction speed",
                      f"`python benchmarks/bench_extract.py --write`: {len(bodies)} bodies, best of {args.repeat} "
                      f"passes after a warm-up.\n\n{table}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
