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
"""

from __future__ import annotations

import json
import multiprocessing
from collections import Counter, defaultdict
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from scrapy import Request, Selector, Spider
from scrapy.downloadermiddlewares.httpcompression import HttpCompressionMiddleware
from scrapy.exceptions import DropItem, IgnoreRequest
from scrapy.http import Headers, HtmlResponse
from scrapy.responsetypes import responsetypes
from scrapy.utils.test import get_crawler
from warcio.archiveiterator import ArchiveIterator

from archive import articles, http
from archive.cdxj import warc_files
from archive.corpus import Corpus
from archive.warc import sha1_digest
from crawler import settings as defaults
from extraction import Article, extract, judge_tree
from middlewares.session import owner_of
from pipelines.dedup import DedupPipeline
from pipelines.pool import refusal
from pipelines.store import filing
from spiders import profiles
from spiders.links import Scope, filed_under, host_of, is_listing_url, looks_like_article, normalize
from spiders.news import looks_binary, page_text
from spiders.sections import section_links, section_title

BATCH = 64
NOT_MODIFIED = "server-not-modified"


class ReindexError(RuntimeError):
    """The WARC folder or the target corpus is not usable."""


class Sections:
    """A crawl process's section pages, read again as its spider read them: the
    section (start URL) each page belongs to, each section's name, and the first
    section that listed each article link (``NewsSpider.section_names``, ``listed_in``)."""

    def __init__(self):
        self.section_of: dict[str, str] = {}  # section page URL -> its section
        self.names: dict[str, str | None] = {}
        self.listed_in: dict[str, str] = {}

    def read(self, url: str, section: str, response, scope: Scope) -> None:
        """A page of ``section`` fetched at ``url``, as ``NewsSpider.parse_section`` reads it."""
        selector = Selector(response)
        self.section_of[url] = section
        listed = section_links(response, selector, section, scope).articles
        if section not in self.names:
            self.names[section] = section_title(selector)
        for link in listed:
            self.listed_in.setdefault(link, section)


@dataclass
class Run:
    """One crawl process, as its warcinfo records tell it."""

    crawl_id: int | None
    job: str
    site: str
    start_urls: list[str]
    hints: dict
    scope: Scope | None
    files: list[str] = field(default_factory=list)
    sections: Sections = field(default_factory=Sections)


@dataclass
class Capture:
    row: dict
    date: str
    run: Run
    headers: list[tuple[str, str]]
    protocol: str
    body: bytes | None  # None for a revisit until resolved
    profile: str | None
    refers_to: str | None
    refers_to_uri: str | None
    referer: str | None = None


class Stats(Counter):
    """What happened, counted (the pipelines want an ``inc_value``)."""

    def inc_value(self, key, count=1, start=0):
        self[key] += count


# -- reading the WARC files -----------------------------------------------------------


def read_folder(folder: Path) -> tuple[list[Capture], dict[str, bytes], dict[str, Run]]:
    """Every capture (response or revisit) and the payload of every response record."""
    captures: list[Capture] = []
    payloads: dict[str, bytes] = {}
    referers: dict[str, str] = {}
    runs: dict[tuple, Run] = {}
    for path in warc_files(folder):
        if not path.name.endswith(".warc.gz"):
            continue
        run = None
        with open(path, "rb") as fh:
            records = ArchiveIterator(fh)
            for record in records:
                kind = record.rec_type
                if kind == "warcinfo":
                    run = run_of(record, path.name, runs)
                    continue
                if kind == "request":
                    target = record.rec_headers.get_header("WARC-Concurrent-To")
                    referer = record.http_headers.get_header("Referer") if record.http_headers else None
                    if target and referer:
                        referers[target] = referer
                    continue
                if kind not in ("response", "revisit") or record.http_headers is None:
                    continue
                if record.rec_headers.get_header("WARC-Truncated"):
                    continue  # a download cut short: the crawl gave it no captures row
                # the payload as the spider got it: transfer coding removed, content coding kept
                body = payload_of(record) if kind == "response" else None
                if kind == "response":
                    payloads[record.rec_headers.get_header("WARC-Record-ID")] = body
                records.read_to_end(record)
                captures.append(capture_of(record, path.name, records, body, run or fallback_run(runs)))
    for capture in captures:
        capture.referer = referers.get(capture.row["warc_record_id"])
    captures.sort(key=lambda c: (c.date, c.row["warc_file"], c.row["warc_offset"]))
    return captures, payloads, {r.job: r for r in runs.values()}


def payload_of(record) -> bytes:
    """A response record's payload: its body as stored, de-chunked when it was chunked."""
    body = record.raw_stream.read()
    codings = record.http_headers.get_header("Transfer-Encoding") or ""
    return http.dechunk(body)[0] if codings.lower().endswith("chunked") else body


