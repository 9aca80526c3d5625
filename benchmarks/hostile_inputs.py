"""Hostile inputs: every one under the size limit answered with a result or a documented error, in bounded
time and memory.

    python benchmarks/hostile_inputs.py [--only NAME ...] [--check] [--write]

Each input is built here (our own text, no shared data) and run in a fresh process after a warm-up call, so
its peak resident memory is its own. The bar: ≤ 2 s per MB of input (an input under 1 MB counts as 1 MB) and
≤ 1 GB peak memory; the answer is a result or a :class:`zhnews.ZhnewsError` (anything else is a failure).
Inputs run through ``analyze`` (the whole pipeline) unless their row names a single function. A row that
runs more than 3x over its time budget is stopped and marked TIMEOUT.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE.parent / "src"
sys.path.insert(0, str(SRC))

SECONDS_PER_MB = 2.0
MEMORY_MB = 1024

_P = "<p>园区今年新增入驻企业四十五家，总投资约十二亿元，同比增长明显，创新活力持续增强。</p>"
_SENTENCES = [
    "杭州市余杭区之江实验室今年新增合作单位12家，总投资约3.5亿元，同比增长11.7%。",
    "浙江省科技厅厅长在会上表示，要打造“五链”融合的创新生态，推动数字经济高质量发展。",
    "截至9月底，全区累计引进高层次人才1200余名，新建省级重点实验室3家、企业研究院15家。",
    "中国（浙江）自由贸易试验区杭州片区发布“黄金20条”，支持企业开展跨境电商业务。",
]


def _html(body: str) -> str:
    return f"<html><head><title>园区新闻</title></head><body><h1>园区新闻</h1>{body}</body></html>"


def _dump(n_bytes: int) -> str:
    text = "园区新闻\n2024-01-05\n"
    unit = "".join(_SENTENCES) + "\n"
    return text + unit * max(1, n_bytes // len(unit.encode("utf-8")))


# name -> (what it is, builder, function it runs through)
ATTACKS: dict[str, tuple[str, Callable[[], str | bytes], str]] = {
    "attrs-80k": ("80,000 attributes on one tag",
                  lambda: _html("<div " + " ".join(f'a{i}="x"' for i in range(80_000)) + ">" + _P * 5 + "</div>"),
                  "analyze"),
    "attrs-1m": ("1,000,000 attributes on one tag",
                 lambda: _html("<div " + " ".join(f"a{i}" for i in range(1_000_000)) + ">" + _P * 5 + "</div>"),
                 "analyze"),
    "attrs-many-tags": ("5,000 tags of 500 bare attributes each (under the per-tag cap)",
                        lambda: _html(("<span " + " ".join(f"b{i}" for i in range(300)) + ">字</span>") * 5000
                                      + _P * 5), "analyze"),
    "links-160k": ("a paragraph of 160,000 links",
                   lambda: _html("<p>" + "".join(f'<a href="/{i}">链接{i}</a>' for i in range(160_000)) + "</p>"
                                 + _P * 5), "analyze"),
    "lines-5m": ("5 million tiny lines (a text dump)", lambda: "a\n" * 5_000_000, "analyze"),
    "br-1m": ("1 million <br> in one paragraph", lambda: _html("<p>" + "字<br>" * 1_000_000 + "</p>" + _P * 5),
              "analyze"),
    "empty-p-1m": ("1 million empty paragraphs", lambda: _html("<p></p>" * 1_000_000 + _P * 5), "analyze"),
    "deep-div-2048": ("2,048 nested div", lambda: _html("<div>" * 2048 + _P * 5 + "</div>" * 2048), "analyze"),
    "deep-b-2048": ("2,048 nested b", lambda: _html("<b>" * 2048 + _P * 5 + "</b>" * 2048), "analyze"),
    "deep-span-4096": ("4,096 nested span", lambda: _html("<span>" * 4096 + _P * 5 + "</span>" * 4096), "analyze"),
    "deep-table-2048": ("2,048 nested table/tr/td",
                        lambda: _html("<table><tr><td>" * 2048 + _P * 5 + "</td></tr></table>" * 2048), "analyze"),
    "deep-div-200k": ("200,000 nested div", lambda: _html("<div>" * 200_000 + _P * 5 + "</div>" * 200_000),
                      "analyze"),
    "unclosed-b-200k": ("200,000 unclosed <b>", lambda: _html("<b>字" * 200_000 + _P * 5), "analyze"),
    "late-markup": ("HTML after 30 KB of whitespace and a comment",
                    lambda: " " * 20_000 + "<!--" + "注" * 5000 + "-->" + _html(_P * 5), "analyze"),
    "open-comment": ("an unclosed comment before the body", lambda: _html("<!--" + _P * 5000), "analyze"),
    "entities-1m": ("1 million character references", lambda: _html("<p>" + "&amp;&#x4e2d;" * 500_000 + "</p>"
                                                                      + _P * 5), "analyze"),
    "dates-line-3mb": ("a 3 MB line of dates", lambda: "2022-12-02 16:40:03 " * 150_000, "parse_page"),
    "dates-line-in-page": ("a page whose body is followed by a 3 MB line of dates",
                           lambda: _dump(20_000) + "\n" + "发布时间：2022-12-02 16:40:03 " * 100_000, "analyze"),
    "dense-page-200kb": ("a 200 KB entity-dense page", lambda: _html("<p>" + "".join(_SENTENCES) * 200 + "</p>"),
                         "analyze"),
    "dump-2mb": ("a 2 MB text dump", lambda: _dump(2_000_000), "analyze"),
    "dump-10mb": ("a 10 MB text dump", lambda: _dump(10_000_000), "analyze"),
    "facts-5jia": ("'5家' * 50,000", lambda: "5家" * 50_000, "extract_numeric_facts"),
    "facts-percent": ("'5%，' * 1,990,000", lambda: "5%，" * 1_990_000, "extract_numeric_facts"),
    "quantities-ones": ("'1 ' * 4,990,000", lambda: "1 " * 4_990_000, "find_quantities"),
    "surrogates": ("a str page with lone surrogates", lambda: _html((_P + "\ud800") * 2000), "analyze"),
    "nul-bytes-30mb": ("30 MB of NUL bytes", lambda: b"\0" * 30_000_000, "analyze"),
    "random-bytes-5mb": ("5 MB of random bytes", lambda: __import__("os").urandom(5_000_000), "analyze"),
    "over-limit-40mb": ("40 MB, over the 32 MiB limit", lambda: b"<p>" + b"a" * 40_000_000, "analyze"),
}

_CHILD = r"""
import json, resource, sys, time
sys.path.insert(0, {src!r})
sys.path.insert(0, {here!r})
import zhnews
from hostile_inputs import ATTACKS
_, build, call = ATTACKS[{name!r}]
raw = build()
size = len(raw.encode("utf-8", "surrogatepass")) if isinstance(raw, str) else len(raw)
fn = getattr(zhnews, call)
fn("园区新闻\n2024-01-05\n园区今年新增入驻企业45家，总投资约12亿元。")  # warm-up: rules, lexicons, jieba
t = time.perf_counter()
try:
    result = fn(raw)
    if call == "analyze":
        outcome = f"ok ({{result.article.input_kind}}, body {{len(result.article.body):,}} chars)"
    else:
        outcome = f"ok ({{len(result.body):,}} chars)" if call == "parse_page" else f"ok ({{len(result):,}} found)"
    documented = True
