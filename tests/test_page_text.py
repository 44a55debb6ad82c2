"""A page's text: as Scrapy decodes it, except UTF-8 bytes under an old declaration."""

from __future__ import annotations

from scrapy.http import HtmlResponse

from spiders.news import page_text

TEXT = "Пресс-релиз: переговоры возобновились. Außenminister trifft Amtskollegen. 外交部发言人"


def response(body: bytes, header: str = "text/html") -> HtmlResponse:
    return HtmlResponse("https://e.org/a/", body=body, headers={"Content-Type": header})


def test_utf8_bytes_under_a_legacy_meta_charset_read_as_utf8():
    body = f'<html><head><meta charset="GB2312"></head><body><p>{TEXT}</p></body></html>'.encode()
    assert TEXT in page_text(response(body))
    body = f'<html><head><meta charset="iso-8859-1"></head><body><p>{TEXT}</p></body></html>'.encode()
    assert TEXT in page_text(response(body))


def test_legacy_bytes_decoded_as_declared():
    words = "Переговоры возобновились в Женеве"
    body = f'<html><head><meta charset="windows-1251"></head><body><p>{words}</p></body></html>'
    assert words in page_text(response(body.encode("cp1251")))
    latin = "Außenminister trifft Amtskollegen in Genf"
    assert latin in page_text(response(f"<p>{latin}</p>".encode("latin-1"), "text/html; charset=iso-8859-1"))
