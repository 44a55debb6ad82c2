"""Rebuilding the corpus from the WARC files alone: ``chancery reindex``.

Every response and revisit record becomes a ``captures`` row again (the capture
id is the record's uuid, so ids match the original corpus).  Then the records
are replayed through the crawl's own judgement, in WARC-Date order: each is
rebuilt as the Scrapy response the spider saw (``HtmlResponse``, body
decompressed by Scrapy's own middleware, a revisit given its original's
payload), the request that fetched it is classed as the spider would have
classed it (a start URL, a link on a section page, a sitemap or feed entry:
told by the request record's ``Referer``), and section pages are read again as
the spider read them (``spiders.sections``: which section listed each article,
and the section's name).  Articles are extracted with ``extraction.extract`` in
a process pool, judged and filed as ``ExtractPipeline`` does (``refusal``,
``filed_under``), de-duplicated per crawl run as ``DedupPipeline`` does, and
stored with ``archive.articles.store``, the store pipeline's own store step, so
an unchanged extractor reproduces the corpus row for row.  An improved
extractor is applied to an old archive the same way.

What a crawl run was (its id, job, site and start URLs) comes from the
``warcinfo`` record of each WARC file.

Memory does not grow with the archive: what the records say is filed in a
scratch database and each record is read again when its turn comes
(:mod:`crawler.reindex_records`); the main process reads, judges and stores
while the pool extracts the pages read just before.
"""

from __future__ import annotations

import multiprocessing
from collections import Counter, deque
from concurrent.futures import Future, ProcessPoolExecutor
from pathlib import Path
from typing import Iterable, Iterator

from scrapy import Request, Selector, Spider
from scrapy.downloadermiddlewares.httpcompression import HttpCompressionMiddleware
from scrapy.exceptions import DropItem, IgnoreRequest
from scrapy.http import Headers, HtmlResponse
from scrapy.responsetypes import responsetypes
from scrapy.utils.test import get_crawler

from archive import articles
from archive.corpus import Corpus
from archive.enrich import Research
from archive.scratch import Lookup, scratch
from crawler import settings as defaults
from crawler.reindex_records import Capture, Records
from extraction import Article, judge_tree
from pipelines.dedup import DedupPipeline
from pipelines.extractor import extract_for_corpus, refusal
from pipelines.store import filing
from spiders.links import Scope, filed_under, is_listing_url, looks_like_article, normalize
from spiders.news import looks_binary, page_text

IN_FLIGHT = 32  # pages a worker may have queued: enough to keep it busy, few enough to hold


class ReindexError(RuntimeError):
    """The WARC folder or the target corpus is not usable."""


class Stats(Counter):
    """What happened, counted (the pipelines want an ``inc_value``)."""

    def inc_value(self, key, count=1, start=0):
        self[key] += count


# -- the spider's judgement -----------------------------------------------------------


class Responses:
    """Scrapy responses rebuilt from records, decompressed by Scrapy's own middleware."""

    def __init__(self):
        self.crawler = get_crawler(Spider, {"LOG_ENABLED": False})
        self.decompress = HttpCompressionMiddleware.from_crawler(self.crawler)

    def build(self, capture: Capture):
        url = capture.row["url"]
        headers = Headers()
        for name, value in capture.headers:
            headers.appendlist(name, value.encode("latin-1", "replace"))
        body = capture.body or b""
        cls = responsetypes.from_args(headers=headers, url=url, body=body)
        response = cls(url=url, status=capture.row["status"], headers=headers, body=body,
                       protocol=capture.protocol, request=Request(url))
        try:
            return self.decompress.process_response(response.request, response)
        except IgnoreRequest:
            return None


