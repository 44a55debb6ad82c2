"""Connections made at once to the address the crawl's resolver gives a host.

Twisted's ``Agent`` (under Scrapy's HTTP/1.1 handler) connects through
``HostnameEndpoint``, which tries a host's addresses one after another, one every
0.3 s, and learns that the last one failed only at its next tick (Twisted issue
8202): every refused connection costs 0.3 s, during which the request holds one of
the crawl's slots.  Pages name hundreds of hosts for their requisites; where
nothing answers for them (a host that is down, or every host pinned to 127.0.0.1 as
in the tests and the demo) the crawl idled most of the time.  Scrapy's resolver
(``TWISTED_DNS_RESOLVER``, with ``CHANCERY_RESOLVE``'s pins) gives one address a
host anyway, so :class:`DirectEndpoints` connects to it straight away: a refused
connection fails as soon as the kernel says so.  Timeouts, the bind address and
TLS (with the host's name for SNI and certificate checks) are as before.
"""

from __future__ import annotations

from twisted.internet.abstract import isIPv6Address
from twisted.internet.endpoints import TCP4ClientEndpoint, TCP6ClientEndpoint, wrapClientTLS
from twisted.internet.interfaces import IStreamClientEndpoint
from zope.interface import implementer


class DirectEndpoints:
    """An ``Agent``'s endpoint factory, in place of Twisted's standard one (whose
    settings it takes over)."""

    def __init__(self, standard):
        self._reactor = standard._reactor
        self._policy = standard._policyForHTTPS
        self._timeout = standard._connectTimeout
        self._bindAddress = standard._bindAddress  # Scrapy's agent keys its pool on it

    def endpointForURI(self, uri) -> IStreamClientEndpoint:
        endpoint = ResolvedEndpoint(self._reactor, uri.host.decode("ascii"), uri.port,
                                    self._timeout, self._bindAddress)
        if uri.scheme == b"https":
            return wrapClientTLS(self._policy.creatorForNetloc(uri.host, uri.port), endpoint)
        return endpoint


@implementer(IStreamClientEndpoint)
class ResolvedEndpoint:
    """TCP to the one address the crawl's resolver gives ``host``."""

    def __init__(self, reactor, host: str, port: int, timeout: float | None, bind_address):
        self.reactor = reactor
        self.host = host.strip("[]")
        self.port = port
        self.options = {"bindAddress": bind_address}
        if timeout is not None:
            self.options["timeout"] = timeout

    def connect(self, factory):
        # an address too goes through the resolver: CHANCERY_RESOLVE pins addresses
        resolving = self.reactor.resolver.getHostByName(self.host)
        return resolving.addCallback(self._connect, factory)  # a cancel reaches the connect

    def _connect(self, address: str, factory):
        endpoint = TCP6ClientEndpoint if isIPv6Address(address) else TCP4ClientEndpoint
        return endpoint(self.reactor, address, self.port, **self.options).connect(factory)
