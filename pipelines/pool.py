"""ExtractPipeline: runs ``extraction.extract`` off the reactor thread.

Extraction is most of a crawl's CPU, so it runs in extractor processes
(``ExtractorPool``), which also enforces a time limit per page: an extractor stuck on
a pathological page is killed and replaced, the page is dropped with a counted
``extract/timeout``, and the crawl goes on.  Pages over a size cap are not
extracted at all (``extract/too_large``); their capture stays in the WARC and
in ``captures``.  A page whose text is empty, or that the page's judgement
finds no article, is dropped (``refusal``, which ``chancery reindex`` asks too);
an article is filed under its rel=canonical within scope (``filed_under``).
What runs in the extractors is ``pipelines.extractor``'s.
"""

from __future__ import annotations

import asyncio
import logging
import pickle
import socket
from collections import deque
from typing import Any, Callable

from scrapy import signals
from scrapy.exceptions import DropItem, NotConfigured

from archive.enrich import Research
from extraction import Article
from middlewares.ledger import PageFailed
from middlewares.session import CrawlSession
from pipelines.extractor import (LENGTH, extract_for_corpus, probe, probe_in, refusal, serve,
                                 start_extractor)
from pipelines import forkserver
from spiders.links import Scope, filed_under

logger = logging.getLogger(__name__)


class ExtractorDied(RuntimeError):
    """An extractor process ended in the middle of a call (a crash, the OOM killer)."""


NO_EXTRACTOR = "no extraction process could be started"

#: Calls sent to an extractor ahead of its answer: the next one waits in its socket, so an
#: extractor never idles while the event loop is busy elsewhere.
CALLS_IN_FLIGHT = 2


class Call:
    def __init__(self, data: bytes, future: asyncio.Future, timeout: float | None):
        self.data = data
        self.future = future
        self.timeout = timeout

    def settle(self, result: Any = None, exception: BaseException | None = None) -> None:
        if self.future.done():  # cancelled meanwhile
            return
        if exception is not None:
            self.future.set_exception(exception)
        else:
            self.future.set_result(result)


class Extractor(asyncio.Protocol):
    """One extractor process, seen from the event loop: the calls sent to it, oldest
    (the one running) first, and the time limit of that one."""

    def __init__(self, pool: "ExtractorPool", process):
        self.pool = pool
        self.process = process
        self.transport: asyncio.Transport | None = None
        self.buffer = bytearray()
        self.sent: deque[Call] = deque()
        self.timer: asyncio.TimerHandle | None = None
        self.ready = False  # set when the extractor says so, its start-up done
        self.ended = False

    def connection_made(self, transport) -> None:
        self.transport = transport

    def send(self, call: Call) -> None:
        self.transport.write(LENGTH.pack(len(call.data)) + call.data)
        self.sent.append(call)
        if len(self.sent) == 1:
            self._time(call)

    def _time(self, call: Call) -> None:
        if call.timeout is not None:
            self.timer = asyncio.get_running_loop().call_later(call.timeout, self.timed_out)

    def data_received(self, data: bytes) -> None:
        self.buffer += data
        while len(self.buffer) >= LENGTH.size:
            size = LENGTH.unpack_from(self.buffer)[0]
            if len(self.buffer) < LENGTH.size + size:
                return
            if not self.ready:
                del self.buffer[:LENGTH.size]
                self.ready = True
                self.pool.dispatch()
                continue
            ok, value = pickle.loads(memoryview(self.buffer)[LENGTH.size:LENGTH.size + size])
            del self.buffer[:LENGTH.size + size]
            call = self.sent.popleft()
            if self.timer is not None:
                self.timer.cancel()
                self.timer = None
            if self.sent:
                self._time(self.sent[0])  # started as the answer left
            self.pool.dispatch()
            if ok:
                call.settle(value)
            else:
                call.settle(exception=value)

    def timed_out(self) -> None:
        self.timer = None
        self.end(TimeoutError(f"no answer within {self.sent[0].timeout:g} s"), kill=True)

    def connection_lost(self, exc) -> None:
        if not self.ended:  # not our doing: it crashed, or was killed
            self.process.join(1)
            self.end(ExtractorDied(f"extraction process died (exit code {self.process.exitcode})"))

    def end(self, error: BaseException | None = None, kill: bool = False) -> None:
        """Take the extractor out of the pool: the call it runs fails with ``error``,
        the calls queued behind it go to another extractor."""
        if self.ended:
            return
        self.ended = True
        if self.timer is not None:
            self.timer.cancel()
        if self.sent:
            running = self.sent.popleft()
            running.settle(exception=error or ExtractorDied("extraction process stopped"))
        self.pool.lost(self, list(self.sent))
        self.sent.clear()
        if kill:
            self.process.kill()
            self.process.join()
        self.hang_up()

    def hang_up(self) -> None:
        """Close the socket now (the transport alone would on the loop's next turn):
        the extractor reads its end and exits."""
        try:
            self.transport.get_extra_info("socket").shutdown(socket.SHUT_RDWR)
        except OSError:
            pass  # gone already
        self.transport.close()

    def join(self) -> None:
        self.process.join(10)
        if self.process.is_alive():
            self.process.kill()
            self.process.join()


