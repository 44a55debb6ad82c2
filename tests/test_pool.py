"""The extraction worker pool: real worker processes, their time limit, their deaths."""

import asyncio
import os
import time

import pytest

from pipelines.pool import ExtractorDied, ExtractorPool


def double(x):
    return 2 * x


def fail(message):
    raise ValueError(message)


def stall(seconds):
    time.sleep(seconds)
    return "woke up"


def die(code):
    os._exit(code)


def run(calls):
    """Run ``calls(pool)`` with a pool of two workers; return its result and the processes used."""
    async def main():
        pool = ExtractorPool(2)
        try:
            result = await calls(pool)
            for _ in range(100):  # a worker killed or dead is replaced
                if len(pool.extractors) == 2:
                    break
                await asyncio.sleep(0.1)
            return result, [w.process for w in pool.extractors]
        finally:
            processes = [w.process for w in pool.extractors]
            await pool.close()
            await asyncio.sleep(0)  # the sockets close on the loop's next turn
            assert not any(p.is_alive() for p in processes)
    return asyncio.run(main())


def test_calls_run_in_the_workers_side_by_side():
    async def calls(pool):
        return await asyncio.gather(*(pool.run(double, n) for n in range(20)))

    results, processes = run(calls)
    assert results == [2 * n for n in range(20)]
    assert len(processes) == 2 and all(p.pid != os.getpid() for p in processes)


def test_an_exception_comes_back_as_itself():
    async def calls(pool):
        with pytest.raises(ValueError, match="bad page"):
            await pool.run(fail, "bad page")
        return await pool.run(double, 4)

    assert run(calls)[0] == 8


def test_a_call_over_its_time_limit_has_its_worker_killed_and_replaced():
    """The calls sent to that worker behind the stuck one are answered by the other."""
    async def calls(pool):
        await pool.run(double, 0)  # both workers up
        first = [w.process for w in pool.extractors]
        started = time.monotonic()
        stuck = asyncio.ensure_future(pool.run(stall, 30, timeout=0.5))
        doubled = await asyncio.wait_for(
            asyncio.gather(*(pool.run(double, n, timeout=5) for n in range(6))), 20)
        with pytest.raises(TimeoutError):
            await stuck
        waited = time.monotonic() - started
        killed = [p for p in first if p not in [w.process for w in pool.extractors]]
        assert len(killed) == 1 and not killed[0].is_alive()
        return waited, doubled

    (waited, results), processes = run(calls)
    assert waited < 5
    assert results == [0, 2, 4, 6, 8, 10] and len(processes) == 2


def test_a_worker_that_dies_fails_its_call_only():
    async def calls(pool):
        await pool.run(double, 0)
        with pytest.raises(ExtractorDied, match="exit code 3"):
            await pool.run(die, 3)
        return await asyncio.gather(*(pool.run(double, n) for n in range(4)))

    results, processes = run(calls)
    assert results == [0, 2, 4, 6] and len(processes) == 2


def broken_start():
    raise SystemExit(5)


def test_workers_that_cannot_start_fail_the_calls_instead_of_hanging():
    async def main():
        pool = ExtractorPool(2, initializer=broken_start)
        try:
            with pytest.raises(ExtractorDied, match="could be started"):
                await asyncio.wait_for(pool.run(double, 1), 30)
        finally:
            await pool.close()
    asyncio.run(main())


def test_a_pool_closed_while_its_workers_start_waits_for_them_and_lets_them_go():
    async def main():
        pool = ExtractorPool(2)
        pool.start()
        starting = pool.extractors  # the list the start fills; close() takes it over
        await pool.close()
        await asyncio.sleep(0)
        return starting

    workers = asyncio.run(main())
    assert len(workers) == 2
    assert [w.process.exitcode for w in workers] == [0, 0]  # gone, and quietly


def test_an_extractor_starts_without_scrapy():
    """An extractor imports what it runs and not the crawl process's Scrapy (0.4 CPU s
    each, paid again by every replacement): its own code lives in a module of its own."""
    async def calls(pool):
        return await pool.run(eval, "'scrapy' in __import__('sys').modules")

    imported, _ = run(calls)
    assert imported is False


def test_extraction_processes_start_under_a_temporary_folder_too_deep_for_a_socket(tmp_path):
    """A ``TMPDIR`` deeper than a Unix socket's path allows (107 bytes): the fork server
    listens elsewhere, and a page is extracted in a forked process."""
    import subprocess
    import sys

    from tests.conftest import REPO

    deep = tmp_path / ("d" * 60) / ("e" * 60)
    deep.mkdir(parents=True)
    probe = ("from pipelines import forkserver; forkserver.start(); "
             "from pipelines.pool import extraction_problem; print(extraction_problem(True))")
    result = subprocess.run([sys.executable, "-c", probe], cwd=REPO, capture_output=True, text=True,
                            timeout=120, env={**os.environ, "TMPDIR": str(deep)})
    assert result.returncode == 0 and result.stdout.strip() == "None", result.stderr[-2000:]
