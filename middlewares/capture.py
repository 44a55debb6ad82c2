"""WARC capture: every HTTP exchange, as received, into the WARC files and ``captures``.

The record blocks are the bytes the connection wrote and read, handed on by the
download handler (``middlewares/wire.py``) in ``request.meta[WIRE_KEY]``.  A
response that comes without them (another download handler: HTTP/2, ``file:``)
gets records rebuilt from Scrapy's request and response, as before.

``WarcCaptureMiddleware`` sits at 950 among the downloader middlewares, below
HTTP compression (590) and redirects (600): it sees bodies still compressed and
every 3xx, 4xx and 5xx before anything else touches them, including the
robots.txt fetches.  When a payload is identical to one already archived for
the URL, it writes a ``revisit`` record instead of a second copy.

The records of an exchange are compressed in a worker thread (ISA-L and hashlib
let go of the GIL), so the reactor thread goes on parsing other pages
meanwhile; they are written to the file, and the ``captures`` row inserted, on
the reactor thread, before the response goes on to the spider.
"""

from __future__ import annotations

import asyncio
import logging
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime
from http import HTTPStatus
from urllib.parse import urlsplit

from scrapy import signals
from scrapy.exceptions import IgnoreRequest, NotConfigured
from scrapy.utils.defer import deferred_from_coro

from archive import http
from archive.warc import header_block, sha1_digest, warc_date
from middlewares.session import CrawlSession
from middlewares.wire import WIRE_KEY, Exchange

logger = logging.getLogger(__name__)


def request_head(request) -> bytes:
    """The request line with the full target (query string kept) and every header."""
    parts = urlsplit(request.url)
    target = parts.path or "/"
    if parts.query:
        target += "?" + parts.query
    headers = []
    if b"Host" not in request.headers:
        headers.append((b"Host", parts.netloc.encode("ascii", "replace")))
    for name, values in request.headers.items():
        headers.extend((name, value) for value in values)
    first = f"{request.method} {target} HTTP/1.1".encode("latin-1", "replace")
    return header_block(first, headers)


def response_head(response) -> bytes:
    """The status line in the protocol actually spoken, and every header value."""
    protocol = response.protocol or "HTTP/1.1"
    try:
        phrase = HTTPStatus(response.status).phrase
    except ValueError:
        phrase = ""
    first = f"{protocol} {response.status} {phrase}".rstrip().encode("latin-1")
    headers = [
        (name, value) for name, values in response.headers.items() for value in values
    ]
    return header_block(first, headers)


async def _after(before: asyncio.Future | None) -> None:
    """Wait for the capture before this one to be written (at once if it is)."""
    if before is not None:
        await before


class CaptureFailed(IgnoreRequest):
    """The exchange could not be archived (disk full): the URL stays queued."""