class ExtractorPool:
    """Extractor processes fed by the event loop.

    Each extractor is forked by a fork server that imported the extractor once,
    and talks to this process over a socket pair that the event loop reads: no
    threads here (a thread pool's hand-offs cost the reactor thread the GIL).
    A call that outlives its time limit has its extractor killed and replaced; an
    extractor that dies fails its call with ``ExtractorDied`` and is replaced; the
    calls queued behind either go to another extractor.
    """

    def __init__(self, size: int, initializer: Callable[[], None] | None = None,
                 preload: list[str] | None = None):
        self.size = size
        self.initializer = initializer
        self.context = forkserver.context(preload)
        self.extractors: list[Extractor] = []
        self.pending: deque[Call] = deque()
        self.started: asyncio.Future | None = None
        self.replacing: set[asyncio.Future] = set()  # starts of replacements, held till done
        self.closed = False

    def start(self) -> asyncio.Future:
        """Start the extractors, once; the calls wait for them."""
        if self.started is None:
            self.started = asyncio.ensure_future(self._start(self.size))
        return self.started

    async def run(self, function: Callable, *args, timeout: float | None = None) -> Any:
        """``function(*args)`` in an extractor; its exception is raised here, and
        ``TimeoutError`` once it has run ``timeout`` seconds."""
        await asyncio.shield(self.start())
        if not self.extractors:
            raise ExtractorDied(NO_EXTRACTOR)
        call = Call(pickle.dumps((function, args), protocol=pickle.HIGHEST_PROTOCOL),
                    asyncio.get_running_loop().create_future(), timeout)
        self.pending.append(call)
        self.dispatch()
        try:
            return await call.future
        finally:
            if call in self.pending:  # cancelled before it was sent
                self.pending.remove(call)

    def dispatch(self) -> None:
        """Send waiting calls to the extractors with room for them, least busy first."""
        while self.pending:
            extractor = min((w for w in self.extractors if w.ready), key=lambda w: len(w.sent),
                         default=None)
            if extractor is None or len(extractor.sent) >= CALLS_IN_FLIGHT:
                return
            extractor.send(self.pending.popleft())

    def lost(self, extractor: Extractor, queued: list[Call]) -> None:
        """An extractor ended: its queued calls go first to the others, and a new one
        starts (unless it died starting up: a new one would too)."""
        self.extractors.remove(extractor)
        self.pending.extendleft(reversed(queued))
        if self.closed:
            return
        if extractor.ready:
            replacement = asyncio.ensure_future(self._start(1))
            self.replacing.add(replacement)
            replacement.add_done_callback(self.replacing.discard)
        else:
            logger.error("An extraction process died starting up (exit code %s)",
                         extractor.process.exitcode)
            self._fail_if_none_left()

    def _fail_if_none_left(self) -> None:
        if not self.extractors:  # nobody will take the calls waiting
            while self.pending:
                self.pending.popleft().settle(exception=ExtractorDied(NO_EXTRACTOR))

    async def _start(self, count: int) -> None:
        loop = asyncio.get_running_loop()
        for _ in range(count):
            ours, theirs = socket.socketpair()
            process = self.context.Process(target=serve, args=(theirs, self.initializer),
                                           daemon=True)
            try:
                # The first start waits for the fork server to import the extractor.
                await loop.run_in_executor(None, process.start)
                _, extractor = await loop.create_connection(lambda: Extractor(self, process), sock=ours)
            except Exception:
                logger.exception("Could not start an extraction process")
                ours.close()
                continue
            finally:
                theirs.close()
            self.extractors.append(extractor)
        self._fail_if_none_left()
        self.dispatch()

    async def close(self) -> None:
        """Let the extractors finish their calls and go (those still starting once
        they are up)."""
        self.closed = True
        await asyncio.gather(*filter(None, (self.started, *self.replacing)))
        extractors, self.extractors = self.extractors, []
        for extractor in extractors:
            extractor.ended = True
            extractor.hang_up()
        for extractor in extractors:
            extractor.join()


