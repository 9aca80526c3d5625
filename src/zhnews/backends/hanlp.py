"""An optional HanLP named-entity recogniser, loaded from a local model directory.

Install the extra (``pip install torch==2.13.0`` first, so pip takes the CPU build, then
``pip install 'zhnews[hanlp]'``) and point the recogniser at a HanLP NER model you have on disk, by
argument or with the environment variable ``ZHNEWS_HANLP_MODEL``. zhnews never downloads a model: a path
that is not a model directory is an error, never a download.

Its spans are mapped onto zhnews types (MSRA NR/NS/NT, PKU nr/ns/nt, OntoNotes PERSON/GPE/LOC/ORG/FAC/
EVENT/LAW) and merged with the rule results by :func:`zhnews.extract_entities`; the rules win wherever
they found something, the model fills in people, places and organisations the rules missed.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from ..errors import ResourceError

__all__ = ["TAG_MAP", "HanLPRecognizer"]

#: HanLP tag sets onto zhnews types; tags not listed are dropped.
TAG_MAP: dict[str, str] = {
    "NR": "PERSON", "NS": "PLACE", "NT": "ORG",                      # MSRA
    "nr": "PERSON", "ns": "PLACE", "nt": "ORG",                      # PKU
    "PERSON": "PERSON", "GPE": "PLACE", "LOC": "PLACE", "LOCATION": "PLACE", "ORG": "ORG",
    "ORGANIZATION": "ORG", "FAC": "PLATFORM", "EVENT": "EVENT", "LAW": "POLICY",  # OntoNotes
}

ENV = "ZHNEWS_HANLP_MODEL"


class HanLPRecognizer:
    """Callable ``(text) -> [(start, end, type)]`` on character offsets of ``text``.

    The model loads on first use and is kept for the life of the object; the object pickles without
    it (a worker process loads its own copy from the same path).
    """

    def __init__(self, model_path: str | os.PathLike[str] | None = None, *, batch_size: int = 32) -> None:
        path = model_path or os.environ.get(ENV)
        if not path:
            raise ResourceError(
                f"no HanLP model given: pass model_path= or set {ENV} to a local HanLP NER model directory "
                "(zhnews never downloads models)"
            )
        self.path = Path(path)
        if not (self.path / "config.json").is_file():
            raise ResourceError(
                f"{self.path} is not a HanLP model directory (no config.json): give the directory a HanLP "
                "NER model was saved to; zhnews does not download models"
            )
        self.batch_size = batch_size
        self._model: Any = None

    def _load(self) -> Any:
        if self._model is None:
            try:
                import hanlp
            except ImportError as exc:
                raise ResourceError(
                    "HanLP is not installed: pip install torch==2.13.0, then pip install 'zhnews[hanlp]'"
                ) from exc
            self._model = hanlp.load(str(self.path), verbose=False)
        return self._model

    def __call__(self, text: str) -> list[tuple[int, int, str]]:
        if not text.strip():
            return []
        model = self._load()
        out: list[tuple[int, int, str]] = []
        # sentence-sized pieces keep the model's inputs short; offsets are shifted back
        pieces, pos = [], 0
        for part in _split(text):
            pieces.append((pos, part))
            pos += len(part)
        inputs = [list(part) for _, part in pieces if part.strip()]
        offsets = [start for start, part in pieces if part.strip()]
        if not inputs:
            return []
        results = model(inputs, batch_size=self.batch_size)
        for start, spans in zip(offsets, results, strict=True):
            for span in spans:
                _, tag, a, b = span[:4]
                typ = TAG_MAP.get(str(tag))
                if typ is not None and 0 <= a < b:
                    out.append((start + int(a), start + int(b), typ))
        return out

    def __getstate__(self) -> dict[str, Any]:
        return {"path": str(self.path), "batch_size": self.batch_size}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.path = Path(state["path"])
        self.batch_size = state["batch_size"]
        self._model = None


def _split(text: str, limit: int = 120) -> list[str]:
    """Pieces of at most ``limit`` characters, cut after sentence ends where possible."""
    out, cur = [], ""
    for ch in text:
        cur += ch
        if ch in "。！？!?\n" or len(cur) >= limit:
            out.append(cur)
            cur = ""
    if cur:
        out.append(cur)
    return out
