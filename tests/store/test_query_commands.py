"""The query and export commands on a database filled from hand-built records (no model needed)."""

import csv
import json

import pytest

from newsgraph.cli import main
from newsgraph.store import Batch, Failure, open_store, rows_of
from tests.store.records import protest, talks


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "news.db"
    with open_store(path) as store:
        store.write(Batch([rows_of(talks()), rows_of(protest())], [("a.txt", "a1", None), ("b.txt", "a2", None)],
                          [Failure("c.txt", None, "read", "NG102", "'c.txt' looks like binary data")]))
    return str(path)


def test_events_one_readable_line_each(db, capsys):
    assert main(["events", "--db", db]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines == ['2025-07-12 040 CONSULT: Kim Jong-un -> Sergei Lavrov  "held"  (a1 E1)',
                     '2026-11-23 1411 PROTEST: Protesters -> ?  "demanded" [negated]  (a2 E1)']


def test_events_filtered_as_json_and_csv(db, capsys):
    assert main(["events", "--db", db, "--type", "14", "--json"]) == 0
    (row,) = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert row["plover"] == "PROTEST" and row["source_code"] == "GEOOPP"
    assert main(["events", "--db", db, "--since", "2025-01-01", "--until", "2025-12-31", "--csv"]) == 0
    rows = list(csv.DictReader(capsys.readouterr().out.splitlines()))
    assert [(r["cameo"], r["target"]) for r in rows] == [("040", "Sergei Lavrov")]


def test_quotes_actors_and_failures(db, capsys):
    assert main(["quotes", "--db", db, "--search", "talks", "--speaker", "RUS"]) == 0
    assert capsys.readouterr().out.strip() == \
        '2025-07-13 direct   Sergei Lavrov: "Our talks were useful"  (a1 Q1)'
    assert main(["actors", "--db", db, "--limit", "1"]) == 0
    assert capsys.readouterr().out.split() == ["1", "articles", "2", "mentions", "Sergei", "Lavrov", "[RUSGOV]",
                                               "person"]
    assert main(["failures", "--db", db]) == 0
    assert capsys.readouterr().out.strip() == "c.txt  read  NG102: 'c.txt' looks like binary data"


@pytest.mark.parametrize("fmt, first_line", [
    ("csv", "article_id,event_id,cameo"), ("gdelt", None), ("jsonl", '{"schema": "newsgraph/1"')])
def test_export_command(db, tmp_path, capsys, fmt, first_line):
    out = tmp_path / f"export.{fmt}"
    assert main(["export", "--db", db, "--format", fmt, "-o", str(out)]) == 0
    text = out.read_text(encoding="utf-8")
    lines = text.splitlines()
    rows = list(csv.reader(text.splitlines(keepends=True))) if fmt == "csv" else lines
    assert len(rows) == (3 if fmt == "csv" else 2)  # a sentence in a CSV cell may hold a line break
    if first_line:
        assert lines[0].startswith(first_line)
    assert "wrote 2 " in capsys.readouterr().err


def test_reading_a_missing_database_or_a_bad_date_is_one_line(tmp_path, db, capsys):
    assert main(["events", "--db", str(tmp_path / "none.db")]) == 5
    assert capsys.readouterr().err.startswith("newsgraph: NG401: there is no database at")
    assert main(["events", "--db", db, "--since", "last week"]) == 2
    assert "NG105: --since 'last week' is not a date" in capsys.readouterr().err
    assert main(["export", "--db", db, "--format", "csv", "--table", "people", "-o", str(tmp_path / "x")]) == 2
