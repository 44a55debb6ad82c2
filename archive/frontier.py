"""The shared frontier's model in Redis: many workers, on any number of machines, crawl
one job through it.  No Scrapy here: its Scrapy side is ``middlewares.frontier`` (the
scrapy-redis scheduler, queue and dupefilter, and seeding) and
``middlewares.frontier_worker`` (heartbeats, hand-back, the end of a job); the
long-lived ``chancery worker`` is ``crawler.fleet``.

Built on scrapy-redis: its scheduler, priority queue and dupefilter keep the
job's requests in Redis, so any worker may take any of them.  scrapy-redis
alone loses a request its worker took and never finished (its pop removes it
from Redis before the fetch), so two things are added here:

- **admission and hand-out are atomic** (Lua scripts): a request is admitted
  (dupefilter) and queued in one step, and taken from the queue and filed
  under the worker's in-flight hash in one step.  It leaves the in-flight hash
  when the worker records its outcome in the crawl ledger.
- **heartbeats**: each worker refreshes a key with a time to live.  A worker
  whose key expired is dead; a live worker moves its in-flight requests back
  to the queue (bypassing the dupefilter).  A request given back more than
  ``CHANCERY_FRONTIER_MAX_REQUEUES`` times is recorded as failed.

The crawl ledger stays the record of outcomes.  When every live worker is
idle, the queue is empty and nothing is in flight, a worker looks in its
ledger for URLs still ``queued`` that nobody settled (the ``settled`` set
holds every URL whose outcome any worker recorded, since shards cannot see
each other's ledgers) and queues them again; when there are none, the job is
finished and every worker exits.

Redis keys of a job (PREFIX is ``CHANCERY_FRONTIER_PREFIX``, JOB the crawl job)::

    PREFIX:jobs                  set     the jobs seeded into this Redis
    PREFIX:JOB:job               hash    run (id of this run), status (seeding,
                                         running, finished), spider (its arguments, JSON),
                                         politeness (the seeder's settings, JSON),
                                         site, created, finished
    PREFIX:JOB:requests          zset    the queue (scrapy-redis PriorityQueue); members
                                         are "LEDGER_URL\\n" + the pickled request
    PREFIX:JOB:dupefilter        set     fingerprints of admitted requests (of the ledger URL)
    PREFIX:JOB:workers           hash    worker -> busy or idle
    PREFIX:JOB:alive:WORKER      string  the heartbeat, expires after CHANCERY_FRONTIER_TTL
    PREFIX:JOB:inflight:WORKER   hash    ledger URL -> "SCORE MEMBER" of what it took
    PREFIX:JOB:settled           set     fingerprints of URLs settled by any worker
    PREFIX:JOB:requeues          hash    ledger URL -> times it went back to the queue
    PREFIX:JOB:lock:NAME         string  short locks (seeding, recovery from a ledger)
    PREFIX:JOB:slot:HOST[:leases]        the fleet's download slot of a host, and its
    PREFIX:JOB:robots:URL[:fetching]     robots.txt (middlewares/politeness.py)

A standalone Redis (6.2 or later) is needed: the scripts name keys they build
themselves, which Redis Cluster does not allow.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import socket
import uuid

import redis

from archive.corpus import now_iso

logger = logging.getLogger(__name__)

SEEDING, RUNNING, FINISHED = "seeding", "running", "finished"

# KEYS: queue, dupefilter, inflight.  ARGV: fingerprint, score, member, ledger URL,
# follow-up (1: a retry or redirect of a request this worker holds), dont_filter.
ENQUEUE = """
if ARGV[5] == '1' and redis.call('HDEL', KEYS[3], ARGV[4]) == 1 then
    redis.call('ZADD', KEYS[1], ARGV[2], ARGV[3])
    return 2
end
if redis.call('SADD', KEYS[2], ARGV[1]) == 1 or ARGV[6] == '1' then
    redis.call('ZADD', KEYS[1], ARGV[2], ARGV[3])
    return 1
end
return 0
"""

# KEYS: queue, inflight, workers.  ARGV: worker.
POP = """
local top = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
if #top == 0 then return false end
redis.call('ZREM', KEYS[1], top[1])
local cut = string.find(top[1], '\\n', 1, true)
redis.call('HSET', KEYS[2], string.sub(top[1], 1, cut - 1), top[2] .. ' ' .. top[1])
redis.call('HSET', KEYS[3], ARGV[1], 'busy')
return top[1]
"""

# KEYS: inflight of the worker, queue, workers, requeues, its heartbeat.
# ARGV: worker, most requeues, 'dead' (only if its heartbeat expired) or 'own'.
# Returns {requests queued again, {ledger URLs given up}}.
RECLAIM = """
if ARGV[3] == 'dead' and redis.call('EXISTS', KEYS[5]) == 1 then return {0, {}} end
local entries = redis.call('HGETALL', KEYS[1])
local given_up = {}
local queued = 0
for i = 1, #entries, 2 do
    local count = redis.call('HINCRBY', KEYS[4], entries[i], 1)
    if count > tonumber(ARGV[2]) then
        table.insert(given_up, entries[i])
    else
        local value = entries[i + 1]
        local cut = string.find(value, ' ', 1, true)
        redis.call('ZADD', KEYS[2], string.sub(value, 1, cut - 1), string.sub(value, cut + 1))
        queued = queued + 1
    end
