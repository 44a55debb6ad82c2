"""chancery verify: damage warcio misses, digests, the corpus cross-check, --repair."""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
import sys

import pytest

from archive.warc import last_whole_end, member_ends
from tests.conftest import chancery


DEMO_RUNS = [("-s", "WARC_MAX_SIZE=60000")]  # WARCs rolled over into several files


@pytest.fixture
def archive(crawled, tmp_path):
    shutil.copytree(crawled, tmp_path / "a")
    return tmp_path / "a"


def verify(out, *args, check=False):
    return chancery("verify", "--db", str(out / "corpus.db"), "--warc-dir", str(out / "warc"),
                    *args, check=check)


def faults(out, *args):
    result = verify(out, "--json", *args)
    return result.returncode, json.loads(result.stdout)


def warcs(out):
    return sorted((out / "warc").glob("*.warc.gz"))


def test_clean_archive_verifies(archive):
    result = verify(archive)
    assert result.returncode == 0, result.stdout
    assert "OK" in result.stdout
    code, report = faults(archive)
    assert code == 0 and report["ok"] and report["faults"] == []
    assert report["counts"]["captures"] > 40 and report["counts"]["articles"] == 32
    assert len(report["files"]) >= 3


def test_truncation_flip_and_deletion_are_each_named(archive):
    files = warcs(archive)
    cut, flipped, deleted = files[0], files[1], files[2]
    members = list(member_ends(cut))
    start, end, _ = members[len(members) // 2]
    with open(cut, "r+b") as fh:  # cut in the middle of a record
        fh.truncate(start + (end - start) // 2)
    assert subprocess.run([sys.executable, "-m", "warcio", "index", str(cut)],
                          capture_output=True).returncode in (0, 1)  # warcio may or may not notice
    data = bytearray(flipped.read_bytes())
    start, end, _ = list(member_ends(flipped))[2]
    data[(start + end) // 2] ^= 0xFF
    flipped.write_bytes(bytes(data))
    deleted.unlink()

    code, report = faults(archive)
    assert code == 1 and not report["ok"]
    kinds = {(f["kind"], f["where"].split("@")[0]) for f in report["faults"]}
    assert ("truncated", cut.name) in kinds
    assert ("damaged", flipped.name) in kinds
    assert ("missing-file", deleted.name) in kinds
    text = verify(archive).stdout
    assert "FAULT" in text and cut.name in text and flipped.name in text and deleted.name in text
    # corpus rows that pointed into the lost parts are named too
    assert any(f["kind"] == "capture" and cut.name in f["message"] for f in report["faults"])

    code, report = faults(archive, "--repair")
    assert code == 1  # the flipped record and the deleted file cannot be repaired
    assert any(cut.name in line for line in report["repaired"])
    assert last_whole_end(cut) == cut.stat().st_size  # a valid file again
    assert all(complete for _s, _e, complete in member_ends(cut))
    again = json.loads(chancery("verify", "--warc-dir", str(archive / "warc"), "--db",
                                str(archive / "none.db"), "--json", check=False).stdout)
    assert not any(f["where"].startswith(cut.name) for f in again["faults"])


def test_open_file_from_a_killed_crawl_is_reported_and_repaired(archive):
    source = warcs(archive)[-1]
    name = source.name + ".open"  # as the crawl (a process now gone) left it
    whole = source.read_bytes()
    members = list(member_ends(source))
    start, end, _ = members[-1]
    opened = source.with_name(name)
    opened.write_bytes(whole + whole[start:start + (end - start) // 3])  # a partial record
    source.unlink()
    source.with_suffix("").with_suffix(".cdxj").unlink(missing_ok=True)

    code, report = faults(archive)
    assert code == 1
    fault = next(f for f in report["faults"] if f["kind"] == "open-file")
    assert fault["where"] == name and f"ends at byte {len(whole)}" in fault["message"]

    code, report = faults(archive, "--repair")
    closed = opened.with_name(name.removesuffix(".open"))
    assert closed.exists() and not opened.exists()
    assert closed.stat().st_size == len(whole)
    assert (archive / "warc" / (closed.name.removesuffix(".warc.gz") + ".cdxj")).exists()
    # captures pointed at the file under its closed name: all is well again
    assert code == 0, report["faults"]


def test_corpus_rows_that_do_not_match_their_records(archive):
    db = sqlite3.connect(archive / "corpus.db")
    capture, url = db.execute(
        "SELECT c.id, a.url FROM captures c JOIN articles a ON a.capture_id = c.id LIMIT 1").fetchone()
    db.execute("UPDATE captures SET payload_digest = 'sha1:AAAA', warc_offset = warc_offset + 1"
               " WHERE id = ?", [capture])
    other = db.execute("SELECT url FROM articles WHERE url != ? LIMIT 1", [url]).fetchone()[0]
    db.execute("UPDATE articles SET capture_id = 'no-such-capture' WHERE url = ?", [other])
    db.commit()
    db.close()
    code, report = faults(archive)
    assert code == 1
    messages = [f"{f['kind']} {f['where']} {f['message']}" for f in report["faults"]]
    assert any(capture in m and "no record starts at that offset" in m and url in m for m in messages)
    assert any(m.startswith("article") and other in m and "no-such-capture" in m for m in messages)
