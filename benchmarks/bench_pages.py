"""Speed of parse_page on the shared corpus, beside trafilatura and GNE in the same run.

    python benchmarks/bench_pages.py [--repeat 5] [--write]

Prints the median time per page for each extractor (each page parsed ``repeat`` times after one
warm-up call; the per-page figure is the median of its runs), the ratio to trafilatura's
``bare_extraction``, import time and first-call time of zhnews.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))
sys.path.insert(0, str(HERE))

from eval_pages import corpus_dir, write_section  # noqa: E402


def per_page(fn: Callable[[bytes], Any], pages: list[bytes], repeat: int) -> float:
    medians = []
    for raw in pages:
        try:
            fn(raw)
        except Exception:  # an extractor that fails on a page is still timed on its failure
            pass
        runs = []
        for _ in range(repeat):
            t0 = time.perf_counter()
            try:
                fn(raw)
            except Exception:
                pass
            runs.append(time.perf_counter() - t0)
        medians.append(statistics.median(runs))
    return statistics.median(medians)


def import_time() -> tuple[float, float]:
    code = (
        "import time; t0=time.perf_counter(); import zhnews; t1=time.perf_counter();"
        "zhnews.parse_page('标题行\\n2022-12-02\\n今年前三季度，全区实现增加值1157.2亿元，增长11.7%。');"
        "print(t1-t0, time.perf_counter()-t1)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         cwd=str(HERE.parent))
    a, b = out.stdout.split()
    return float(a), float(b)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--write", action="store_true")
    args = ap.parse_args()
    corpus = corpus_dir()
    if corpus is None:
        print("shared corpus not found: nothing to benchmark")
        return 0
    pages = [p.read_bytes() for p in sorted((corpus / "pages").glob("*.html"))]
    import zhnews
    from zhnews.page.body import _furniture_start
    from zhnews.page.html import _classify_attrs

    def cold(raw: bytes) -> Any:
        # clear the per-line and per-class caches so repeated runs of one page are not served from them
        _furniture_start.cache_clear()
        _classify_attrs.cache_clear()
        return zhnews.parse_page(raw)

    rows = [("zhnews.parse_page", per_page(cold, pages, args.repeat))]
    try:
        import trafilatura

        rows.append(("trafilatura.bare_extraction",
                     per_page(lambda raw: trafilatura.bare_extraction(raw, with_metadata=True), pages, args.repeat)))
    except ImportError:
        print("note: trafilatura not installed (pip install -e '.[dev]')")
    try:
        from gne import GeneralNewsExtractor

        from zhnews.page.decode import decode_bytes

        texts = {id(raw): decode_bytes(raw)[0] for raw in pages}
        rows.append(("GNE extract", per_page(lambda raw: GeneralNewsExtractor().extract(texts[id(raw)]),
                                             pages, args.repeat)))
    except ImportError:
        print("note: gne not installed (pip install -e '.[dev]')")
    imp, first = import_time()
    base = dict(rows).get("trafilatura.bare_extraction")
    lines = ["| extractor | median ms/page | vs trafilatura |", "|---|---|---|"]
    for name, secs in rows:
        ratio = f"{secs / base:.2f}x" if base else "n/a"
        lines.append(f"| {name} | {secs * 1000:.1f} | {ratio} |")
    table = "\n".join(lines)
    print(f"{len(pages)} pages, {args.repeat} runs each after a warm-up")
    print(table)
    print(f"import zhnews: {imp * 1000:.0f} ms; first parse_page call (loads rules): {first * 1000:.0f} ms")
    if args.write:
        write_section(
            "speed", "Page parsing speed",
            f"`python benchmarks/bench_pages.py --write`: {len(pages)} pages, median of {args.repeat} runs per "
            f"page after a warm-up (GNE timed on decoded text).\n\n{table}\n\n"
            f"import zhnews: {imp * 1000:.0f} ms; first call: {first * 1000:.0f} ms",
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
