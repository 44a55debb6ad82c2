"""Run one command and measure it: wall time, CPU of every process it started, peak memory.

``python -m bench.measure OUT.json -- CMD ARGS...`` runs CMD as a child.  This
process makes itself a child subreaper (Linux ``PR_SET_CHILD_SUBREAPER``), so
every descendant, even one orphaned by its parent (a forkserver, a pool
worker), is reaped here and its CPU time lands in this process's
``RUSAGE_CHILDREN``.  Memory is sampled from ``/proc`` every 50 ms: the peak
of the summed RSS of all the command's processes, and the largest single
process's peak RSS (its ``ru_maxrss``, exact).  Wall time runs from the start
of the command to the exit of its last process.

Results go to OUT.json: ``wall``, ``cpu_user``, ``cpu_system``, ``cpu``,
``peak_rss_max`` (bytes, largest single process), ``peak_rss_command`` (bytes, the
command's own process, sampled: the crawl process, whose extraction processes may be
larger), ``peak_rss_sum`` (bytes, all
processes at once, sampled), ``processes``, ``cores`` (the mean number of its
processes running or runnable, at most one a CPU: the cores it keeps busy, which
other work on the machine does not change), ``returncode``.
"""

from __future__ import annotations

import ctypes
import json
import os
import resource
import signal
import subprocess
import sys
import threading
import time

PR_SET_CHILD_SUBREAPER = 36
PAGE = os.sysconf("SC_PAGE_SIZE")


def become_subreaper() -> bool:
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        return libc.prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0) == 0
    except (OSError, AttributeError):
        return False


def descendants(root: int) -> list[int]:
    """Pids of every live process below ``root`` (read from /proc)."""
    children: dict[int, list[int]] = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(f"/proc/{entry.name}/stat", "rb") as fh:
                stat = fh.read()
        except OSError:
            continue
        ppid = int(stat[stat.rfind(b")") + 2:].split()[1])
        children.setdefault(ppid, []).append(int(entry.name))
    found, stack = [], [root]
    while stack:
        for pid in children.get(stack.pop(), []):
            found.append(pid)
            stack.append(pid)
    return found


def runnable(pids: list[int]) -> int:
    """How many of these processes are running or waiting for a core (state R): the
    cores the command would use on an idle machine, however busy this one is."""
    count = 0
    for pid in pids:
        try:
            with open(f"/proc/{pid}/stat", "rb") as fh:
                stat = fh.read()
        except OSError:
            continue
        count += stat[stat.rfind(b")") + 2:stat.rfind(b")") + 3] == b"R"
    return count


def rss_of(pids: list[int]) -> int:
    total = 0
    for pid in pids:
        try:
            with open(f"/proc/{pid}/statm", "rb") as fh:
                total += int(fh.read().split()[1]) * PAGE
        except (OSError, IndexError, ValueError):
            continue
    return total


class Sampler(threading.Thread):
    def __init__(self, interval: float = 0.05):
        super().__init__(daemon=True)
        self.interval = interval
        self.peak = 0
        self.command = 0  # the pid whose own peak is kept, and that peak
        self.command_peak = 0
        self.demand: list[int] = []  # runnable processes, at most one a core, a sample
        self.seen: set[int] = set()
        self.halt = threading.Event()

    def run(self) -> None:
        me = os.getpid()
        while not self.halt.is_set():
            pids = descendants(me)
            self.seen.update(pids)
            self.peak = max(self.peak, rss_of(pids))
            self.command_peak = max(self.command_peak, rss_of([self.command]) if self.command else 0)
            self.demand.append(min(runnable(pids), os.cpu_count() or 1))
            self.halt.wait(self.interval)


def measure(command: list[str], env: dict | None = None) -> dict:
    subreaper = become_subreaper()
    sampler = Sampler()
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    child = subprocess.Popen(command, env=env)
    sampler.command = child.pid
    sampler.start()
    peak_max = 0
    returncode = None
    while True:  # reap the command and every orphan handed to us
        try:
            pid, status, usage = os.wait4(-1, 0)
        except ChildProcessError:
            break
        peak_max = max(peak_max, usage.ru_maxrss * 1024)
        if pid == child.pid:
            returncode = os.waitstatus_to_exitcode(status)
            child.returncode = returncode
    wall = time.perf_counter() - start
    sampler.halt.set()
    sampler.join()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    user = after.ru_utime - before.ru_utime
    system = after.ru_stime - before.ru_stime
    return {
        "wall": wall,
        "cpu_user": user,
        "cpu_system": system,
        "cpu": user + system,
        "peak_rss_max": peak_max,
        "peak_rss_command": sampler.command_peak,
        "peak_rss_sum": max(sampler.peak, peak_max),
        "processes": len(sampler.seen),
        "cores": sum(sampler.demand) / len(sampler.demand) if sampler.demand else 0.0,
        "returncode": returncode,
        "subreaper": subreaper,
    }


def main(argv: list[str]) -> int:
    if len(argv) < 3 or argv[1] != "--":
        print(__doc__, file=sys.stderr)
        return 2
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the command gets Ctrl-C; we wait for it
    result = measure(argv[2:])
    with open(argv[0], "w", encoding="utf-8") as fh:
        json.dump(result, fh)
    return 0 if result["returncode"] == 0 else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
