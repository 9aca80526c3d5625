"""Raw page → Article: decoding, HTML and text-dump reading, body finding, metadata."""

from .parse import parse_page

__all__ = ["parse_page"]
