"""The extraction processes' side of ``ExtractorPool``: what runs in them.

Nothing here imports Scrapy: the fork server imports this module before it forks
an extractor (``pipelines.forkserver.PRELOAD``), so that an extractor starts with
every import paid and none of the crawl process's (an extractor that unpickled a
function of ``pipelines.pool`` imported Scrapy, about 0.4 CPU s each).
"""

from __future__ import annotations

import os
import pickle
import signal
import socket
import struct
from typing import Callable

from archive import enrich
from archive.enrich import Research, research_of
from extraction import WARM_UP_PAGE, Article, extract, warm_up


#: Extractors run at a lower priority than the crawl process: on a machine with as many
#: cores as extractors, the crawl process (which feeds them) gets a core when it needs
#: one, and the extractors take the rest (about 10% faster crawls on 2 cores).
WORKER_NICENESS = 10

#: A message between the crawl process and an extractor: its length, then a pickle.
LENGTH = struct.Struct("!Q")


def start_extractor() -> None:
    """In a new extractor: Ctrl-C and SIGTERM are for the crawl process, which stops
    the crawl cleanly and lets the pages in flight finish (an extractor killed by them
    would turn those pages into errors); it yields the CPU to the crawl process;
    and the one-time costs of extraction and of the research columns are paid (by
    the fork server, normally) before the first page runs under the time limit."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    os.nice(WORKER_NICENESS)
    warm_up()
    enrich.warm_up()


def serve(sock: socket.socket, initializer: Callable[[], None] | None) -> None:
    """An extractor's life: run the calls that come down ``sock``, one at a time,
    until the crawl process closes it (or dies)."""
    if initializer is not None:
        initializer()
    with sock, sock.makefile("rb") as incoming:
        try:
            sock.sendall(LENGTH.pack(0))  # ready: calls sent from now on are timed from now on
            while True:
                head = incoming.read(LENGTH.size)
                if len(head) < LENGTH.size:
                    return
                function, args = pickle.loads(incoming.read(LENGTH.unpack(head)[0]))
                try:
                    reply = (True, function(*args))
                except Exception as exc:
                    reply = (False, exc)
                try:
                    data = pickle.dumps(reply, protocol=pickle.HIGHEST_PROTOCOL)
                except Exception as exc:  # an exception that does not pickle
                    data = pickle.dumps((False, RuntimeError(f"{reply[1]!r} ({exc})")))
                sock.sendall(LENGTH.pack(len(data)) + data)
        except (BrokenPipeError, ConnectionResetError):
            return  # the crawl process is gone, or done with this extractor


def extract_for_corpus(html: str, url: str, hints: dict | None,
                       stored_hash: str | None = None) -> tuple[Article, Research | None]:
    """``extract``, and for an article its research columns (countries, reprint
    bands), worked out here, in the extraction process, so that the crawl
    process (or reindex's) only writes them.  None of them when the text is the
    one stored already (``stored_hash``, its ``content_hash``): the row has them,
    and where it turns out not to, the store step works them out
    (``archive.enrich.after_store``)."""
    article = extract(html, url, hints)
    if refusal(article) or (stored_hash and article.content_hash == stored_hash):
        return article, None
    return article, research_of(article.title, article.text, article.language)


def refusal(article: Article) -> tuple[str, str] | None:
    """Why an extracted page is not stored, as (stat, reason); None for an article."""
    if not article.text.strip():
        return "extract/empty", "no text"
    if not article.judgement.is_article:
        return "discovery/not_article", f"not an article: {article.judgement.reason}"
    return None


def probe() -> None:
    """Extract a test page here; raises if extraction cannot run (a missing
    library, a broken install) or finds no text in it."""
    article = extract(WARM_UP_PAGE, "https://example.org/probe")
    if not article.text:
        raise RuntimeError(article.error or "no text found in a test page")


def probe_in(conn) -> None:
    try:
        probe()
        conn.send(None)
    except BaseException as exc:
        conn.send(f"{type(exc).__name__}: {exc}")
