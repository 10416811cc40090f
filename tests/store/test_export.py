"""Exports: the record contract, flat tables and the GDELT-style table."""

import csv
import json

import pytest

from newsgraph.errors import BadOption
from newsgraph.store import Batch, open_store, rows_of
from newsgraph.store.export import GDELT_COLUMNS, export
from tests.store.records import protest, talks


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
