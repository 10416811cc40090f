"""``newsgraph run`` finds copies and groups happenings as it goes: in two runs or one, in any
order, the same; ``newsgraph dedupe`` does it for a database from before."""

import json
import subprocess
import sys

import pytest

from tests.web import corpus

pytestmark = pytest.mark.model


def _records():
    records = corpus.records()
    example = next(r for r in records if r["id"] == "example")
    copy = {**example, "id": "example-copy", "title": "Kim backs Moscow", "source": "Other Wire",
            "url": "https://other.example/kim", "published": "2025-07-14",
            "text": example["text"].replace("PYONGYANG/MOSCOW -", "PYONGYANG (Other Wire) -", 1)
            + "\nRead more: our Korea coverage"}
    return [*records, copy]


def _newsgraph(*args):
    done = subprocess.run([sys.executable, "-m", "newsgraph", *map(str, args)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    return done.stdout


def _run(tmp_path, name, parts):
    db = tmp_path / f"{name}.db"
    for n, records in enumerate(parts):
        feed = tmp_path / f"{name}-{n}.jsonl"
        feed.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
        _newsgraph("run", feed, "--db", db, "--quiet", "--workers", "1")
    happenings = [json.loads(line) for line in _newsgraph("happenings", "--db", db, "--json").splitlines()]
    return db, happenings


def test_two_runs_in_another_order_give_the_same_copies_and_happenings(tmp_path):
    records = _records()
    db, once = _run(tmp_path, "once", [records])
    other_db, twice = _run(tmp_path, "twice", [records[::-1][:3], records[::-1][3:]])
    assert once == twice
    from newsgraph.store import open_store
    with open_store(db, create=False) as store, open_store(other_db, create=False) as other:
        assert store.copies() == other.copies() and len(store.copies()) == 1
        copy = store.copies()[0]
        stored = {r["id"]: r for r in store.articles()}
        assert stored[copy["copy_of"]]["title"] == "Kim and Lavrov hold talks"
    # the copy's meeting adds a report, not a happening
    talks = [h for h in once if h["cameo"] == "040" and h["source"] == "Kim Jong-un"]
    assert len(talks) == 1 and talks[0]["articles"] == 2 and talks[0]["sources"] == 2


def test_dedupe_groups_a_database_stored_before_happenings(tmp_path):
    db, once = _run(tmp_path, "old", [_records()])
    from newsgraph.store import open_store
    with open_store(db, create=False) as store:  # as the migration leaves an older database
        store._execute("UPDATE events SET happening_key = NULL, happening_id = NULL")
        store._execute("DELETE FROM happenings")
        store._execute("DELETE FROM copies")
        store._execute("DELETE FROM article_signatures")
    done = subprocess.run([sys.executable, "-m", "newsgraph", "dedupe", "--db", str(db)], capture_output=True,
                          text=True)
    assert done.returncode == 0 and "1 article of 7 are copies" in done.stderr, done.stderr
    assert [json.loads(line) for line in _newsgraph("happenings", "--db", db, "--json").splitlines()] == once
    events_view = [json.loads(line) for line in _newsgraph("events", "--happenings", "--db", db, "--json").splitlines()]
    assert events_view == once


def test_exports_count_happenings_once_with_their_reports(tmp_path):
    db, happenings = _run(tmp_path, "export", [_records()])
    by_id = {h["id"]: h for h in happenings}
    _newsgraph("export", "--db", db, "--format", "jsonl", "--happenings", "-o", tmp_path / "h.jsonl")
    exported = [json.loads(line) for line in (tmp_path / "h.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [h["id"] for h in exported] == [h["id"] for h in happenings]
    assert all(len(h["reports"]) == h["events"] for h in exported)
    talks = next(h for h in exported if h["cameo"] == "040" and h["source"] == "Kim Jong-un")
    assert len({article for article, _ in talks["reports"]}) == 2

    _newsgraph("export", "--db", db, "--format", "gdelt", "--happenings", "-o", tmp_path / "h.tsv")
    from newsgraph.store.export import GDELT_COLUMNS
    rows = [dict(zip(GDELT_COLUMNS, line.split("\t"))) for line in (tmp_path / "h.tsv").read_text().splitlines()]
    assert len(rows) == len(happenings)
    counted = sorted((int(r["NumMentions"]), int(r["NumSources"]), int(r["NumArticles"])) for r in rows)
    assert counted == sorted((h["events"], h["sources"], h["articles"]) for h in by_id.values())
    assert max(int(r["NumArticles"]) for r in rows) == 2

    _newsgraph("export", "--db", db, "--format", "csv", "--happenings", "-o", tmp_path / "h.csv")
    lines = (tmp_path / "h.csv").read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("id,cameo,plover") and len(lines) == len(happenings) + 1
