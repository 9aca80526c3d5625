"""Add your own names: a lexicon file (name<TAB>TYPE) or records, built once and passed to every call.

    python examples/custom_lexicon.py
"""

from __future__ import annotations

import zhnews

text = "台积电宣布在高雄扩建先进封装厂，之江实验室与台积电签署合作协议。"
print("without:", [(e.text, e.type) for e in zhnews.extract_entities(text)])
lexicon = zhnews.load_lexicon([("先进封装厂", "PLATFORM")])
print("with:   ", [(e.text, e.type) for e in zhnews.extract_entities(text, lexicon=lexicon)])
