"""Scrapy settings for Chancery.  Every setting of ours has a line in docs/settings.md.

Our own settings share a prefix: ``WARC_`` (capture), ``CORPUS_`` (storage),
``EXTRACT_`` (extraction) and ``CHANCERY_`` (discovery and the crawl as a whole).
"""

BOT_NAME = "chancery"
SPIDER_MODULES = ["spiders"]
NEWSPIDER_MODULE = "spiders"

# -- ours ------------------------------------------------------------------------
CORPUS_PATH = "data/corpus.db"
WARC_DIR = "data/warc"
WARC_ENABLED = True
WARC_PREFIX = "chancery"
WARC_MAX_SIZE = 1_000_000_000
WARC_GZIP_LEVEL = 2
WARC_THREADS = 2
EXTRACT_ENABLED = True
EXTRACT_WORKERS = 2
EXTRACT_TIMEOUT = 30.0
EXTRACT_MAX_CHARS = 5_000_000
CHANCERY_MAX_ARTICLES = 0
CHANCERY_SITEMAP_MAX_URLS = 5000
CHANCERY_ROBOTS_RETRY = 600.0
CHANCERY_PROGRESS = False
CHANCERY_RECHECK_DAYS = 0
CHANCERY_MAX_PAGES = 1000
CHANCERY_RETRY_MAX_WAIT = 60.0
CHANCERY_RETRY_BACKOFF = 1.0
CHANCERY_FRONTIER_JOB = ""  # set by `chancery worker`: see archive/frontier.py
CHANCERY_FRONTIER_PREFIX = "chancery"
CHANCERY_FRONTIER_HEARTBEAT = 2.0
CHANCERY_FRONTIER_TTL = 30.0
CHANCERY_FRONTIER_MAX_REQUEUES = 3
CHANCERY_FRONTIER_POLITENESS = True  # one download slot a host for all workers of a job
CHANCERY_REQUISITES = "page"  # none, page or all: see middlewares/requisites.py
CHANCERY_REQUISITES_MAX = 50_000  # requisites fetched a crawl, at most
CHANCERY_REQUISITES_TIMEOUT = 20.0  # seconds a requisite may take (0: DOWNLOAD_TIMEOUT)
CHANCERY_REQUISITES_SKIP_FILE = ""  # advertising and analytics hosts ("": the bundled list)
CHANCERY_REQUISITES_SKIP_HOSTS = ""  # more such hosts
CHANCERY_RESOLVE = ""  # HOST=ADDRESS pairs, "*" for every other host: middlewares/resolve.py

# -- politeness --------------------------------------------------------------------
USER_AGENT = "Chancery/0.1 (archival crawler for diplomatic news; +https://github.com/chancery-archive/chancery)"
ROBOTSTXT_OBEY = True
DOWNLOAD_DELAY = 1.0
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 1.0
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 2.0
CONCURRENT_REQUESTS = 16
CONCURRENT_REQUESTS_PER_DOMAIN = 4

# -- safety ------------------------------------------------------------------------
TELNETCONSOLE_ENABLED = False
REMOTE_CONTROL_ENABLED = False
DOWNLOAD_MAXSIZE = 32 * 1024 * 1024
DOWNLOAD_WARNSIZE = 8 * 1024 * 1024
DOWNLOAD_TIMEOUT = 60
RETRY_TIMES = 2
REDIRECT_MAX_TIMES = 10
COOKIES_ENABLED = False
REQUEST_FINGERPRINTER_IMPLEMENTATION = "2.7"
TWISTED_DNS_RESOLVER = "middlewares.resolve.PinnedResolver"  # Scrapy's, with CHANCERY_RESOLVE's pins

# -- components --------------------------------------------------------------------
# HTTP/1.1 over TCP and TLS with the bytes of each exchange kept for the WARC records
DOWNLOAD_HANDLERS = {
    "http": "middlewares.wire.WireDownloadHandler",
    "https": "middlewares.wire.WireDownloadHandler",
}
EXTENSIONS = {
    "middlewares.session.CrawlSession": 0,
}
DOWNLOADER_MIDDLEWARES = {
    "scrapy.downloadermiddlewares.robotstxt.RobotsTxtMiddleware": None,
    "scrapy.downloadermiddlewares.offsite.OffsiteMiddleware": None,
    "middlewares.requisites.RequisitesDownloaderMiddleware": 40,
    "middlewares.scope.ScopeMiddleware": 50,
    "middlewares.robots.RobotsMiddleware": 100,
    "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
    "scrapy.downloadermiddlewares.redirect.MetaRefreshMiddleware": None,
    "middlewares.refresh.MetaRefreshMiddleware": 580,
    "middlewares.retry.PoliteRetryMiddleware": 550,
    "middlewares.ledger.LedgerDownloaderMiddleware": 540,
    "middlewares.capture.WarcCaptureMiddleware": 950,
}
SPIDER_MIDDLEWARES = {
    "middlewares.ledger.LedgerSpiderMiddleware": 950,
    "middlewares.requisites.RequisitesSpiderMiddleware": 960,  # its requests go through the ledger
}
ITEM_PIPELINES = {
    "pipelines.pool.ExtractPipeline": 300,
    "pipelines.dedup.DedupPipeline": 400,
    "pipelines.store.StorePipeline": 500,
}
# Items of one response taken through the pipelines at once. A page yields one
# article at most; Scrapy starts this many tasks for each response whatever it
# yields (32 cost about 0.4 ms a page, 1 a seventh of that).
CONCURRENT_ITEMS = 1
STATS_CLASS = "middlewares.stats.StatsCollector"
LOG_FORMATTER = "pipelines.logformat.ItemLogFormatter"  # an item by its URL, not its text
LOG_LEVEL = "INFO"
