"""HTTP/1.x messages as bytes on the wire: splitting, de-chunking, payload digests.

No Scrapy here.  The capture handler (``middlewares/wire.py``) records the bytes a
connection wrote and read for each exchange; these functions cut them into the
parts a WARC record needs:

- the bytes read may start with interim ``1xx`` answers (``100 Continue``, ``103
  Early Hints``), which are not the response: :func:`final_response` skips them;
- the payload of a response, by WARC 1.1, is its body with the transfer coding
  removed and the content coding kept: :func:`payload` de-chunks a
  ``Transfer-Encoding: chunked`` body (trailers dropped), so that two answers that
  differ only in chunk boundaries have the same ``WARC-Payload-Digest``.
"""

from __future__ import annotations

import re

_STATUS = re.compile(rb"HTTP/\d(?:\.\d)? (\d{3})")
_CHUNK_SIZE = re.compile(rb"[0-9A-Fa-f]+")


def head_end(message: bytes | bytearray, start: int = 0) -> int:
    """Offset just past the blank line that ends the head starting at ``start``; -1 if none.

    Takes CRLF CRLF and, as lenient parsers do, a bare LF LF (looked for only
    before the first CRLF CRLF, so a body is not scanned).
    """
    crlf = message.find(b"\r\n\r\n", start)
    lf = message.find(b"\n\n", start, len(message) if crlf == -1 else crlf + 2)
    if lf != -1 and (crlf == -1 or lf + 2 <= crlf + 4):
        return lf + 2
    return crlf + 4 if crlf != -1 else -1


def final_response(read: bytes) -> tuple[int, int]:
    """Where the final response starts in the bytes read, and where its head ends.

    Interim ``1xx`` answers before it are skipped.  Returns (start, head_end);
    head_end is -1 when the head never ended (a connection cut in the head).
    """
    start = 0
    while True:
        end = head_end(read, start)
        match = _STATUS.match(read, start)
        if end == -1 or match is None or not match.group(1).startswith(b"1"):
            return start, end
        if int(match.group(1)) == 101:  # switching protocols: what follows is not HTTP
            return start, end
        start = end


def header_values(head: bytes, name: bytes) -> list[bytes]:
    """Every value of one header (case-insensitive name) in an HTTP head."""
    wanted = name.lower()
    values = []
    for line in head.split(b"\n")[1:]:
        key, sep, value = line.partition(b":")
        if sep and key.strip().lower() == wanted:
            values.append(value.strip())
    return values


def is_chunked(head: bytes) -> bool:
    codings = b",".join(header_values(head, b"Transfer-Encoding")).lower()
    return codings.split(b",")[-1].strip() == b"chunked" if codings else False


def dechunk(body: bytes) -> tuple[bytes, bool]:
    """The data of a chunked body, and whether it was whole (last chunk seen).

    A body cut short gives the data of its whole chunks and the part of the last
    one that arrived.
    """
    out = []
    position = 0
    size_of = len(body)
    while position < size_of:
        line_end = body.find(b"\n", position)
        if line_end == -1:
            return b"".join(out), False
        match = _CHUNK_SIZE.match(body, position)
        if match is None:
            return b"".join(out), False
        size = int(match.group(0), 16)
        start = line_end + 1
        if size == 0:
            return b"".join(out), True
        out.append(body[start:start + size])
        if start + size > size_of:
            return b"".join(out), False
        position = start + size
        if body.startswith(b"\r\n", position):
            position += 2
        elif body.startswith(b"\n", position):
            position += 1
    return b"".join(out), False


def payload(head: bytes, body: bytes) -> bytes:
    """The payload of a response by WARC 1.1: the body, transfer coding removed."""
    return dechunk(body)[0] if is_chunked(head) else body


def split_block(block: bytes) -> tuple[bytes, bytes]:
    """An ``application/http`` record block cut into its head and its body."""
    end = head_end(block)
    if end == -1:
        return block, b""
    return block[:end], block[end:]


def exchange_parts(written: bytes, read: bytes) -> tuple[bytes, bytes, bytes, bytes]:
    """The bytes of one exchange cut into (request head, request body, response head, body).

    Interim ``1xx`` answers read before the final response are left out (a WARC
    response record holds one HTTP response).  A head that never ended is all head.
    """
    end = head_end(written)
    written_view, read_view = memoryview(written), memoryview(read)
    if end == -1:
        request_head, request_body = bytes(written_view), b""
    else:
        request_head, request_body = bytes(written_view[:end]), bytes(written_view[end:])
    start, end = final_response(read)
    if end == -1:
        return request_head, request_body, bytes(read_view[start:]), b""
    return request_head, request_body, bytes(read_view[start:end]), bytes(read_view[end:])


def record_payload(content_type: str, block: bytes) -> bytes:
    """A WARC record's payload by WARC 1.1: an HTTP message's body, transfer coding removed."""
    if "application/http" not in content_type:
        return block
    return payload(*split_block(block))
