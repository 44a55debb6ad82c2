"""Meta refresh: followed as Scrapy follows it, with the byte shortcut for pages without one."""

import pytest
from scrapy import Request
from scrapy.http import HtmlResponse
from scrapy.utils.test import get_crawler

from middlewares.refresh import MetaRefreshMiddleware

REFRESH = '<html><head><META HTTP-EQUIV="Refresh" CONTENT="0; url=/moved/">' \
          '<title>Moved</title></head><body>Moved</body></html>'
PLAIN = "<html><head><title>Plain</title></head><body><p>No redirect here.</p></body></html>"


@pytest.fixture
def middleware():
    return MetaRefreshMiddleware.from_crawler(get_crawler())


def respond(html: str, encoding: str = "utf-8") -> tuple[Request, HtmlResponse]:
    request = Request("https://news.example/old/")
    body = html.encode(encoding)
    return request, HtmlResponse(request.url, body=body, request=request,
                                 headers={"Content-Type": f"text/html; charset={encoding}"})


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16", "utf-32"])
def test_a_meta_refresh_is_followed_in_any_encoding(middleware, encoding):
    request, response = respond(REFRESH, encoding)
    redirected = middleware.process_response(request, response)
    assert isinstance(redirected, Request)
    assert redirected.url == "https://news.example/moved/"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16"])
def test_a_page_without_one_goes_through(middleware, encoding):
    request, response = respond(PLAIN, encoding)
    assert middleware.process_response(request, response) is response


def test_the_word_elsewhere_in_the_head_gets_scrapys_scan(middleware):
    request, response = respond(PLAIN.replace("<title>Plain", "<title>Refresh your feed"))
    assert middleware.process_response(request, response) is response
