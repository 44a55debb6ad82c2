"""URL judgement: normalisation, scope, article and listing URLs, pagination."""

from urllib.parse import urljoin

import pytest
from lxml import html

from spiders.links import Scope, filed_under, looks_like_article, normalize, page_number
from spiders.sections import content_links, next_rank


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


def test_content_links_skip_side_menus_and_navs():
    page = html.fromstring(
        '<html><body><nav><a href="/nav-link-one/">n</a></nav>'
        '<div class="page-layout__main"><a href="/en/press/releases/2024/01/1923440/">a</a></div>'
        '<div class="left-menu"><a href="/en/press/accreditation-of-foreign-journalists/">m</a></div>'
        '<div class="site has-sidebar"><a href="/kept-in-a-layout-class/">k</a></div></body></html>')
    assert [a.get("href") for a in content_links(page)] == [
        "/en/press/releases/2024/01/1923440/", "/kept-in-a-layout-class/"]


@pytest.mark.parametrize("current, links, expected", [
    # Drupal's zero-based pager: "Next ›" beats the page number arithmetic.
    ("https://e.org/news", [("?page=2", "3"), ("?page=1", "Next page Next ›")], "https://e.org/news?page=1"),
    # An offset pager labelled in Russian: the nearest higher offset.
    ("https://e.org/ru/news/", [("?start=10", "3"), ("?start=5", "2"), ("?start=5", "Следующая »")],
     "https://e.org/ru/news/?start=5"),
    ("https://e.org/ru/news/?start=5", [("?start=0", "1"), ("?start=10", "3")], "https://e.org/ru/news/?start=10"),
])
def test_next_page_ranking(current, links, expected):
    ranked = []
    for href, label in links:
        anchor = html.fromstring(f'<a href="{href}">{label}</a>')
        url = normalize(urljoin(current, href))
        rank = next_rank(url, anchor, current.split("?")[0], current)
        if rank is not None:
            ranked.append((rank, url))
    assert min(ranked)[1] == expected


def test_filed_under_canonical_within_scope():
    scope = Scope.around(["https://news.example/world/"])
    fetched = "https://news.example/world/talks-resume/amp/?utm_source=x"
    assert filed_under("/world/talks-resume/", fetched, scope) == "https://news.example/world/talks-resume/"
    elsewhere = "https://syndicator.example/talks-resume/"
    assert filed_under(elsewhere, fetched, scope) == "https://news.example/world/talks-resume/"
    assert filed_under(None, fetched, scope) == normalize(fetched)
