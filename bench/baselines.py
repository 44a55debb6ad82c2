"""The benchmark's baselines, each run as a command of its own.

``python -m bench.baselines scrapy OUT.json URL...``
    A bare Scrapy crawl that stores nothing: from section pages it follows the
    ``rel=next`` pagination and the teasers' article links, and does nothing
    with an article page.  Same politeness-off settings as ``chancery crawl
    --impolite`` (16 requests at a time, robots.txt obeyed).

``python -m bench.baselines trafilatura OUT.json PROCESSES FILE...``
    ``trafilatura.extract`` alone over HTML files (read and decoded as the crawl
    decodes them), in 1 or more processes.

``python -m bench.baselines trafilatura-meta OUT.json PROCESSES FILE...``
    The same with ``with_metadata=True``: trafilatura doing the job the corpus
    asks of an extractor (text, and title, author, date and the rest).

``python -m bench.baselines extract OUT.json PROCESSES FILE...``
    The same with Chancery's own ``extraction.extract`` (what the crawl's
    extraction workers run): the ceiling of an end-to-end crawl's throughput.

Each writes a small JSON of counts to OUT.json.
"""

from __future__ import annotations

import json
import multiprocessing
import sys
from pathlib import Path


def bare_scrapy(out: str, urls: list[str]) -> int:
    import scrapy
    from scrapy.crawler import CrawlerProcess

    class BareSpider(scrapy.Spider):
        name = "bare"
        start_urls = urls

        def parse(self, response):
            for href in response.xpath("//a[@rel='next']/@href | //link[@rel='next']/@href").getall():
                yield response.follow(href, callback=self.parse)
            for href in response.xpath("//h2[@class='entry-title']/a/@href").getall():
                yield response.follow(href, callback=self.parse_article)

        def parse_article(self, response):
            return None

    process = CrawlerProcess({
        "LOG_LEVEL": "WARNING", "TELNETCONSOLE_ENABLED": False, "ROBOTSTXT_OBEY": True,
        "CONCURRENT_REQUESTS": 16, "CONCURRENT_REQUESTS_PER_DOMAIN": 16, "DOWNLOAD_DELAY": 0,
        "AUTOTHROTTLE_ENABLED": False, "COOKIES_ENABLED": False,
    })
    crawler = process.create_crawler(BareSpider)
    process.crawl(crawler)
    process.start()
    stats = crawler.stats.get_stats()
    pages = stats.get("downloader/response_status_count/200", 0)
    robots = stats.get("robotstxt/response_count", 0)
    Path(out).write_text(json.dumps({"pages": pages - robots, "responses": pages}))
    return 0


def _extract_file(path: str, **options) -> int:
    import trafilatura

    html = Path(path).read_bytes().decode("utf-8", "replace")
    text = trafilatura.extract(html, url=path, **options)
    return 1 if text else 0


def _extract_file_with_metadata(path: str) -> int:
    return _extract_file(path, with_metadata=True)


def _chancery_extract_file(path: str) -> int:
    from extraction import extract

    html = Path(path).read_bytes().decode("utf-8", "replace")
    return 1 if extract(html, "http://127.0.0.1/" + path).text else 0


def extract_only(out: str, processes: int, files: list[str], function=_extract_file) -> int:
    if processes <= 1:
        extracted = sum(function(f) for f in files)
    else:
        with multiprocessing.get_context("fork").Pool(processes) as pool:
            extracted = sum(pool.imap_unordered(function, files, chunksize=8))
    Path(out).write_text(json.dumps({"pages": len(files), "articles": extracted}))
    return 0


def main(argv: list[str]) -> int:
    kind, out, *rest = argv
    if kind == "scrapy":
        return bare_scrapy(out, rest)
    functions = {"trafilatura": _extract_file, "trafilatura-meta": _extract_file_with_metadata,
                 "extract": _chancery_extract_file}
    if kind in functions:
        listing = rest[1:]
        if len(listing) == 1 and listing[0].startswith("@"):
            listing = Path(listing[0][1:]).read_text().split("\n")
        return extract_only(out, int(rest[0]), [f for f in listing if f], functions[kind])
    raise SystemExit(f"unknown baseline {kind!r}")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
