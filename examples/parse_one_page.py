"""Parse one page and print what zhnews found.

    python examples/parse_one_page.py [PATH]      (defaults to examples/pages/portal_page.html)
"""

from __future__ import annotations

import sys
from pathlib import Path

import zhnews

path = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).parent / "pages" / "portal_page.html"
article = zhnews.parse_page(path.read_bytes())

print("title:    ", article.title)
print("published:", article.published.isoformat() if article.published else None, f"({article.published_precision})")
print("source:   ", article.source)
print("authors:  ", ", ".join(article.authors) or "-")
print("editors:  ", ", ".join(article.editors) or "-")
print("reviewers:", ", ".join(article.reviewers) or "-")
print("section:  ", " > ".join(article.breadcrumb) or "-")
print("script:   ", article.script)
for p in article.paragraphs:
    print("##" if p.heading else "  ", p.text)
