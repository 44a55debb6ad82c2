"""URL judgement: normalisation, scope, article and listing URLs, pagination."""

import pytest

from spiders.links import Scope, looks_like_article, normalize, page_number


def test_normalize_drops_tracking_fragment_and_amp():
    assert normalize("HTTPS://Example.org:443/a-b-c/amp/?utm_source=x&id=3#top") == \
        "https://example.org/a-b-c/?id=3"
    assert normalize("http://example.org/x-y-z/") == "http://example.org/x-y-z/"


@pytest.mark.parametrize("url", [
    "https://e.org/north-korea-foreign-minister-pays-visit-to-russia/",
    "https://e.org/news/2024/01/17/minister-visits/",
    "https://e.org/en/press_service/1923456/",
    "https://e.org/article/12345.html",
])
def test_articles(url):
    assert looks_like_article(url)


@pytest.mark.parametrize("url", [
    "https://e.org/", "https://e.org/category/news/diplomatic-news/",
    "https://e.org/category/news/diplomatic-news/page/2/", "https://e.org/tag/russia/",
    "https://e.org/author/maha-afzal-chaudhary/", "https://e.org/2024/01/",
    "https://e.org/?s=lavrov", "https://e.org/feed/", "https://e.org/about-us/",
    "https://e.org/wp-content/uploads/2024/01/photo-of-the-minister.jpg",
])
def test_not_articles(url):
    assert not looks_like_article(url)


def test_page_numbers():
    assert page_number("https://e.org/category/x/page/3/") == 3
    assert page_number("https://e.org/news?page=4") == 4
    assert page_number("https://e.org/news/") is None
    assert page_number("https://e.org/en/press/releases/?PAGEN_1=2") == 2
    assert page_number("https://e.org/en/press/releases/?start=20") == 20


def test_scope():
    scope = Scope.around(["https://www.e.org/news/"], ["/news/", "/en/"])
    assert scope.allows("https://e.org/news/a-b-c/")
    assert not scope.allows("https://e.org/sport/a-b-c/")
    assert not scope.allows("https://other.org/news/a-b-c/")
    assert not scope.allows("ftp://e.org/news/x")
