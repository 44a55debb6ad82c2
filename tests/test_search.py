"""Full-text search: routing by script, filters, ranking, snippets, the command line."""

from __future__ import annotations

import csv
import io
import json
import sqlite3

import pytest

from archive.corpus import Corpus
from archive.search import Filters, parse_query, search
from tests.conftest import chancery

ARTICLES = [
    # url, site, section, language, published, authors, title, text
    ("ru-1", "mid.example", "Briefings", "ru", "2024-03-05T10:00:00+03:00", ["Мария Захарова"],
     "Брифинг официального представителя МИД",
     "Министр иностранных дел Сергей Лавров провёл переговоры.\n\nСтороны обсудили ООН."),
    ("ru-2", "mid.example", "Briefings", "ru", "2024-05-02T10:00:00+03:00", ["Мария Захарова"],
     "Визит в Пекин", "Встреча Лаврова с Ван И прошла в Пекине."),
    ("zh-1", "fmprc.example", "外交部发言人", "zh", "2024-04-09T15:00:00+08:00", ["汪文斌"],
     "王毅同拉夫罗夫会谈", "中国外交部长王毅在北京同俄罗斯外长拉夫罗夫举行会谈。双方重申和平共处五项原则。"),
    ("ar-1", "mofa.example", "أخبار", "ar", "2024-04-10T12:00:00+03:00", ["نادية حداد"],
     "وزير الخارجية يستقبل السفير",
     "استقبل وزير الخارجية والرئيس السفير الروسي لبحث العلاقات مع لافروف."),
    ("en-1", "insight.example", "Diplomatic News", "en", "2024-04-11T09:00:00+05:00",
     ["Sofia Marchetti"], "UN and EU back Geneva talks",
     "The UN and the EU backed the talks in Geneva.\n\nLavrov did not attend."),
    ("en-2", "insight.example", "Interviews", "en-GB", "2023-11-20T09:00:00+05:00",
     ["James Whitfield", "Li Wen"], "Lavrov on the record",
     "An interview about Sergey Lavrov and Russian diplomacy. Lavrov, Lavrov, Lavrov."),
    ("ko-1", "mofa.example.kr", "보도자료", "ko", "2024-02-01T09:00:00+09:00", [],
     "외교부 보도자료", "외교부는 오늘 한미 외교장관 회담 결과를 발표했다."),
]


def make_corpus(path) -> Corpus:
    corpus = Corpus(path)
    for url, site, section, lang, published, authors, title, text in ARTICLES:
        corpus.store_article({
            "url": f"https://{site}/{url}", "site": site, "section": section, "language": lang,
            "published": published, "authors": authors, "title": title, "text": text,
        }, captured="2024-06-01T00:00:00+00:00")
    return corpus


@pytest.fixture
def corpus(tmp_path):
    with make_corpus(tmp_path / "corpus.db") as corpus:
        yield corpus


def urls(rows) -> list[str]:
    return [row["url"].rsplit("/", 1)[1] for row in rows]


@pytest.mark.parametrize("query, expected", [
    ("Лавров", ["ru-1"]),                 # Cyrillic word, case-folded
    ("лавров", ["ru-1"]),
    ("Лавров*", ["ru-2", "ru-1"]),        # prefix catches the inflected "Лаврова"
    ("UN", ["en-1"]),                     # two-letter words stay searchable
    ("eu", ["en-1"]),
    ("ООН", ["ru-1"]),
    ("拉夫罗夫", ["zh-1"]),                # CJK inside a run without spaces (trigram)
    ("五项原则", ["zh-1"]),
    ("王毅", ["zh-1"]),                    # two CJK characters: scan
    ("الرئيس", ["ar-1"]),                  # Arabic word with an attached و
    ("لافروف", ["ar-1"]),
    ("외교부", ["ko-1"]),                  # Korean with an attached particle
    ("\"the talks in Geneva\"", ["en-1"]),
    ("Geneva -Lavrov", []),
    ("Geneva OR 王毅", ["en-1", "zh-1"]),
    ("Lavrov OR Лавров OR 拉夫罗夫 OR لافروف", ["en-2", "en-1", "zh-1", "ru-1", "ar-1"]),
])
def test_any_script(corpus, query, expected):
    found = urls(search(corpus.db, query, order="newest", limit=None))
    assert sorted(found) == sorted(expected)


def test_nonsense_input_is_no_error(corpus):
    for query in ['"unclosed', "AND OR NOT", "*", "-", "NEAR(", "title:x", "''", ""]:
        search(corpus.db, query)


