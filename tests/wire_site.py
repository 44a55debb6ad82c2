"""A raw-socket site on 127.0.0.1 that logs the bytes of every exchange.

Nothing between the test and the socket rewrites what is sent: each route returns
the exact bytes of its answer (status line, header case and order, chunk framing),
and the server keeps connections alive as HTTP/1.1 allows, so a client's byte
stream must be split per exchange.  ``WireSite.log`` holds, in order, one
``(request bytes, response bytes)`` pair an exchange, as they crossed the socket.
"""

from __future__ import annotations

import datetime
import gzip
import socket
import ssl
import threading
from pathlib import Path
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
    def __init__(self, routes: dict[str, Callable[[bytes], Answer]],
                 tls: ssl.SSLContext | None = None):
        self.routes = routes
        self.tls = tls
        self.log: list[tuple[bytes, bytes]] = []
        self._lock = threading.Lock()
        self._sock = socket.create_server(("127.0.0.1", 0))
        self.port = self._sock.getsockname()[1]
        self._threads: list[threading.Thread] = []
        self._stopping = False
        self.early: dict[str, bytes] = {}  # bytes sent (and logged) before the route runs
        self.connections = 0  # accepted: fewer than exchanges when connections are kept alive

    def url(self, path: str) -> str:
        return f"{'https' if self.tls else 'http'}://127.0.0.1:{self.port}{path}"

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
            self.connections += 1
            if self.tls is not None:
                try:
                    conn = self.tls.wrap_socket(conn, server_side=True)
                except (OSError, ssl.SSLError):
                    conn.close()
                    continue
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
                early = self.early.get(target, b"")
                if early:
                    conn.sendall(early)
                answer, close = route(request) if route else (
                    message("HTTP/1.1 404 Not Found", [("Content-Length", "0")]), False)
                answer = early + answer
                with self._lock:
                    self.log.append((request, answer))
                try:
                    conn.sendall(answer[len(early):])
                except OSError:
                    return
                if close:
                    if isinstance(conn, ssl.SSLSocket):
                        conn.unwrap()  # close_notify: a clean end of a close-delimited body
                    else:
                        conn.shutdown(socket.SHUT_WR)
                    return


def tls_context(folder: Path) -> ssl.SSLContext:
    """A server context with a throwaway self-signed certificate for 127.0.0.1."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = datetime.datetime.now(datetime.timezone.utc)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - datetime.timedelta(days=1))
            .not_valid_after(now + datetime.timedelta(days=1))
            .sign(key, hashes.SHA256()))
    (folder / "cert.pem").write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    (folder / "key.pem").write_bytes(key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption()))
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(folder / "cert.pem", folder / "key.pem")
    return context