def requested_as(capture: Capture, html_pages: set[str], response) -> tuple[str | None, str | None]:
    """How the spider asked for this page: ``("article", section URL)``, ``("section",
    the section it is a page of)``, or ``(None, None)``.

    Told from the request's Referer: none (a start URL, or one a resumed run
    re-queued), a section page (an HTML page the crawl fetched), or a sitemap
    or feed.  An article's section is the one whose page listed it, else the first
    section whose page listed its URL before it was fetched (as the spider's
    ``listed_in``).
    """
    url = normalize(capture.row["url"])
    sections = capture.run.sections
    if not capture.referer:
        if url in capture.run.start_urls:  # an article itself (its judgement), or a section
            if not isinstance(response, HtmlResponse):
                return None, None
            return ("article" if judge_tree(Selector(response).root).is_article else "section"), url
        return ("article" if not is_listing_url(url) else None), sections.listed_in.get(url)
    referer = normalize(capture.referer)
    if referer in html_pages:
        if url in sections.section_of and url not in sections.listed_in:  # a next page, whatever its URL's shape
            return "section", sections.section_of[url]
        if url in sections.listed_in or looks_like_article(url):
            return "article", sections.section_of.get(referer, capture.referer)
        return ("section", sections.section_of[referer]) if referer in sections.section_of else (None, None)
    return ("article" if not is_listing_url(url) else None), sections.listed_in.get(url)


def article_item(capture: Capture, response, html_pages: set[str]) -> dict | None:
    """The item ``NewsSpider.parse_article`` would have yielded, or None; a section
    page is read as ``NewsSpider.parse_section`` reads it, and gives the links it lists
    (``name_section``: stored articles with no section take its section, in turn)."""
    if response is None or capture.row["status"] not in (200, 304):
        return None
    kind, section_url = requested_as(capture, html_pages, response) \
        if capture.row["status"] == 200 else ("article", None)
    run = capture.run
    scope = run.scope or Scope.around([capture.row["url"]])
    if kind == "section" and isinstance(response, HtmlResponse):
        listed = run.sections.read(normalize(capture.row["url"]), section_url, response, scope)
        return {"name_section": listed, "section_url": section_url,
                "section_name": run.sections.names.get(section_url), "hints": run.hints, "url": None} \
            if listed else None
    if kind != "article":
        return None
    item = {"run_key": id(run), "url": normalize(capture.row["url"]), "fetched_url": capture.row["url"],
            "ledger_url": None, "capture_id": capture.row["id"], "fetched": capture.row["fetched"],
            "site": run.site, "section_url": section_url, "section_name": run.sections.names.get(section_url),
            "hints": run.hints}
    if capture.row["status"] == 304:
        return {**item, "not_modified": True}
    if not isinstance(response, HtmlResponse) or looks_binary(response.body):
        return None
    return {**item, "scope": scope, "html": page_text(response)}


# -- extraction and storage --------------------------------------------------------------


def extract_item(args: tuple[str, str, dict]) -> tuple[Article, Research | None] | str:
    html, url, hints = args
    try:
        return extract_for_corpus(html, url, hints)
    except Exception as exc:  # one bad page must not stop the rebuild
        return f"{type(exc).__name__}: {exc}"


def accept(item: dict, result: tuple[Article, Research | None] | str, stats: Stats) -> bool:
    """Whether an extracted page is stored, as ``ExtractPipeline`` decides; an
    article's item gets it, filed under its canonical URL."""
    if isinstance(result, str):
        stats.inc_value("extract/error")
        return False
    article, research = result
    refused = refusal(article)
    if refused:
        stats.inc_value(refused[0])
        return False
    item["article"], item["research"] = article, research
    item["url"] = filed_under(article.canonical, item["fetched_url"], item.pop("scope"))
    return True


def store(corpus: Corpus, item: dict, dedup: DedupPipeline, stats: Stats) -> None:
    """The crawl's dedup and store steps for one item (no ledger: reindex writes none)."""
    try:
        dedup.process_item(item)
    except DropItem:
        return
    if item.get("not_modified"):
        articles.confirm(corpus, item["url"], item["fetched"])
        stats.inc_value("articles/not_modified")
        return
    outcome = articles.store(corpus, item["article"], filing(item), research=item.get("research"))
    stats.inc_value(f"articles/{outcome}")


