"""Capture at the transport: Scrapy's HTTP/1.1 download handler, keeping the bytes.

``WireDownloadHandler`` is Scrapy's own ``HTTP11DownloadHandler`` (Twisted's
``HTTP11ClientProtocol`` over TCP or TLS, its connection pool, its size limits,
timeouts and data-loss checks) with one change: the protocol of every pooled
connection is a ``WireProtocol``, which tees the bytes it writes to, and reads
from, its transport into an :class:`Exchange` per request.  On TLS connections
the protocol sits above the TLS layer, so the bytes are the plaintext HTTP
messages.  Keep-alive connections are split per exchange: a request starts a new
exchange, and the parser's end of the response closes it (bytes read past the
end, which Twisted refuses to reuse a connection after, are cut off).

Scrapy's ``Response`` is built by the handler exactly as before (de-chunked body,
headers as Twisted parsed them); the exchange goes with the request, in
``request.meta[WIRE_KEY]``, to ``WarcCaptureMiddleware``, which takes it out and
writes its bytes as the request and response record blocks.  When a download
fails after the response head arrived (a connection cut mid-body, a body over
``DOWNLOAD_MAXSIZE``, a timeout), the exchange is kept the same way with the
reason the record is truncated (``WARC-Truncated``).

Connections are made by :mod:`middlewares.connect` (at once, to the address the
crawl's resolver gives) instead of Twisted's ``HostnameEndpoint``.

This builds on Scrapy's private classes (``_ScrapyAgent``,
``_LenientHTTP11ClientProtocol``) and the attributes of Twisted's standard endpoint
factory; ``tests/test_wire.py`` fails if they change.
"""

from __future__ import annotations

import logging

from scrapy.core.downloader.handlers.http11 import (
    HTTP11DownloadHandler,
    _LenientHTTP11ClientFactory,
    _LenientHTTP11ClientProtocol,
    _ScrapyAgent,
)
from scrapy.exceptions import (
    DownloadCancelledError,
    DownloadTimeoutError,
    ResponseDataLossError,
)
from scrapy.utils._download_handlers import get_dataloss_msg, wrap_twisted_exceptions
from scrapy.utils.defer import maybe_deferred_to_future

from archive import http
from middlewares.connect import DirectEndpoints

logger = logging.getLogger(__name__)

#: The ``request.meta`` key the handler hands an :class:`Exchange` on under.
WIRE_KEY = "_wire_exchange"


class Exchange:
    """The bytes one request wrote and its response read, on one connection."""

    __slots__ = ("written", "read", "done", "truncated", "limit")

    def __init__(self) -> None:
        self.written = bytearray()
        self.read = bytearray()
        self.done = False  # the parser saw the end of the response
        self.truncated: str | None = None  # WARC-Truncated: length, disconnect, time
        self.limit = 0  # keep at most this many bytes read (0: no limit)

    def received(self, data: bytes) -> None:
        if self.done or self.truncated == "length":
            return
        self.read += data
        if self.limit and len(self.read) > self.limit:
            del self.read[self.limit:]
            self.truncated = "length"

    def finish(self, rest: bytes) -> None:
        if not self.done and rest and self.read.endswith(rest):
            del self.read[len(self.read) - len(rest):]
        self.done = True


class _TeeTransport:
    """A transport that hands every byte written to the protocol's exchange first."""

    def __init__(self, transport, protocol: "WireProtocol"):
        self._transport = transport
        self._protocol = protocol

    def write(self, data: bytes) -> None:
        exchange = self._protocol.exchange
        if exchange is not None:
            exchange.written += data
        self._transport.write(data)

    def writeSequence(self, data) -> None:
        for part in data:
            self.write(part)

    def __getattr__(self, name: str):
        return getattr(self._transport, name)


