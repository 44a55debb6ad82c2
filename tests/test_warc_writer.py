"""The WARC writer: valid WARC/1.1 for warcio, byte-stable, repairable after a kill."""

import gzip
import itertools
from datetime import datetime, timezone

import pytest
from warcio.archiveiterator import ArchiveIterator

from archive import warc
from tests.conftest import warcio_check


def fixed_writer(folder, **kwargs):
    ids = (f"<urn:uuid:00000000-0000-0000-0000-{n:012d}>" for n in itertools.count(1))
    clock = lambda: datetime(2024, 1, 17, 12, 0, 0, tzinfo=timezone.utc)  # noqa: E731
    return warc.WarcWriter(folder, clock=clock, make_id=lambda: next(ids), name_tag="test-1", **kwargs)


def write_sample(writer, n=3):
    body = gzip.compress(b"<html><p>caf\xc3\xa9</p></html>", mtime=0)  # gzip writes the time: a fixed one
    for i in range(n):
        writer.write_exchange(
            url=f"http://example.org/a/{i}?x=1&y=2",
            request_head=warc.header_block(b"GET /a/%d?x=1&y=2 HTTP/1.1" % i,
                                           [(b"Host", b"example.org")]),
            request_body=b"",
            response_head=warc.header_block(
                b"HTTP/1.1 200 OK",
                [(b"Content-Encoding", b"gzip"), (b"Set-Cookie", b"a=1"), (b"Set-Cookie", b"b=2"),
                 (b"X-Name", "Müller".encode("utf-8"))],
            ),
            response_body=body,
            ip_address="127.0.0.1",
        )
    return body


def test_records_read_back_with_warcio(tmp_path):
    with fixed_writer(tmp_path) as writer:
        body = write_sample(writer)
        [name] = writer.files
    path = tmp_path / name
    assert not (tmp_path / (name + ".open")).exists()
    with open(path, "rb") as fh:
        records = list(_records(fh))
    assert [r[0] for r in records] == ["warcinfo"] + ["response", "request"] * 3
    rtype, headers, http, payload = records[1]
    assert headers["WARC-Target-URI"] == "http://example.org/a/0?x=1&y=2"
    assert headers["WARC-IP-Address"] == "127.0.0.1"
    assert [v for k, v in http.headers if k.lower() == "set-cookie"] == ["a=1", "b=2"]
    assert payload == body  # still Content-Encoded, as received
    assert records[2][1]["WARC-Concurrent-To"] == headers["WARC-Record-ID"]
    check = warcio_check(path)
    assert check.returncode == 0, check.stdout + check.stderr


def test_non_ascii_header_bytes_kept_as_received(tmp_path):
    with fixed_writer(tmp_path) as writer:
        write_sample(writer, n=1)
        [name] = writer.files
    raw = gzip.decompress((tmp_path / name).read_bytes())
    assert "X-Name: Müller".encode("utf-8") in raw


def test_byte_stable_with_fixed_clock_and_ids(tmp_path):
    outputs = []
    for sub in ("one", "two"):
        with fixed_writer(tmp_path / sub) as writer:
            write_sample(writer)
        outputs.append((tmp_path / sub / writer.files[0]).read_bytes())
    assert outputs[0] == outputs[1]


def test_offsets_point_at_records(tmp_path):
    with fixed_writer(tmp_path) as writer:
        write_sample(writer, n=1)
        response, request = writer.write_exchange(
            url="http://example.org/z", request_head=b"GET /z HTTP/1.1\r\n\r\n", request_body=b"",
            response_head=b"HTTP/1.1 404 Not Found\r\n\r\n", response_body=b"gone")
    record, content = warc.read_record(tmp_path, response.file, response.offset)
    assert record.rec_type == "response"
    assert record.http_headers.get_statuscode() == "404"
    assert content == b"gone"
    assert record.rec_headers.get_header("WARC-Payload-Digest") == warc.sha1_digest(b"gone")


def test_rollover_by_size(tmp_path):
    with fixed_writer(tmp_path, max_size=1) as writer:
        write_sample(writer, n=3)
        assert len(writer.files) == 3
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(writer.files)


def test_repair_cuts_a_killed_file_back_to_its_last_whole_record(tmp_path):
    writer = fixed_writer(tmp_path)
    write_sample(writer, n=2)
    [open_file] = warc.open_files(tmp_path)
    whole = open_file.stat().st_size
    with open(open_file, "ab") as fh:  # a record cut short by a kill
        member = gzip.compress(b"WARC/1.1\r\nWARC-Type: response\r\n" + b"x" * 5000)
        fh.write(member[: len(member) // 2])
    assert warc.last_whole_end(open_file) == whole
    closed, cut = warc.repair(open_file)
    assert cut > 0 and closed.stat().st_size == whole
    assert not open_file.exists()
    with open(closed, "rb") as fh:
        assert len(list(_records(fh))) == 5
    writer._fh.close()


def _records(fh):
    for record in ArchiveIterator(fh):
        yield (record.rec_type, dict(record.rec_headers.headers), record.http_headers,
               record.raw_stream.read())


@pytest.mark.parametrize("level", [0, 3])
def test_every_level_writes_standard_gzip_members(tmp_path, level):
    with fixed_writer(tmp_path, gzip_level=level) as writer:
        write_sample(writer, n=1)
        [name] = writer.files
    check = warcio_check(tmp_path / name)
    assert check.returncode == 0, check.stdout + check.stderr


def test_a_level_out_of_range_is_refused_before_anything_is_written(tmp_path):
    with pytest.raises(ValueError, match="levels 0 to 3"):
        warc.WarcWriter(tmp_path, gzip_level=6)
    assert list(tmp_path.iterdir()) == []
