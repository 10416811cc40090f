"""Every eval reader, fed any JSON its format allows and much it does not: a list of gold records
with the right types, or a ``NewsgraphError`` naming the file (one line, an exit code); never
another exception."""

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsgraph.errors import NewsgraphError
from newsgraph.evaluate.chains import read_chains
from newsgraph.evaluate.event_gold import read_gold
from newsgraph.evaluate.geo import read_geo
from newsgraph.evaluate.ipe import read_ipe
from newsgraph.evaluate.polnear import parse_ann
from newsgraph.evaluate.timeml import read_document

READERS = settings(max_examples=200, deadline=None, database=None,
                   suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])

SCALARS = st.one_of(st.none(), st.booleans(), st.integers(-5, 10**6), st.floats(allow_nan=True),
                    st.text(max_size=20), st.sampled_from(["RUS", "CONSULT", "2025-07-13", "", "a.txt"]))
JSON = st.recursive(SCALARS, lambda inner: st.one_of(st.lists(inner, max_size=4),
                                                    st.dictionaries(st.text(max_size=8), inner, max_size=4)),
                    max_leaves=12)
# records with the keys each format uses, holding anything
KEYS = ["id", "text", "event", "events", "source", "target", "date", "has_event", "plover", "cameo", "trigger",
        "text_ref", "path", "start", "end", "places", "lat", "lon", "code", "doc_id", "doc_text", "sent_id",
        "sent_text", "labels", "actors"]
RECORDS = st.recursive(st.dictionaries(st.sampled_from(KEYS), JSON, max_size=6),
                       lambda inner: st.dictionaries(st.sampled_from(KEYS), st.one_of(JSON, inner, st.lists(inner, max_size=3)),
                                                     max_size=6), max_leaves=8)
LINES = st.lists(st.one_of(RECORDS.map(json.dumps), JSON.map(json.dumps), st.text(max_size=30)), max_size=5)
NUMBERS = st.one_of(st.integers(-5, 60), st.floats(-200, 200), JSON)
TEXT = st.one_of(st.text(max_size=40), JSON)


def _records_of(shape):
    """Lines of records of one format's shape, most of them well-typed, some not."""
    return st.lists(st.one_of(shape.map(json.dumps), st.text(max_size=20)), min_size=1, max_size=4)


GEO_LINES = _records_of(st.fixed_dictionaries(
    {"id": TEXT, "text": st.one_of(st.just("Paris and Lagos are cities."), TEXT),
     "places": st.one_of(st.lists(st.fixed_dictionaries({"start": NUMBERS, "end": NUMBERS, "lat": NUMBERS,
                                                          "lon": NUMBERS}), max_size=3), JSON)}))
EVENT_LINES = _records_of(st.one_of(
    st.fixed_dictionaries({"id": TEXT, "text": st.one_of(st.just("Putin met Xi in Moscow."), TEXT),
                           "event": st.one_of(st.sampled_from(["CONSULT", "ASSAULT", ""]), JSON),
                           "source": JSON, "target": JSON, "date": st.one_of(st.just("2025-07-13"), JSON)}),
    st.fixed_dictionaries({"id": TEXT, "text": TEXT, "events": st.one_of(st.lists(st.fixed_dictionaries(
        {"plover": st.one_of(st.just("CONSULT"), JSON), "cameo": st.one_of(st.just("040"), JSON),
         "source": JSON, "target": JSON, "trigger": st.one_of(st.lists(NUMBERS, max_size=3), JSON)}),
        max_size=2), JSON)}),
    st.fixed_dictionaries({"id": TEXT, "events": st.just([]), "text_ref": st.one_of(st.fixed_dictionaries(
        {"path": st.sampled_from(["a.txt", "missing.txt", "", "../a.txt"]), "start": NUMBERS, "end": NUMBERS}),
        JSON)})))


def _must_read_or_refuse(read, *args):
    try:
        return read(*args)
    except NewsgraphError as error:
        assert error.code.startswith("NG") and "\n" not in error.message, error
        return None


@READERS
@given(lines=st.one_of(LINES, EVENT_LINES), as_array=st.booleans())
def test_event_gold_reader(tmp_path, lines, as_array):
    (tmp_path / "a.txt").write_text("Putin met Xi in Moscow. Police killed two men.", encoding="utf-8")
    path = tmp_path / ("gold.json" if as_array else "gold.jsonl")
    path.write_text("[" + ",".join(lines) + "]" if as_array else "\n".join(lines), encoding="utf-8")
    sentences = _must_read_or_refuse(lambda p: read_gold(p, texts=tmp_path), path)
    for sentence in sentences or ():
        assert isinstance(sentence.text, str) and all(isinstance(code, str) for event in sentence.events
                                                      for code in event.source | event.target)
        for event in sentence.events:
            assert event.trigger is None or 0 <= event.trigger[0] <= event.trigger[1] <= len(sentence.text)