end
redis.call('DEL', KEYS[1])
if ARGV[3] == 'dead' then redis.call('HDEL', KEYS[3], ARGV[1]) end
return {queued, given_up}
"""

# KEYS: job, queue, workers.  ARGV: key prefix of the job, '1' to mark the job
# finished when it is.  Returns finished, seeding, queued, busy, dead:WORKER or idle.
STATE = """
local status = redis.call('HGET', KEYS[1], 'status')
if status == 'finished' then return 'finished' end
if status ~= 'running' then return 'seeding' end
if redis.call('ZCARD', KEYS[2]) > 0 then return 'queued' end
local workers = redis.call('HGETALL', KEYS[3])
for i = 1, #workers, 2 do
    local worker = workers[i]
    if redis.call('EXISTS', ARGV[1] .. ':alive:' .. worker) == 0 then return 'dead:' .. worker end
    if workers[i + 1] ~= 'idle' then return 'busy' end
    if redis.call('HLEN', ARGV[1] .. ':inflight:' .. worker) > 0 then return 'busy' end
end
if ARGV[2] == '1' then
    redis.call('HSET', KEYS[1], 'status', 'finished', 'finished', ARGV[3])
    return 'finished'
end
return 'idle'
"""


class NoJob(RuntimeError):
    """No job (or no unfinished job) to work on in this Redis."""


def connect(url: str) -> redis.Redis:
    """A Redis client for a ``redis://HOST:PORT/DB`` URL (bytes in, bytes out)."""
    client = redis.Redis.from_url(url, socket_timeout=30, socket_connect_timeout=30,
                                  retry_on_timeout=True)
    client.ping()
    return client


def fingerprint(url: str, method: str = "GET", body: bytes = b"") -> str:
    """The dupefilter's fingerprint of a request filed under a ledger URL."""
    return hashlib.sha1(b"\n".join([method.encode(), url.encode(), body])).hexdigest()


def worker_name() -> str:
    return f"{socket.gethostname()}-{os.getpid()}"


def job_names(client: redis.Redis, prefix: str = "chancery") -> dict[str, dict]:
    """The jobs seeded into this Redis, with their records."""
    jobs = {}
    for name in sorted(n.decode() for n in client.smembers(f"{prefix}:jobs")):
        jobs[name] = Frontier(client, name, prefix).record()
    return jobs


def open_jobs(client: redis.Redis, prefix: str = "chancery") -> list[str]:
    """The unfinished jobs of this Redis, the longest waiting first."""
    jobs = job_names(client, prefix)
    return sorted((name for name, record in jobs.items() if record.get("status") != FINISHED),
                  key=lambda name: (jobs[name].get("created", ""), name))


def find_job(client: redis.Redis, prefix: str = "chancery", job: str | None = None) -> str:
    """The one unfinished job (or the named one)."""
    jobs = job_names(client, prefix)
    if job:
        if job not in jobs:
            raise NoJob(f"no job {job!r} in this Redis (jobs: {', '.join(jobs) or 'none'})")
        return job
    open_jobs = [name for name, record in jobs.items() if record.get("status") != FINISHED]
    if not open_jobs:
        raise NoJob("no unfinished job in this Redis: seed one with `chancery crawl ... --redis URL`")
    if len(open_jobs) > 1:
        raise NoJob(f"several unfinished jobs; name one with --job: {', '.join(open_jobs)}")
    return open_jobs[0]


