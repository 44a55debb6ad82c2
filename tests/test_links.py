"""URL judgement: normalisation, scope, article and listing URLs, pagination."""

from urllib.parse import quote, urljoin

import pytest
from lxml import html

from spiders.links import (Scope, copy_in_other_language, filed_under, languages_of, looks_like_article, names_feed,
                           normalize, other_language, page_number, position_params, without_params)
from spiders.sections import content_links, next_rank


def test_normalize_drops_tracking_fragment_and_amp():
    assert normalize("HTTPS://Example.org:443/a-b-c/amp/?utm_source=x&id=3#top") == \
        "https://example.org/a-b-c/?id=3"
    assert normalize("http://example.org/x-y-z/") == "http://example.org/x-y-z/"
    assert normalize("https://example.org/amp/news/40213137") == "https://example.org/news/40213137"
    assert normalize("https://e.org/News/Details.aspx?id=4821&print=1") == "https://e.org/News/Details.aspx?id=4821"
    assert normalize("https://e.org/item?id=7&view=print") == "https://e.org/item?id=7"
    # a servlet's selector before the extension (Adobe Experience Manager): the page's print or AMP view
    assert normalize("https://e.gc.ca/en/news/2024/03/talks-on-trade.print.html") == "https://e.gc.ca/en/news/2024/03/talks-on-trade.html"
    assert normalize("https://e.org/news/talks-on-trade.amp.html") == "https://e.org/news/talks-on-trade.html"
    assert normalize("https://e.org/news/blueprint.html") == "https://e.org/news/blueprint.html"


def test_normalize_writes_a_bare_query_key_back_bare():
    """SPIP names an article by a bare key, ``spip.php?article345``: the address the site
    wrote, not ``?article345=`` (another address); a bare key beside parameters too."""
    assert normalize("https://e.org/spip.php?article345") == "https://e.org/spip.php?article345"
    assert normalize("https://e.org/spip.php?rubrique12&debut_articles=10#pagination_articles") == \
        "https://e.org/spip.php?rubrique12&debut_articles=10"
    assert normalize("https://e.org/a?x=&y") == "https://e.org/a?x=&y"
    assert normalize("https://e.org/spip.php?article345&amp&utm_source=rss") == "https://e.org/spip.php?article345"
    # a bare key that is a path, as servers reading the raw query string route by it
    assert normalize("https://e.org/index.php?/news/2024/item-345") == "https://e.org/index.php?/news/2024/item-345"
    assert normalize("https://e.org/index.php?/news/c++-day") == "https://e.org/index.php?/news/c++-day"


def test_normalize_drops_a_session_id_in_the_path():
    """A servlet container writes the session into every link's path for a visitor
    without its cookie (``;jsessionid=<hex>.live21`` before the query: the Servlet spec's
    URL rewriting): another at every session, the same page.  Other path parameters stay."""
    assert normalize("https://e.go.kr/www/brd/m_4080/view.do;jsessionid=8F3A1C0B.worker1?seq=374521&page=1") == \
        "https://e.go.kr/www/brd/m_4080/view.do?seq=374521&page=1"
    assert normalize("https://e.org/news/list.do;JSESSIONID=AB12") == "https://e.org/news/list.do"
    assert normalize("https://e.org/SharedDocs/DE/2024/240312-besuch.html;jsessionid=8D27F1C4A0B3.live21?nn=816900") \
        == "https://e.org/SharedDocs/DE/2024/240312-besuch.html?nn=816900"
    assert normalize("https://e.org/shop/item.php;PHPSESSID=a1b2c3") == "https://e.org/shop/item.php"
    assert normalize("https://e.org/a;v=2/b.html") == "https://e.org/a;v=2/b.html"


def test_normalize_drops_a_language_parameter_the_path_names_already():
    """EPiServer writes the language into links (``?epslanguage=en``) on paths under that
    language's root: the same page.  Another language than the root's, or a parameter on a
    path under no language root, stays: it may choose what the page shows."""
    assert normalize("https://e.no/en/whats-new/news/id2990123/?epslanguage=en") == "https://e.no/en/whats-new/news/id2990123/"
    assert normalize("https://e.no/no/aktuelt/id2990123/?epslanguage=no&page=2") == "https://e.no/no/aktuelt/id2990123/?page=2"
    assert normalize("https://e.org/pt-br/noticias/x/?locale=pt_BR") == "https://e.org/pt-br/noticias/x/"
    assert normalize("https://e.no/en/news/id2990123/?epslanguage=no") == "https://e.no/en/news/id2990123/?epslanguage=no"
    assert normalize("https://e.org/news/item-17?lang=en") == "https://e.org/news/item-17?lang=en"


def test_normalize_drops_the_return_address_of_an_article():
    """A portal's news link carries the listing page that links it (Liferay's
    ``?inheritRedirect=false&redirect=<listing>``): another on every page of the list, the
    same news.  A redirector's or a login page's target (no article's path) stays."""
    news = "https://e.org/web/guest/noticias/-/asset_publisher/x1/content/talks-resume-in-geneva"
    listing = "https://e.org/web/guest/noticias?p_p_id=AP_INSTANCE_x1&_AP_INSTANCE_x1_cur=2"
    assert normalize(f"{news}?inheritRedirect=false&redirect={quote(listing, safe='')}") == \
        f"{news}?inheritRedirect=false"
    assert normalize(f"{news}?backURL=%2Fweb%2Fguest%2Fnoticias") == news
    for kept in (f"https://e.org/out?url={quote(news, safe='')}", "https://e.org/c/portal/login?redirect=%2Fweb%2Fguest",
                 f"{news}?ref_url={quote('https://other.org/a', safe='')}"):
        assert normalize(kept) == kept
    # an address that names what the page shows is no return address: two releases, two URLs
    shown = ["https://e.org/en/press-release-detail.aspx?path=%2Fen%2Fpress%2F2024%2F03%2Fminister-visits-japan",
             "https://e.org/en/press-release-detail.aspx?path=%2Fen%2Fpress%2F2024%2F03%2Fjoint-statement-red-sea",
             f"https://e.org/content/news-article-view.html?article={quote('https://e.org/dam/news/statement-12.html', safe='')}"]
    assert [normalize(url) for url in shown] == shown


