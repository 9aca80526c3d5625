"""Outputs of two revisions side by side: which inputs give different results, stage by stage.

    python benchmarks/differential.py [--base REV] [--head REV] [--excerpts 3000] [--show 10]

Each revision (a git revision; ``--head`` defaults to the working tree) is checked out into a temporary
folder and run in a child process of its own on the same inputs: every page of the shared corpus
(``parse_page`` fields, then the entities, slogans and facts of the article), every passage of
``benchmarks/annotated/*.jsonl``, and ``--excerpts`` random excerpts of the corpus bodies (20 to 400
characters, fixed seed). The script prints, per stage, how many inputs differ, and the first ``--show``
differences. A refactoring should show none; a listed fix should show only the inputs it names.
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent

CHILD = r"""
import json, sys
sys.path.insert(0, sys.argv[1])
import zhnews
corpus, annotated, excerpts_file = sys.argv[2], sys.argv[3], sys.argv[4]
from pathlib import Path

def ents(x):
    return sorted((e.field, e.start, e.end, e.type, e.rule, e.text) for e in zhnews.extract_entities(x))

def slogans(x):
    return sorted((s.start, s.end, s.kind) for s in zhnews.extract_slogans(x))

def facts(x):
    found = zhnews.extract_numeric_facts(x)
    return sorted((f.start, f.end, f.value, f.unit, f.qualifier, f.measure, f.period) for f in found)

def safe(fn, x):
    try:
        return fn(x)
    except Exception as exc:  # a difference in errors is a difference too
        return f"{type(exc).__name__}"

out = {}
for path in sorted(Path(corpus).glob("*/*.htm*")) + sorted(Path(corpus).glob("seed/*.txt")):
    key = path.parent.name + "/" + path.name
    try:
        a = zhnews.parse_page(path.read_bytes())
    except Exception as exc:
        out["page " + key] = {"page": type(exc).__name__}
        continue
    out["page " + key] = {"page": [a.title, a.published.isoformat() if a.published else None, a.source,
                                    [(c.name, c.kind) for c in a.credits], a.body],
                          "entities": safe(ents, a), "slogans": safe(slogans, a), "facts": safe(facts, a)}
for path in sorted(Path(annotated).glob("*.jsonl")):
    for i, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
        text = json.loads(line)["text"]
        out[f"passage {path.name}:{i}"] = {"entities": safe(ents, text), "slogans": safe(slogans, text),
                                           "facts": safe(facts, text)}
for i, text in enumerate(json.loads(Path(excerpts_file).read_text(encoding="utf-8"))):
    out[f"excerpt {i}"] = {"entities": safe(ents, text), "slogans": safe(slogans, text), "facts": safe(facts, text)}
print(json.dumps(out, ensure_ascii=False, default=str))
"""


def excerpts(corpus: Path, n: int) -> list[str]:
    """``n`` random excerpts (20 to 400 characters, fixed seed) of the corpus pages' bodies as the working
    tree parses them: the same texts go to both revisions."""
    sys.path.insert(0, str(ROOT / "src"))
    import zhnews

    bodies = []
    for path in sorted(corpus.glob("*/*.htm*")):
        try:
            bodies.append(zhnews.parse_page(path.read_bytes()).body)
        except zhnews.ZhnewsError:
            continue
    rng = random.Random(20261130)
    out = []
    for _ in range(n if bodies else 0):
        body = rng.choice(bodies)
        start = rng.randrange(max(1, len(body)))
        out.append(body[start:start + rng.randint(20, 400)])
    return out


def outputs(rev: str | None, corpus: Path, texts: Path) -> dict[str, dict[str, object]]:
    """Outputs of revision ``rev`` (None: the working tree) on every input."""
    with tempfile.TemporaryDirectory() as tmp:
        src = ROOT / "src"
        if rev is not None:
            subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", "-q", tmp + "/tree", rev],
                           check=True)
            src = Path(tmp) / "tree" / "src"
        try:
            done = subprocess.run([sys.executable, "-c", CHILD, str(src), str(corpus), str(HERE / "annotated"),
                                   str(texts)], capture_output=True, text=True, check=True)
        finally:
            if rev is not None:
                subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", tmp + "/tree"],
                               check=False)
    return json.loads(done.stdout)  # type: ignore[no-any-return]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--base", default="HEAD", help="the revision to compare against (default HEAD)")
    ap.add_argument("--head", default=None, help="the revision to compare (default: the working tree)")
    ap.add_argument("--excerpts", type=int, default=3000)
    ap.add_argument("--show", type=int, default=10)
    args = ap.parse_args()
    corpus = ROOT.parent / "shared" / "corpus"
    if not (corpus / "pages").is_dir():
        print("../shared/corpus not found: skipped")
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        texts = Path(tmp) / "excerpts.json"
        texts.write_text(json.dumps(excerpts(corpus, args.excerpts), ensure_ascii=False), encoding="utf-8")
        base = outputs(args.base, corpus, texts)
        head = outputs(args.head, corpus, texts)
    differing: dict[str, list[str]] = {}
    for key in sorted(set(base) | set(head)):
        for stage in sorted(set(base.get(key, {})) | set(head.get(key, {}))):
            if base.get(key, {}).get(stage) != head.get(key, {}).get(stage):
                differing.setdefault(stage, []).append(key)
    print(f"{len(head)} inputs; base {args.base}, head {args.head or 'working tree'}")
    for stage in ("page", "entities", "slogans", "facts"):
        keys = differing.get(stage, [])
        print(f"{stage}: {len(keys)} inputs differ")
        for key in keys[: args.show]:
            was, now = base.get(key, {}).get(stage), head.get(key, {}).get(stage)
            if isinstance(was, list) and isinstance(now, list) and stage != "page":  # the items that changed
                was, now = [x for x in was if x not in now], [x for x in now if x not in was]
            print(f"  {key}\n    base {str(was)[:300]}\n    head {str(now)[:300]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