def reindex(warc_dir: Path | str, into: Path | str, *, workers: int = 2,
            max_chars: int = defaults.EXTRACT_MAX_CHARS) -> dict:
    """Rebuild a corpus at ``into`` from the WARC files of ``warc_dir``; return counts.

    What it learns of the records on the way lives in a scratch database beside
    ``into`` (:mod:`crawler.reindex_records`), so its memory does not grow with
    the archive; ``workers`` processes extract while this one reads and stores.
    """
    warc_dir, into = Path(warc_dir), Path(into)
    if not warc_dir.is_dir():
        raise ReindexError(f"no WARC folder at {warc_dir}")
    if into.exists():
        raise ReindexError(f"{into} exists: reindex writes a new corpus")
    stats = Stats()
    into.parent.mkdir(parents=True, exist_ok=True)
    with scratch(near=into.parent) as conn:
        records = Records(conn, warc_dir)
        stats["captures"] = records.read()
        if not stats["captures"]:
            raise ReindexError(f"no response records in {warc_dir}")
        with Corpus(into) as corpus:
            records.write_crawls(corpus)
            with corpus.write() as db:
                db["captures"].insert_all(records.capture_rows(), replace=True)
            items = article_items(records.captures_in_order(), Lookup(conn, "html_pages"))
            extract_and_store(corpus, items, workers, max_chars, stats)
            stats["articles"] = corpus.db["articles"].count
    return dict(stats)


def article_items(captures: Iterable[Capture], html_pages: Lookup) -> Iterator[dict]:
    """The item of each capture the spider would have stored, in WARC-Date order, and
    after a crawl run's last capture, the mark that it ended."""
    responses = Responses()
    for capture in captures:
        response = responses.build(capture)
        if isinstance(response, HtmlResponse) and capture.row["status"] == 200:
            html_pages.add(normalize(capture.row["url"]))
        item = article_item(capture, response, html_pages)
        if item is not None:
            yield item
        if capture.last_of_run:
            yield {"end_of_run": id(capture.run)}


def extract_and_store(corpus: Corpus, items: Iterable[dict], workers: int, max_chars: int,
                      stats: Stats) -> None:
    """Extract in ``workers`` processes while this one stores, in the items' order.

    A page goes to the pool as soon as it is read, and is stored once its own and
    every earlier page's extraction is done: the corpus gets the rows in the same
    order whatever the number of workers.  At most IN_FLIGHT pages a worker wait.
    """
    dedups: dict[int, DedupPipeline] = {}
    context = multiprocessing.get_context("forkserver")
    with ProcessPoolExecutor(max_workers=max(1, workers), mp_context=context) as pool:
        pending: deque[tuple[dict, Future | None]] = deque()
        for item in items:
            html = item.get("html")
            job = pool.submit(extract_item, (html, item["url"], item["hints"])) \
                if html is not None and len(html) <= max_chars else None
            pending.append((item, job))
            if len(pending) >= IN_FLIGHT * max(1, workers):
                finish(corpus, *pending.popleft(), dedups, stats)
        while pending:
            finish(corpus, *pending.popleft(), dedups, stats)


def finish(corpus: Corpus, item: dict, job: Future | None, dedups: dict, stats: Stats) -> None:
    """Judge one extracted page as ``ExtractPipeline`` does, then dedup and store it.
    A crawl run's dedup state goes once its last page is stored."""
    if "end_of_run" in item:
        dedups.pop(item["end_of_run"], None)
        return
    if "name_section" in item:  # a section page: as NewsSpider.parse_section, after the pages before it
        articles.name_section(corpus, item["name_section"], item["section_name"], item["section_url"])
        return
    if "html" in item:
        item.pop("html")
        if job is None:
            stats.inc_value("extract/too_large")
            return
        if not accept(item, job.result(), stats):
            return
    run = item.pop("run_key", None)
    if run not in dedups:
        dedups[run] = DedupPipeline(stats, corpus)
    store(corpus, item, dedups[run], stats)