class Frontier:
    """One job's keys in Redis, and the atomic moves between them."""

    def __init__(self, client: redis.Redis, job: str, prefix: str = "chancery",
                 worker: str | None = None):
        if "%" in job:
            raise ValueError(f"a job name cannot contain '%': {job!r}")
        self.client = client
        self.job = job
        self.prefix = prefix
        self.base = f"{prefix}:{job}"
        self.worker = worker or worker_name()
        self._enqueue = client.register_script(ENQUEUE)
        self._pop = client.register_script(POP)
        self._reclaim = client.register_script(RECLAIM)
        self._state = client.register_script(STATE)

    def key(self, *parts: str) -> str:
        return ":".join([self.base, *parts])

    @property
    def queue_key(self) -> str:
        return self.key("requests")

    @property
    def dupefilter_key(self) -> str:
        return self.key("dupefilter")

    # -- the job -------------------------------------------------------------------

    def record(self) -> dict:
        raw = self.client.hgetall(self.key("job"))
        record = {k.decode(): v.decode() for k, v in raw.items()}
        for field in ("spider", "politeness"):
            if field in record:
                record[field] = json.loads(record[field])
        return record

    def begin_run(self, spider_args: dict, site: str, politeness: dict | None = None) -> tuple[str, bool]:
        """Start a run of the job, or join the one in progress: (run id, new).
        ``politeness`` (Scrapy settings) holds for every worker of the run."""
        record = self.record()
        if record.get("status") in (RUNNING, SEEDING):  # seeding: its seeder died; go on
            return record["run"], False
        stale = [self.queue_key, self.dupefilter_key, self.key("settled"), self.key("requeues"),
                 self.key("workers"), *self.client.scan_iter(match=self.key("inflight", "*")),
                 *self.client.scan_iter(match=self.key("slot", "*")),
                 *self.client.scan_iter(match=self.key("robots", "*"))]
        run = uuid.uuid4().hex
        with self.client.pipeline() as pipe:
            pipe.delete(*stale)
            pipe.delete(self.key("job"))
            pipe.hset(self.key("job"), mapping={
                "run": run, "status": SEEDING, "spider": json.dumps(spider_args, sort_keys=True),
                "politeness": json.dumps(politeness or {}, sort_keys=True),
                "site": site, "created": now_iso()})
            pipe.sadd(f"{self.prefix}:jobs", self.job)
            pipe.execute()
        return run, True

    def set_status(self, status: str) -> None:
        self.client.hset(self.key("job"), "status", status)

    def lock(self, name: str, seconds: float) -> bool:
        return bool(self.client.set(self.key("lock", name), self.worker, nx=True,
                                    px=int(seconds * 1000)))

    def unlock(self, name: str) -> None:
        self.client.delete(self.key("lock", name))

    def state(self, finish: bool = False) -> str:
        """finished, seeding, queued, busy, dead:WORKER or idle (see STATE)."""
        result = self._state(keys=[self.key("job"), self.queue_key, self.key("workers")],
                             args=[self.base, "1" if finish else "0", now_iso()])
        return result.decode()

    def queued(self) -> int:
        return self.client.zcard(self.queue_key)

    # -- requests --------------------------------------------------------------------

    def push(self, member: bytes, score: float, fp: str, url: str, follow_up: bool = False,
             dont_filter: bool = False) -> int:
        """Admit and queue one request: 1 admitted, 2 handed back (a retry or
        redirect of one this worker held), 0 a duplicate."""
        return int(self._enqueue(
            keys=[self.queue_key, self.dupefilter_key, self.key("inflight", self.worker)],
            args=[fp, score, member, url, "1" if follow_up else "0", "1" if dont_filter else "0"]))

    def pop(self) -> bytes | None:
        """Take the first request of the queue into this worker's in-flight hash."""
        return self._pop(keys=[self.queue_key, self.key("inflight", self.worker), self.key("workers")],
                         args=[self.worker])

    def settle(self, urls: list[str]) -> None:
        """These ledger URLs have their outcome: out of flight, and known settled."""
        if not urls:
            return
        with self.client.pipeline() as pipe:
            pipe.hdel(self.key("inflight", self.worker), *urls)
            pipe.sadd(self.key("settled"), *(fingerprint(u) for u in urls))
            pipe.execute()

    def unsettled(self, urls: list[str]) -> list[str]:
        """Those of these URLs that no worker has settled."""
        if not urls:
            return []
        known = self.client.smismember(self.key("settled"), [fingerprint(u) for u in urls])
        return [u for u, seen in zip(urls, known) if not seen]

    def requeued(self, url: str) -> int:
        return self.client.hincrby(self.key("requeues"), url, 1)

    def reclaim(self, worker: str, max_requeues: int, dead: bool = True) -> tuple[int, list[str]]:
        """Put a worker's in-flight requests back into the queue (a dead one's
        only while its heartbeat stays expired).  Returns (queued again, given up)."""
        queued, given_up = self._reclaim(
            keys=[self.key("inflight", worker), self.queue_key, self.key("workers"),
                  self.key("requeues"), self.key("alive", worker)],
            args=[worker, max_requeues, "dead" if dead else "own"])
        return int(queued), [u.decode() for u in given_up]

    # -- this worker -------------------------------------------------------------------

    def heartbeat(self, ttl: float, state: str | None = None) -> bool:
        """Refresh this worker's heartbeat (and set its state).  False when the
        worker had been taken for dead meanwhile (its requests were given back)."""
        with self.client.pipeline() as pipe:
            pipe.set(self.key("alive", self.worker), now_iso(), px=int(ttl * 1000))
            if state:
                pipe.hset(self.key("workers"), self.worker, state)
            else:
                pipe.hsetnx(self.key("workers"), self.worker, "busy")
            added = pipe.execute()[1]
        return bool(state) or added == 0  # added back: we had been taken for dead

    def dead_workers(self) -> list[str]:
        workers = [w.decode() for w in self.client.hkeys(self.key("workers"))]
        if not workers:
            return []
        with self.client.pipeline() as pipe:
            for worker in workers:
                pipe.exists(self.key("alive", worker))
            alive = pipe.execute()
        return [w for w, a in zip(workers, alive) if not a]

    def leave(self) -> None:
        with self.client.pipeline() as pipe:
            pipe.hdel(self.key("workers"), self.worker)
            pipe.delete(self.key("alive", self.worker))
            pipe.execute()