def extraction_problem(in_worker: bool, timeout: float = 120.0) -> str | None:
    """Why extraction cannot run, or None: a test page is extracted in a process
    forked like the extraction processes (or here, without extractors)."""
    if not in_worker:
        try:
            probe()
            return None
        except Exception as exc:
            return f"{type(exc).__name__}: {exc}"
    context = forkserver.context()
    ours, theirs = context.Pipe(duplex=False)
    process = context.Process(target=probe_in, args=(theirs,), daemon=True)
    try:
        process.start()
    except Exception as exc:
        return f"no extraction process could be started: {type(exc).__name__}: {exc}"
    finally:
        theirs.close()
    try:
        if not ours.poll(timeout):
            return f"a test page took over {timeout:g} s to extract"
        return ours.recv()
    except EOFError:
        process.join(5)
        return f"the extraction process died (exit code {process.exitcode})"
    finally:
        ours.close()
        process.join(5)


class ExtractPipeline:
    def __init__(self, stats, scope: Scope, extractors: int = 2, timeout: float = 30.0,
                 max_chars: int = 5_000_000):
        self.stats = stats
        self.scope = scope  # where a page's canonical URL may point
        self.timeout = timeout
        self.max_chars = max_chars
        self.pool = ExtractorPool(extractors, initializer=start_extractor,
                               preload=forkserver.PRELOAD) if extractors > 0 else None

    @classmethod
    def from_crawler(cls, crawler):
        settings = crawler.settings
        if not settings.getbool("EXTRACT_ENABLED"):
            raise NotConfigured("EXTRACT_ENABLED is off (archive-only crawl)")
        pipeline = cls(
            crawler.stats,
            crawler.spider.scope,
            extractors=settings.getint("EXTRACT_WORKERS"),
            timeout=settings.getfloat("EXTRACT_TIMEOUT"),
            max_chars=settings.getint("EXTRACT_MAX_CHARS"),
        )
        problem = extraction_problem(pipeline.pool is not None)
        if problem is not None:
            raise CrawlSession.of(crawler).cannot_start(f"extraction cannot run: {problem}")
        crawler.signals.connect(pipeline.open, signals.spider_opened)
        crawler.signals.connect(pipeline.close, signals.spider_closed)
        return pipeline

    def open(self) -> None:
        """Spider opened: the extractors start while the first pages download, not once
        the first article is in."""
        if self.pool is not None:
            self.pool.start()

    async def close(self) -> None:
        """Spider closed: no page is left in flight, so let the extractors go."""
        if self.pool is not None:
            await self.pool.close()

    async def run(self, html: str, url: str, hints: dict | None,
                  stored_hash: str | None = None) -> tuple[Article, Research | None]:
        if self.pool is None:
            return extract_for_corpus(html, url, hints, stored_hash)
        return await self.pool.run(extract_for_corpus, html, url, hints, stored_hash,
                                   timeout=self.timeout)

    async def process_item(self, item):
        if item.get("not_modified"):
            return item  # a 304: nothing new to extract
        html = item.pop("html")
        if len(html) > self.max_chars:
            self.stats.inc_value("extract/too_large")
            raise DropItem(f"page too large to extract ({len(html)} characters)")
        try:
            article, research = await self.run(html, item["url"], item.get("hints"),
                                               item.get("stored_hash"))
        except TimeoutError:
            self.stats.inc_value("extract/timeout")
            self.stats.inc_value("extract/error")
            raise PageFailed(f"extraction timed out after {self.timeout:g} s")
        except Exception as exc:
            self.stats.inc_value("extract/error")
            logger.error("Extraction failed on %s: %r", item["url"], exc)
            raise PageFailed(f"extraction failed: {type(exc).__name__}: {exc}")
        refused = refusal(article)
        if refused:
            stat, reason = refused
            self.stats.inc_value(stat)
            raise DropItem(reason, log_level="INFO")
        item["article"], item["research"] = article, research
        item["url"] = filed_under(article.canonical, item["fetched_url"], self.scope)
        self.stats.inc_value("extract/ok")
        return item
