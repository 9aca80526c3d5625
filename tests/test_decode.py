"""Bytes in the encodings Chinese pages use, with and without truthful declarations."""

from __future__ import annotations

import codecs

import pytest

from zhnews.page.decode import declared_charset, decode_bytes

BODY = "<html><body><h1>之江實驗室</h1><p>杭州市餘杭區，喆、镕、堃都在。</p></body></html>"
SIMPLE = "<html><body><h1>之江实验室</h1><p>杭州市余杭区，喆、镕、堃都在。</p></body></html>"


def test_bom_wins() -> None:
    text, enc = decode_bytes(codecs.BOM_UTF8 + BODY.encode("utf-8"))
    assert text == BODY and enc == "utf-8"
    text, enc = decode_bytes(BODY.encode("utf-16"))
    assert text == BODY and enc == "utf-16"


def test_gb2312_declared_gbk_used() -> None:
    # 喆 镕 堃 are outside GB2312: a decoder that trusts the declaration loses them
    raw = ('<meta charset="gb2312">' + SIMPLE).encode("gbk")
    text, enc = decode_bytes(raw)
    assert "喆、镕、堃" in text and enc == "gb18030"


def test_utf8_declared_as_gb2312() -> None:
    raw = ('<meta http-equiv="Content-Type" content="text/html; charset=gb2312">' + SIMPLE).encode("utf-8")
    text, enc = decode_bytes(raw)
    assert "之江实验室" in text and enc == "utf-8"


def test_big5_declared() -> None:
    raw = ('<meta charset="big5">' + "<p>離岸風電第三階段開發，經濟部今天表示規劃已大致完成。</p>").encode("big5")
    text, enc = decode_bytes(raw)
    assert "離岸風電" in text and enc == "big5hkscs"


def test_undeclared_gbk_is_detected() -> None:
    raw = ("<p>" + "今年前三季度，全区实现数字经济核心产业增加值一千一百五十七亿元。" * 5 + "</p>").encode("gbk")
    text, _ = decode_bytes(raw)
    assert "数字经济核心产业" in text


@pytest.mark.parametrize(
    ("head", "name"),
    [(b"<meta charset=GBK>", "gb18030"), (b'<?xml version="1.0" encoding="utf-8"?>', "utf-8"),
     (b"<text id=x encoding=gb2312>", "gb18030"), (b"<meta charset=nonsense>", None)],
)
def test_declared_charset(head: bytes, name: str | None) -> None:
    assert declared_charset(head) == name