class WarcCaptureMiddleware:
    def __init__(self, session: CrawlSession, stats, stop_crawl=None, threads: int = 0):
        self.session = session
        self.stats = stats
        self.stop_crawl = stop_crawl or (lambda reason: None)
        self.executor = ThreadPoolExecutor(threads, "warc") if threads > 0 else None
        # The last capture's write, which the next capture waits for: exchanges are
        # prepared side by side but written in the order of their dates, which is the
        # order the spider parses their pages in and a reindex replays them in.
        self._written: asyncio.Future | None = None

    def close(self) -> None:
        if self.executor is not None:
            self.executor.shutdown(wait=True)

    @classmethod
    def from_crawler(cls, crawler):
        if not crawler.settings.getbool("WARC_ENABLED"):
            raise NotConfigured("WARC_ENABLED is off")

        def stop_crawl(reason: str) -> None:
            deferred_from_coro(crawler.engine.close_spider_async(reason=reason))

        middleware = cls(CrawlSession.of(crawler), crawler.stats, stop_crawl,
                         threads=crawler.settings.getint("WARC_THREADS"))
        crawler.signals.connect(middleware.close, signals.spider_closed)
        return middleware

    async def process_response(self, request, response):
        if "cached" in response.flags:
            return response  # answered from memory or an HTTP cache: no exchange happened
        try:
            await self.capture(request, response)
        except OSError as exc:
            self.stats.inc_value("warc/write_error")
            logger.critical("Cannot write the WARC file (%s): stopping the crawl; run it "
                            "again to resume once there is room", exc)
            self.stop_crawl("disk_full")
            raise CaptureFailed(f"WARC write failed: {exc}") from exc
        return response

    async def process_exception(self, request, exception):
        """A download cut short after the response head: its bytes, as a truncated record.

        No ``captures`` row (the spider never sees it); the URL is retried or
        failed as before.
        """
        exchange = request.meta.pop(WIRE_KEY, None)
        if exchange is None or not exchange.read:
            return None
        request_head, request_body, head, body = http.exchange_parts(exchange.written,
                                                                       exchange.read)
        try:
            self.session.warc.write_exchange(
                url=request.url, request_head=request_head, request_body=request_body,
                response_head=head, response_body=body,
                truncated=exchange.truncated or "unspecified")
        except OSError as exc:
            logger.error("Cannot write the truncated record of %s: %s", request.url, exc)
            return None
        self.stats.inc_value("warc/truncated")
        self.stats.inc_value("warc/records", 2)
        return None

    async def capture(self, request, response) -> None:
        """Write the exchange (or a revisit) and its ``captures`` row."""
        wire: Exchange | None = request.meta.pop(WIRE_KEY, None)
        if wire is not None:
            sent_head, request_body, head, body = http.exchange_parts(wire.written, wire.read)
            truncated = wire.truncated
        else:
            sent_head, request_body = request_head(request), request.body
            head, body, truncated = response_head(response), response.body, None
        digest = sha1_digest(response.body)  # the payload: transfer coding removed
        fetched = self.session.warc.clock()
        previous = self._previous(response, digest)
        before, turn = self._written, asyncio.get_running_loop().create_future()
        self._written = turn
        try:
            if previous is not None:
                await _after(before)
                written = self._write_revisit(response, head, previous, fetched)
            else:
                prepared = await self._prepare(response, fetched, digest, request_head=sent_head,
                                               request_body=request_body, response_head=head,
                                               response_body=body, truncated=truncated)
                await _after(before)
                written, _request_record = self.session.warc.commit(prepared)
        finally:
            turn.set_result(None)
        if previous is not None:
            record_type = "revisit"
            self.stats.inc_value("warc/revisits")
        else:
            record_type = "response"
            self.stats.inc_value("warc/records", 2)
        self.stats.inc_value("warc/responses")
        capture = {
            "id": written.record_id.removeprefix("<urn:uuid:").removesuffix(">"),
            "crawl_id": self.session.crawl_id,
            "url": response.url,
            "fetched": fetched.isoformat(timespec="microseconds"),
            "status": response.status,
            "mime": _header(response, b"Content-Type"),
            "payload_digest": written.payload_digest,
            "warc_file": written.file,
            "warc_offset": written.offset,
            "warc_length": written.length,
            "warc_record_id": written.record_id,
            "record_type": record_type,
            "refers_to": previous["id"] if previous is not None else None,
            "etag": _header(response, b"ETag"),
            "last_modified": _header(response, b"Last-Modified"),
            "length": len(response.body),
            "ip": str(response.ip_address) if response.ip_address else None,
        }
        self.session.index.add(capture, _header(request, b"Referer"))
        self.session.corpus.add_capture(capture)
        request.meta["capture"] = capture

    def _write_revisit(self, response, head: bytes, previous: dict, fetched: datetime):
        """A revisit record of a response whose payload ``previous`` holds."""
        return self.session.warc.write_revisit(
            url=response.url,
            response_head=head,
            payload_digest=previous["payload_digest"],
            refers_to_uri=previous["url"],
            refers_to_date=previous["warc_date"],
            refers_to_id=previous["warc_record_id"],
            not_modified=response.status == 304,
            ip_address=str(response.ip_address) if response.ip_address else None,
            fetched=fetched,
        )

    async def _prepare(self, response, fetched: datetime, digest: str, **parts):
        """The exchange's two records, compressed in a WARC thread when there are any."""
        writer = self.session.warc
        writer.ready()
        exchange = dict(
            url=response.url,
            ip_address=str(response.ip_address) if response.ip_address else None,
            fetched=fetched,
            response_id=writer.make_id(),
            request_id=writer.make_id(),
            payload_digest=digest,
            **parts,
        )
        if self.executor is None:
            return writer.prepare_exchange(**exchange)
        return await asyncio.wrap_future(self.executor.submit(lambda: writer.prepare_exchange(**exchange)))

    def _previous(self, response, digest: str) -> dict | None:
        """The archived response this one repeats, if any.

        A 304 repeats the last full capture of the URL; any other answer repeats
        one whose payload digest is the same.
        """
        if response.status == 304:
            sql = ("SELECT * FROM captures WHERE url = ? AND record_type = 'response'"
                   " AND status = 200 ORDER BY fetched DESC LIMIT 1")
            args = [response.url]
        elif response.body:
            sql = ("SELECT * FROM captures WHERE url = ? AND payload_digest = ?"
                   " AND record_type = 'response' AND status = ? LIMIT 1")
            args = [response.url, digest, response.status]
        else:
            return None
        row = self.session.corpus.first(sql, args)
        if row is None:
            return None
        row["warc_date"] = _warc_date_of(row["fetched"])
        return row


def _header(message, name: bytes) -> str | None:
    value = message.headers.get(name)
    return value.decode("latin-1") if value is not None else None


def _warc_date_of(fetched: str) -> str:
    return warc_date(datetime.fromisoformat(fetched))
