"""Precision and recall of numeric facts on our own annotated sentences.

    python benchmarks/eval_facts.py [-v] [--check] [--write]

``benchmarks/annotated/facts.jsonl`` holds policy and economic news sentences written for this
project, each with its facts: value, unit, qualifier, measure (and period where stated).

- a predicted fact *matches* a gold fact when value (relative 1e-9) and unit agree (units compared
  in simplified script); it is *right* when the qualifier agrees too (the primary qualifier, see
  ``NumericFact``). Fact precision = right / predicted, recall = right / gold.
- measure: over matched facts; precision = right measures / predicted measures, recall = right
  measures / gold facts that name a measure. Measures are compared in simplified script.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))
sys.path.insert(0, str(HERE))

DATA = HERE / "annotated" / "facts.jsonl"
#: written later than DATA and first scored only after the rules were tuned on DATA; its first-run
#: figures are recorded in RESULTS.md (the rules have been touched since, so it is no longer blind)
HELDOUT = HERE / "annotated" / "facts_heldout.jsonl"
#: written in session 3 and committed before its first run; first score fact P 0.892 / R 0.943,
#: measure P 0.829 / R 0.829. The rules were then improved with it in view, so it is no longer blind.
BLIND = HERE / "annotated" / "facts_blind.jsonl"
FLOORS = {"fact_precision": 0.90, "fact_recall": 0.85, "measure_precision": 0.85, "measure_recall": 0.85}
#: round 2, written blind by an annotator session (BLIND2.md states its conventions) and committed before any
#: run; scored by :func:`evaluate_blind2` (numbers, qualifiers, measures, periods, slogans)
BLIND2 = HERE / "annotated" / "facts_blind2.jsonl"
#: issue 11's bar on BLIND2
BLIND2_BAR = {"found": 0.97, "found traditional": 0.95, "qualifier": 0.85, "measure": 0.85, "period": 0.80,
              "real facts": 0.95, "slogans found": 0.70}
#: the first score of BLIND2, taken before anything was changed for it (code at commit 0eb23dc)
BLIND2_FIRST: dict[str, Any] = {
    "gold": 95, "predicted": 90, "found": 0.853, "found simplified": 0.926, "found traditional": 0.756,
    "qualifier": 0.750, "measure": 0.506, "period": 0.802, "real facts": 0.900, "slogans found": 0.600,
    "slogans": "9 of 15 found, 12 predicted", "quoted speech as slogan": 0,
}


def simp(text: str | None) -> str | None:
    from zhnews.script import to_simplified

    return None if text is None else to_simplified(text).replace(" ", "")


def gold_qualifier(g: dict[str, Any]) -> str | None:
    """The gold qualifier in zhnews' reading: 以上 and 以下 are inclusive (at least, at most), as in statistics
    and law; the sets tag them more than / less than (written before that was decided), so those tags are
    read as at least / at most here. The gold files are left as written."""
    q, text = g.get("qualifier"), g["text"].rstrip()
    if q == "more than" and text.endswith("以上"):
        return "at least"
    if q == "less than" and text.endswith("以下"):
        return "at most"
    return q


def close(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-9 * max(1.0, abs(a), abs(b))


def evaluate(verbose: bool = False, data: Path = DATA) -> dict[str, Any]:
    from zhnews.extract.facts import extract_numeric_facts

    n_pred = n_gold = n_right = 0
    m_pred = m_gold = m_right = 0
    for line in data.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        gold = row["facts"]
        pred = extract_numeric_facts(row["text"])
        n_pred += len(pred)
        n_gold += len(gold)
        m_gold += sum(1 for g in gold if g.get("measure"))
        used: set[int] = set()
        problems = []
        for g in gold:
            hit = next((i for i, p in enumerate(pred) if i not in used and close(p.value, g["value"])
                        and simp(p.unit) == simp(g["unit"])), None)
            if hit is None:
                problems.append(f"missed {g['text']}")
                continue
            used.add(hit)
            p = pred[hit]
            if p.qualifier == gold_qualifier(g):
                n_right += 1
            else:
                problems.append(f"{g['text']}: qualifier {p.qualifier} != {gold_qualifier(g)}")
            if p.measure:
                m_pred += 1
                if g.get("measure") and simp(p.measure) == simp(g["measure"]):
                    m_right += 1
                elif g.get("measure"):
                    problems.append(f"{g['text']}: measure {p.measure!r} != {g['measure']!r}")
                else:
                    problems.append(f"{g['text']}: measure {p.measure!r} where none")
        for i, p in enumerate(pred):
            if i not in used:
                problems.append(f"extra {p.text} ({p.value} {p.unit})")
        if verbose and problems:
            print(f"{row['text']}\n   " + "\n   ".join(problems))
    return {
        "sentences": len(data.read_text(encoding="utf-8").splitlines()), "gold": n_gold, "predicted": n_pred,
        "fact_precision": n_right / n_pred if n_pred else 0.0, "fact_recall": n_right / n_gold if n_gold else 0.0,
        "measure_precision": m_right / m_pred if m_pred else 0.0,
        "measure_recall": m_right / m_gold if m_gold else 0.0,
    }


_SPEECH_BEFORE = ("说", "說", "表示", "指出", "强调", "強調", "称", "稱", "坦言", "认为", "認為", "：", ":")
_PRONOUNS = ("我", "你", "咱")


def _gold_spans(text: str, gold: list[dict[str, Any]]) -> list[tuple[int, int]]:
    """Where each gold fact's text is in the passage (in order; a repeated text takes its next place)."""
    spans, pos = [], {}
    for g in gold:
        at = text.find(g["text"], pos.get(g["text"], 0))
        if at < 0:
            at = text.find(g["text"])
        spans.append((at, at + len(g["text"])))
        pos[g["text"]] = at + 1
    return spans


