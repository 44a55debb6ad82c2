"""Host names pinned to addresses, as curl's ``--resolve`` and Chromium's host rules do.

``CHANCERY_RESOLVE`` is ``HOST=ADDRESS`` pairs (space or comma separated); ``*``
stands for every other host.  A crawl of a staging copy of a site pins the site's
name to the copy's address; a crawl that must stay on this machine (the tests, the
demo, the benches, whose pages name CDNs and trackers by absolute URL) pins ``*``
to ``127.0.0.1``: whatever a page links, no connection leaves the loopback network,
and one to a host with nothing listening is refused at once.  Addresses written in
a URL are pinned too, loopback ones excepted.  Without pairs, Scrapy's own caching
resolver answers.
"""

from __future__ import annotations

import ipaddress

from scrapy.resolver import CachingThreadedResolver
from twisted.internet import defer


def parse_pins(text: str) -> dict[str, str]:
    """``"a.example=10.0.0.5 *=127.0.0.1"`` as a dict (ValueError on a bad pair)."""
    pins = {}
    for pair in (text or "").replace(",", " ").split():
        host, sep, address = pair.partition("=")
        if not sep or not host:
            raise ValueError(f"CHANCERY_RESOLVE: {pair!r} is not HOST=ADDRESS")
        ipaddress.ip_address(address)  # ValueError names it
        pins[host.lower()] = address
    return pins


def pinned(host: str, pins: dict[str, str]) -> str | None:
    """The address ``host`` is pinned to, or None (resolve it as usual)."""
    host = host.lower().rstrip(".")
    if host in pins:
        return pins[host]
    if "*" not in pins or host == "localhost":
        return None
    try:
        if ipaddress.ip_address(host.strip("[]")).is_loopback:
            return None
    except ValueError:
        pass
    return pins["*"]


class PinnedResolver(CachingThreadedResolver):
    """Scrapy's resolver (``TWISTED_DNS_RESOLVER``) with ``CHANCERY_RESOLVE``'s pins first."""

    def __init__(self, reactor, cache_size: int, timeout: float, pins: dict[str, str] | None = None):
        super().__init__(reactor, cache_size, timeout)
        self.pins = pins or {}

    @classmethod
    def from_crawler(cls, crawler, reactor):
        resolver = super().from_crawler(crawler, reactor)
        resolver.pins = parse_pins(crawler.settings.get("CHANCERY_RESOLVE") or "")
        return resolver

    def getHostByName(self, name: str, timeout=()):
        address = pinned(name, self.pins)
        if address is not None:
            return defer.succeed(address)
        return super().getHostByName(name, timeout)
