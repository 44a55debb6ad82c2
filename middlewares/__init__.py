"""Crawl components between Scrapy's engine and the spider: downloader and spider
middlewares (WARC capture, the ledger, robots.txt, retry, scope, meta refresh, the
fleet's shared politeness) and the extensions they share state through (the crawl
session, stats, progress, a fleet worker's heartbeat).  Imports ``archive`` and
``extraction``, never ``spiders``, ``pipelines`` or ``crawler`` (docs/architecture.md)."""
