"""Exports: the record contract, flat tables and the GDELT-style table."""

import csv
import json

import pytest

from newsgraph.errors import BadOption
from newsgraph.store import Batch, open_store, rows_of
from newsgraph.store.export import GDELT_COLUMNS, export
from tests.store.records import TALKS, protest, talks


@pytest.fixture
def store(store_target):
    with open_store(store_target) as store:
        store.write(Batch([rows_of(talks()), rows_of(protest())], [("feed.jsonl:1", "a1", "x-1"),
                                                                     ("feed.jsonl:2", "a2", None)], []))
        yield store


def test_jsonl_is_one_record_per_article(store, tmp_path):
    out = tmp_path / "records.jsonl"
    assert export(store, out, "jsonl") == 2
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert {r["article"]["id"] for r in records} == {"a1", "a2"}
    assert talks().to_dict() in records


def test_csv_has_a_header_and_one_row_per_event(store, tmp_path):
    out = tmp_path / "events.csv"
    assert export(store, out, "csv") == 2
    rows = list(csv.DictReader(out.read_text(encoding="utf-8").splitlines()))
    assert [(r["cameo"], r["source"], r["target"]) for r in rows] == [
        ("040", "Kim Jong-un", "Sergei Lavrov"), ("1411", "Protesters", "")]
    talks_row = rows[0]
    assert (talks_row["source_code"], talks_row["source_country"], talks_row["source_sector"]) == ("PRKGOV", "PRK", "GOV")
    assert (talks_row["target_actor"], talks_row["target_country"], talks_row["published"]) == ("A2", "RUS", "2025-07-13")
    assert (rows[1]["source_actors"], rows[1]["target_actors"], rows[1]["target_code"]) == ("1", "0", "")


def _reciprocal(store):
    """An agreement of Kim and Lavrov with each other, and a statement by a news agency known by its
    sector alone (a code with no country)."""
    from dataclasses import replace

    from newsgraph.records import Actor
    result = talks(article_id="a3", text=TALKS + " They agreed.")
    agency = Actor("A3", "KCNA", "organisation", None, "MED", (), ())
    agreed = replace(result.events[0], id="E2", cameo="030", source=("A1", "A2"), target=("A1", "A2"))
    said = replace(result.events[0], id="E10", cameo="010", source=("A3",), target=())
    store.write(Batch([rows_of(replace(result, actors=(*result.actors, agency), events=(agreed, said)))], [], []))


def test_several_actors_on_a_side_are_never_joined_in_one_cell(store, tmp_path):
    _reciprocal(store)
    out = tmp_path / "events.csv"
    assert export(store, out, "csv", table="events") == 4
    rows = [r for r in csv.DictReader(out.read_text(encoding="utf-8").splitlines()) if r["article_id"] == "a3"]
    assert [r["event_id"] for r in rows] == ["E2", "E10"]  # natural order
    agreed, said = rows
    assert (agreed["source_actors"], agreed["target_actors"]) == ("2", "2")
    assert agreed["source"] == agreed["source_code"] == agreed["target_country"] == ""
    assert (said["source"], said["source_code"], said["source_country"], said["source_sector"]) == (
        "KCNA", "MED", "", "MED")
    assert all("+" not in value for row in rows for value in row.values() if value)


def test_dyads_have_one_row_per_source_and_target(store, tmp_path):
    _reciprocal(store)
    out = tmp_path / "dyads.csv"
    assert export(store, out, "csv", table="dyads") == 7  # 1 + 1 for a1 and a2; 2 x 2 + 1 for a3
    rows = [r for r in csv.DictReader(out.read_text(encoding="utf-8").splitlines()) if r["article_id"] == "a3"]
    assert [(r["event_id"], r["source_actor"], r["target_actor"]) for r in rows] == [
        ("E2", "A1", "A1"), ("E2", "A1", "A2"), ("E2", "A2", "A1"), ("E2", "A2", "A2"), ("E10", "A3", "")]
    assert [(r["source_country"], r["target_country"]) for r in rows[1:3]] == [("PRK", "RUS"), ("RUS", "PRK")]


def test_quotes_carry_their_date_and_their_articles(store, tmp_path):
    out = tmp_path / "quotes.csv"
    assert export(store, out, "csv", table="quotes") == 1
    (row,) = csv.DictReader(out.read_text(encoding="utf-8").splitlines())
    assert (row["quote_id"], row["quote_date"], row["published"]) == ("Q1", "", "2025-07-13")


def test_jsonl_with_a_table_writes_its_rows(store, tmp_path):
    out = tmp_path / "dyads.jsonl"
    assert export(store, out, "jsonl", table="dyads") == 2
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert rows[0]["source_code"] == "PRKGOV" and rows[1]["target_actor"] is None