except zhnews.ZhnewsError as exc:
    outcome, documented = f"{{type(exc).__name__}}: {{str(exc)[:60]}}", True
except Exception as exc:
    outcome, documented = f"UNDOCUMENTED {{type(exc).__name__}}: {{str(exc)[:60]}}", False
seconds = time.perf_counter() - t
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({{"size": size, "seconds": seconds, "peak_mb": peak, "outcome": outcome, "documented": documented}}))
"""


def run_one(name: str) -> dict[str, object]:
    code = _CHILD.format(src=str(SRC), here=str(HERE), name=name)
    raw = ATTACKS[name][1]()
    size = len(raw.encode("utf-8", "surrogatepass")) if isinstance(raw, str) else len(raw)
    del raw
    limit = 3 * SECONDS_PER_MB * max(1.0, size / 1e6) + 20  # start-up and warm-up take a few seconds
    started = time.perf_counter()
    try:
        done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=limit,
                              check=False)
    except subprocess.TimeoutExpired:
        return {"size": size, "seconds": time.perf_counter() - started, "peak_mb": 0.0, "outcome": "TIMEOUT",
                "documented": False}
    if done.returncode:
        return {"size": size, "seconds": 0.0, "peak_mb": 0.0, "documented": False,
                "outcome": f"CRASH: {done.stderr.strip().splitlines()[-1] if done.stderr.strip() else done.returncode}"}
    return json.loads(done.stdout.strip().splitlines()[-1])


def verdict(row: dict[str, object]) -> str:
    mb = max(1.0, float(row["size"]) / 1e6)  # type: ignore[arg-type]
    ok = (row["documented"] and float(row["seconds"]) <= SECONDS_PER_MB * mb  # type: ignore[arg-type]
          and float(row["peak_mb"]) <= MEMORY_MB)  # type: ignore[arg-type]
    return "pass" if ok else "FAIL"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--only", nargs="*", help="run only these inputs")
    parser.add_argument("--write", action="store_true", help="write the table into benchmarks/RESULTS.md")
    parser.add_argument("--check", action="store_true", help="exit 1 when an input misses the bar")
    args = parser.parse_args(argv)
    names = args.only or list(ATTACKS)
    lines = ["| input | what | runs | MB | seconds | s/MB | peak MB | answer | bar |", "|---" * 9 + "|"]
    failed = 0
    print(lines[0], flush=True)
    for name in names:
        what, _, call = ATTACKS[name]
        row = run_one(name)
        mb = float(row["size"]) / 1e6  # type: ignore[arg-type]
        per_mb = float(row["seconds"]) / max(mb, 1.0)  # type: ignore[arg-type]
        mark = verdict(row)
        failed += mark == "FAIL"
        line = (f"| {name} | {what} | {call} | {mb:.2f} | {float(row['seconds']):.2f} | {per_mb:.2f} | "  # type: ignore[arg-type]
                f"{float(row['peak_mb']):.0f} | {row['outcome']} | {mark} |")  # type: ignore[arg-type]
        lines.append(line)
        print(line, flush=True)
    summary = (f"{len(names) - failed} of {len(names)} inputs within the bar (≤ {SECONDS_PER_MB:g} s per MB, "
               f"an input under 1 MB counting as 1 MB; ≤ {MEMORY_MB} MB peak; a result or a ZhnewsError)")
    print(summary)
    if args.write:
        sys.path.insert(0, str(HERE))
        from eval_pages import write_section

        write_section("hostile", "Hostile inputs", "`python benchmarks/hostile_inputs.py --write` "
                      "(peak memory includes the interpreter and loaded rules).\n\n" + "\n".join(lines)
                      + f"\n\n{summary}")
    return 1 if failed and args.check else 0


if __name__ == "__main__":
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    raise SystemExit(main())
