"""Run zhnews' number, percent and currency recognition over Recognizers-Text's Chinese spec cases.

    python benchmarks/eval_numeric.py [-v] [--check] [--write]

Reads ``../shared/numeric`` (or ``$ZHNEWS_NUMERIC``) by path and exits 0 with a note when absent.
A case passes when the list of (matched text, resolved value) pairs equals the spec's. Texts are
compared after NFKC width folding and lower-casing (the spec prints 「４，５６５」 as ``4,565`` and
「-2.5 M」 as ``-2.5 m``); values numerically, to a relative 1e-9 (the spec prints 15 significant
digits: ``350.333333333333``). Cases marked NotSupported for some port are counted like the others.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import unicodedata
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))
sys.path.insert(0, str(HERE))

FILES = {
    "Number": "Specs_Number_Chinese_NumberModel.json",
    "Percent": "Specs_Number_Chinese_PercentModel.json",
    "Currency": "Specs_NumberWithUnit_Chinese_CurrencyModel.json",
}
PEER = {"Number": (334, 365), "Percent": (139, 152), "Currency": (28, 35)}
FLOORS = HERE / "floors_numeric.json"


def numeric_dir() -> Path | None:
    path = Path(os.environ.get("ZHNEWS_NUMERIC", HERE.parent.parent / "shared" / "numeric"))
    return path if path.is_dir() else None


def fold(text: str) -> str:
    return unicodedata.normalize("NFKC", text).lower().strip()


def spec_value(res: dict[str, Any] | None) -> float | None:
    if not res or res.get("value") is None:
        return None
    return float(str(res["value"]).rstrip("%"))


def same_value(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is b
    return abs(a - b) <= 1e-9 * max(1.0, abs(a), abs(b))


def run(model: str, text: str) -> list[tuple[str, float | None]]:
    from zhnews.extract.numbers import find_numbers, find_quantities

    if model == "Number":
        found = find_numbers(text)
    else:
        kind = "percent" if model == "Percent" else "currency"
        found = [q for q in find_quantities(text) if q.kind == kind]
    return [(q.text, q.value) for q in found]


def evaluate(folder: Path, verbose: bool) -> dict[str, tuple[int, int]]:
    out = {}
    for model, name in FILES.items():
        cases = json.loads((folder / name).read_text(encoding="utf-8-sig"))
        passed = 0
        for case in cases:
            want = [(fold(r["Text"]), spec_value(r.get("Resolution"))) for r in case["Results"]]
            try:
                got = run(model, case["Input"])
            except Exception as exc:  # a crash fails the case and is shown
                got = [(f"<{type(exc).__name__}: {exc}>", None)]
            ok = len(got) == len(want) and all(
                fold(gt) == wt and same_value(gv, wv) for (gt, gv), (wt, wv) in zip(got, want, strict=True))
            passed += ok
            if verbose and not ok:
                print(f"FAIL {model}: {case['Input'][:70]!r}\n   want {want}\n   got  {got}")
        out[model] = (passed, len(cases))
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("-v", "--verbose", action="store_true", help="print every failing case")
    ap.add_argument("--check", action="store_true", help="fail when a pass count drops below floors_numeric.json")
    ap.add_argument("--write", action="store_true", help="rewrite the numeric section of RESULTS.md")
    args = ap.parse_args()
    folder = numeric_dir()
    if folder is None:
        print("shared numeric cases not found (../shared/numeric or $ZHNEWS_NUMERIC): nothing to evaluate")
        return 0
    result = evaluate(folder, args.verbose)
    lines = ["| spec file | zhnews | Recognizers-Text Python port |", "|---|---|---|"]
    for model, (passed, total) in result.items():
        p, t = PEER[model]
        lines.append(f"| {model} | {passed}/{total} ({100 * passed / total:.1f}%) | {p}/{t} ({100 * p / t:.1f}%) |")
    table = "\n".join(lines)
    print(table)
    status = 0
    if args.check and FLOORS.exists():
        floors = json.loads(FLOORS.read_text())
        for model, floor in floors.items():
            if result[model][0] < floor:
                print(f"RATCHET FAILED: {model} passes {result[model][0]}, below the recorded {floor}")
                status = 1
        if status == 0:
            print("ratchet: every pass count at or above benchmarks/floors_numeric.json")
    if args.write:
        from eval_pages import write_section

        write_section("numeric", "Numbers, percentages, money",
                      f"`python benchmarks/eval_numeric.py --write` on Recognizers-Text's Chinese spec cases "
                      f"(peer figures as measured by the corpus README).\n\n{table}")
    return status


if __name__ == "__main__":
    raise SystemExit(main())
