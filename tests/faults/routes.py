"""Route factories: each returns a function of an Exchange that stages one behaviour."""

from __future__ import annotations

import functools
import zlib
from typing import Callable, Iterable

import brotli

from tests.server import Exchange, Header, Route

HTML = "text/html; charset=utf-8"


def page(body: bytes | str, content_type: str | None = HTML, status: int = 200,
         headers: Iterable[Header] = ()) -> Route:
    data = body.encode("utf-8") if isinstance(body, str) else body
    headers = list(headers)

    def route(ex: Exchange) -> None:
        ex.send(data, status=status, headers=headers, content_type=content_type)

    return route


def status(code: int, headers: Iterable[Header] = (), body: bytes = b"") -> Route:
    return page(body or f"<html><body><h1>{code}</h1></body></html>".encode(), status=code,
                headers=headers)


def redirect(location: str, code: int = 302) -> Route:
    return page(b"", content_type=None, status=code, headers=[("Location", location)])


def sequence(*routes: Route) -> Route:
    """The n-th request of the path gets the n-th route; the last one repeats."""

    def route(ex: Exchange) -> None:
        routes[min(ex.count, len(routes)) - 1](ex)

    return route


def stall(seconds: float = 60) -> Route:
    """Accept, then say nothing for ``seconds`` (or until the server stops)."""

    def route(ex: Exchange) -> None:
        ex.wait(seconds)

    return route


def trickle(chunk: bytes = b"<p>.</p>\n", every: float = 0.2, total: int = 10_000) -> Route:
    """Headers at once, then a few bytes now and then: a very slow response."""

    def route(ex: Exchange) -> None:
        ex.head(200, [("Content-Type", HTML), ("Content-Length", str(total))])
        sent = 0
        while sent + len(chunk) <= total and not ex.wait(every):
            ex.write(chunk)
            sent += len(chunk)

    return route


def reset() -> Route:
    def route(ex: Exchange) -> None:
        ex.reset()

    return route


def truncated(body: bytes, claimed: int) -> Route:
    """A Content-Length of ``claimed`` bytes, fewer sent, then the connection closed."""

    def route(ex: Exchange) -> None:
        ex.send(body, length=claimed)

    return route


def streamed(size: int, content_type: str = HTML, announce: bool = False) -> Route:
    """``size`` bytes of HTML, chunked (no length known), or with a Content-Length."""
    prefix = b"<html><head><title>Huge</title></head><body><p>"
    block = b"lorem ipsum dolor sit amet " * 2427 + b"\n"  # ~64 KiB

    def route(ex: Exchange) -> None:
        headers = [("Content-Type", content_type)]
        headers.append(("Content-Length", str(size)) if announce else ("Transfer-Encoding", "chunked"))
        ex.head(200, headers)

        def emit(data: bytes) -> None:
            ex.write(data if announce else b"%x\r\n%s\r\n" % (len(data), data))

        sent = 0
        emit(prefix)
        sent += len(prefix)
        while sent < size and not ex.stopping.is_set():
            data = block[: size - sent]
            emit(data)
            sent += len(data)
        if not announce:
            ex.write(b"0\r\n\r\n")

    return route


def encoded(data: bytes, encodings: list[str], content_type: str = HTML) -> Route:
    """Bytes already compressed by ``encodings`` (first applied first), labelled so."""
    return page(data, content_type=content_type,
                headers=[("Content-Encoding", ", ".join(encodings))])


@functools.cache
def bomb(size: int, encodings: tuple[str, ...]) -> bytes:
    """``size`` bytes of an HTML page that is all blanks, compressed by each of
    ``encodings`` in turn: a decompression bomb.  Built in slices, so the test
    process never holds ``size`` bytes."""
    first, *rest = encodings
    data = _compressed_blanks(size, first)
    for name in rest:
        compressor = STREAMS[name]()
        data = compressor.compress(data) + compressor.flush()
    return data


@functools.cache
def _compressed_blanks(size: int, encoding: str) -> bytes:
    head = b"<html><body><p>"
    compressor = STREAMS[encoding]()
    parts = [compressor.compress(head)]
    slab = b" " * (1 << 20)
    left = size - len(head)
    while left > 0:
        parts.append(compressor.compress(slab[:left]))
        left -= len(slab)
    parts.append(compressor.flush())
    return b"".join(parts)


class _Brotli:
    def __init__(self):
        self._c = brotli.Compressor(quality=5)

    def compress(self, data: bytes) -> bytes:
        return self._c.process(data)

    def flush(self) -> bytes:
        return self._c.finish()


STREAMS: dict[str, Callable[[], object]] = {
    "gzip": lambda: zlib.compressobj(6, zlib.DEFLATED, zlib.MAX_WBITS + 16),
    "deflate": lambda: zlib.compressobj(6),
    "br": _Brotli,
}