@pytest.mark.parametrize("fmt, table, happenings, message", [
    ("gdelt", "quotes", False, "the GDELT table has one row per event"),
    ("csv", "quotes", True, "leave out --table quotes"),
    ("jsonl", "people", False, "no table 'people'"),
])
def test_a_table_a_format_cannot_write_is_refused(store, tmp_path, fmt, table, happenings, message):
    with pytest.raises(BadOption, match=message):
        export(store, tmp_path / "x", fmt, table=table, happenings=happenings)
    assert not (tmp_path / "x").exists()


def test_dash_writes_to_standard_output(store, capsysbinary):
    assert export(store, "-", "csv", table="actors") == 3
    assert capsysbinary.readouterr().out.decode().startswith("article_id,actor_id,name")
    pq = pytest.importorskip("pyarrow.parquet")
    assert export(store, "-", "parquet") == 2
    import io
    assert pq.read_table(io.BytesIO(capsysbinary.readouterr().out)).num_rows == 2


def test_parquet_keeps_column_types(store, tmp_path):
    pq = pytest.importorskip("pyarrow.parquet")
    out = tmp_path / "events.parquet"
    assert export(store, out, "parquet") == 2
    table = pq.read_table(out)
    assert str(table.schema.field("goldstein").type) == "double"
    assert table.column("negated").to_pylist() == [False, True]
    quotes = tmp_path / "quotes.parquet"
    assert export(store, quotes, "parquet", table="quotes") == 1
    assert pq.read_table(quotes).column("speaker").to_pylist() == ["Sergei Lavrov"]


def test_gdelt_rows_have_gdelts_columns(store, tmp_path):
    out = tmp_path / "events.tsv"
    assert export(store, out, "gdelt") == 2
    rows = [line.split("\t") for line in out.read_text(encoding="utf-8").splitlines()]
    assert all(len(row) == len(GDELT_COLUMNS) == 61 for row in rows)
    consult = dict(zip(GDELT_COLUMNS, next(r for r in rows if r[GDELT_COLUMNS.index("EventCode")] == "040")))
    assert consult["SQLDATE"] == "20250712" and consult["Year"] == "2025" and consult["MonthYear"] == "202507"
    assert (consult["Actor1Code"], consult["Actor1CountryCode"], consult["Actor1Type1Code"]) == ("PRKGOV", "PRK", "GOV")
    assert consult["Actor2Name"] == "SERGEI LAVROV" and consult["IsRootEvent"] == "1"
    assert (consult["EventBaseCode"], consult["EventRootCode"], consult["QuadClass"]) == ("040", "04", "1")
    assert consult["ActionGeo_Type"] == "4" and consult["ActionGeo_Lat"] == "39.15"
    assert consult["SOURCEURL"] == "https://example.org/kim" and len(consult["DATEADDED"]) == 14
    protest_row = dict(zip(GDELT_COLUMNS, next(r for r in rows if r[GDELT_COLUMNS.index("EventCode")] == "1411")))
    assert protest_row["SOURCEURL"] == "feed.jsonl:2" and protest_row["Actor2Code"] == ""
    assert protest_row["GoldsteinScale"] == "-6.5" and protest_row["ActionGeo_Type"] == ""


def test_unknown_table_is_refused(store, tmp_path):
    with pytest.raises(BadOption, match="no table 'people'"):
        export(store, tmp_path / "x.csv", "csv", table="people")


def test_happenings_have_each_side_in_columns_of_its_own(store, tmp_path):
    _reciprocal(store)
    store.regroup()
    out = tmp_path / "happenings.csv"
    assert export(store, out, "csv", happenings=True) == 4
    rows = list(csv.DictReader(out.read_text(encoding="utf-8").splitlines()))
    assert list(rows[0])[:3] == ["id", "cameo", "plover"]
    by_code = {r["cameo"]: r for r in rows}
    talks_row = by_code["040"]
    assert (talks_row["source"], talks_row["source_code"], talks_row["source_country"], talks_row["source_sector"],
            talks_row["target_country"], talks_row["source_actors"]) == ("Kim Jong-un", "PRKGOV", "PRK", "GOV", "RUS", "1")
    agreed = by_code["030"]
    assert (agreed["source_actors"], agreed["source"], agreed["source_code"]) == ("2", "", "")
    assert (by_code["010"]["source_country"], by_code["010"]["source_sector"], by_code["010"]["target_actors"]) == (
        "", "MED", "0")
    assert all("+" not in value for row in rows for value in row.values() if value)
