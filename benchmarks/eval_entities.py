"""Entities: precision and recall per type on our own passages, and the seed page's bar.

    python benchmarks/eval_entities.py [-v] [--check] [--write]

- ``benchmarks/annotated/entities.jsonl``: short news passages written for this project (both scripts),
  each with its entities as (text, type); nested names are annotated by their outer span only. A
  predicted entity is right when its text and type equal a gold one (exact span).
- the seed page (``../shared/corpus/seed``, skipped when absent): every entity of its ``examples`` found
  with its type; none of 榮獲, 陽光雨露, 大滿貫, 新天堂, 高素質, 惠企, 暨, 之城, 智慧 returned; the page
  converted to simplified script gives the same canonical keys and types, offsets valid in each.
``--check`` fails below the issue's floors (precision 0.90, recall 0.80 overall), below BLIND_FLOORS on the
fourth, fifth and sixth sets, or on a seed failure.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import NamedTuple

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))
sys.path.insert(0, str(HERE))

from eval_pages import corpus_dir, write_section  # noqa: E402

DATA = HERE / "annotated" / "entities.jsonl"
#: written after the rules were tuned on DATA; its first score (before any change it prompted) is in RESULTS.md
LATER = HERE / "annotated" / "entities_later.jsonl"
#: written in session 3 and committed before its first run (git history shows it); first score
#: precision 0.833, recall 0.833 over 42 entities. The gold then gained 中国科学院 (ORG) in 中国科学院院士,
#: an annotation slip; the rules were then improved with the set in view, so it is no longer blind.
BLIND = HERE / "annotated" / "entities_blind.jsonl"
BLIND_FIRST = (0.833, 0.833)
#: written blind by a helper in session 4 (BLIND2.md), committed before its first run; scored by script,
#: with precision read two ways (an "unlisted" prediction overlaps no gold span at all)
BLIND2 = HERE / "annotated" / "entities_blind2.jsonl"
BLIND2_FIRST = ("recall 0.440 (simplified 0.432, traditional 0.450); precision 0.744 with unlisted spans "
                "counted wrong, 0.787 counted right (rules only, before the tagger)")
#: ratchets on the fourth to twenty-third sets (--check), at the figures reached in sessions 6 to 18; the issue's
#: bars for blind passages are recall 0.75 (traditional 0.70), precision 0.75 / 0.93 (unlisted spans wrong / right)
BLIND_FLOORS = {
    # raised in session 15 to the figures its rules reached (truncated to two places); blind2 to blind12 are
    # development sets (their errors read in sessions 4 to 15; blind13's tagger boundaries and policy names were
    # read in session 15), blind14 and blind15 were written in session 15 and scored, their errors not read
    "entities_blind2.jsonl": {"recall": 0.94, "recall_traditional": 0.89, "precision_unlisted_wrong": 0.95,
                              "precision_unlisted_right": 0.96},
    "entities_blind3.jsonl": {"recall": 0.95, "recall_traditional": 0.95, "precision_unlisted_wrong": 0.95,
                              "precision_unlisted_right": 0.97},
    "entities_blind4.jsonl": {"recall": 0.94, "recall_traditional": 0.93, "precision_unlisted_wrong": 0.92,
                              "precision_unlisted_right": 0.95},
    "entities_blind5.jsonl": {"recall": 0.89, "recall_traditional": 0.84, "precision_unlisted_wrong": 0.93,
                              "precision_unlisted_right": 0.95},
    "entities_blind6.jsonl": {"recall": 0.88, "recall_traditional": 0.88, "precision_unlisted_wrong": 0.90,
                              "precision_unlisted_right": 0.92},
    "entities_blind7.jsonl": {"recall": 0.90, "recall_traditional": 0.88, "precision_unlisted_wrong": 0.93,
                              "precision_unlisted_right": 0.96},
    "entities_blind8.jsonl": {"recall": 0.89, "recall_traditional": 0.88, "precision_unlisted_wrong": 0.89,
                              "precision_unlisted_right": 0.92},
    "entities_blind9.jsonl": {"recall": 0.88, "recall_traditional": 0.86, "precision_unlisted_wrong": 0.90,
                              "precision_unlisted_right": 0.93},
    "entities_blind10.jsonl": {"recall": 0.94, "recall_traditional": 0.92, "precision_unlisted_wrong": 0.93,
                               "precision_unlisted_right": 0.95},
    "entities_blind11.jsonl": {"recall": 0.93, "recall_traditional": 0.89, "precision_unlisted_wrong": 0.94,
                               "precision_unlisted_right": 0.96},
    "entities_blind12.jsonl": {"recall": 0.92, "recall_traditional": 0.93, "precision_unlisted_wrong": 0.94,
                               "precision_unlisted_right": 0.95},
    "entities_blind13.jsonl": {"recall": 0.90, "recall_traditional": 0.89, "precision_unlisted_wrong": 0.93,
                               "precision_unlisted_right": 0.94},
    "entities_blind14.jsonl": {"recall": 0.90, "recall_traditional": 0.90, "precision_unlisted_wrong": 0.92,
                               "precision_unlisted_right": 0.94},
    "entities_blind15.jsonl": {"recall": 0.87, "recall_traditional": 0.86, "precision_unlisted_wrong": 0.92,
                               "precision_unlisted_right": 0.93},
    # blind16 to blind18 (sessions 16, 17): their first scores, truncated, until session 18 read their errors;
    # blind6 to blind18 and blind20 raised in session 18 to the figures its rules reached (truncated)
    "entities_blind16.jsonl": {"recall": 0.85, "recall_traditional": 0.85, "precision_unlisted_wrong": 0.91,
                               "precision_unlisted_right": 0.92},
    "entities_blind17.jsonl": {"recall": 0.87, "recall_traditional": 0.88, "precision_unlisted_wrong": 0.91,
                               "precision_unlisted_right": 0.93},
    "entities_blind18.jsonl": {"recall": 0.91, "recall_traditional": 0.91, "precision_unlisted_wrong": 0.93,
                               "precision_unlisted_right": 0.94},
    # blind19 (session 18): its first score, truncated
    "entities_blind19.jsonl": {"recall": 0.89, "recall_traditional": 0.90, "precision_unlisted_wrong": 0.91,
                               "precision_unlisted_right": 0.92},
    # blind20 (session 18): its errors read in the session
    "entities_blind20.jsonl": {"recall": 0.85, "recall_traditional": 0.84, "precision_unlisted_wrong": 0.90,
                               "precision_unlisted_right": 0.91},
    # blind21 (session 18): its first score, truncated
    "entities_blind21.jsonl": {"recall": 0.89, "recall_traditional": 0.89, "precision_unlisted_wrong": 0.91,
                               "precision_unlisted_right": 0.92},
    # blind22 (session 19): its first score, truncated
    "entities_blind22.jsonl": {"recall": 0.89, "recall_traditional": 0.87, "precision_unlisted_wrong": 0.91,
                               "precision_unlisted_right": 0.93},
    # blind23 (session 20): its errors read in the session; raised to the figures its rules reached (truncated)
    "entities_blind23.jsonl": {"recall": 0.93, "recall_traditional": 0.94, "precision_unlisted_wrong": 0.94,
                               "precision_unlisted_right": 0.95},
    # blind24 (session 20): its first score, truncated
    "entities_blind24.jsonl": {"recall": 0.88, "recall_traditional": 0.89, "precision_unlisted_wrong": 0.92,
                               "precision_unlisted_right": 0.94},
    # blind25 and blind26 (session 21, real names): their first scores, truncated
    "entities_blind25.jsonl": {"recall": 0.84, "recall_traditional": 0.83, "precision_unlisted_wrong": 0.89,
                               "precision_unlisted_right": 0.92},
    "entities_blind26.jsonl": {"recall": 0.82, "recall_traditional": 0.84, "precision_unlisted_wrong": 0.88,
                               "precision_unlisted_right": 0.90},
    # blind27 and blind28 (session 22, real names): their first scores, truncated
    "entities_blind27.jsonl": {"recall": 0.85, "recall_traditional": 0.85, "precision_unlisted_wrong": 0.88,
                               "precision_unlisted_right": 0.90},
    "entities_blind28.jsonl": {"recall": 0.80, "recall_traditional": 0.78, "precision_unlisted_wrong": 0.87,
                               "precision_unlisted_right": 0.89},
    # blind29 and blind30 (session 23, real names): their first scores, truncated
    "entities_blind29.jsonl": {"recall": 0.82, "recall_traditional": 0.83, "precision_unlisted_wrong": 0.92,
                               "precision_unlisted_right": 0.92},
    "entities_blind30.jsonl": {"recall": 0.82, "recall_traditional": 0.79, "precision_unlisted_wrong": 0.92,
                               "precision_unlisted_right": 0.93},
    # blind31 (session 24, real names): its first score, truncated
    "entities_blind31.jsonl": {"recall": 0.85, "recall_traditional": 0.86, "precision_unlisted_wrong": 0.90,
                               "precision_unlisted_right": 0.92},
    # blind32 (read) and blind33 (not read) (session 24, real names): their first scores, truncated
    "entities_blind32.jsonl": {"recall": 0.83, "recall_traditional": 0.77, "precision_unlisted_wrong": 0.89,
                               "precision_unlisted_right": 0.91},
    "entities_blind33.jsonl": {"recall": 0.84, "recall_traditional": 0.84, "precision_unlisted_wrong": 0.88,
                               "precision_unlisted_right": 0.92},
    # blind34 (session 25, not read; real names): its first score, truncated
    "entities_blind34.jsonl": {"recall": 0.88, "recall_traditional": 0.87, "precision_unlisted_wrong": 0.91,
                               "precision_unlisted_right": 0.95},
}


class _BlindSet(NamedTuple):
    """A blind set after the fourth: its file, its name in the report, the session that wrote it, and its first
    score (recall, simplified, traditional, precision with unlisted spans wrong and right) with the commit
    that took it."""

    path: Path
    ordinal: str
    session: int
    first: tuple[float, float, float, float, float]
    first_at: str

    def first_line(self) -> str:
        keys = ("recall", "recall_simplified", "recall_traditional", "precision_unlisted_wrong",
                "precision_unlisted_right")
        return f"{blind_line(dict(zip(keys, self.first, strict=True)))} ({self.first_at})"


#: the blind sets after the fourth, each written blind by an annotation-only helper (its BLIND*.md note) and
#: committed before its first score
LATER_BLIND_SETS = (
    # blind3 (session 6, committed e4c1cd9; the session-start code, 0d2d1aa, scored recall 0.786, traditional
    # 0.760, precision 0.839 / 0.861). Its misses were then read for error kinds in session 6, as blind2's were
    # before: it is a development set now, and its later figures overstate what unseen text gets
    _BlindSet(HERE / "annotated" / "entities_blind3.jsonl", "Fifth", 6, (0.797, 0.812, 0.783, 0.844, 0.868),
              "e4c1cd9"),
    # blind4 (session 7); the session-start code (38cd5f2) scored recall 0.822 (traditional 0.793), precision
    # 0.864 / 0.897
    _BlindSet(HERE / "annotated" / "entities_blind4.jsonl", "Sixth", 7, (0.827, 0.853, 0.803, 0.868, 0.900),
              "5dc6e90"),
    # blind5 (session 8); the session-start code (8feea4b) scored recall 0.774 (traditional 0.724), precision
    # 0.831 / 0.855: the session's rules, made for the earlier sets' kinds, did not carry to it. Read for error
    # kinds after
    _BlindSet(HERE / "annotated" / "entities_blind5.jsonl", "Seventh", 8, (0.772, 0.825, 0.724, 0.828, 0.852),
              "7265887"),
    # blind6 (session 9), its first score also the session-start code's (the session's only earlier change
    # moved code, no output). A second tagger was scored on it then, rules unchanged (docs/entities.md); read
    # for error kinds after
    _BlindSet(HERE / "annotated" / "entities_blind6.jsonl", "Eighth", 9, (0.746, 0.764, 0.729, 0.801, 0.827),
              "8028c94"),
    # blind7 (session 9, committed 89b08cb), its first score taken with the session's last rules and the tagger
    # then shipped; the session-start code (8028c94) gave recall 0.763 (traditional 0.713), precision 0.830 /
    # 0.869. It chose the tagger shipped since (level 1 with CLUENER twice: recall 0.794, precision 0.844 /
    # 0.883, by a rule set before it was run). Its errors were not read in session 9; from session 10 they are
    _BlindSet(HERE / "annotated" / "entities_blind7.jsonl", "Ninth", 9, (0.774, 0.824, 0.728, 0.834, 0.873),
              "3932995"),
    # blind8 (session 10, committed a1bde4d), its first score taken with the session-start code; kept for
    # measuring the session and choosing a model, its errors not read (in session 11 one of the sets two
    # trainings were chosen between)
    _BlindSet(HERE / "annotated" / "entities_blind8.jsonl", "Tenth", 10, (0.771, 0.832, 0.714, 0.831, 0.861),
              "d59c21d"),
    # blind9 (session 11, committed a72d50e), its first score taken with the session-start code; kept for
    # measuring the session and choosing the tagger trained with our conventions' passages (its errors read in
    # session 12: a development set since)
    _BlindSet(HERE / "annotated" / "entities_blind9.jsonl", "Eleventh", 11, (0.777, 0.804, 0.751, 0.833, 0.864),
              "55fbc05"),
    # blind10 (session 12, committed 7f35eb0), its first score taken with the session-start code; kept for
    # measuring the session and choosing the tagger (blind9's errors were read in session 12: a development set)
    _BlindSet(HERE / "annotated" / "entities_blind10.jsonl", "Twelfth", 12, (0.840, 0.880, 0.796, 0.866, 0.899),
              "cdafedb"),
    # blind11 (session 13, committed 159ff5e), its first score taken with the session-start code; it chose the
    # tagger shipped since (by a rule written before it was scored; docs/entities.md), its errors not read in
    # session 13, read in session 14 (a development set since)
    _BlindSet(HERE / "annotated" / "entities_blind11.jsonl", "Thirteenth", 13, (0.812, 0.886, 0.735, 0.866, 0.894),
              "791d9bb"),
    # blind12 (session 14, committed 7119275), its first score taken with the session-start code (f28642d; the
    # session's first commit, f523ca6, gives the same figures); kept for measuring the session, its errors not
    # read in session 14 (blind11's are: a development set since)
    _BlindSet(HERE / "annotated" / "entities_blind12.jsonl", "Fourteenth", 14, (0.863, 0.873, 0.853, 0.898, 0.915),
              "f28642d"),
    # blind13 (session 14, committed 96bb9dd at the session's end), its first score taken with the session-start
    # code (f28642d); the session's last rules (3aa74c9) gave recall 0.892 (simplified 0.906, traditional 0.877),
    # precision 0.921 / 0.934, scored once, its errors not read
    _BlindSet(HERE / "annotated" / "entities_blind13.jsonl", "Fifteenth", 14, (0.888, 0.898, 0.877, 0.920, 0.934),
              "f28642d"),
    # blind14 (session 15, committed 3278198), its first score taken with the session-start code (bc87275); kept
    # for measuring the session, its errors not read in session 15, its aggregate figures read after batches of
    # rules (one rule, on funds, was taken out when they fell: commit 8776b0d)
    _BlindSet(HERE / "annotated" / "entities_blind14.jsonl", "Sixteenth", 15, (0.889, 0.889, 0.889, 0.911, 0.929),
              "bc87275"),
    # blind15 (session 15, committed 54ddf45 in the session's second half), its first score taken with the
    # session-start code (bc87275); kept for measuring the session, its errors not read in session 15
    _BlindSet(HERE / "annotated" / "entities_blind15.jsonl", "Seventeenth", 15, (0.842, 0.853, 0.830, 0.900, 0.916),
              "bc87275"),
    # blind16 (session 16, committed 14f5722 early in the session, before zhnews ran on it), its first score
    # taken with the session-start code (fe7cae9); kept for measuring the session, its errors not read
    _BlindSet(HERE / "annotated" / "entities_blind16.jsonl", "Eighteenth", 16, (0.831, 0.817, 0.846, 0.893, 0.900),
              "fe7cae9"),
    # blind17 (session 17, committed d588bcd early in the session, before zhnews ran on it), its first score
    # taken with the session-start code (673df84); kept for measuring the session, its errors not read
    _BlindSet(HERE / "annotated" / "entities_blind17.jsonl", "Nineteenth", 17, (0.859, 0.851, 0.867, 0.891, 0.913),
              "673df84"),
    # blind18 (session 17, committed 81523e1 in the session's second hour, before zhnews ran on it), its first
    # score taken with the session-start code (673df84); kept for measuring the session, its errors not read
    _BlindSet(HERE / "annotated" / "entities_blind18.jsonl", "Twentieth", 17, (0.893, 0.894, 0.892, 0.907, 0.914),
              "673df84"),
    # blind19 (session 18, committed 5ba5a93 in the session's first hour, before zhnews ran on it), its first
    # score taken with the session-start code (2f73fdc); kept for measuring the session, its errors not read
    _BlindSet(HERE / "annotated" / "entities_blind19.jsonl", "Twenty-first", 18, (0.891, 0.875, 0.907, 0.911, 0.922),
              "2f73fdc"),
    # blind20 (session 18, committed d698a5a in the session's second hour, before zhnews ran on it), its first
    # score taken with the session-start code (2f73fdc); its errors were read later in the session
    _BlindSet(HERE / "annotated" / "entities_blind20.jsonl", "Twenty-second", 18,
              (0.840, 0.852, 0.826, 0.875, 0.889), "2f73fdc"),
    # blind21 (session 18, committed e0e27ee late in the session, before zhnews ran on it), its first score taken
    # with the session-start code (2f73fdc); kept for measuring the session, its errors not read
    _BlindSet(HERE / "annotated" / "entities_blind21.jsonl", "Twenty-third", 18,
              (0.892, 0.888, 0.897, 0.911, 0.921), "2f73fdc"),
    # blind22 (session 19, committed 0839fe0 before zhnews ran on it), its first score taken with the session-start
    # code (9217e89, a worktree); kept for measuring the session, its errors not read
    _BlindSet(HERE / "annotated" / "entities_blind22.jsonl", "Twenty-fourth", 19,
              (0.897, 0.919, 0.875, 0.915, 0.936), "9217e89"),
    # blind23 (session 20, committed 3d1a446 before zhnews ran on it), its first score taken with the session-start
    # code (13fd799, a worktree; HEAD gave the same); its errors read later in the session
    _BlindSet(HERE / "annotated" / "entities_blind23.jsonl", "Twenty-fifth", 20,
              (0.847, 0.825, 0.867, 0.897, 0.911), "13fd799"),
    # blind24 (session 20, committed d0b3a98 before zhnews ran on it; 30 of 50 passages traditional, written as an
    # outlet's article body reads), its first score taken with the session-start code (13fd799, a worktree; HEAD
    # gave the same); kept for measuring the session, its errors not read
    _BlindSet(HERE / "annotated" / "entities_blind24.jsonl", "Twenty-sixth", 20,
              (0.887, 0.879, 0.893, 0.921, 0.941), "13fd799"),
    # blind25 and blind26 (session 21, committed a5f72a3 before zhnews ran on them): unlike the sets before, every
    # name in them is real (bodies, firms, places, office-holders; the news invented). Their first scores were taken
    # with the session-start code (0012bc1, a worktree); HEAD then, with the session's first lexicons (people abroad,
    # foreign firms), gave blind25 recall 0.848 (traditional 0.839), precision 0.897 / 0.921, and blind26 recall
    # 0.829 (traditional 0.843), precision 0.888 / 0.909. blind26's errors were read later in the session; blind25
    # is kept for measuring it
    _BlindSet(HERE / "annotated" / "entities_blind25.jsonl", "Twenty-seventh", 21,
              (0.846, 0.852, 0.832, 0.897, 0.921), "0012bc1"),
    _BlindSet(HERE / "annotated" / "entities_blind26.jsonl", "Twenty-eighth", 21,
              (0.827, 0.801, 0.840, 0.888, 0.908), "0012bc1"),
    # blind27 (session 22, committed f2aa48c before zhnews ran on it; real names, 24 simplified and 16 traditional
    # passages on topics no earlier set led): its first score taken with the session-start code (354a489, a
    # worktree); HEAD then (one rule on data centres and building works) gave P wrong 0.886, the rest the same.
    # Kept for measuring the session, its errors not read
    _BlindSet(HERE / "annotated" / "entities_blind27.jsonl", "Twenty-ninth", 22,
              (0.855, 0.852, 0.860, 0.884, 0.904), "354a489"),
    # blind28 (session 22, committed b23d22f before zhnews ran on it; real names, 20 simplified and 20 traditional
    # passages): its first score taken with the session-start code (354a489, a worktree); HEAD then (three rules)
    # gave the same. Its errors were read later in the session
    _BlindSet(HERE / "annotated" / "entities_blind28.jsonl", "Thirtieth", 22,
              (0.804, 0.818, 0.788, 0.878, 0.895), "354a489"),
    # blind29 (session 23, committed 0264103 before zhnews ran on it; real names, 20 simplified and 20 traditional
    # passages): its first score taken with the session-start code (8b40668, a worktree); HEAD then (1,710 more firm
    # names, three rules) gave recall 0.847 (traditional 0.837), precision 0.930 / 0.934. Kept for measuring, its
    # errors not read
    _BlindSet(HERE / "annotated" / "entities_blind29.jsonl", "Thirty-first", 23,
              (0.828, 0.821, 0.837, 0.925, 0.929), "8b40668"),
    # blind30 (session 23, committed d457f78 before zhnews ran on it; real names, 20 and 20 passages): its first score
    # taken with the session-start code (8b40668, a worktree); HEAD then (dfcd0c8: this session's lexicon and eight
    # rules) gave recall 0.852 (traditional 0.816), precision 0.928 / 0.937. Kept for measuring, its errors not read
    _BlindSet(HERE / "annotated" / "entities_blind30.jsonl", "Thirty-second", 23,
              (0.828, 0.855, 0.799, 0.922, 0.931), "8b40668"),
    # blind31 (session 24, committed 466666f before zhnews ran on it; real names, 20 and 20 passages): its first score
    # taken with the session-start code (f307309, a worktree). Kept for measuring, its errors not read
    _BlindSet(HERE / "annotated" / "entities_blind31.jsonl", "Thirty-third", 24,
              (0.860, 0.853, 0.866, 0.904, 0.923), "f307309"),
    # blind32 and blind33 (session 24, committed 9ba0a4f and ab69483 before zhnews ran on them; real names, 20 and
    # 20 passages each): first scores taken with the session-start code (f307309); HEAD then (d7782d8) gave the
    # same figures. blind32 is read (its errors studied from here on); blind33 is kept for measuring, not read
    _BlindSet(HERE / "annotated" / "entities_blind32.jsonl", "Thirty-fourth", 24,
              (0.837, 0.898, 0.771, 0.890, 0.915), "f307309"),
    _BlindSet(HERE / "annotated" / "entities_blind33.jsonl", "Thirty-fifth", 24,
              (0.847, 0.854, 0.841, 0.880, 0.921), "f307309"),
    # blind34 (session 25, committed before zhnews ran on it; real names, 20 and 20 passages): its first score taken
    # with the session-start code (dfc1fae, a worktree); HEAD then gave the same figures. Kept for measuring, not read
    _BlindSet(HERE / "annotated" / "entities_blind34.jsonl", "Thirty-sixth", 25,
              (0.885, 0.890, 0.879, 0.918, 0.956), "dfc1fae"),
)
NOT_ENTITIES = ["榮獲", "陽光雨露", "大滿貫", "新天堂", "高素質", "惠企", "暨", "之城", "智慧"]


def passages(verbose: bool, data: Path = DATA) -> tuple[Counter[str], Counter[str], Counter[str]]:
    from zhnews.extract.entities import extract_entities

    tp: Counter[str] = Counter()
    pred_n: Counter[str] = Counter()
    gold_n: Counter[str] = Counter()
    for line in data.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        gold = Counter((t, typ) for t, typ in row["entities"])
        pred = Counter((e.text, e.type) for e in extract_entities(row["text"]))
        for (_, typ), n in gold.items():
            gold_n[typ] += n
        for (_, typ), n in pred.items():
            pred_n[typ] += n
        hit = gold & pred
        for (_, typ), n in hit.items():
            tp[typ] += n
        if verbose and (gold - pred or pred - gold):
            print(row["text"])
            for key in gold - pred:
                print("   missed", key)
            for key in pred - gold:
                print("   extra ", key)
    return tp, pred_n, gold_n


def blind_scores(data: Path = BLIND2) -> dict[str, float]:
    """Recall overall / simplified / traditional, precision with unlisted spans wrong and right (exact text
    and type, counted per occurrence)."""
    from zhnews.extract.entities import extract_entities

    hit: Counter[str] = Counter()
    gold_n: Counter[str] = Counter()
    pred_n = unlisted = pred_hit = 0
    for line in data.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        gold = Counter((t, typ) for t, typ in row["entities"])
        ents = extract_entities(row["text"])
        pred = Counter((e.text, e.type) for e in ents)
        found = sum((gold & pred).values())
        for key in (row["script"], "all"):
            hit[key] += found
            gold_n[key] += sum(gold.values())
        pred_n += len(ents)
        pred_hit += found
        unlisted += sum(1 for e in ents if (e.text, e.type) not in gold and not _overlaps_gold(row, e.text))
    return {"recall": hit["all"] / max(1, gold_n["all"]),
            "recall_simplified": hit["simplified"] / max(1, gold_n["simplified"]),
            "recall_traditional": hit["traditional"] / max(1, gold_n["traditional"]),
            "precision_unlisted_wrong": pred_hit / max(1, pred_n),
            "precision_unlisted_right": (pred_hit + unlisted) / max(1, pred_n)}


def _overlaps_gold(row: dict[str, object], text: str) -> bool:
    """Whether a predicted string shares characters with a gold string where both occur (a wrong boundary
    or type, not an unlisted name)."""
    passage = str(row["text"])
    spans = [(m, m + len(g)) for g, _t in row["entities"] for m in _find_all(passage, g)]  # type: ignore[attr-defined]
    return any(a < gb and ga < a + len(text) for a in _find_all(passage, text) for ga, gb in spans)


def _find_all(text: str, sub: str) -> list[int]:
    out, at = [], text.find(sub)
    while at >= 0:
        out.append(at)
        at = text.find(sub, at + 1)
    return out


def blind_line(s: dict[str, float]) -> str:
    return (f"recall {s['recall']:.3f} (simplified {s['recall_simplified']:.3f}, traditional "
            f"{s['recall_traditional']:.3f}); precision {s['precision_unlisted_wrong']:.3f} with unlisted spans "
            f"counted wrong, {s['precision_unlisted_right']:.3f} counted right")


def seed_checks() -> list[str]:
    corpus = corpus_dir()
    if corpus is None:
        return []
    import opencc

    import zhnews
    from zhnews.extract.entities import extract_entities

    failures = []
    for path in sorted((corpus / "seed").glob("*.txt")):
        truth = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
        article = zhnews.parse_page(path.read_bytes())
        ents = extract_entities(article)
        found = {(e.text, e.type) for e in ents}
        for typ, names in truth.get("examples", {}).get("entities", {}).items():
            for name in names:
                if (name, typ) not in found:
                    failures.append(f"seed entity not found: {name} {typ}")
        for word in NOT_ENTITIES:
            bad = [e for e in ents if e.text == word or e.canonical == zhnews.normalise(word).text]
            if bad:
                failures.append(f"not an entity but returned: {word}")
        for e in ents:
            src = {"title": article.title, "body": article.body, "credits": article.credits_text}[e.field]
            if src[e.start:e.end] != e.text:
                failures.append(f"offsets wrong: {e}")
        simple = opencc.OpenCC("t2s").convert(article.body)
        body_keys = Counter((e.canonical, e.type) for e in ents if e.field == "body")
        simple_ents = extract_entities(simple)
        simple_keys = Counter((e.canonical, e.type) for e in simple_ents)
        if body_keys != simple_keys:
            failures.append(f"simplified page differs: only traditional {dict(body_keys - simple_keys)}, "
                            f"only simplified {dict(simple_keys - body_keys)}")
        for e in simple_ents:
            if simple[e.start:e.end] != e.text:
                failures.append(f"offsets wrong in simplified: {e}")
    return failures


def _below_floors(development: tuple[float, float], later: tuple[float, float], blind: tuple[float, float],
                  blinds: dict[str, dict[str, float]], failures: list[str]) -> int:
    """1 (printing why) when a figure is under its floor: the issue's floors on the first three sets
    (precision 0.90, recall 0.80), BLIND_FLOORS on the blind sets, and every seed check."""
    status = 0
    prec, rec = development
    if prec < 0.90 or rec < 0.80 or min(later[0], blind[0]) < 0.90 or min(later[1], blind[1]) < 0.80 or failures:
        print(f"BELOW FLOOR: precision {prec:.3f} (floor 0.90), recall {rec:.3f} (floor 0.80), "
              f"{len(failures)} seed failures")
        status = 1
    for name, scores in blinds.items():
        floors = BLIND_FLOORS[name]
        below = {k: v for k, v in scores.items() if k in floors and v < floors[k]}
        if below:
            print(f"BELOW FLOOR on {name}: {below} (floors {floors})")
            status = 1
    return status


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("-v", "--verbose", action="store_true")
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--write", action="store_true")
    args = ap.parse_args()
    tp, pred_n, gold_n = passages(args.verbose)
    ltp, lpred, lgold = passages(False, LATER)
    later = (sum(ltp.values()) / max(1, sum(lpred.values())), sum(ltp.values()) / max(1, sum(lgold.values())))
    btp, bpred, bgold = passages(False, BLIND)
    blind = (sum(btp.values()) / max(1, sum(bpred.values())), sum(btp.values()) / max(1, sum(bgold.values())))
    lines = ["| type | gold | predicted | precision | recall | F1 |", "|---|---|---|---|---|---|"]

    def row(label: str, t: int, p: int, g: int) -> tuple[str, float, float]:
        prec = t / p if p else 1.0
        rec = t / g if g else 1.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        lines.append(f"| {label} | {g} | {p} | {prec:.3f} | {rec:.3f} | {f1:.3f} |")
        return label, prec, rec

    for typ in sorted(set(gold_n) | set(pred_n)):
        row(typ, tp[typ], pred_n[typ], gold_n[typ])
    _, prec, rec = row("all", sum(tp.values()), sum(pred_n.values()), sum(gold_n.values()))
    table = "\n".join(lines)
    n = len(DATA.read_text(encoding="utf-8").splitlines())
    n_later = len(LATER.read_text(encoding="utf-8").splitlines())
    later_line = (f"Later set ({n_later} passages, {sum(lgold.values())} entities): precision {later[0]:.3f}, "
                  f"recall {later[1]:.3f}; its first score, before the rules saw it: precision 0.848, recall 0.875. "
                  f"The development set's first score was precision 0.755, recall 0.661.\n\n"
                  f"Third set ({len(BLIND.read_text(encoding='utf-8').splitlines())} passages, "
                  f"{sum(bgold.values())} entities, written blind in session 3): precision {blind[0]:.3f}, "
                  f"recall {blind[1]:.3f}; its first score: precision {BLIND_FIRST[0]:.3f}, "
                  f"recall {BLIND_FIRST[1]:.3f}.")
    b2 = blind_scores()
    blind2 = (f"Fourth set ({len(BLIND2.read_text(encoding='utf-8').splitlines())} passages, written blind by a "
              f"helper in session 4, both scripts, `entities_blind2.jsonl`): {blind_line(b2)}. "
              f"Its first score, before any change made for it: {BLIND2_FIRST}.")
    later_line += "\n\n" + blind2
    blinds = {BLIND2.name: b2}
    for blind_set in LATER_BLIND_SETS:
        path = blind_set.path
        if not path.exists():
            continue
        scores = blinds[path.name] = blind_scores(path)
        later_line += (f"\n\n{blind_set.ordinal} set ({len(path.read_text(encoding='utf-8').splitlines())} passages, "
                       f"written blind by a helper in session {blind_set.session}, both scripts, `{path.name}`): "
                       f"{blind_line(scores)}. Its first score: {blind_set.first_line()}.")
    print(f"{n} passages")
    print(table)
    print(later_line)
    failures = seed_checks()
    for f in failures:
        print("SEED FAIL", f)
    print("seed checks:", "all passed" if not failures else f"{len(failures)} failed")
    status = _below_floors((prec, rec), later, blind, blinds, failures) if args.check else 0
    if args.write:
        write_section("entities", "Entities", f"`python benchmarks/eval_entities.py --write` on {n} passages of "
                      f"`benchmarks/annotated/entities.jsonl` (our own, both scripts); exact span and type.\n\n"
                      f"{table}\n\n{later_line}\n\n"
                      f"Seed page checks: {'all passed' if not failures else f'{len(failures)} failed'}.")
    return status


if __name__ == "__main__":
    raise SystemExit(main())
