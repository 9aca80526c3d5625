"""What the entity stage's resources cost: a user lexicon reused, memory held and returned.

    python benchmarks/bench_resources.py [--write]

1. 100 calls of ``extract_entities`` on a news body, without a lexicon and with one user ``Lexicon``
   (200 names) passed every time: the ratio of the two times (bar: at most 1.3x; the lexicon's matcher is
   built once, on first use).
2. Resident memory (RSS, Linux) of a fresh process: after import; after the rules, lexicons, gazetteer,
   jieba and the tagger are loaded; after normalising a 5-million-character text; after
   ``reset_resources()`` and dropping the text (bar: back within 20 MB of the level before the text).
   Each figure comes from a child process so that nothing else this script did is counted.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))
sys.path.insert(0, str(HERE))

from eval_pages import write_section  # noqa: E402

BODY = ("杭州市余杭区科技局与之江实验室、浙江大学联合发布《余杭区人工智能产业发展三年行动计划》，"
        "提出到2027年培育规模以上企业200家。区委书记在会上表示，将与阿里巴巴、华为等企业深化合作。")

MEMORY = """
import gc, resource, sys
sys.path.insert(0, {src!r})
def rss():
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * resource.getpagesize() / 2**20
import zhnews
base = rss()
zhnews.extract_entities("杭州市余杭区与之江实验室签约，李明表示欢迎。")
loaded = rss()
text = "杭州市余杭區推進數字經濟發展。" * 340000
view = zhnews.normalise(text)
zhnews.extract_slogans(text)
big = rss()
del view, text
zhnews.reset_resources()
gc.collect()
after = rss()
print(base, loaded, big, after)
"""


def lexicon_ratio(calls: int = 100) -> tuple[float, float]:
    import zhnews

    lexicon = zhnews.load_lexicon([(f"青岚{i:03d}微电子", "ORG") for i in range(200)])
    zhnews.extract_entities(BODY, lexicon=lexicon)
    best_plain = best_lex = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        for _ in range(calls):
            zhnews.extract_entities(BODY)
        best_plain = min(best_plain, time.perf_counter() - start)
        start = time.perf_counter()
        for _ in range(calls):
            zhnews.extract_entities(BODY, lexicon=lexicon)
        best_lex = min(best_lex, time.perf_counter() - start)
    return best_plain, best_lex


def memory() -> list[float]:
    code = MEMORY.format(src=str(HERE.parent / "src"))
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return [float(x) for x in out.stdout.split()]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--write", action="store_true")
    args = ap.parse_args()
    plain, lex = lexicon_ratio()
    base, loaded, big, after = memory()
    text = (f"| figure | value |\n|---|---|\n"
            f"| 100 calls without a lexicon | {plain:.3f} s |\n"
            f"| 100 calls with one user Lexicon (200 names) | {lex:.3f} s ({lex / plain:.2f}x; bar 1.3x) |\n"
            f"| RSS after import | {base:.0f} MB |\n"
            f"| RSS with rules, lexicons, gazetteer, jieba and the tagger loaded | {loaded:.0f} MB "
            f"({loaded - base:.0f} MB for them; bar 250 MB) |\n"
            f"| RSS after normalising a 5M-character text | {big:.0f} MB |\n"
            f"| RSS after `reset_resources()` and dropping the text | {after:.0f} MB "
            f"({after - loaded:+.0f} MB against the level before the text; bar 20 MB) |")
    print(text)
    if args.write:
        write_section("resources", "Resources: reuse and memory",
                      f"`python benchmarks/bench_resources.py --write` (one core; RSS of a fresh process).\n\n{text}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