def run_of(record, file: str, runs: dict) -> Run:
    fields = {}
    for line in record.content_stream().read().decode("utf-8", "replace").splitlines():
        name, sep, value = line.partition(":")
        if sep:
            fields[name.strip()] = value.strip()
    crawl_id = int(fields["crawl-id"]) if fields.get("crawl-id", "").isdigit() else None
    job = fields.get("job") or "reindex"
    key = (crawl_id, job, owner_of(file))
    if key not in runs:
        starts = fields.get("start-urls", "").split()
        profile = None
        if not job.startswith("urls:"):
            try:
                profile = profiles.load(job)
            except profiles.UnknownProfile:
                profile = None
        hosts = (profile.hosts if profile else None) or starts
        scope = Scope.around(hosts, profile.scope if profile else None) if hosts else None
        site = fields.get("site") or (job if profile else (host_of(starts[0]) if starts else ""))
        runs[key] = Run(crawl_id, job, site, [normalize(u) for u in starts],
                        profile.extraction if profile else {}, scope)
    runs[key].files.append(file)
    return runs[key]


def fallback_run(runs: dict) -> Run:
    return runs.setdefault(("", "", ""), Run(None, "reindex", "", [], {}, None))


def capture_of(record, file: str, records, body: bytes | None, run: Run) -> Capture:
    rec = record.rec_headers
    http = record.http_headers
    record_id = rec.get_header("WARC-Record-ID")
    date = rec.get_header("WARC-Date")
    fetched = datetime.fromisoformat(date.replace("Z", "+00:00"))
    refers_to = rec.get_header("WARC-Refers-To")
    status = int(http.get_statuscode() or 0)

    def last(name):
        values = [v for k, v in http.headers if k.lower() == name.lower()]
        return values[-1] if values else None

    row = {
        "id": record_id.removeprefix("<urn:uuid:").removesuffix(">"),
        "crawl_id": run.crawl_id,
        "url": rec.get_header("WARC-Target-URI"),
        "fetched": fetched.isoformat(timespec="microseconds"),
        "status": status,
        "mime": last("Content-Type"),
        "payload_digest": rec.get_header("WARC-Payload-Digest") or (
            sha1_digest(body) if body is not None else None),
        "warc_file": file,
        "warc_offset": records.get_record_offset(),
        "warc_length": records.get_record_length(),
        "warc_record_id": record_id,
        "record_type": record.rec_type,
        "refers_to": refers_to.removeprefix("<urn:uuid:").removesuffix(">") if refers_to else None,
        "etag": last("ETag"),
        "last_modified": last("Last-Modified"),
        "length": len(body) if body is not None else None,
        "ip": rec.get_header("WARC-IP-Address"),
    }
    profile = rec.get_header("WARC-Profile") or ""
    return Capture(row, date, run, list(http.headers), http.protocol, body,
                   profile.rsplit("/", 1)[-1] or None, refers_to,
                   rec.get_header("WARC-Refers-To-Target-URI"))


def resolve_revisits(captures: list[Capture], payloads: dict[str, bytes]) -> None:
    """Give each revisit its original's payload (by WARC-Refers-To, else URI and digest)."""
    by_digest = {}
    for capture in captures:
        if capture.row["record_type"] == "response":
            by_digest.setdefault((capture.row["url"], capture.row["payload_digest"]),
                                 capture.row["warc_record_id"])
    for capture in captures:
        if capture.row["record_type"] != "revisit":
            continue
        original = capture.refers_to if capture.refers_to in payloads else by_digest.get(
            (capture.refers_to_uri, capture.row["payload_digest"]))
        if capture.profile == NOT_MODIFIED or capture.row["status"] == 304:
            capture.row["length"] = 0
            capture.body = b""
        elif original in payloads:
            capture.body = payloads[original]
            capture.row["length"] = len(capture.body)


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
        if url in sections.listed_in or looks_like_article(url):
            return "article", sections.section_of.get(referer, capture.referer)
        return ("section", sections.section_of[referer]) if referer in sections.section_of else (None, None)
    return ("article" if not is_listing_url(url) else None), sections.listed_in.get(url)


