"""The query and export commands on a database filled from hand-built records (no model needed)."""

import csv
import json

import pytest

from newsgraph.cli import main
from newsgraph.store import Batch, Failure, open_store, rows_of
from tests.store.records import protest, talks


@pytest.fixture
def db(store_target):
    """A database of each kind: the commands read SQLite and PostgreSQL alike."""
    path = store_target
    with open_store(path) as store:
        store.write(Batch([rows_of(talks()), rows_of(protest())], [("a.txt", "a1", None), ("b.txt", "a2", None)],
                          [Failure("c.txt", None, "read", "NG102", "'c.txt' looks like binary data")]))
    return str(path)


def test_events_one_readable_line_each(db, capsys):
    assert main(["events", "--db", db]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines == ['2025-07-12 040 CONSULT: Kim Jong-un -> Sergei Lavrov  "held"  in Wonsan  (a1 E1)',
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


def test_new_filters_from_the_command_line(db, capsys):
    assert main(["events", "--db", db, "--source", "kim", "--country", "RUS", "--json"]) == 0
    assert [json.loads(line)["event_id"] for line in capsys.readouterr().out.splitlines()] == ["E1"]
    assert main(["quotes", "--db", db, "--kind", "direct", "--since", "2025-07-13", "--until", "2025-07-13"]) == 0
    assert "(a1 Q1)" in capsys.readouterr().out
    assert main(["quotes", "--db", db, "--kind", "indirect"]) == 0
    captured = capsys.readouterr()
    assert captured.out == "" and captured.err == "newsgraph: no quotes match\n"


def test_filters_that_cannot_match_say_so_in_one_line(db, capsys):
    assert main(["events", "--db", db, "--type", "MEETING"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("newsgraph: NG105: the event type 'MEETING' is neither") and "CONSULT" in err
    assert len(err.splitlines()) == 1
    assert main(["quotes", "--db", db, "--search", '"talks were']) == 2
    assert "not closed" in capsys.readouterr().err


def test_failures_on_a_clean_database_says_there_are_none(tmp_path, capsys):
    path = tmp_path / "clean.db"
    with open_store(path) as store:
        store.write(Batch([rows_of(talks())], [("a.txt", "a1", None)], []))
    assert main(["failures", "--db", str(path), "--json"]) == 0
    captured = capsys.readouterr()
    assert captured.out == "" and captured.err.startswith("newsgraph: no failures: every input")


@pytest.mark.parametrize("value", ["", "  "])
def test_an_empty_db_value_has_its_own_message(value, capsys, monkeypatch):
    assert main(["events", "--db", value]) == 2
    assert capsys.readouterr().err == ("newsgraph: NG105: --db is empty; give an SQLite file such as newsgraph.db "
                                       "or a postgresql:// URL\n")
    monkeypatch.setenv("NEWSGRAPH_DB", value)
    assert main(["actors"]) == 2
    assert "it comes from $NEWSGRAPH_DB, which is set but empty" in capsys.readouterr().err


@pytest.mark.parametrize("value, share, count", [
    ("0.1", 0.1, None), ("10%", 0.1, None), ("25", None, 25), ("0", None, 0), ("1", None, 1), ("2.0", None, 2)])
def test_max_failures_is_a_share_or_a_count(value, share, count):
    from newsgraph.cli.corpus import FailureLimit
    limit = FailureLimit.parse(value)
    assert (limit.share, limit.count) == (share, count)


def test_max_failures_decides_between_a_share_and_a_count():
    from newsgraph.cli.corpus import FailureLimit
    assert FailureLimit.parse("0.1").exceeded(2, 10) and not FailureLimit.parse("0.1").exceeded(1, 10)
    assert not FailureLimit.parse("25").exceeded(25, 30) and FailureLimit.parse("25").exceeded(26, 1000)
    assert FailureLimit.parse("0").exceeded(1, 1000)


@pytest.mark.parametrize("value", ["1.5", "-1", "much", "150%"])
def test_max_failures_that_is_neither_is_refused(value, capsys):
    with pytest.raises(SystemExit):
        main(["run", "x.txt", "--max-failures", value])
    assert "is neither a share (0.1 or 10%: a tenth of the inputs) nor a count" in capsys.readouterr().err


def test_export_to_standard_output(db, capsys):
    assert main(["export", "--db", db, "--format", "csv", "--table", "dyads", "-o", "-"]) == 0
    captured = capsys.readouterr()
    rows = list(csv.DictReader(captured.out.splitlines(keepends=True)))
    assert [r["source_country"] for r in rows] == ["PRK", "GEO"]
    assert captured.err == "newsgraph: wrote 2 rows to standard output\n"
    assert main(["export", "--db", db, "--format", "gdelt", "--table", "quotes", "-o", "-"]) == 2
    assert capsys.readouterr().err.startswith("newsgraph: NG105: the GDELT table has one row per event")


def test_actors_have_their_country_and_sector_apart_and_limit_is_at_least_one(db, capsys):
    assert main(["actors", "--db", db, "--csv"]) == 0
    rows = list(csv.DictReader(capsys.readouterr().out.splitlines()))
    assert {(r["code"], r["country"], r["sector"]) for r in rows} >= {("RUSGOV", "RUS", "GOV"), ("GEOOPP", "GEO", "OPP")}
    with pytest.raises(SystemExit):
        main(["actors", "--db", db, "--limit", "0"])
    assert "'0' is not a whole number of 1 or more" in capsys.readouterr().err


def test_happenings_are_shown_with_their_place(db, capsys):
    with open_store(db) as store:
        store.regroup()
    assert main(["happenings", "--db", db, "--type", "CONSULT"]) == 0
    (line,) = capsys.readouterr().out.splitlines()
    assert line.startswith("2025-07-12 040 CONSULT: Kim Jong-un -> Sergei Lavrov  in Wonsan, 1 article, 1 outlet, "
                           "first a1 E1  (H")


def test_parquet_is_not_written_to_a_terminal(db, capsys, monkeypatch):
    monkeypatch.setattr("sys.stdout.isatty", lambda: True)
    assert main(["export", "--db", db, "--format", "parquet", "-o", "-"]) == 2
    assert capsys.readouterr().err.startswith("newsgraph: NG105: Parquet is binary, not for a terminal")
