"""extraction: golden pages of several CMS families, furniture, bad input.

Golden files: ``tests/golden/<page>.html`` beside ``<page>.json``.  The json holds
the page's ``url`` (input), the expected fields, and a hand-written ``furniture``
list of strings that must never reach the text.  ``pytest --update-golden``
rewrites the expected fields from the current output (keeping ``url`` and
``furniture``); review the diff before committing.
"""

from __future__ import annotations

import json
import pickle
import time
from pathlib import Path

import pytest

from extraction import FIELDS, clean_authors, extract
from extraction.judgement import LISTING as LISTING_PAGE

GOLDEN = Path(__file__).parent / "golden"
PAGES = sorted(p.stem for p in GOLDEN.glob("*.html"))


def load_golden(name: str) -> tuple[str, dict]:
    html = (GOLDEN / f"{name}.html").read_text(encoding="utf-8")
    path = GOLDEN / f"{name}.json"
    expected = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
    return html, expected


def test_golden_pages_exist():
    families = {"wordpress-news", "drupal-analysis", "ghost-newsletter", "newspack-report",
                "mfa-press-release", "russian-news"}
    assert families <= set(PAGES)


@pytest.mark.parametrize("name", PAGES)
def test_golden(name, update_golden):
    html, expected = load_golden(name)
    url = expected.get("url") or f"https://example.org/{name}"
    result = extract(html, url)
    got = {field: getattr(result, field) for field in FIELDS}
    if update_golden:
        updated = {"url": url, **got, "furniture": expected.get("furniture", [])}
        (GOLDEN / f"{name}.json").write_text(
            json.dumps(updated, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
        return
    assert expected, f"no golden file for {name}: run pytest --update-golden and review it"
    for field in FIELDS:
        if field == "text":  # block by block, for a readable diff
            assert got["text"].split("\n\n") == expected["text"].split("\n\n"), name
        else:
            assert got[field] == expected[field], f"{name}: {field}"


@pytest.mark.parametrize("name", PAGES)
def test_no_furniture_in_text(name):
    html, expected = load_golden(name)
    text = extract(html, expected.get("url", "")).text
    assert text
    for furniture in expected.get("furniture", []):
        assert furniture not in text, f"{name}: {furniture!r} leaked into the text"


def test_text_shape():
    html, expected = load_golden("mfa-press-release")
    text = extract(html, expected["url"]).text
    blocks = text.split("\n\n")
    assert all(b.strip() == b and b for b in blocks)
    items = [b for b in blocks if b.startswith("- ")][0].split("\n")
    assert len(items) == 4 and all(i.startswith("- ") for i in items)


def test_legacy_charset_decoded_by_caller():
    """A windows-1251 page: the crawler decodes the bytes by their declared charset,
    extract() takes the text as is and never re-guesses."""
    html, expected = load_golden("russian-news")
    raw = html.encode("windows-1251")
    result = extract(raw.decode("windows-1251"), expected["url"])
    assert result.text == expected["text"]
    assert "Министр иностранных дел России" in result.text
    assert result.language == "ru"
    assert result.authors == expected["authors"]


def test_metadata_kept_apart():
    html, expected = load_golden("wordpress-news")
    result = extract(html, expected["url"])
    assert result.published.startswith("2024-01-17")
    assert result.modified.startswith("2024-01-18")
    assert result.authors == ["Maha Ilyas"]  # not the sidebar's Omar Qureshi or Sara Lindqvist
    assert result.judgement.is_article and result.page_type == "NewsArticle"
    assert result.canonical.startswith("https://diplomaticledger.example/")
    assert result.word_count == len(result.text.split()) or result.word_count > 300


LISTING = "<article><h2><a href='/a{n}/'>Teaser {n}</a></h2><p>Some words of teaser {n}.</p></article>"


@pytest.mark.parametrize("head, body, listing", [
    ("<meta property='og:type' content='website'>", "<p>About us.</p>" * 20, True),
    ("<link rel='next' href='/page/2/'>", "<p>Words.</p>" * 20, True),
    ("", "".join(LISTING.format(n=n) for n in range(5)), True),
    ("<meta property='og:type' content='article'>",
     "<article><p class='date'>12 March 2024</p><p>" + "One article. " * 80 + "</p></article>", False),
])
def test_listing_pages_told_from_articles(head, body, listing):
    """The crawl files a page as an article unless it lists teasers and is no article."""
    result = extract(f"<html><head><title>T</title>{head}</head><body>{body}</body></html>",
                     "https://example.org/x/")
    assert (result.judgement.verdict == LISTING_PAGE) is listing
    assert result.judgement.is_article is not listing


@pytest.mark.parametrize(
    "raw, names",
    [
        (["By Jane Doe and John Roe"], ["Jane Doe", "John Roe"]),
        (["Jane Doe, John Roe"], ["Jane Doe", "John Roe"]),
        (["by: Jane Doe | Reuters"], ["Jane Doe", "Reuters"]),
        (["Автор: Ирина Соколова и Олег Васильев"], ["Ирина Соколова", "Олег Васильев"]),
        (["Par Claire Martin et Paul Henri"], ["Claire Martin", "Paul Henri"]),
        (["https://www.facebook.com/someone", "admin", "By"], []),
        (["Jane Doe (jane@example.org)", "jane doe"], ["Jane Doe"]),
    ],
)
def test_clean_authors(raw, names):
    assert clean_authors(raw) == names


@pytest.mark.parametrize(
    "junk",
    [
        "",
        "   \n\t ",
        "just some words, not markup at all",
        "<html></html>",
        "<html><body><div></div></body></html>",
        "\x00\x01\x02<html>\x00<body>\x07</body>",
        bytes(range(256)).decode("latin-1") * 20,
        "<" * 10_000,
        "<div>" * 5_000,
        '<?xml version="1.0" encoding="utf-8"?><html><body><p>x</p></body></html>',
    ],
)
def test_bad_input_gives_empty_text(junk):
    result = extract(junk, "https://example.org/junk")
    assert all(hasattr(result, field) for field in FIELDS)
    assert isinstance(result.text, str)
    assert result.word_count == len(result.text.split()) or not result.text
    assert result.text or not result.judgement.is_article


def test_none_and_bytes_do_not_raise():
    assert extract(None, "https://example.org/").text == ""  # type: ignore[arg-type]
    html, expected = load_golden("ghost-newsletter")
    assert extract(html.encode("utf-8"), expected["url"]).text == expected["text"]  # type: ignore[arg-type]


def _article(paragraphs: int) -> str:
    return "".join(
        f"<p>Paragraph {i}: the delegations met for the {i}th session of talks on trade, "
        f"security and consular matters, and agreed to meet again after round {i + 1}.</p>\n"
        for i in range(paragraphs)
    )


def test_huge_input_is_capped():
    body = _article(40)
    filler = "<div class='feed'>" + _article(20_000) + "</div>"
    html = f"<html><head><title>Talks</title></head><body><article><h1>Talks</h1>{body}</article>{filler}</body></html>"
    start = time.perf_counter()
    result = extract(html, "https://example.org/huge", max_chars=200_000)
    assert time.perf_counter() - start < 30
    assert result.truncated is True
    assert result.error
    assert "Paragraph 0:" in result.text


def test_link_farm_stays_fast():
    links = "<ul>" + "".join(f'<li><a href="/n/{i}">Item {i}</a></li>' for i in range(60_000)) + "</ul>"
    html = f"<html><body><article><h1>Talks</h1>{_article(20)}</article>{links}</body></html>"
    start = time.perf_counter()
    result = extract(html, "https://example.org/links")
    assert time.perf_counter() - start < 30
    assert "Paragraph 19:" in result.text
    assert "Item 59999" not in result.text


def test_hints_content_selector_and_drop_selectors():
    html = (
        "<html><body><div class='promo'><p>" + "Subscribers get early access to every briefing we publish. " * 4
        + "</p></div><div class='story'><h1>Talks</h1>" + _article(6)
        + "<p class='box'>Editor's note: this box is a house advertisement that repeats on every page of the site.</p>"
        + "</div></body></html>"
    )
    hints = {"content_selector": "div.story", "drop_selectors": ["p.box", "//div[@class='promo']"]}
    result = extract(html, "https://example.org/hints", hints)
    assert "Paragraph 5:" in result.text
    assert "house advertisement" not in result.text
    assert "early access" not in result.text


def test_deterministic_and_picklable():
    html, expected = load_golden("newspack-report")
    first = extract(html, expected["url"])
    second = extract(html, expected["url"])
    assert first == second
    assert pickle.loads(pickle.dumps(first)) == first


def test_script_rendered_page_uses_jsonld_article_body():
    article = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": "Ministry statement on the talks",
        "datePublished": "2024-05-01T10:00:00Z",
        "author": {"@type": "Person", "name": "Lena Park"},
        "articleBody": "\n".join(
            f"Point {i} of the statement the ministry issued after the talks, set out in full." for i in range(8)
        ),
    }
    html = (
        "<html><head><title>Ministry statement on the talks</title>"
        f'<script type="application/ld+json">{json.dumps(article)}</script></head>'
        '<body><div id="root"></div><script>render()</script></body></html>'
    )
    result = extract(html, "https://example.org/statement")
    assert result.text.split("\n\n")[0] == "Point 0 of the statement the ministry issued after the talks, set out in full."
    assert len(result.text.split("\n\n")) == 8
    assert result.authors == ["Lena Park"]
    assert result.published == "2024-05-01T10:00:00+00:00"


def _page(body: str, head: str = "<title>Talks in Geneva</title>") -> str:
    return f"<html><head>{head}</head><body><article><h1>Talks in Geneva</h1>{body}</article></body></html>"


def _paragraphs(first: int, last: int) -> str:
    """Paragraphs ``first`` to ``last - 1`` of ``_article``."""
    return "".join(_article(last).splitlines(keepends=True)[first:])


def test_trailing_teasers_and_prompts_dropped():
    teasers = "".join(
        f'<li><a href="/n/{i}">Minister visits capital {i}</a><div>A teaser line about visit number {i} '
        f"and what it might mean for the region.</div></li>"
        for i in range(3)
    )
    html = _page(
        _article(6)
        + "<h3>Morning Briefing Newsletter</h3><h4>Get the day's big stories in one email.</h4>"
        + f"<ul class='more'>{teasers}</ul>"
    )
    text = extract(html, "https://example.org/teasers").text
    assert text.split("\n\n")[-1].startswith("Paragraph 5:")
    assert "Newsletter" not in text and "teaser line" not in text


def test_tool_lists_urls_and_contact_lines_dropped():
    html = _page(
        "<p>https://example.org/news/talks-in-geneva</p>"
        + "<ul><li>Order Reprints</li><li>Print Article</li></ul>"
        + _article(5)
        + "<p>Write to Jane Doe at jane.doe@example.org</p>"
    )
    text = extract(html, "https://example.org/news/talks-in-geneva").text
    assert text.startswith("Paragraph 0:")
    assert text.split("\n\n")[-1].startswith("Paragraph 4:")


def test_hidden_and_inert_elements_never_reach_the_text():
    html = _page(
        _paragraphs(0, 3)
        + "<div style='display: none'><p>Hidden paragraph that a reader of the page never sees at all.</p></div>"
        + "<p hidden>Another hidden paragraph that a reader of the page never sees at all, either.</p>"
        + "<template><p>Template paragraph that the page only renders with a script, later on.</p></template>"
        + _paragraphs(3, 6)
    )
    text = extract(html, "https://example.org/hidden").text
    assert "Paragraph 5:" in text
    assert "hidden paragraph" not in text.lower() and "Template paragraph" not in text


def test_link_list_between_paragraphs_stays_out():
    links = "".join(f'<li><a href="/n/{i}">Related: the minister on talks round {i}</a></li>' for i in range(4))
    html = _page(_paragraphs(0, 1) + f"<ul>{links}</ul>" + _paragraphs(1, 4))
    text = extract(html, "https://example.org/related").text
    assert "Related:" not in text
    assert "Paragraph 3:" in text


def test_lone_surrogate_does_not_cut_the_text():
    html = _page(
        _paragraphs(0, 2) + "<p>A paragraph with a stray \ud800 character and words after it.</p>" + _paragraphs(2, 4)
    )
    text = extract(html, "https://example.org/surrogate").text
    assert "words after it" in text and "Paragraph 3:" in text


@pytest.mark.parametrize("char", ["\x00", "\x01", "\x0b", "\ufffe"])
def test_control_character_does_not_cut_the_text(char):
    html = _page(
        _paragraphs(0, 2) + f"<p>A paragraph with a stray {char} character and words after it.</p>" + _paragraphs(2, 4)
    )
    text = extract(html, "https://example.org/control").text
    assert "words after it" in text and "Paragraph 3:" in text
    assert char not in text


def test_metadata_fallbacks_only_for_missing_fields():
    html = _page("<p class='date'>Nov. 19th, 2019, 10:15 a.m. EST</p>" + _article(5))
    result = extract(html, "https://www.example.org/news/talks")
    assert result.published == "2019-11-19T10:15:00-05:00"  # the time shown with the day, its zone
    assert result.title == "Talks in Geneva"
    assert result.site_name == "example.org"


def test_extraction_stays_in_its_layer():
    """The extraction package imports only the standard library, lxml, trafilatura and
    the libraries trafilatura brings (htmldate, its dateparser, courlan, dateutil, courlan's babel),
    a calendar's table (``nepali_datetime``) and ``archive``:
    never Scrapy, ``spiders``, ``pipelines`` or ``crawler``; and no module of it is
    over 500 lines."""
    import ast
    import sys

    allowed = set(sys.stdlib_module_names) | {
        "lxml", "trafilatura", "htmldate", "dateparser", "courlan", "dateutil", "babel", "nepali_datetime", "archive",
        "extraction"}
    package = Path(__file__).resolve().parent.parent / "extraction"
    for path in sorted(package.glob("*.py")):
        source = path.read_text(encoding="utf-8")
        assert source.count("\n") <= 500, f"{path.name}: {source.count(chr(10))} lines"
        for node in ast.walk(ast.parse(source)):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0:
                names = [node.module]
            else:
                continue
            for name in names:
                assert name.split(".")[0] in allowed, f"{path.name} imports {name}"


def _split_body_page(between: str) -> str:
    """An article whose body the page split into chunks of one class, the header
    (with the h1) in the same row as the chunks, ``between`` between them."""
    chunk = '<div class="grid__content article__content">{}</div>'
    paragraphs = [
        f"<p>Paragraph {i}: the committee heard evidence from the port authority, the unions and "
        f"the shipping lines about the delays that followed the new inspection rules in spring.</p>"
        for i in range(1, 7)
    ]
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Port delays</title>
<meta property="og:type" content="article"></head><body><main><article class="story">
<div class="grid"><header><h1>Port delays</h1><p class="byline">By Jane Roe</p></header>
{chunk.format("".join(paragraphs[:2]))}<div class="ad"><span>Advertisement</span></div>{between}
</div><div class="grid">{chunk.format("".join(paragraphs[2:4]))}</div>
<div class="grid">{chunk.format("".join(paragraphs[4:]))}</div></article></main></body></html>"""


def test_split_body_joined_beside_its_header():
    """Chunks of one body class are joined though the page's h1 shares their row."""
    text = extract(_split_body_page(""), "https://example.org/split").text
    for i in range(1, 7):
        assert f"Paragraph {i}:" in text, text