def _quoted_speech(text: str, start: int, end: int) -> bool:
    """A predicted slogan inside a quotation that is speech: the quotation follows a speech verb or a
    colon, or speaks in the first or second person."""
    open_at = max(text.rfind(q, 0, start + 1) for q in "“「『\"")
    if open_at < 0 or start - open_at > 1:
        return False
    close_at = min((i for i in (text.find(q, end) for q in "”」』\"") if i >= 0), default=len(text))
    quote = text[open_at + 1:close_at]
    return text[max(0, open_at - 3):open_at].endswith(_SPEECH_BEFORE) or any(p in quote for p in _PRONOUNS) \
        or any(c in quote for c in "。！？!?")


def evaluate_blind2(verbose: bool = False, data: Path = BLIND2, only: str | None = None) -> dict[str, Any]:
    """Issue 11's figures: numbers found (value, and a predicted fact over the gold text), overall and per
    script; over found facts, qualifier right where the gold states one, measure right, period right;
    predicted facts that are gold facts; gold slogans found; quoted speech returned as a slogan."""
    from zhnews.extract.facts import extract_numeric_facts
    from zhnews.extract.slogans import extract_slogans

    c: dict[str, int] = dict.fromkeys(("gold", "found", "gold_trad", "found_trad", "qual_gold", "qual_right",
                                       "measure_right", "period_right", "pred", "pred_real", "slogans_gold",
                                       "slogans_found", "slogans_pred", "speech"), 0)
    for line in data.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if only is not None and row["script"] != only:
            continue
        text, gold, trad = row["text"], row["facts"], row["script"] == "traditional"
        pred = extract_numeric_facts(text)
        problems: list[str] = []
        used: set[int] = set()
        for g, (ga, gb) in zip(gold, _gold_spans(text, gold), strict=True):
            c["gold"] += 1
            c["gold_trad"] += trad
            hit = next((i for i, p in enumerate(pred) if i not in used and close(p.value, g["value"])
                        and p.start < gb and ga < p.end), None)
            if hit is None:
                problems.append(f"missed {g['text']} ({g['value']})")
                continue
            used.add(hit)
            p = pred[hit]
            c["found"] += 1
            c["found_trad"] += trad
            if g.get("qualifier"):
                c["qual_gold"] += 1
                c["qual_right"] += p.qualifier == gold_qualifier(g)
            if p.qualifier != gold_qualifier(g):
                problems.append(f"{g['text']}: qualifier {p.qualifier} != {gold_qualifier(g)}")
            if simp(p.measure) == simp(g.get("measure")):
                c["measure_right"] += 1
            else:
                problems.append(f"{g['text']}: measure {p.measure!r} != {g.get('measure')!r}")
            if simp(p.period) == simp(g.get("period")):
                c["period_right"] += 1
            else:
                problems.append(f"{g['text']}: period {p.period!r} != {g.get('period')!r}")
        c["pred"] += len(pred)
        c["pred_real"] += len(used)
        problems += [f"extra {p.text} ({p.value} {p.unit})" for i, p in enumerate(pred) if i not in used]
        slogans = extract_slogans(text)
        found_texts = {simp(s.text) for s in slogans}
        c["slogans_gold"] += len(row["slogans"])
        for s in row["slogans"]:
            if simp(s) in found_texts:
                c["slogans_found"] += 1
            else:
                problems.append(f"slogan missed {s}")
        c["slogans_pred"] += len(slogans)
        gold_slogans = {simp(s) for s in row["slogans"]}
        for s in slogans:
            if simp(s.text) not in gold_slogans:
                speech = _quoted_speech(text, s.start, s.end)
                c["speech"] += speech
                problems.append(f"slogan extra {s.text} ({s.kind}{', quoted speech' if speech else ''})")
        if verbose and problems:
            print(f"{text}\n   " + "\n   ".join(problems))
    ratio = lambda a, b: c[a] / c[b] if c[b] else 0.0  # noqa: E731
    return {"gold": c["gold"], "predicted": c["pred"], "found": ratio("found", "gold"),
            "found simplified": (c["found"] - c["found_trad"]) / (c["gold"] - c["gold_trad"])
            if c["gold"] > c["gold_trad"] else None,
            "found traditional": ratio("found_trad", "gold_trad") if c["gold_trad"] else None,
            "qualifier": ratio("qual_right", "qual_gold"),
            "measure": ratio("measure_right", "found"), "period": ratio("period_right", "found"),
            "real facts": ratio("pred_real", "pred"), "slogans found": ratio("slogans_found", "slogans_gold"),
            "slogans": f"{c['slogans_found']} of {c['slogans_gold']} found, {c['slogans_pred']} predicted",
            "quoted speech as slogan": c["speech"]}