def article_item(capture: Capture, response, html_pages: set[str]) -> dict | None:
    """The item ``NewsSpider.parse_article`` would have yielded, or None; a section
    page is read as ``NewsSpider.parse_section`` reads it."""
    if response is None or capture.row["status"] not in (200, 304):
        return None
    kind, section_url = requested_as(capture, html_pages, response) \
        if capture.row["status"] == 200 else ("article", None)
    run = capture.run
    scope = run.scope or Scope.around([capture.row["url"]])
    if kind == "section" and isinstance(response, HtmlResponse):
        run.sections.read(normalize(capture.row["url"]), section_url, response, scope)
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


def extract_item(args: tuple[str, str, dict]) -> Article | str:
    html, url, hints = args
    try:
        return extract(html, url, hints)
    except Exception as exc:  # one bad page must not stop the rebuild
        return f"{type(exc).__name__}: {exc}"


def accept(item: dict, result: Article | str, stats: Stats) -> bool:
    """Whether an extracted page is stored, as ``ExtractPipeline`` decides; an
    article's item gets it, filed under its canonical URL."""
    if isinstance(result, str):
        stats.inc_value("extract/error")
        return False
    refused = refusal(result)
    if refused:
        stats.inc_value(refused[0])
        return False
    item["article"] = result
    item["url"] = filed_under(result.canonical, item["fetched_url"], item.pop("scope"))
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
    outcome = articles.store(corpus, item["article"], filing(item))
    stats.inc_value(f"articles/{outcome}")


def reindex(warc_dir: Path | str, into: Path | str, *, workers: int = 2,
            max_chars: int = defaults.EXTRACT_MAX_CHARS) -> dict:
    """Rebuild a corpus at ``into`` from the WARC files of ``warc_dir``; return counts."""
    warc_dir, into = Path(warc_dir), Path(into)
    if not warc_dir.is_dir():
        raise ReindexError(f"no WARC folder at {warc_dir}")
    if into.exists():
        raise ReindexError(f"{into} exists: reindex writes a new corpus")
    captures, payloads, runs = read_folder(warc_dir)
    if not captures:
        raise ReindexError(f"no response records in {warc_dir}")
    resolve_revisits(captures, payloads)
    stats = Stats()
    with Corpus(into) as corpus:
        write_crawls(corpus, captures)
        with corpus.write() as db:
            db["captures"].insert_all((c.row for c in captures), replace=True)
        stats["captures"] = len(captures)
        html_pages = set()
        responses = Responses()
        items = []
        for capture in captures:
            response = responses.build(capture)
            if isinstance(response, HtmlResponse) and capture.row["status"] == 200:
                html_pages.add(normalize(capture.row["url"]))
            item = article_item(capture, response, html_pages)
            if item is not None:
                items.append(item)
        extract_and_store(corpus, items, workers, max_chars, stats)
        stats["articles"] = corpus.db["articles"].count
    return dict(stats)


def extract_and_store(corpus: Corpus, items: list[dict], workers: int, max_chars: int,
                      stats: Stats) -> None:
    dedups: dict[int, DedupPipeline] = {}
    context = multiprocessing.get_context("forkserver")
    with ProcessPoolExecutor(max_workers=max(1, workers), mp_context=context) as pool:
        for start in range(0, len(items), BATCH):
            batch = items[start:start + BATCH]
            jobs = [(i["html"], i["url"], i["hints"]) for i in batch if "html" in i
                    and len(i["html"]) <= max_chars]
            results = iter(pool.map(extract_item, jobs))
            for item in batch:
                if "html" in item:
                    html = item.pop("html")
                    if len(html) > max_chars:
                        stats.inc_value("extract/too_large")
                        continue
                    if not accept(item, next(results), stats):
                        continue
                run = item.pop("run_key", None)
                if run not in dedups:
                    dedups[run] = DedupPipeline(stats, corpus)
                dedup = dedups[run]
                store(corpus, item, dedup, stats)


def write_crawls(corpus: Corpus, captures: list[Capture]) -> None:
    """One ``crawls`` row a crawl id found in the warcinfo records."""
    seen: dict[int, dict] = {}
    files = defaultdict(list)
    for capture in captures:
        crawl_id = capture.run.crawl_id
        if crawl_id is None:
            continue
        row = seen.setdefault(crawl_id, {
            "id": crawl_id, "job": capture.run.job, "site": capture.run.site,
            "started": capture.row["fetched"], "status": "reindexed",
            "settings": json.dumps({"start_urls": capture.run.start_urls}),
        })
        row["finished"] = capture.row["fetched"]
        if capture.row["warc_file"] not in files[crawl_id]:
            files[crawl_id].append(capture.row["warc_file"])
    with corpus.write() as db:
        for crawl_id, row in seen.items():
            db["crawls"].insert({**row, "warc_files": json.dumps(files[crawl_id])}, replace=True)