class WireProtocol(_LenientHTTP11ClientProtocol):
    """Scrapy's HTTP/1.1 client protocol, recording each exchange's bytes."""

    exchange: Exchange | None = None

    def makeConnection(self, transport) -> None:
        super().makeConnection(_TeeTransport(transport, self))

    def request(self, request):
        exchange = self.exchange = Exchange()
        deferred = super().request(request)

        def attach(response):
            response._chancery_wire = exchange
            return response

        return deferred.addCallback(attach)

    def dataReceived(self, data: bytes) -> None:
        if self.exchange is not None:
            self.exchange.received(data)
        super().dataReceived(data)

    def _finishResponse(self, rest: bytes) -> None:
        if self.exchange is not None:
            self.exchange.finish(rest)
            self.exchange = None  # an idle pooled connection keeps no body alive
        super()._finishResponse(rest)


class WireClientFactory(_LenientHTTP11ClientFactory):
    def buildProtocol(self, addr):
        return WireProtocol(self._quiescentCallback)


class _WireAgent(_ScrapyAgent):
    """Scrapy's agent for one download, noting the exchange of its response."""

    exchange: Exchange | None = None
    maxsize = 0

    def _get_agent(self, request, timeout):
        agent = super()._get_agent(request, timeout)
        if not request.meta.get("proxy"):  # a proxy's agent connects to the proxy alone
            agent._endpointFactory = DirectEndpoints(agent._endpointFactory)
        return agent

    def _cb_bodyready(self, txresponse, request):
        self.exchange = getattr(txresponse, "_chancery_wire", None)
        self.maxsize = request.meta.get("download_maxsize", self._maxsize)
        if self.exchange is not None and self.maxsize:
            # a bound on memory only: Scrapy stops the download at maxsize decoded bytes,
            # and chunk framing makes the bytes read somewhat more than that
            start, head_end = http.final_response(self.exchange.read)
            self.exchange.limit = max(head_end, start) + 2 * self.maxsize + (1 << 16)
        return super()._cb_bodyready(txresponse, request)

    def over_maxsize(self) -> bool:
        """Whether the response's body (transfer coding removed) passed DOWNLOAD_MAXSIZE."""
        exchange = self.exchange
        if exchange is None or not self.maxsize:
            return False
        if exchange.truncated == "length":
            return True
        _request_head, _request_body, head, body = http.exchange_parts(b"", exchange.read)
        return len(http.payload(head, body)) > self.maxsize


class WireDownloadHandler(HTTP11DownloadHandler):
    """``DOWNLOAD_HANDLERS`` for http and https: HTTP/1.1 with the bytes kept."""

    def __init__(self, crawler):
        super().__init__(crawler)
        self._pool._factory = WireClientFactory
        # the capture middleware takes the exchange out of meta; without it, none is put in
        self._hand_on = crawler.settings.getbool("WARC_ENABLED")

    async def download_request(self, request):
        agent = _WireAgent(
            contextFactory=self._contextFactory,
            bindAddress=self._bind_address,
            pool=self._pool,
            maxsize=self._default_maxsize,
            warnsize=self._default_warnsize,
            fail_on_dataloss=self._fail_on_dataloss,
            crawler=self._crawler,
            tls_verbose_logging=self._tls_verbose_logging,
        )
        try:
            with wrap_twisted_exceptions():
                response = await maybe_deferred_to_future(agent.download_request(request))
        except ResponseDataLossError:
            self._keep(request, agent.exchange, "disconnect")
            if not self._fail_on_dataloss_warned:
                logger.warning(get_dataloss_msg(request.url))
                self._fail_on_dataloss_warned = True
            raise
        except DownloadTimeoutError:
            self._keep(request, agent.exchange, "time")
            raise
        except DownloadCancelledError as exc:
            over = "max size" in str(exc) or agent.over_maxsize()  # announced, or received
            self._keep(request, agent.exchange, "length" if over else "unspecified")
            raise
        except Exception:  # any other failure once the head was read: its bytes, marked so
            self._keep(request, agent.exchange, "unspecified")
            raise
        self._keep(request, agent.exchange, "disconnect" if "dataloss" in response.flags else None)
        return response

    def _keep(self, request, exchange: Exchange | None, truncated: str | None) -> None:
        if exchange is None or not self._hand_on:
            return
        if truncated and not exchange.truncated:
            exchange.truncated = truncated
        request.meta[WIRE_KEY] = exchange
