"""The crawl's scope, enforced on every request, redirects included.

Scrapy's OffsiteMiddleware lets through any request marked ``dont_filter``,
and the news spider marks all of its requests so (the crawl ledger, not
Scrapy's duplicate filter, decides what is fetched again).  A redirect copies
the mark, so an article answering "302 -> another host" would be followed
anywhere: to another site, or to a private or loopback address.
``ScopeMiddleware`` checks the host of every request against the spider's
``allowed_domains`` whatever its marks, before robots.txt is asked (so not
even the other host's robots.txt is fetched), and refuses with an
``IgnoreRequest`` that the ledger records as skipped, "out of scope".
"""

from __future__ import annotations

import logging

from scrapy.downloadermiddlewares.offsite import OffsiteMiddleware
from scrapy.exceptions import IgnoreRequest
from scrapy.utils.httpobj import urlparse_cached

logger = logging.getLogger(__name__)


class ScopeMiddleware(OffsiteMiddleware):
    def request_scheduled(self, request, spider) -> None:
        """Checked on the way to the downloader instead: a request refused
        here would vanish from the scheduler without an outcome."""

    def process_request(self, request):
        spider = self.crawler.spider
        if request.meta.get("allow_offsite") or self.should_follow(request, spider):
            return None
        host = urlparse_cached(request).hostname or ""
        self.stats.inc_value("offsite/filtered")
        redirected = request.meta.get("redirect_urls")
        if redirected:
            logger.warning("Not following the redirect of %s to %s: %r is out of the crawl's scope",
                           redirected[0], request.url, host)
        else:
            logger.info("Not fetching %s: %r is out of the crawl's scope", request.url, host)
        raise IgnoreRequest(f"Filtered offsite request to {host!r} (out of scope)")