@READERS
@given(lines=st.one_of(LINES, GEO_LINES))
def test_geo_gold_reader(tmp_path, lines):
    path = tmp_path / "geo.jsonl"
    path.write_text("\n".join(lines), encoding="utf-8")
    for article in _must_read_or_refuse(read_geo, path) or ():
        assert isinstance(article.text, str)
        for place in article.places:
            assert 0 <= place.start < place.end <= len(article.text)
            assert -90 <= place.lat <= 90 and -180 <= place.lon <= 180


@READERS
@given(docs=LINES, sents=LINES, metadata=LINES)
def test_india_police_events_reader(tmp_path, docs, sents, metadata):
    for name, lines in (("docs", docs), ("sents", sents), ("metadata", metadata)):
        (tmp_path / f"{name}.jsonl").write_text("\n".join(lines), encoding="utf-8")
    _must_read_or_refuse(read_ipe, tmp_path)


@READERS
@given(lines=st.lists(st.one_of(
    st.builds(lambda n, a, b, t: f"T{n}\tAttribution {a} {b}\t{t}", st.integers(0, 9), st.integers(-3, 50),
              st.integers(-3, 50), st.text(max_size=10)),
    st.builds(lambda n, roles: f"E{n}\t" + " ".join(roles), st.integers(0, 9),
              st.lists(st.sampled_from(["Attribution:T1", "Content:T2", "Cue:T3", "Source:T9", "x", ":"]),
                       max_size=4)),
    st.text(max_size=30)), max_size=8))
def test_polnear_annotation_reader(tmp_path, lines):
    path = tmp_path / "a_1.ann"
    path.write_text("\n".join(lines), encoding="utf-8")
    _must_read_or_refuse(parse_ann, path)


@READERS
@given(body=st.text(max_size=80), value=st.text(max_size=12), kind=st.sampled_from(["DATE", "TIME", "x", ""]))
def test_timeml_reader(tmp_path, body, value, kind):
    path = tmp_path / "a.tml"
    path.write_text(f'<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="{value}">x</TIMEX3></DCT>'
                    f'<TEXT>{body}<TIMEX3 tid="t1" type="{kind}" value="{value}">{body}</TIMEX3></TEXT></TimeML>',
                    encoding="utf-8")
    _must_read_or_refuse(read_document, path)


def test_a_json_line_holding_a_line_separator_is_one_record(tmp_path):
    # LGL's line 213 holds U+2028 inside a string, where str.splitlines() cuts a record in two
    path = tmp_path / "geo.jsonl"
    record = {"id": "1", "text": "Paris\u2028is big.", "places": [{"start": 0, "end": 5, "lat": 48.9, "lon": 2.4}]}
    path.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    assert [a.text for a in read_geo(path)] == ["Paris\u2028is big."]


def test_an_empty_gold_file_is_refused_not_scored_as_nothing(tmp_path):
    for read, name in ((read_gold, "gold.json"), (read_geo, "geo.jsonl")):
        (tmp_path / name).write_text("\n", encoding="utf-8")
        try:
            read(tmp_path / name)
        except NewsgraphError as error:
            assert error.code == "NG301" and "holds no" in error.message
        else:
            raise AssertionError(f"{name}: an empty gold file was read as no records")


CHAIN_QUOTES = st.lists(st.one_of(st.fixed_dictionaries(
    {"content": st.sampled_from(["said", "x", ""]), "speaker": st.one_of(st.sampled_from(["Kim", "KCNA"]), JSON),
     "addressee": st.one_of(st.none(), JSON), "via": st.one_of(st.lists(st.sampled_from(["KCNA", "Kim", "?"])), JSON)}),
    JSON), max_size=3)
CHAIN_LINES = _records_of(st.fixed_dictionaries(
    {"id": JSON, "kind": JSON, "depth": st.one_of(st.integers(1, 3), JSON), "text": st.one_of(st.just("KCNA said Kim said x."), JSON),
     "quotes": st.one_of(CHAIN_QUOTES, JSON)}))


@READERS
@given(lines=st.one_of(LINES, CHAIN_LINES))
def test_chain_reader(tmp_path, lines):
    path = tmp_path / "chains.jsonl"
    path.write_text("\n".join(lines), encoding="utf-8")
    for case in _must_read_or_refuse(read_chains, path) or ():
        assert case.quotes and all(q.content in case.text and q.speaker in case.text for q in case.quotes)
