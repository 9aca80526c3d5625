"""The seed page's bar for slogans and numeric facts, in both scripts.

    python benchmarks/eval_seed.py

Checks, on ``../shared/corpus/seed`` (skips cleanly when absent):
- the numeric facts listed in its truth ``examples`` (value, unit, qualifier, measure, period);
- every money amount, percentage and count in its body found as a fact: the amounts are read off the
  body by a plain pattern written here, independent of zhnews (digits + 万/亿 + 元; digits + %;
  digits + 余/多 + 万 + a measure word), except inside a quoted name (“黄金20条” is a nickname);
- the slogans in its ``examples``;
- the same page converted to simplified script (OpenCC s2t's reverse, t2s) gives the same facts
  (value, unit, qualifier) and the same slogan canonical keys.
Exit status 1 when any check fails.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))
sys.path.insert(0, str(HERE))

from eval_pages import corpus_dir  # noqa: E402

MONEY = re.compile(r"\d+(?:\.\d+)?[万萬亿億]?元")
PERCENT = re.compile(r"\d+(?:\.\d+)?%")
COUNT = re.compile(r"\d+(?:\.\d+)?[余餘多]?[万萬]?(?:家|個|个|項|项|名|條|条|座|所|平方米)")


def main() -> int:
    corpus = corpus_dir()
    if corpus is None:
        print("shared corpus not found: nothing to check")
        return 0
    import opencc

    import zhnews
    from zhnews.extract.facts import extract_numeric_facts
    from zhnews.extract.slogans import extract_slogans

    failures: list[str] = []
    for path in sorted((corpus / "seed").glob("*.txt")):
        truth = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
        article = zhnews.parse_page(path.read_bytes())
        facts = extract_numeric_facts(article)
        slogans = extract_slogans(article)
        for want in truth.get("examples", {}).get("numeric_facts", []):
            hit = [f for f in facts if f.text in want["text"] and abs(f.value - want["value"]) < 1e-6]
            if not hit:
                failures.append(f"fact not found: {want['text']}")
                continue
            f = hit[0]
            for key in ("unit", "qualifier", "measure", "period"):
                if want.get(key) != getattr(f, key):
                    failures.append(f"{want['text']}: {key} {getattr(f, key)!r} != {want.get(key)!r}")
        spans = [(f.start, f.end) for f in facts]
        body = article.body
        for pattern, kind in ((MONEY, "money"), (PERCENT, "percentage"), (COUNT, "count")):
            for m in pattern.finditer(body):
                if re.search(r"[“「][^”」]{0,8}$", body[max(0, m.start() - 8):m.start()]):
                    continue  # inside a quoted name (人才新政“黄金20条”): a nickname, reported as a slogan
                if not any((a <= m.start() and m.end() <= b) or (a >= m.start() and b <= m.end()) for a, b in spans):
                    failures.append(f"{kind} not found as a fact: {m.group(0)}")
        keys = {s.canonical for s in slogans}
        texts = {s.text for s in slogans}
        for want in truth.get("examples", {}).get("slogans", []):
            if want not in texts:
                failures.append(f"slogan not found: {want}")
        simple = opencc.OpenCC("t2s").convert(body)
        facts2 = extract_numeric_facts(simple)
        if [(f.value, f.qualifier) for f in facts] != [(f.value, f.qualifier) for f in facts2]:
            failures.append("simplified page gives other facts")
        if keys != {s.canonical for s in extract_slogans(simple)}:
            failures.append("simplified page gives other slogans")
        print(f"{path.stem}: {len(facts)} facts, {len(slogans)} slogans, "
              f"{len(facts2)} facts in simplified script")
    for line in failures:
        print("FAIL", line)
    print("seed checks:", "all passed" if not failures else f"{len(failures)} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
