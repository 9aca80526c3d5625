"""Debug aid: print a page's lines with their scores and the body region parse_page picks.

    python benchmarks/show_lines.py PAGE [--around 12] [--text]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from zhnews.page.body import find_body, line_score
from zhnews.page.decode import decode_bytes
from zhnews.page.html import looks_like_html, read_html
from zhnews.page.parse import text_lines


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("page")
    ap.add_argument("--around", type=int, default=12)
    ap.add_argument("--text", action="store_true", help="render HTML to a text dump first")
    args = ap.parse_args()
    raw = Path(args.page).read_bytes()
    if args.text:
        from eval_pages import render_text

        text = render_text(raw)
    else:
        text, _ = decode_bytes(raw)
    lines = read_html(text).lines if looks_like_html(text) else text_lines(text)
    region = find_body(lines)
    lo, hi = (region.start, region.end) if region else (0, len(lines))
    for i in range(max(0, lo - args.around), min(len(lines), hi + args.around)):
        line = lines[i]
        mark = "B" if region and i in region.kept else ("s" if region and i in region.stripped else " ")
        hints = (line.noise, line.title_hint, line.crumb_hint)
        flags = "".join(c for c, f in zip("NTC", hints, strict=True) if f)
        print(f"{i:4d} {mark} {line_score(line):7.1f} {line.tag:>4} {flags:4} {line.text[:110]}")


if __name__ == "__main__":
    main()