def test_ranked_by_bm25_with_highlighted_snippets(corpus):
    rows = search(corpus.db, "Lavrov", highlight=("<b>", "</b>"))
    assert urls(rows) == ["en-2", "en-1"]  # the title match and the repeated name rank first
    assert rows[0]["score"] < rows[1]["score"]
    assert "<b>Lavrov</b>" in rows[1]["snippet"]
    cjk = search(corpus.db, "拉夫罗夫", highlight=("[", "]"))
    assert "[拉夫罗夫]" in cjk[0]["snippet"]
    short = search(corpus.db, "王毅", highlight=("[", "]"))
    assert "[王毅]" in short[0]["snippet"]


def test_filters(corpus):
    def found(**filters):
        return sorted(urls(search(corpus.db, "Lavrov OR Лавров* OR 拉夫罗夫 OR لافروف",
                                  Filters(**filters), limit=None)))

    assert found(site="insight.example") == ["en-1", "en-2"]
    assert found(site=["mid.example", "fmprc.example"]) == ["ru-1", "ru-2", "zh-1"]
    assert found(section="interviews") == ["en-2"]
    assert found(lang="en") == ["en-1", "en-2"]  # en matches en-GB
    assert found(lang=["ar", "zh"]) == ["ar-1", "zh-1"]
    assert found(author="li wen") == ["en-2"]
    assert found(author="Захарова") == ["ru-1", "ru-2"]
    assert found(since="2024-04") == ["ar-1", "en-1", "ru-2", "zh-1"]
    assert found(until="2024-04") == ["ar-1", "en-1", "en-2", "ru-1", "zh-1"]
    assert found(since="2024-04-10", until="2024-04-11") == ["ar-1", "en-1"]


def test_query_parsing():
    query = parse_query('Kim Jong-un "U.S. envoy" sanct* -Trump OR 王毅')
    first, second = query.groups
    assert [t.text for t in first] == ["Kim", "Jong un", "U S envoy", "sanct", "Trump"]
    assert first[3].prefix and first[4].negated
    assert [(t.text, t.index) for t in second] == [("王毅", "scan")]
    assert not parse_query("- OR").groups


def test_older_corpus_gets_the_substring_index(tmp_path):
    path = tmp_path / "old.db"
    make_corpus(path).close()
    with sqlite3.connect(path) as conn:  # as a corpus made before the trigram index
        conn.execute("DROP TABLE articles_trigram")
        for name in ("ai", "ad", "au"):
            conn.execute(f"DROP TRIGGER articles_trigram_{name}")
    conn.close()
    from archive.api import open_corpus

    with open_corpus(path) as reader:  # read-only: a slower scan, same answers
        assert urls(reader.search("拉夫罗夫")) == ["zh-1"]
    with Corpus(path) as corpus:  # any write-open rebuilds the index
        assert corpus.db["articles_trigram"].exists()
        assert urls(search(corpus.db, "拉夫罗夫")) == ["zh-1"]
        corpus.store_article({"url": "https://x.example/new", "title": "新闻",
                              "text": "拉夫罗夫访华"}, captured="2024-07-01")
        assert sorted(urls(search(corpus.db, "拉夫罗夫"))) == ["new", "zh-1"]


def test_cli_search_finds_a_cyrillic_name(crawled):
    db = str(crawled / "corpus.db")
    table = chancery("search", "Лавров", "--db", db).stdout
    assert "Lavrov and Wang Yi" in table
    rows = json.loads(chancery("search", "Лавров", "--db", db, "--format", "json").stdout)
    assert [r["title"] for r in rows] == ["Lavrov and Wang Yi pledge closer coordination in Beijing talks"]
    assert "**Лавров**" in rows[0]["snippet"]
    assert rows[0]["authors"] == ["Li Wen"]


def test_cli_search_filters_and_csv(crawled):
    db = str(crawled / "corpus.db")
    out = chancery("search", "Lavrov", "--db", db, "--format", "csv", "--since", "2024-02",
                   "--until", "2024-04", "--section", "Interviews", "--lang", "en").stdout
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [r["title"][:24] for r in rows] == ["Professor Anna Kovalenko"]
    assert json.loads(rows[0]["authors"]) == ["James Whitfield"]
    assert chancery("search", "春节", "--db", db, "--format", "json", "--limit", "3").stdout.count('"id"') == 1
    missing = chancery("search", "x", "--db", str(crawled / "nothing.db"), check=False)
    assert missing.returncode != 0 and "no corpus" in missing.stderr