@pytest.mark.parametrize("url", [
    "https://e.org/north-korea-foreign-minister-pays-visit-to-russia/",
    "https://e.org/news/2024/01/17/minister-visits/",
    "https://e.org/en/press_service/1923456/",
    "https://e.org/article/12345.html",
    "https://e.org/press/speeches/detail.php?ID=2301",  # a script's page of one item (1C-Bitrix, ASP.NET)
    "https://e.org/News/Details.aspx?id=48",
    "https://e.org/view.php?news_id=77",
    "https://e.org/Default.aspx?tabid=61&mid=412&ArticleID=1180",  # a portal's legacy address: ID in camel case
    "https://e.org/news.aspx?NewsId=77",
])
def test_articles(url):
    assert looks_like_article(url)


@pytest.mark.parametrize("url", [
    "https://e.org/", "https://e.org/category/news/diplomatic-news/",
    "https://e.org/category/news/diplomatic-news/page/2/", "https://e.org/tag/russia/",
    "https://e.org/author/maha-afzal-chaudhary/", "https://e.org/2024/01/",
    "https://e.org/?s=lavrov", "https://e.org/feed/", "https://e.org/about-us/",
    "https://e.org/wp-content/uploads/2024/01/photo-of-the-minister.jpg",
    "https://e.org/press/news/?PAGEN_1=2", "https://e.org/index.php?catid=9",
    "https://e.org/search/?q=visa&id=", "https://e.org/list.php?id=all",
    # the number of a list's category, section or language names no item
    "https://e.org/news/list.php?category_id=3", "https://e.org/news/index.php?section_id=12&lang_id=2",
    "https://e.org/news.php?lang_id=1",
    # a portal's page or module, a category, Joomla's menu item, in camel case
    "https://e.org/Default.aspx?TabID=61", "https://e.org/Default.aspx?tabid=61&ModuleId=412&CategoryID=12",
    "https://e.org/index.php?Itemid=101",
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
    # A parameter of a name no list holds (ASP.NET's PageIndex, Italian "pagina"): the
    # link's number label repeats its value, or "Next" has one number in its query.
    ("https://e.org/Pages/News.aspx", [("?PageIndex=3", "3"), ("?PageIndex=2", "2")],
     "https://e.org/Pages/News.aspx?PageIndex=2"),
    ("https://e.org/notizie", [("notizie?pagina=2", "Next &gt;"), ("notizie?id=4821", "4821 delegates")],
     "https://e.org/notizie?pagina=2"),
    # jekyll-paginate: /blog/page2/, labelled "Older »" (then test_next_page_by_path).
    ("https://e.org/blog/", [("/blog/page2/", "Older &raquo;"), ("/2024/05/02/talks.html", "Talks resume")],
     "https://e.org/blog/page2/"),
    # A content pager's path segment after a first page with no trailing slash
    # (/news/-in-Category/Categories/press-releases/2, numbered links and "»").
    ("https://e.org/news/-in-Category/Categories/press-releases",
     [("/news/-in-Category/Categories/press-releases/3", "3"), ("/news/-in-Category/Categories/press-releases/2", "2"),
      ("/news/2024/03/12/talks-resume", "Talks resume")],
     "https://e.org/news/-in-Category/Categories/press-releases/2"),
    # Joomla without SEF URLs: every link is /index.php?...; only limitstart changes.
    ("https://e.org/index.php?option=com_content&view=category&id=9&Itemid=110&limitstart=5",
     [("index.php?option=com_content&view=category&id=9&Itemid=110&limitstart=15", "4"),
      ("index.php?option=com_content&view=category&id=9&Itemid=110&limitstart=10", "3"),
      ("index.php?option=com_content&view=category&id=9&Itemid=110", "1"),
      ("index.php?option=com_content&view=article&id=45&catid=9&Itemid=110", "2024")],
     "https://e.org/index.php?option=com_content&view=category&id=9&Itemid=110&limitstart=10"),
    # TYPO3's news widget: a checksum of the query (cHash) changes beside the page number;
    # a filter by category on the same path is labelled with its name, no pager link.
    ("https://e.org/en/press/?tx_news_pi1%5B%40widget_0%5D%5BcurrentPage%5D=2&cHash=00a49ebf747d2e6f615f05c3c43505bf",
     [("?tx_news_pi1%5B%40widget_0%5D%5BcurrentPage%5D=3&cHash=d43a6c96ff99dc41970c6437961a24c4", "3"),
      ("?tx_news_pi1%5BoverwriteDemand%5D%5Bcategories%5D=4&cHash=c5e36df85fd590744ecc01c52dc8d7d5", "European Union")],
     "https://e.org/en/press/?tx_news_pi1%5B%40widget_0%5D%5BcurrentPage%5D=3&cHash=d43a6c96ff99dc41970c6437961a24c4"),
    # A portlet's pager (Liferay's Asset Publisher): the first page is the bare layout
    # address, the page links add the portlet's id, lifecycle, state and page size; the
    # page-size menu's numbers set another of them.
    ("https://e.org/web/guest/noticias",
     [("?p_p_id=AP_INSTANCE_x&p_p_lifecycle=0&p_p_state=normal&_AP_INSTANCE_x_cur=1&_AP_INSTANCE_x_delta=20", "20"),
      ("?p_p_id=AP_INSTANCE_x&p_p_lifecycle=0&p_p_state=normal&_AP_INSTANCE_x_cur=3&_AP_INSTANCE_x_delta=8", "3"),
      ("?p_p_id=AP_INSTANCE_x&p_p_lifecycle=0&p_p_state=normal&_AP_INSTANCE_x_cur=2&_AP_INSTANCE_x_delta=8", "2"),
      ("?p_p_id=AP_INSTANCE_x&_AP_INSTANCE_x_year=2023", "2023")],  # a year's filter: no page
     "https://e.org/web/guest/noticias?p_p_id=AP_INSTANCE_x&p_p_lifecycle=0&p_p_state=normal"
     "&_AP_INSTANCE_x_cur=2&_AP_INSTANCE_x_delta=8"),
    # A search-result list's pager parameter that is a query itself, encoded twice
    # (``&816902_list=2``: the list's id and its page), on number links labelled "Seite 2"
    # (the word hidden from sight); "weiter" is no label the ranking knows.
    ("https://e.org/DE/Presse/pm_node.html",
     [("pm_node.html?gtp=%2526816902_list%253D3", "<span class='aural'>Seite </span>3"),
      ("pm_node.html?gtp=%2526816902_list%253D2", "<span class='aural'>Seite </span>2"),
      ("pm_node.html?gtp=%2526816902_list%253D2", "weiter")],
     "https://e.org/DE/Presse/pm_node.html?gtp=%2526816902_list%253D2"),
    ("https://e.org/DE/Presse/pm_node.html?gtp=%2526816902_list%253D2",
     [("pm_node.html", "<span class='aural'>Seite </span>1"),
      ("pm_node.html?gtp=%2526816902_list%253D3", "<span class='aural'>Seite </span>3")],
     "https://e.org/DE/Presse/pm_node.html?gtp=%2526816902_list%253D3"),
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


@pytest.mark.parametrize("url, starts, other", [
    ("https://e.org/de/presse/detail/x/", ["https://e.org/en/press/"], True),  # another language's root
    ("https://e.org/pt-br/noticias/x", ["https://e.org/en/news/"], True),
    ("https://e.org/en/press/detail/x/", ["https://e.org/en/press/"], False),  # our language
    ("https://e.org/de/x", ["https://e.org/en/a/", "https://e.org/de/b/"], False),  # both crawled
    ("https://e.org/de/x", ["https://e.org/news/"], False),  # the crawl names no language
    ("https://e.org/us/politics/x", ["https://e.org/en/news/"], False),  # "us": no language code
    ("https://e.org/news/x", ["https://e.org/en/news/"], False),  # no language root
])
def test_other_language_root(url, starts, other):
    assert other_language(url, languages_of(starts)) is other


def test_a_filter_by_year_on_a_bare_address_is_no_page():
    """A link that adds a parameter to the bare address whose value is its label is a page
    of the pager only for a page number's worth of digits: ``?year=2023`` labelled
    "2023" filters the list by year; nor is a calendar's day, which adds a year beside it."""
    current = "https://e.org/web/guest/noticias"
    for href, label, rank in (("?p_p_id=AP&_AP_year=2023", "2023", None), ("?p_p_id=AP&_AP_cur=2", "2", (2, 2)),
                              ("?day=2&month=3&year=2024", "2", None)):
        anchor = html.fromstring(f'<a href="{href}">{label}</a>')
        assert next_rank(normalize(urljoin(current, href)), anchor, current, current) == rank


@pytest.mark.parametrize("url, alternates, starts, copy", [
    # Liferay's per-layout sitemaps: each layout once per locale, each entry with all alternates.
    ("https://e.org/en/web/guest/mision-y-vision", ["https://e.org/en/web/guest/mision-y-vision",
     "https://e.org/web/guest/mision-y-vision"], ["https://e.org/web/guest/noticias"], True),
    ("https://e.org/web/guest/mision-y-vision", ["https://e.org/en/web/guest/mision-y-vision",
     "https://e.org/web/guest/mision-y-vision"], ["https://e.org/web/guest/noticias"], False),  # ours
    ("https://e.org/en/web/guest/x", [], ["https://e.org/web/guest/noticias"], False),  # no alternates: unknown
    ("https://e.org/de/x", ["https://e.org/fr/x"], ["https://e.org/news/"], False),  # none of ours among them
    ("https://e.org/de/x", ["https://e.org/en/x"], ["https://e.org/en/news/"], True),
])
def test_copy_in_other_language(url, alternates, starts, copy):
    assert copy_in_other_language(url, alternates, languages_of(starts)) is copy


def test_filed_under_canonical_within_scope():
    scope = Scope.around(["https://news.example/world/"])
    fetched = "https://news.example/world/talks-resume/amp/?utm_source=x"
    assert filed_under("/world/talks-resume/", fetched, scope) == "https://news.example/world/talks-resume/"
    elsewhere = "https://syndicator.example/talks-resume/"
    assert filed_under(elsewhere, fetched, scope) == "https://news.example/world/talks-resume/"
    assert filed_under(None, fetched, scope) == normalize(fetched)


LISTING_PAGE = """<html><body>
<header><nav><a href="/world/">World</a><a href="/about-us/">About us</a>
  <a href="/nav/story-in-the-menu-with-many-words/">A story in the menu with many words</a></nav></header>
<main>
  <h1>World</h1>
  <div class="teasers">
    <div class="card"><h2><a href="/News/front/archives/2024/10/16/2003825372">Talks resume</a></h2>
      <a href="/tag/geneva/">Geneva</a> <a href="/author/jane-doe/">Jane Doe</a></div>
    <div class="card"><a href="/doc.afp.com.B2LA2G3">Ministers meet again in Geneva for a second round</a></div>
    <div class="card"><a href="/article/3834/1">Envoys agree on a timetable for the next talks</a></div>
    <div class="card"><h3><a href="/brexit-talks/">Brexit talks</a></h3></div>
    <div class="card"><h3><a href="/news/news_view.html?idx=8576&amp;page=1&amp;bc=03">Korea</a></h3></div>
    <div class="card"><h3><a href="/news/page/2/">More news from elsewhere on the site</a></h3></div>
  </div>
  <ul class="subsections"><li><a href="/world/asia/">Asia</a></li><li><a href="/world/europe/">Europe</a></li>
    <li><a href="/world/africa/">Africa</a></li></ul>
  <a href="/world/?page=2" rel="next">Next</a> <a href="/world/?page=3">3</a>
  <a href="https://cdn.example.net/story-on-another-host-entirely/">Elsewhere</a>
  <a href="mailto:desk@e.org">Write to us</a>
</main>
<footer><a href="/privacy/">Privacy</a><a href="/footer-story-with-several-words/">f</a></footer>
</body></html>"""


def test_listing_links_followed_whatever_their_url():
    from scrapy.http import HtmlResponse

    from spiders.sections import section_links

    response = HtmlResponse("https://e.org/world/", body=LISTING_PAGE.encode(), encoding="utf-8")
    links = section_links(response, scrapy_selector(response), "https://e.org/world/",
                          Scope.around(["https://e.org/world/"]))
    assert links.articles == [
        "https://e.org/News/front/archives/2024/10/16/2003825372", "https://e.org/doc.afp.com.B2LA2G3",
        "https://e.org/article/3834/1", "https://e.org/brexit-talks/",
        "https://e.org/news/news_view.html?idx=8576&page=1&bc=03",
    ]
    assert links.next_pages[0] == "https://e.org/world/?page=2"
    reasons = links.skipped
    assert reasons["https://e.org/tag/geneva/"] == "non-article pattern: tag"
    assert reasons["https://e.org/author/jane-doe/"] == "non-article pattern: author"
    assert reasons["https://e.org/world/asia/"] == "outside the listing: not an article URL"
    assert reasons["https://e.org/world/?page=3"] == "pagination: not the next page"
    assert reasons["https://e.org/news/page/2/"] == "pagination: not the next page"
    assert reasons["https://cdn.example.net/story-on-another-host-entirely/"] == "out of scope"
    assert reasons["https://e.org/nav/story-in-the-menu-with-many-words/"] == \
        "outside the listing: page furniture"
    assert reasons["https://e.org/privacy/"].startswith("non-article pattern")
    assert "https://e.org/world/?page=2" not in reasons
    assert not any(url.startswith("mailto:") for url in reasons)


#: A section page with year tabs and a sub-section's title link above articles at paths
#: under theirs, and a post's picture linked to its own page under the post's path.
NESTED_PAGE = """<html><body><main>
<ul class="years"><li><a href="/news/2024/">2024</a></li><li><a href="/news/2023/">2023</a></li></ul>
<h2><a href="/news/multilateral-affairs-and-summits/">Multilateral affairs and summits</a></h2>
<article><h3><a href="/news/multilateral-affairs-and-summits/envoys-meet-in-geneva/">Envoys meet in Geneva</a></h3></article>
<article><h3><a href="/news/2024/ministers-sign-the-grain-accord/">Ministers sign the grain accord</a></h3>
<figure><a href="/news/2024/ministers-sign-the-grain-accord/photo-of-the-signing/"><img src="/s.jpg"
 alt="The ministers sign the accord in the castle"></a></figure></article>
</main></body></html>"""


def test_a_page_under_a_post_title_link_is_part_of_it():
    """A picture's page under a post's path is part of the post; articles under a year's
    path (its tab is no heading) or under a sub-section's (theirs have titles) are not."""
    from scrapy.http import HtmlResponse

    from spiders.sections import section_links

    response = HtmlResponse("https://e.org/news/", body=NESTED_PAGE.encode(), encoding="utf-8")
    links = section_links(response, scrapy_selector(response), "https://e.org/news/",
                          Scope.around(["https://e.org/news/"]))
    assert "https://e.org/news/multilateral-affairs-and-summits/envoys-meet-in-geneva/" in links.articles
    assert "https://e.org/news/2024/ministers-sign-the-grain-accord/" in links.articles
    assert links.skipped["https://e.org/news/2024/ministers-sign-the-grain-accord/photo-of-the-signing/"] == \
        "part of an article: https://e.org/news/2024/ministers-sign-the-grain-accord/"


def scrapy_selector(response):
    import scrapy

    return scrapy.Selector(response)


@pytest.mark.parametrize("url, kind", [
    ("https://e.org/tag/russia/", "tag"), ("https://e.org/author/x/", "author"),
    ("https://e.org/?s=lavrov", "search"), ("https://e.org/feed/", "feed"),
    ("https://e.org/files/report.pdf", "file"), ("https://e.org/user/login", "user"),
    ("https://e.org/2024/01/", "date archive"), ("https://e.org/", "home page"),
    ("https://e.org/News/front/archives/2024/10/16/2003825372", None),
    ("https://e.org/article/3834/1", None), ("https://e.org/business-focus/", None),
    ("https://e.org/news?category=Press+Releases", "category"), ("https://e.org/news?tag=visas", "tag"),
    ("https://e.org/news?category=Events&offset=1689688800000", "category"), ("https://e.org/blog/?cat=3", "cat"),
    ("https://e.org/news.php?category=press&id=17", None), ("https://e.org/news?offset=1689688800000", None),
])
def test_non_article_kinds(url, kind):
    from spiders.links import non_article_kind

    assert non_article_kind(url) == kind


def test_prose_links_of_a_section_intro_are_no_listing():
    from spiders.sections import listing_anchors

    page = html.fromstring(
        "<div><div class='intro'>"
        + "".join(f"<p>Our desk covers the region. Read <a href='/policy-{n}/'>our editorial policy here</a>"
                  f" and more about how we work with sources in the field.</p>" for n in range(3))
        + "</div><ul>" + "".join(f"<li><a href='/s{n}'>{n}</a></li>" for n in range(4)) + "</ul></div>")
    listed = {a.get("href") for a in listing_anchors(list(content_links(page)))}
    assert listed == {"/s0", "/s1", "/s2", "/s3"}


def test_a_form_around_the_whole_page_is_no_furniture():
    """ASP.NET WebForms wraps every page in one <form>: it holds the page's h1."""
    page = html.fromstring(
        '<html><body><form id="aspnetForm"><div class="top-nav"><a href="/menu/">m</a></div>'
        '<h1>Statements</h1><a href="/Pages/Statements.aspx?ID=17">s</a></form>'
        '<form class="search"><a href="/search-help/">h</a></form></body></html>')
    assert [a.get("href") for a in content_links(page)] == ["/Pages/Statements.aspx?ID=17"]


def test_zebra_striped_table_rows_are_one_run():
    """Rows classed apart by turns (rgRow, rgAltRow) are one listing, even two of each."""
    from spiders.sections import listing_anchors

    rows = "".join(f"<tr class='{('rgRow', 'rgAltRow')[n % 2]}'><td>0{n}/03/2024</td>"
                   f"<td><a href='Details.aspx?id={n}'>Talks</a></td></tr>" for n in range(4))
    page = html.fromstring(f"<div><table><tbody>{rows}</tbody></table><p><a href='/x'>x</a></p></div>")
    listed = {a.get("href") for a in listing_anchors(list(content_links(page)))}
    assert listed == {f"Details.aspx?id={n}" for n in range(4)}


def test_an_empty_link_over_a_card_is_its_headline_link():
    """PaperMod's archive: a heading without a link, and one empty link over the entry
    named by its aria-label; one entry a month, so no run of repeated blocks."""
    from spiders.sections import listing_anchors

    months = "".join(
        f"<div class='month'><h3>Month {n}</h3><div class='entry'><h3>Talks resume {n}</h3>"
        f"<a class='entry-link' aria-label='post link to Talks resume in Geneva {n}' href='/briefs/t{n}/'></a>"
        f"</div></div>" for n in range(2))
    page = html.fromstring(f"<div><h1>Briefs</h1>{months}<p><a href='/x' aria-label='Go to top'></a></p></div>")
    listed = {a.get("href") for a in listing_anchors(list(content_links(page)))}
    assert listed == {"/briefs/t0/", "/briefs/t1/"}


def test_next_page_by_path():
    """On /blog/page2/ of the section /blog/, the pages' paths differ by one number."""
    current, ranked = "https://e.org/blog/page2/", []
    for href, label in [("/blog/", "1"), ("/blog/page4/", "4"), ("/blog/page3/", "3"),
                        ("/2024/05/02/talks-resume-in-geneva.html", "Talks resume in Geneva")]:
        url = normalize(urljoin(current, href))
        rank = next_rank(url, html.fromstring(f'<a href="{href}">{label}</a>'), "https://e.org/blog/", current)
        if rank is not None:
            ranked.append((rank, url))
    assert sorted(ranked) == [((2, 3), "https://e.org/blog/page3/"), ((2, 4), "https://e.org/blog/page4/")]


def test_next_page_appended_to_a_bare_first_page():
    """A list's first page at its bare address (/News) whose pager appends pairs of a word
    and a number to it (/News/PgrID/412/PageID/2: the list's id, then the page), a
    category's list the same; not an article under the list's path, nor a year."""
    for current in ("https://e.org/News", "https://e.org/News/CategoryID/12/Press-Releases"):
        ranked = []
        for href, label in [(current + "/PgrID/412/PageID/3", "3"), (current + "/PgrID/412/PageID/2", "2"),
                            ("/News/ArticleID/1180/Talks-resume-in-Geneva", "Talks resume in Geneva"),
                            (current + "/Year/2024", "2024")]:
            url = normalize(urljoin(current, href))
            rank = next_rank(url, html.fromstring(f'<a href="{href}">{label}</a>'), current, current)
            if rank is not None:
                ranked.append((rank, url))
        assert sorted(ranked) == [((2, 2), current + "/PgrID/412/PageID/2"), ((2, 3), current + "/PgrID/412/PageID/3")]


def test_a_short_last_page_is_read_as_the_first_taught():
    """Two rows on a section's last page are no run of three, but the shape of the
    first page's listing (the parent's and the blocks' tag and class) says they are."""
    from spiders.sections import listing_anchors

    def page(count):
        items = "".join(f"<div class='news-item'><span>0{n}.03.2024</span>"
                        f"<a href='Statements.aspx?ID={n}'>Talks in Geneva</a></div>" for n in range(count))
        return html.fromstring(f"<div><div class='news-list'>{items}</div><p><a href='/x'>x</a></p></div>")

    def listed(tree, shapes):
        return {a.get("href") for a in listing_anchors(list(content_links(tree)), shapes)}

    shapes = set()
    assert listed(page(2), set()) == set()
    assert listed(page(6), shapes) == {f"Statements.aspx?ID={n}" for n in range(6)}
    assert listed(page(2), shapes) == {"Statements.aspx?ID=0", "Statements.aspx?ID=1"}


@pytest.mark.parametrize("url, feed", [
    ("https://www.example.gc.ca/content/site/api/nws/fds/en/web-feeds/global-affairs-canada.xml", True),
    ("https://example.org/news/feed/", True), ("https://example.org/rss.xml", True),
    ("https://example.org/blog/posts.atom", True),
    ("https://api.example.org/news/en/v2?dept=foreign-affairs&sort=publishedDate&format=atom", True),
    ("https://example.org/sitemap.xml", False), ("https://example.org/news/feeding-the-hungry-2024", False),
    ("https://example.org/news/2024/03/talks-on-climate.html", False),
])
def test_names_feed(url, feed):
    """The shape of a feed's address: a section page whose list a script draws from a feed
    links that feed in its content (``spiders/sections.py`` reads it)."""
    assert names_feed(url) is feed


def test_a_form_holding_a_list_table_is_no_furniture():
    """A board's list posted with its search fields and page number: the table sits in
    the form its pager's script submits; a last page of two rows under a header row too.
    A search form holds no such table."""
    def rows(count):
        return "".join(f"<tr><td>{n}</td><td><a href='view.do?nttId={n}'>공지 {n}</a></td></tr>" for n in range(count))

    for count, head in ((3, ""), (2, "<tr><th>번호</th><th>제목</th></tr>")):
        page = html.fromstring(
            f"<html><body><form name='listForm' action='/board/list.do' method='post'><table>{head}{rows(count)}"
            "</table></form><form class='search'><a href='/search-help/'>h</a></form></body></html>")
        assert [a.get("href") for a in content_links(page)] == [f"view.do?nttId={n}" for n in range(count)]
    page = html.fromstring(f"<html><body><form><table>{rows(2)}</table></form></body></html>")
    assert not list(content_links(page))


def script_pager(current: int, script: str = "", field: str = "pageIndex", onclick: bool = True) -> str:
    def link(n):
        call = f"fn_egov_link_page({n}); return false;"
        return f'<a href="#" onclick="{call}">{n}</a>&#160;' if onclick else f'<a href="javascript:{call}">{n}</a>'

    pager = "".join(f"<strong>{n}</strong>&#160;" if n == current else link(n) for n in range(1, 4))
    return (f"<html><body><form id='listForm' name='listForm' action='/board/list.do' method='post'>"
            f"<input type='hidden' name='boardId' value='BBS_12'><input type='hidden' name='pageUnit' value='10'>"
            f"<input type='hidden' name='searchWrd' value=''><input id='{field}' name='{field}' type='hidden' value='{current}'/>"
            f"<table><tr><td><a href='view.do?nttId=7'>공지</a></td></tr></table><div class='paging'>{pager}</div></form>"
            f"<script>{script}</script></body></html>")


@pytest.mark.parametrize("current, script, field, onclick, expected", [
    (1, "", "pageIndex", True, "/board/list.do?boardId=BBS_12&pageUnit=10&pageIndex=2"),
    (2, "function fn_egov_link_page(pageNo) {\n document.listForm.pageIndex.value = pageNo;\n document.listForm.submit();\n}",
     "pageIndex", False, "/board/list.do?boardId=BBS_12&pageUnit=10&pageIndex=3"),
    (3, "", "pageIndex", True, None),  # the last page
    (1, "function fn_egov_link_page(pageNo) {\n location.href = '/board/view.do?nttId=' + pageNo;\n}", "pageIndex", True, None),
    (1, "", "rowCount", True, None),  # no field holds the page
])
def test_a_pager_of_scripts_submitting_a_form_leads_to_the_forms_next_page(current, script, field, onclick, expected):
    """eGovFrame's ``ui:pagination``: ``<a href="#" onclick="fn_egov_link_page(2); return
    false;">2</a>`` sets the list form's hidden ``pageIndex`` and submits it; the next page
    is the form's action with its hidden fields as a query, the page field one more than
    it holds; not when the function does something else, nor without a page field."""
    from spiders.pager import submitted_pages

    tree = html.fromstring(script_pager(current, script, field, onclick))
    here = "http://e.go.kr/board/list.do?boardId=BBS_12"
    assert submitted_pages(tree, here, here) == ([f"http://e.go.kr{expected}"] if expected else [])


def test_a_section_page_is_named_by_the_heading_its_title_names():
    """An accessible page opens with a hidden heading of its own ("Navigation und Service")
    before the page's heading: the section is named by the ``<h1>`` the ``<title>`` names."""
    from scrapy import Selector

    from spiders.sections import section_title

    page = Selector(text="<html><head><title>BMZA - Pressemitteilungen</title></head><body>"
                         "<h1 class='aural'>Navigation und Service</h1><ul><li><a href='#c'>Inhalt</a></li></ul>"
                         "<div id='content'><h1 class='isFirstInSlot'>Pressemitteilungen</h1></div></body></html>")
    assert section_title(page) == "Pressemitteilungen"


def test_a_pager_parameter_that_is_an_encoded_query_names_its_page():
    """``gtp=%2526816902_list%253D2`` (``&816902_list=2``) and ``gtp=469344_list%253D3`` name
    pages 2 and 3; an encoded address with a page in its query (a return address) names none."""
    from spiders.pager import nested_number

    assert nested_number("%26816902_list%3D2") == "2"
    assert nested_number("469344_list%3D3") == "3"
    assert nested_number("%2Fnews%3Fpage%3D2") is None
    assert nested_number("2024-03") is None


SCRIPT = '<script type="text/javascript">\nfunction createPageHTML(a, b, c, d){{}}\ncreatePageHTML({}, {}, "index", "shtml");\n</script>'


@pytest.mark.parametrize("url, count, index, expected", [
    ("https://e.gov/web/wjdt_674879/wjbxw_674885/", 3, 0, "https://e.gov/web/wjdt_674879/wjbxw_674885/index_1.shtml"),
    ("https://e.gov/web/wjdt/xw/index.shtml", 3, 0, "https://e.gov/web/wjdt/xw/index_1.shtml"),
    ("https://e.gov/web/wjdt/xw/index_1.shtml", 3, 1, "https://e.gov/web/wjdt/xw/index_2.shtml"),
    ("https://e.gov/web/wjdt/xw/index_2.shtml", 3, 2, None),  # the last page
    ("https://e.gov/web/wjdt/xw/index_2.shtml", 3, 0, None),  # the call names another page than this one
    ("https://e.gov/web/wjdt/xw/list.shtml", 3, 0, None),  # nor another file
    ("https://e.gov/web/wjdt/xw/", 1, 0, None),  # a list of one page
    # later TRS versions: the pager's element first, the records' count last, the index from 1
    ("https://e.gov/col/col123/index.htm", "'page_div', 3, 1", 57, "https://e.gov/col/col123/index_1.htm"),
    ("https://e.gov/col/col123/index_1.htm", "'page_div', 3, 2", 57, "https://e.gov/col/col123/index_2.htm"),
    ("https://e.gov/col/col123/index_2.htm", "'page_div', 3, 3", 57, None),
])
def test_a_pager_written_by_a_script_gives_the_next_page(url, count, index, expected):
    """A statically published site's pager is written by a script, no ``<a>`` in the
    markup: ``createPageHTML(<page count>, <current index>, "index", "shtml")``.  When the
    call names this page's own file (index 0 the folder's ``index.shtml``, index N
    ``index_N.shtml``; later versions count from 1 and put other arguments around), the
    next index's file is the next page."""
    from scrapy.http import HtmlResponse
    from scrapy.selector import Selector

    from spiders.sections import section_links

    script = SCRIPT.format(count, index) if isinstance(count, int) else \
        f"<script>createPageHTML({count}, 'index', 'htm', {index});</script>"  # count: the leading arguments
    body = f"<html><body><ul><li><a href='./202403/t20240312_11234567.shtml'>Talks</a></li></ul>" \
           f"<div class='page'>{script}</div></body></html>"
    response = HtmlResponse(url, body=body.encode(), encoding="utf-8")
    links = section_links(response, Selector(response), url, Scope.around([url]), set())
    assert links.next_pages[:1] == ([expected] if expected else [])


@pytest.mark.parametrize("title, name", [
    ("外交部新闻_诺兰共和国外交部", "外交部新闻"),  # a Chinese CMS joins the site's name by an underscore
    ("Press Releases_Ministry of Foreign Affairs", "Press Releases"),
    ("press_releases", "press_releases"),  # one word, no site's name
    ("Press releases | Ministry", "Press releases"),
])
def test_a_section_pages_title_without_the_sites_name(title, name):
    """A section page with no ``h1`` is named by its ``<title>`` without the site's name,
    set off by a spaced bar or dash, or by an underscore beside a character outside ASCII
    or before a capital ("外交部新闻_<site>", as TRS and other Chinese CMSs write it)."""
    from scrapy.selector import Selector

    from spiders.sections import section_title

    page = Selector(text=f"<html><head><title>{title}</title></head><body><h2>{name}</h2></body></html>")
    assert section_title(page) == name


def test_items_of_a_numbered_series_are_no_pages():
    """"Seite 2" is a pager's number link; "Bulletin 2" or "Talks 2" names an item of a
    series (``?no=2``, ``/news/2/``): no page of the section, so no next page."""
    from spiders.pager import number_label

    assert [number_label(label) for label in ("Seite 2", "Page 12", "페이지 3")] == ["2", "12", "3"]
    assert [number_label(label) for label in ("Bulletin 2", "Talks 2")] == ["Bulletin 2", "Talks 2"]
    for href, label in (("/bulletin.php?no=2", "Bulletin 2"), ("/news/2/", "Talks 2")):
        here = "https://e.org/bulletin.php?no=1" if "no=" in href else "https://e.org/news/"
        anchor = html.fromstring(f'<a href="{href}">{label}</a>')
        assert next_rank(normalize(urljoin(here, href)), anchor, here.split("?")[0], here) is None, label


def test_a_tab_or_search_form_script_is_no_pager():
    """A header's search form with a hidden ``pageIndex`` and tab links calling a function a
    script file defines (``fnTab(2)`` labelled "Speeches") lead to no next page; nor does a
    slideshow's call with numbers and a picture's name (``FocusPic(5, 0, "focus", "jpg")``)."""
    from spiders.pager import submitted_pages, written_pages

    page = html.fromstring(
        "<html><body><form action='/search/total.do' method='post'><input type='hidden' name='pageIndex' value='1'>"
        "<input name='q'></form><ul class='tabs'><li><a href='#' onclick='fnTab(1); return false;'>Press releases</a></li>"
        "<li><a href='#' onclick='fnTab(2); return false;'>Speeches</a></li></ul></body></html>")
    assert submitted_pages(page, "https://e.go.kr/news/list.do", "https://e.go.kr/news/list.do") == []
    assert written_pages(['new FocusPic(5, 0, "focus", "jpg");'], "https://e.gov/news/") == []


def test_a_script_pager_goes_on_by_its_arrow_or_a_page_word_outside_its_form():
    """At the end of a block of page numbers the next one is an arrow's picture alone (not
    the last page's arrow); a number may be labelled "Page 11" for screen readers; the pager
    may stand outside the list's form, its function in a script file."""
    from spiders.pager import submitted_pages

    def link(n, label):
        return f"<a href='#' onclick='fn_link_page({n}); return false;'>{label}</a>"

    form = "<form id='listForm' action='/board/list.do'><input type='hidden' name='pageIndex' value='10'></form>"
    for pager in (link(9, "9") + link(11, "<img src='/img/next.gif' alt='다음'>") + link(57, ""),
                  link(9, "9") + link(11, "<span class='sr-only'>Page </span>11")):
        page = html.fromstring(f"<html><body>{form}<div class='paging'>{pager}</div></body></html>")
        assert submitted_pages(page, "https://e.go.kr/board/list.do", "https://e.go.kr/board/list.do") == \
            ["https://e.go.kr/board/list.do?pageIndex=11"]


def test_normalize_keeps_a_feeds_output_type_and_drops_amp_views():
    """Arc XP's outbound feeds answer only under ``?outputType=xml``; ``?outputType=amp``
    and ``?_amp=true`` are the page's AMP view."""
    feed = "https://e.org/arc/outboundfeeds/rss/category/world/?outputType=xml"
    assert normalize(feed) == feed
    assert normalize("https://e.org/world/2024/03/12/talks/?outputType=amp") == "https://e.org/world/2024/03/12/talks/"
    assert normalize("https://e.org/world/2024/03/12/talks/?_amp=true") == "https://e.org/world/2024/03/12/talks/"


def test_a_parameter_naming_where_a_link_sits_is_a_position_tag():
    """A parameter on links to many paths, one target under two of its values (the menu's
    and the overline's link to /world/), says where the link sits; one taking many values
    on two paths (``detail.php?ID=``) names what to show."""
    tagged = ["https://e.org/world/?itid=nb_world", "https://e.org/world/?itid=ai_overline",
              "https://e.org/politics/?itid=nb_politics", "https://e.org/people/jane-doe/?itid=ai_byline",
              "https://e.org/world/2024/03/12/talks/?itid=ai_related_0",
              "https://e.org/world/2024/03/11/visit/?itid=ai_related_1", "https://e.org/about/?itid=ft_about"]
    assert position_params(tagged) == {"itid"}
    assert without_params(tagged[0], {"itid"}) == "https://e.org/world/"
    ids = [f"https://e.org/{p}/detail.php?ID={n}" for p in ("press", "speeches") for n in range(8)]
    assert position_params(ids + ["https://e.org/press/detail.php?ID=3&print=Y"]) == set()
    pages = [f"https://e.org/{p}/?page={n}" for p in ("news", "events", "a", "b", "c") for n in (2, 3, 4)]
    assert position_params(pages) == set()
    more = [f"https://e.org/{p}/?page=2" for p in ("news", "events", "a", "b", "c")] + ["https://e.org/news/?page=3"]
    assert position_params(more) == set()


def test_a_teasers_byline_link_is_the_authors_page_not_an_article():
    """A listing's teasers link their writers (``rel="author"``) at addresses no pattern
    names (``/people/jane-doe/``): the writer's page, not an article of the listing."""
    import scrapy
    from scrapy.http import HtmlResponse

    from spiders.sections import section_links

    items = "".join(f"<div class='item'><a href='/world/2024/03/1{n}/talks-on-trade-{n}/'><h2>Talks on trade number {n} end"
                    f"</h2></a><p>By <a rel='author' href='/people/jane-doe-{n}/'>Jane Doe {n}</a></p></div>" for n in range(4))
    url = "https://e.org/world/"
    response = HtmlResponse(url, body=f"<html><body><main><h1>World</h1>{items}</main></body></html>".encode(), encoding="utf-8")
    links = section_links(response, scrapy.Selector(response), url, Scope.around([url]), set())
    assert links.articles == [f"https://e.org/world/2024/03/1{n}/talks-on-trade-{n}/" for n in range(4)]
    assert links.skipped["https://e.org/people/jane-doe-0/"] == "non-article pattern: rel=author"


def test_a_list_kept_a_page_a_year_is_followed_year_by_year():
    """A ministry's release list is one page a year with no pager (``index.html`` for this
    year, ``2023.html``, ``2019.html``... for earlier ones), linked by a list of the years in
    its content ("2023年（令和5年）"): the nearest earlier year's page is the section's next
    page, and no year's page is an article; from a year's page, the year before it.  A
    sidebar's archive of years (furniture), or a single year's link, is no such list."""
    import scrapy
    from scrapy.http import HtmlResponse

    from spiders.sections import section_links

    def links_of(url: str, current: int, years=(2024, 2023, 2019, 2012), aside: bool = False):
        index = "https://e.go.jp/mofaj/press/release/index.html"
        listed = "".join(f"<li>{y}年</li>" if y == current else
                         f"<li><a href='{index if y == 2024 else f'{y}.html'}'>{y}年（令和{y - 2018}年）</a></li>"
                         for y in years)
        box = f"<aside><ul>{listed}</ul></aside>" if aside else f"<div class='year-list'><ul>{listed}</ul></div>"
        items = "".join(f"<dt>3月{n}日</dt><dd><a href='/mofaj/press/release/press6_0001{n:02d}.html'>"
                        f"日・ケニア外相会談の開催について第{n}回</a></dd>" for n in range(1, 6))
        body = f"<html><body><main><h1>報道発表</h1>{box}<dl>{items}</dl></main></body></html>"
        response = HtmlResponse(url, body=body.encode(), encoding="utf-8")
        return section_links(response, scrapy.Selector(response), index, Scope.around([index]), set())

    base = "https://e.go.jp/mofaj/press/release/"
    first = links_of(base + "index.html", 2024)
    assert first.pagers == [base + "2023.html"]
    assert not {base + "2019.html", base + "2012.html", base + "2023.html"} & set(first.articles)
    assert first.skipped[base + "2019.html"].startswith("pagination")
    later = links_of(base + "2023.html", 2023)
    assert later.pagers == [base + "2019.html"] and base + "index.html" not in later.articles
    assert links_of(base + "2012.html", 2012).pagers == []
    assert links_of(base + "index.html", 2024, aside=True).pagers == []
    assert links_of(base + "index.html", 2024, years=(2024, 2023)).pagers == []
