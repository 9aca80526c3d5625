"""Growth of each stage's time with the size of its input: 1, 2, 4 and 8 MB of real news text.

    python benchmarks/bench_scaling.py [--sizes 1,2,4,8] [--stages entities,slogans,facts,parse] [--write]

The text is the bodies of the shared corpus's pages repeated until it holds the size in UTF-8 bytes
(our own fixture pages where the corpus is absent). Each stage runs once per size on one core, in this
process; the table gives seconds and the ratio to the 1 MB time (linear work gives 2, 4, 8). The bar
(issue 12): 8 MB at most 10x the 1 MB time for every stage.
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

MB = 1_000_000


def news_text() -> str:
    import zhnews

    corpus = corpus_dir()
    folder = corpus / "pages" if corpus else HERE.parent / "tests" / "fixtures" / "pages"
    bodies = []
    for path in sorted(folder.glob("*.htm*")):
        try:
            bodies.append(zhnews.parse_page(path.read_bytes()).body)
        except zhnews.ZhnewsError:
            continue
    return "\n".join(bodies)


def sized(text: str, size: int) -> str:
    """``text`` repeated and cut to about ``size`` UTF-8 bytes."""
    per_char = len(text.encode("utf-8")) / len(text)
    chars = int(size / per_char)
    return (text * (chars // len(text) + 1))[:chars]


def stages() -> dict[str, Callable[[str], object]]:
    import zhnews

    return {
        "entities": zhnews.extract_entities,
        "slogans": zhnews.extract_slogans,
        "facts": zhnews.extract_numeric_facts,
        "parse": lambda text: zhnews.parse_page(text, max_bytes=64 * MB),
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="1,2,4,8")
    ap.add_argument("--stages", default="entities,slogans,facts,parse")
    ap.add_argument("--write", action="store_true")
    args = ap.parse_args()
    base = news_text()
    sizes = [int(s) for s in args.sizes.split(",")]
    run = stages()
    rows = ["| stage | " + " | ".join(f"{s} MB" for s in sizes) + " | 8 MB / 1 MB |",
            "|---|" + "---|" * (len(sizes) + 1)]
    for name in args.stages.split(","):
        times = []
        for size in sizes:
            text = sized(base, size * MB)
            start = time.perf_counter()
            run[name](text)
            times.append(time.perf_counter() - start)
        ratio = times[-1] / times[0] if times[0] else float("nan")
        rows.append(f"| {name} | " + " | ".join(f"{t:.2f} s" for t in times) + f" | {ratio:.1f}x |")
        print(rows[-1], flush=True)
    table = "\n".join(rows)
    if args.write:
        write_section("scaling", "Time against input size",
                      f"`python benchmarks/bench_scaling.py --write`: corpus bodies repeated to each size (UTF-8 "
                      f"bytes), one run per size on one core.\n\n{table}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
