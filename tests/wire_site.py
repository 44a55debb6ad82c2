"""A raw-socket site on 127.0.0.1 that logs the bytes of every exchange.

Nothing between the test and the socket rewrites what is sent: each route returns
the exact bytes of its answer (status line, header case and order, chunk framing),
and the server keeps connections alive as HTTP/1.1 allows, so a client's byte
stream must be split per exchange.  ``WireSite.log`` holds, in order, one
``(request bytes, response bytes)`` pair an exchange, as they crossed the socket.
"""

from __future__ import annotations

import gzip
import socket
import threading
from typing import Callable

Answer = tuple[bytes, bool]  # the bytes to send, and whether to close the connection after


def message(status_line: str, headers: list[tuple[str, str]], body: bytes = b"") -> bytes:
    head = "\r\n".join([status_line, *(f"{name}: {value}" for name, value in headers)])
    return head.encode("latin-1") + b"\r\n\r\n" + body


def chunked(body: bytes, size: int, trailers: list[tuple[str, str]] = ()) -> bytes:
    parts = [b"%x\r\n%s\r\n" % (len(body[i:i + size]), body[i:i + size])
             for i in range(0, len(body), size)]
    tail = "".join(f"{name}: {value}\r\n" for name, value in trailers).encode("latin-1")
    return b"".join(parts) + b"0\r\n" + tail + b"\r\n"


def gzipped(body: bytes) -> bytes:
    return gzip.compress(body, mtime=0)


class WireSite:
    def __init__(self, routes: dict[str, Callable[[bytes], Answer]]):
        self.routes = routes
        self.log: list[tuple[bytes, bytes]] = []
        self._lock = threading.Lock()
        self._sock = socket.create_server(("127.0.0.1", 0))
        self.port = self._sock.getsockname()[1]
        self._threads: list[threading.Thread] = []
        self._stopping = False

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def __enter__(self) -> "WireSite":
        thread = threading.Thread(target=self._accept, daemon=True)
        thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stopping = True
        self._sock.close()

    def _accept(self) -> None:
        while not self._stopping:
            try:
                conn, _ = self._sock.accept()
            except OSError:
                return
            thread = threading.Thread(target=self._serve, args=(conn,), daemon=True)
            thread.start()

    def _serve(self, conn: socket.socket) -> None:
        buffer = b""
        with conn:
            while True:
                while b"\r\n\r\n" not in buffer:
                    try:
                        data = conn.recv(65536)
                    except OSError:
                        return
                    if not data:
                        return
                    buffer += data
                end = buffer.index(b"\r\n\r\n") + 4
                request, buffer = buffer[:end], buffer[end:]  # GETs only: no request body
                target = request.split(b" ", 2)[1].decode("latin-1")
                route = self.routes.get(target)
                answer, close = route(request) if route else (
                    message("HTTP/1.1 404 Not Found", [("Content-Length", "0")]), False)
                with self._lock:
                    self.log.append((request, answer))
                conn.sendall(answer)
                if close:
                    conn.shutdown(socket.SHUT_WR)
                    return