def blind2_table(r: dict[str, Any], simplified: dict[str, Any], traditional: dict[str, Any]) -> str:
    rows = ["| figure | first score | now | now, simplified | now, traditional | bar |", "|---|---|---|---|---|---|"]
    cell = lambda v: f"{v:.3f}" if isinstance(v, float) else "-" if v is None else str(v)  # noqa: E731
    for key, value in r.items():
        bar = BLIND2_BAR.get(key)
        rows.append(f"| {key} | {cell(BLIND2_FIRST.get(key, ''))} | {cell(value)} | {cell(simplified[key])} | "
                    f"{cell(traditional[key])} | {'' if bar is None else f'≥ {bar}'} |")
    return "\n".join(rows)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("-v", "--verbose", action="store_true")
    ap.add_argument("--check", action="store_true", help="fail below the issue's floors")
    ap.add_argument("--write", action="store_true", help="rewrite the facts section of RESULTS.md")
    args = ap.parse_args()
    sets = {"development": evaluate(args.verbose, DATA), "later set": evaluate(args.verbose, HELDOUT),
            "third set": evaluate(args.verbose, BLIND)}
    rows = [("sentences / gold facts / predicted", lambda r: f"{r['sentences']} / {r['gold']} / {r['predicted']}"),
            ("fact precision (value + unit + qualifier)", lambda r: f"{r['fact_precision']:.3f}"),
            ("fact recall", lambda r: f"{r['fact_recall']:.3f}"),
            ("measure precision", lambda r: f"{r['measure_precision']:.3f}"),
            ("measure recall", lambda r: f"{r['measure_recall']:.3f}")]
    table = "\n".join(["| figure | " + " | ".join(sets) + " |", "|---|" + "---|" * len(sets)]
                      + [f"| {label} | " + " | ".join(fn(r) for r in sets.values()) + " |" for label, fn in rows])
    print(table)
    blind2 = evaluate_blind2(args.verbose)
    table2 = blind2_table(blind2, evaluate_blind2(only="simplified"), evaluate_blind2(only="traditional"))
    print(table2)
    status = 0
    if args.check:
        for name, r in sets.items():
            for key, floor in FLOORS.items():
                if r[key] + 1e-9 < floor:
                    print(f"BELOW FLOOR ({name}): {key} = {r[key]:.3f} < {floor}")
                    status = 1
    if args.write:
        from eval_pages import write_section

        write_section("facts", "Numeric facts", f"`python benchmarks/eval_facts.py --write` on "
                      f"`benchmarks/annotated/` (our own sentences). The later set was first scored after the rules "
                      f"had "
                      f"been tuned on the development set: fact P 0.941 / R 0.914, measure P 0.667 / R 0.688. "
                      f"The third set was written blind in session 3 and committed before its first run: fact "
                      f"P 0.892 / R 0.943, measure P 0.829 / R 0.829. The rules were then improved with all three "
                      f"in view, so none is blind now.\n\n{table}\n\n"
                      f"Round 2 (`facts_blind2.jsonl`, {blind2['gold']} facts in 42 passages, 18 traditional): "
                      f"written blind by an annotator session and committed before its first run. First score "
                      f"(before any change for it): numbers found 0.853 (simplified 0.926, traditional 0.756), "
                      f"qualifier where stated 0.750, measure 0.506, period 0.802, real facts 0.900, slogans "
                      f"found 9 of 15 (0.600), quoted speech as slogan 0. Numbers are found when a predicted fact "
                      f"over the gold text has its value; qualifier, measure and period are over found facts "
                      f"(null gold counts: none expected).\n\n{table2}")
    return status


if __name__ == "__main__":
    raise SystemExit(main())
