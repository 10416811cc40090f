"""The JSON API against a real database filled by ``newsgraph run``, SQLite and PostgreSQL alike."""

import json
import subprocess
import sys
from urllib.parse import quote

import pytest

from newsgraph.store import open_store

pytestmark = pytest.mark.model

PROBLEM = "application/problem+json"


def _exported(db, tmp_path):
    out = tmp_path / "export.jsonl"
    done = subprocess.run([sys.executable, "-m", "newsgraph", "export", "--db", db, "--format", "jsonl",
                           "-o", str(out)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    return {r["article"]["id"]: r for r in map(json.loads, out.read_text(encoding="utf-8").splitlines())}


def _all(server, path):
    """Every item of a paginated list, following ``next``."""
    items, url = [], path
    while url:
        status, _, page = server.json(url)
        assert status == 200, page
        items += page["items"]
        url = page["next"] and page["next"].removeprefix(server.url)
    return items


def test_records_are_the_dicts_the_jsonl_export_writes(server, tmp_path):
    exported = _exported(server.db, tmp_path)
    articles = _all(server, "/api/articles?limit=2")
    assert {a["id"] for a in articles} == set(exported) and len(articles) == 6
    for article_id, record in exported.items():
        status, _, served = server.json(f"/api/articles/{article_id}")
        assert status == 200 and served == record
    events = _all(server, "/api/events?limit=3")
    assert len(events) == sum(len(r["events"]) for r in exported.values())
    for item in events:
        record = exported[item["article"]["id"]]
        assert item["event"] in record["events"]
        assert all(item["actors"][a] in record["actors"] for a in item["event"]["source"] + item["event"]["target"])
    quotes = _all(server, "/api/quotes?limit=4")
    assert sorted((q["article"]["id"], q["quote"]["id"]) for q in quotes) == sorted(
        (article_id, q["id"]) for article_id, r in exported.items() for q in r["quotes"])
    assert all(item["quote"] in exported[item["article"]["id"]]["quotes"] for item in quotes)


def test_pages_follow_a_stable_order_without_gaps_or_repeats(server):
    whole = _all(server, "/api/events?limit=500")
    paged = _all(server, "/api/events?limit=2")
    assert [(i["article"]["id"], i["event"]["id"]) for i in paged] == [(i["article"]["id"], i["event"]["id"])
                                                                       for i in whole]
    status, _, last = server.json(f"/api/events?limit=2&offset={len(whole) - 1}")
    assert status == 200 and len(last["items"]) == 1 and last["next"] is None


def test_events_filter_by_actor_type_dates_and_article_words(server):
    status, _, page = server.json("/api/events?actor=Lavrov&type=CONSULT&since=2025-03-01&until=2025-04-30")
    assert status == 200
    days = [i["event"]["date"]["value"] if i["event"]["date"] else i["article"]["published"] for i in page["items"]]
    assert days and all("2025-03-01" <= d[:10] <= "2025-04-30" for d in days)
    assert all(i["event"]["plover"] == "CONSULT" for i in page["items"])
    assert all(any("Lavrov" in a["name"] for a in i["actors"].values()) for i in page["items"])
    _, _, by_code = server.json("/api/events?actor=CHN&type=04")
    assert by_code["items"] and all(i["event"]["cameo"].startswith("04") for i in by_code["items"])
    _, _, by_words = server.json("/api/events?q=Pyongyang")
    assert by_words["items"] and {i["article"]["id"] for i in by_words["items"]} == {
        a["id"] for a in _all(server, "/api/articles?q=Pyongyang")}


def test_quotes_filter_by_speaker_and_words(server):
    _, _, page = server.json("/api/quotes?speaker=Lavrov&q=useful")
    assert page["items"] and all("useful" in " ".join(s["text"] for s in i["quote"]["content"]).lower()
                                 for i in page["items"])
    assert all(i["actors"][i["quote"]["speaker"]["actor"]]["name"].endswith("Lavrov") for i in page["items"])


def test_a_dyad_counts_cooperation_and_conflict_per_month_and_week(server):
    status, _, dyad = server.json("/api/dyads?source=Lavrov&target=Wang&period=month")
    assert status == 200
    by_month = {p["period"]: p for p in dyad["periods"]}
    assert set(by_month) == {"2025-03", "2025-04", "2025-05"}
    assert by_month["2025-03"]["cooperation"] == 2 and by_month["2025-03"]["conflict"] == 0
    assert by_month["2025-04"]["quad_classes"]["3"] == 1 and by_month["2025-04"]["goldstein"] < 0
    for period in dyad["periods"]:
        assert period["events"] == sum(period["quad_classes"].values())
    _, _, weekly = server.json("/api/dyads?source=RUS&target=CHN&period=week")
    assert sum(p["events"] for p in weekly["periods"]) == sum(p["events"] for p in dyad["periods"])
    assert all(p["period"].startswith("2025-W") for p in weekly["periods"])


def test_the_network_weighs_who_acts_on_whom(server):
    _, _, graph = server.json("/api/network")
    names = {n["id"]: n["name"] for n in graph["nodes"]}
    pairs = {(names[e["source"]], names[e["target"]]): e for e in graph["edges"]}
    assert pairs[("Sergei Lavrov", "Wang Yi")]["events"] == 4
    assert -10 <= pairs[("Sergei Lavrov", "Wang Yi")]["goldstein"] <= 10


def test_an_actor_profile_says_what_they_do_to_whom(server):
    _, _, profile = server.json("/api/actor?actor=Lavrov")
    assert profile["names"][0] == "Sergei Lavrov [RUSGOV]"
    assert any(row["actor"].startswith("Wang Yi") for row in profile["acts"]["CONSULT"])
    assert {m["period"] for m in profile["months"]} >= {"2025-03", "2025-04", "2025-05", "2025-07"}
    assert any("useful" in q["quote"]["content"][0]["text"] for q in profile["quotes"])


def test_happenings_count_each_occurrence_once(server):
    status, _, page = server.json("/api/happenings?actor=Lavrov&type=CONSULT")
    assert status == 200
    assert [(h["day"], h["articles"]) for h in page["items"]] == [
        ("2025-03-03", 1), ("2025-05-15", 1), ("2025-07-12", 1), ("2025-07-12", 1)]  # with Kim, with Choe
    assert all(h["first_title"] for h in page["items"])


def test_extract_gives_the_record_and_stores_nothing(server):
    before = _all(server, "/api/articles")
    status, headers, record = server.json(
        "/api/extract", body=json.dumps({"text": "Putin met Xi in Beijing on Monday.",
                                         "published": "2024-05-16"}).encode(),
        headers={"Content-Type": "application/json"})
    assert status == 200 and record["schema"] == "newsgraph/1"
    assert [e["cameo"][:2] for e in record["events"]] == ["04"]
    assert _all(server, "/api/articles") == before


@pytest.mark.parametrize("path, status", [
    ("/api/articles/no-such-article", 404),
    ("/api/events?limit=0", 422),
    ("/api/events?limit=100000", 422),
    ("/api/events?since=yesterday", 422),
    ("/api/dyads?source=Lavrov&target=Wang&period=year", 422),
    ("/api/nothing-here", 404),
])
def test_every_error_is_a_problem_document(server, path, status):
    got, headers, problem = server.json(path)
    assert got == status and headers["Content-Type"].startswith(PROBLEM)
    assert problem["status"] == status and problem["title"] and problem["detail"]
    assert problem["instance"] == path.split("?")[0]


def test_bodies_past_the_limit_are_refused_declared_or_not(server):
    big = json.dumps({"text": "word " * 300_000}).encode()
    status, headers, problem = server.json("/api/extract", body=big, headers={"Content-Type": "application/json"})
    assert status == 413 and headers["Content-Type"].startswith(PROBLEM) and problem["status"] == 413

    def chunks():  # no Content-Length: the server must count what it reads
        for _ in range(20):
            yield b" " * 100_000

    import http.client
    host, port = server.url.removeprefix("http://").split(":")
    connection = http.client.HTTPConnection(host, int(port), timeout=60)
    try:
        connection.request("POST", "/api/extract", body=chunks(), headers={"Content-Type": "application/json"},
                           encode_chunked=True)
        response = connection.getresponse()
        assert response.status == 413 and json.loads(response.read())["status"] == 413
    finally:
        connection.close()


def test_bad_extract_input_is_a_problem(server):
    status, headers, problem = server.json("/api/extract", body=b'{"text": ""}',
                                           headers={"Content-Type": "application/json"})
    assert status == 422 and headers["Content-Type"].startswith(PROBLEM)
    status, _, problem = server.json("/api/extract", body=json.dumps({"text": "x", "published": "soon"}).encode(),
                                     headers={"Content-Type": "application/json"})
    assert status == 400 and problem["code"] == "NG105"


def test_query_words_are_bound_never_formatted_into_sql(server):
    hostile = quote("x' OR '1'='1")
    for path in (f"/api/events?actor={hostile}", f"/api/quotes?speaker={hostile}", f"/api/actors?name={hostile}",
                 f"/api/articles?q={hostile}"):
        status, _, page = server.json(path)
        assert status == 200 and page["items"] == [], path
    status, _, problem = server.json(f"/api/events?type={hostile}")  # no such type: said, not searched for
    assert status == 400 and "is neither a PLOVER type" in problem["detail"]


def test_nothing_the_server_does_writes_to_the_database(server):
    with open_store(server.db, create=False) as store:
        before = store.counts()
    for path in ("/api/articles", "/api/events", "/api/quotes", "/api/actors", "/api/network", "/",
                 "/events", "/quotes", "/network", "/dyad?source=Lavrov&target=Wang", "/actor?name=Lavrov"):
        assert server.request(path)[0] == 200, path
    with open_store(server.db, create=False) as store:
        assert store.counts() == before


def test_every_response_carries_a_content_security_policy(server):
    for path in ("/", "/api/articles", "/api/articles/none", "/docs"):
        _, headers, _ = server.request(path)
        policy = headers["Content-Security-Policy"]
        assert "default-src 'self'" in policy and "script-src 'self'" in policy and "unsafe-eval" not in policy


def test_the_openapi_document_and_its_reference_page_list_every_endpoint(server):
    status, _, spec = server.json("/openapi.json")
    assert status == 200
    paths = set(spec["paths"])
    assert {"/api/articles", "/api/articles/{article_id}", "/api/events", "/api/quotes", "/api/actors",
            "/api/actor", "/api/dyads", "/api/network", "/api/extract", "/api/happenings"} <= paths
    status, _, page = server.request("/docs")
    assert status == 200 and all(path in page for path in paths) and "cdn" not in page.lower()
