"""newsgraph eval events: gold readers, halves, per-type scores, text-referenced gold, IndiaPoliceEvents;
the event coverage benchmark."""

import hashlib
import importlib.util
import json
import sys

import pytest

from newsgraph.cli import main
from newsgraph.errors import InputNotFound, MalformedDataFile
from newsgraph.evaluate.event_gold import GoldEvent, GoldSentence, TextRef, lower_cased, read_gold
from newsgraph.evaluate.events import (PredictedEvent, _with_dateline, event_errors, predict_events, score,
                                       score_halves)
from newsgraph.evaluate.halves import half_of, split_halves
from newsgraph.evaluate.ipe import (IpeDocument, IpeSentence, ipe_errors, place_sentences, police_labels,
                                    predict_document, read_ipe, score_ipe)
from newsgraph.events import load_patterns
from newsgraph.ingest import make_article
from newsgraph.records import Actor, Article, ArticleResult, Event, Party, Quote, Span
from tests.conftest import ROOT, SHARED


def _gold(ident, *events):
    return GoldSentence(ident, "…", None, tuple(GoldEvent(kind, None, frozenset({src}), frozenset({tgt}))
                                               for kind, src, tgt in events))


def _predicted(kind, src="USA", tgt="RUS", cameo="040"):
    return PredictedEvent(kind, cameo, frozenset({src}), frozenset({tgt}))


def _write(path, records):
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


# --- halves -------------------------------------------------------------------------------------

def test_a_half_is_the_parity_of_the_first_byte_of_the_keys_sha1():
    for key in ("s1", "s3", "polnear/train/text/a.txt", "12"):
        expected = "a" if hashlib.sha1(key.encode()).digest()[0] % 2 == 0 else "b"
        assert half_of(key) == expected
    assert [half_of(k) for k in ("s1", "s3", "x", "d2")] == ['a', 'b', 'b', 'a']


def test_halves_do_not_follow_the_held_out_split_of_the_dev_files():
    # the development halves of PLOVER and IndiaPoliceEvents are the keys whose SHA-256 is even
    even = [k for k in (f"PLOVER-GSR01-AGREE-{n:04d}" for n in range(1, 60))
            if int(hashlib.sha256(k.encode()).hexdigest(), 16) % 2 == 0]
    assert {half_of(k) for k in even} == {"a", "b"}


def test_halves_partition_the_set_and_keep_its_order():
    keys = [f"record-{n}" for n in range(200)]
    halves = split_halves(keys, str)
    assert halves["all"] == keys
    assert sorted(halves["a"] + halves["b"]) == sorted(keys) and not set(halves["a"]) & set(halves["b"])
    assert halves["a"] == [k for k in keys if k in set(halves["a"])]
    assert 70 < len(halves["a"]) < 130  # a fair coin, not a cut of the order
    assert split_halves(keys, str) == halves and split_halves(keys, str, half="b") == {"b": halves["b"]}


def test_sentences_of_one_article_share_a_half():
    ref = GoldSentence("x#1", "…", None, (), TextRef("polnear/train/text/b.txt", 0, 5))
    assert ref.key == "polnear/train/text/b.txt" and half_of(ref.key) == "b"
    assert GoldSentence("s3", "…", None, ()).key == "s3"


# --- scoring ------------------------------------------------------------------------------------

def test_scores_per_type_and_per_half():
    s1 = _gold("s1", ("CONSULT", "USA", "RUS"), ("ACCUSE", "USA", "RUS"))  # half a
    s3 = _gold("s3", ("CONSULT", "USA", "RUS"))  # half b
    s2 = _gold("s2")  # half a, no events: every prediction is a false positive
    report = score_halves([s1, s3, s2], [[_predicted("CONSULT"), _predicted("REJECT")],
                                         [_predicted("CONSULT", tgt="CHN")],
                                         [_predicted("ACCUSE")]])
    full, a, b = (report.halves[h] for h in ("all", "a", "b"))
    assert (full.sentences, a.sentences, b.sentences) == (3, 2, 1)
    assert (full.type.tp, full.type.fp, full.type.fn) == (2, 2, 1)
    assert (full.type_actors.tp, full.type_actors.fp, full.type_actors.fn) == (1, 3, 2)
    assert (a.type.tp, a.type.fp, a.type.fn) == (1, 2, 1) and (b.type.tp, b.type.fp, b.type.fn) == (1, 0, 0)
    per_type = {kind: (c.tp, c.fp, c.fn) for kind, c in full.per_type.items()}
    assert per_type == {"CONSULT": (2, 0, 0), "ACCUSE": (0, 1, 1), "REJECT": (0, 1, 0)}
    data = report.to_dict()
    assert data["all"]["per_type"]["ACCUSE"]["fn"] == 1
    assert data["gap"]["type"] == pytest.approx(round(a.type.f1 - b.type.f1, 4))
    assert set(score_halves([s1, s3, s2], [[], [], []], half="b").to_dict()) == {"gold", "b", "gap"}


def test_cameo_roots_count_sentences_without_gold_events_where_the_set_codes_cameo():
    coded = GoldSentence("c1", "…", None, (GoldEvent(None, "042", frozenset({"USA"}), frozenset()),))
    empty = GoldSentence("c2", "…", None, ())
    scores = score([coded, empty], [[_predicted(None, cameo="043")], [_predicted(None, cameo="190")]])
    assert (scores.cameo_root.tp, scores.cameo_root.fp, scores.cameo_root.fn) == (1, 1, 0)
    assert (scores.type.tp, scores.type.fp) == (1, 1)  # CAMEO roots stand for types
    assert set(scores.per_type) == {"04", "19"}


def test_errors_name_what_was_missed_and_what_was_extra():
    gold = _gold("s1", ("CONSULT", "USA", "RUS"), ("ACCUSE", "USA", "RUS"))
    errors = list(event_errors([gold], [[_predicted("CONSULT", tgt="CHN"), _predicted("REJECT")]]))
    seen = {(e["measure"], e["kind"], e["label"]) for e in errors}
    assert seen == {("type", "fn", "ACCUSE"), ("type", "fp", "REJECT"), ("type+actors", "fn", "CONSULT"),
                    ("type+actors", "fn", "ACCUSE"), ("type+actors", "fp", "CONSULT"), ("type+actors", "fp", "REJECT")}
    assert all(e["id"] == "s1" and e["half"] == "a" and len(e["predicted"]) == 2 for e in errors)


# --- reading PLOVER and neutral gold ------------------------------------------------------------

def test_plover_records_with_bare_codes_lists_of_codes_and_1_0_names(tmp_path):
    records = [
        {"id": "DOC", "event": "DOCUMENT", "eventText": "documentation"},
        {"id": "r1", "text": "A.", "event": "FIGHT", "source": "USA", "target": ["RUSGOV", "UKG"]},
        {"id": "r2", "text": "B.", "event": ["CONSULT", "agree"], "actor": [{"code": "JAP", "sector": "GOV"}],
         "recipient": "IGOUNO"},
        {"id": "r3", "text": "C.", "event": "SUPPORT", "source": [{"actorText": "x"}], "target": ""},
        {"id": "r4", "text": "D.", "event": "AID", "has_event": False},
    ]
    path = tmp_path / "gold.json"
    path.write_text(json.dumps(records), encoding="utf-8")
    r1, r2, r3, r4 = read_gold(path)
    assert r1.events == (GoldEvent("ASSAULT", None, frozenset({"USA"}), frozenset({"RUS", "GBR"})),)
    assert [e.plover for e in r2.events] == ["CONSULT", "AGREE"]
    assert r2.events[0].source == frozenset({"JPN"}) and r2.events[0].target == frozenset({"IGO"})
    assert r3.events[0].source == r3.events[0].target == frozenset()
    assert r4.events == ()
    assert read_gold(_write(tmp_path / "gold.jsonl", records))[0].id == "r1"  # the same records as JSON Lines


@pytest.mark.parametrize(("record", "said"), [
    ({"id": "bad-src", "text": "A.", "event": "FIGHT", "source": 5}, "'bad-src'"),
    ({"id": "bad-evt", "text": "A.", "event": {"type": "FIGHT"}}, "'bad-evt'"),
    ({"id": "no-kind", "text": "A."}, "'no-kind'"),
    ({"id": "bad-date", "text": "A.", "event": "AID", "date": "yesterday"}, "'bad-date'"),
    ({"text": "A.", "events": [{"plover": "AID", "source": [["USA"]]}]}, "line 2"),
    ({"id": "no-text", "events": []}, "'no-text'"),
    ({"id": "bad-trigger", "text": "A.", "events": [{"plover": "AID", "trigger": [1]}]}, "'bad-trigger'"),
])
def test_a_record_that_cannot_be_read_is_named(tmp_path, record, said):
    path = _write(tmp_path / "gold.jsonl", [{"id": "fine", "text": "A.", "events": []}, record])
    with pytest.raises(MalformedDataFile, match=said):
        read_gold(path)


def test_the_cli_says_which_record_is_malformed_in_one_line(tmp_path, capsys):
    path = _write(tmp_path / "gold.jsonl", [{"id": "r9", "text": "A.", "event": "AID", "target": 3}])
    assert main(["eval", "events", "--gold", str(path)]) == 4
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "r9" in err and "Traceback" not in err


def test_text_references_read_the_sentence_from_the_file(tmp_path):
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "a.txt").write_text("First one. Second one.", encoding="utf-8")
    gold = _write(tmp_path / "gold.jsonl", [
        {"id": "a#0", "text_ref": {"path": "news/a.txt", "start": 0, "end": 10}, "events": []},
        {"id": "a#1", "text_ref": {"path": "news/a.txt", "start": 11, "end": 22},
         "events": [{"plover": "aid", "cameo": "070", "source": ["USA"], "target": [], "trigger": [11, 17]}]}])
    first, second = read_gold(gold, texts=tmp_path)
    assert (first.text, second.text) == ("First one.", "Second one.")
    assert second.ref == TextRef("news/a.txt", 11, 22) and second.events[0].trigger == (11, 17)
    assert second.events[0].plover == "AID"


def test_text_references_into_timeml_read_the_text_without_its_markup(tmp_path):
    (tmp_path / "d.tml").write_text(
        '<?xml version="1.0" ?>\n<TimeML><DOCID>d</DOCID><TEXT>\nTroops <EVENT eid="e1">attacked</EVENT> '
        'the town <TIMEX3 tid="t1" type="DATE" value="1998-08-07">Friday</TIMEX3>.\n</TEXT></TimeML>\n',
        encoding="utf-8")
    gold = _write(tmp_path / "gold.jsonl", [{"id": "d#1", "text_ref": {"path": "d.tml", "start": 1, "end": 33},
                                             "events": []}])
    (sentence,) = read_gold(gold, texts=tmp_path)
    assert sentence.text == "Troops attacked the town Friday."


def test_a_missing_text_file_is_named_with_where_texts_live(tmp_path):
    gold = _write(tmp_path / "gold.jsonl", [{"id": "a#0", "text_ref": {"path": "gone.txt", "start": 0, "end": 3},
                                             "events": []}])
    with pytest.raises(InputNotFound, match=r"gone\.txt.*shared/"):
        read_gold(gold, texts=tmp_path)


def test_offsets_outside_the_file_are_named(tmp_path):
    (tmp_path / "a.txt").write_text("Short.", encoding="utf-8")
    gold = _write(tmp_path / "gold.jsonl", [{"id": "a#7", "text_ref": {"path": "a.txt", "start": 2, "end": 60},
                                             "events": []}])
    with pytest.raises(MalformedDataFile, match="'a#7'.*2-60"):
        read_gold(gold, texts=tmp_path)


@pytest.mark.model
def test_text_referenced_sentences_take_the_events_triggered_inside_them(tmp_path, pipeline):
    text = ("Russian Foreign Minister Sergei Lavrov met North Korean leader Kim Jong-un in Pyongyang on Saturday.\n"
            "The weather was mild.\n"
            "Lavrov also met Choe Son-hui.\n")
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    starts = [0, text.index("The weather"), text.index("Lavrov also")]
    ends = [text.index("\nThe"), text.index("\nLavrov also"), len(text) - 1]
    consult = [{"plover": "CONSULT", "cameo": "040", "source": ["RUS"], "target": ["PRK"]}]
    gold = _write(tmp_path / "gold.jsonl", [
        {"id": f"a#{n}", "date": "2025-07-13", "text_ref": {"path": "a.txt", "start": s, "end": e},
         "events": consult if n == 0 else []} for n, (s, e) in enumerate(zip(starts, ends, strict=True))])
    sentences = read_gold(gold, texts=tmp_path)
    predictions = predict_events(sentences, pipeline)
    assert [{p.plover for p in found} for found in predictions] == [{"CONSULT"}, set(), {"CONSULT"}]
    assert [p.trigger for p in predictions[0]] == ["met"]
    scores = score(sentences, predictions)
    assert (scores.type.tp, scores.type.fp, scores.type.fn) == (1, 1, 0)  # the second meeting is not in the gold


@pytest.mark.model
def test_asserted_scoring_leaves_out_negated_and_hypothetical_events(tmp_path, pipeline):
    gold = _write(tmp_path / "gold.jsonl", [
        {"id": "s1", "text": "Russia did not attack Ukraine.", "events": []},
        {"id": "s2", "text": "Russia may attack Ukraine.", "events": []},
        {"id": "s3", "text": "Russia attacked Ukraine.", "events": [
            {"plover": "ASSAULT", "cameo": "190", "source": ["RUS"], "target": ["UKR"]}]}])
    sentences = read_gold(gold)
    every = predict_events(sentences, pipeline)
    asserted = predict_events(sentences, pipeline, asserted=True)
    assert [{p.plover for p in found} for found in every] == [{"ASSAULT"}, {"THREATEN"}, {"ASSAULT"}]
    assert [{p.plover for p in found} for found in asserted] == [set(), set(), {"ASSAULT"}]


@pytest.mark.model
def test_errors_are_written_only_where_asked(tmp_path, monkeypatch, capsys):
    gold = _write(tmp_path / "gold.jsonl", [{"id": "s1", "text": "Lavrov met Kim in Pyongyang.", "events": [
        {"plover": "ACCUSE", "source": ["RUS"], "target": ["PRK"]}]}])
    monkeypatch.chdir(tmp_path)
    assert main(["eval", "events", "--gold", str(gold), "--json"]) == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["gold.jsonl"]
    assert main(["eval", "events", "--gold", str(gold), "--errors", "errors.jsonl", "--json"]) == 0
    errors = [json.loads(line) for line in (tmp_path / "errors.jsonl").read_text(encoding="utf-8").splitlines()]
    assert {(e["measure"], e["kind"], e["label"]) for e in errors} >= {("type", "fn", "ACCUSE")}
    data = json.loads(capsys.readouterr().out.splitlines()[-1])
    assert set(data) == {"gold", "all", "a", "b", "gap"} and data["all"]["type"]["fn"] == 1


# --- IndiaPoliceEvents ----------------------------------------------------------------------------

def test_sentences_are_placed_in_order_despite_odd_whitespace():
    text = "This story is from March 10, 2002\n\nlucknow:  police  arrested\ntwo men. police arrested two men. end"
    sentences = ["This story is from March 10, 2002\n\n", "lucknow:", "police arrested two men.",
                 "police arrested two men.", "   ", "never there", "end"]
    spans = place_sentences(text, sentences)
    assert [text[s:e] for s, e in spans[:4]] == ["This story is from March 10, 2002", "lucknow:",
                                                  "police  arrested\ntwo men.", "police arrested two men."]
    assert spans[4] == (spans[3][1], spans[3][1])
    assert spans[5] is None and text[slice(*spans[6])] == "end"


def _event(cameo, start, source=("A1",), trigger="word"):
    return Event("E", cameo, None, None, None, None, tuple(source), (), Span(start, start + 4, trigger), (0, 0))


def test_police_labels_come_from_police_sources_and_cameo_codes():
    sectors = {"A1": "COP", "A2": "GOV"}
    assert police_labels([_event("173", 0)], sectors) == {"ANY_ACTION", "ARREST"}  # coercion, not force
    assert police_labels([_event("1723", 0), _event("171", 5)], sectors) == {"ANY_ACTION"}  # curfew, seizure
    assert police_labels([_event("175", 0)], sectors) == {"ANY_ACTION", "FORCE"}  # violent repression
    assert police_labels([_event("1823", 0)], sectors, sentence="Police beat him to death.") \
        == {"ANY_ACTION", "KILL", "FORCE"}
    assert police_labels([_event("193", 0)], sectors, sentence="Police fired in the air.") == {"ANY_ACTION", "FORCE"}
    assert police_labels([_event("193", 0)], sectors, sentence="Three died in police firing.") \
        == {"ANY_ACTION", "KILL", "FORCE"}
    assert police_labels([_event("193", 0, source=("A2",))], sectors) == frozenset()


def test_the_army_sent_to_keep_order_counts_as_police():
    sectors = {"A1": "MIL", "A2": "REB"}
    assert police_labels([_event("154", 0)], sectors) == {"ANY_ACTION"}  # "the army was deployed"
    assert police_labels([_event("175", 0, source=("A2",))], sectors) == frozenset()


def _quote(speaker_actor):
    return Quote("Q", "indirect", (Span(0, 4, "calm"),), cue=Span(6, 10, "said"),
                 speaker=Party(speaker_actor, Span(11, 17, "police")))


def test_a_police_statement_is_an_action_and_no_other_kind():
    sectors = {"A1": "COP", "A2": "GOV"}
    assert police_labels([], sectors, [_quote("A1")]) == {"ANY_ACTION"}
    assert police_labels([], sectors, [_quote("A2"), _quote(None)]) == frozenset()


def _document():
    sentences = (IpeSentence("d1", 0, "police arrested two.", frozenset({"ANY_ACTION", "ARREST"})),
                 IpeSentence("d1", 1, "mobs killed many.", frozenset()),
                 IpeSentence("d1", 2, "police fired.", frozenset({"ANY_ACTION", "FORCE"})))
    return IpeDocument("d1", "police arrested two. mobs killed many. police fired.", "2002-03-01", sentences)


def test_a_document_is_scored_sentence_by_sentence():
    document = _document()
    result = ArticleResult(Article("x", document.text), actors=(Actor("A1", "police", "group", "IND", "COP"),),
                           events=(_event("173", 7), _event("180", 27, trigger="killed"),
                                   _event("042", 39, source=("A9",))))
    predicted = predict_document(document, result)
    assert [p.labels for p in predicted] == [{"ANY_ACTION", "ARREST"}, {"ANY_ACTION", "KILL", "FORCE"}, set()]
    assert predicted[1].events[0]["source"] == [{"name": "police", "code": "INDCOP"}]
    report = score_ipe([document], [predicted])
    counts = {label: (c.tp, c.fp, c.fn) for label, c in report.halves["all"].labels.items()}
    assert counts == {"ANY_ACTION": (1, 1, 1), "KILL": (0, 1, 0), "ARREST": (1, 0, 0), "FORCE": (0, 1, 1)}
    assert report.halves["a"].documents == 1 and report.halves["b"].documents == 0  # d1 is in half a
    assert report.to_dict()["gap"] is None  # half b is empty
    errors = {(e["sent_id"], e["label"], e["kind"]) for e in ipe_errors([document], [predicted])}
    assert errors == {(1, "ANY_ACTION", "fp"), (1, "KILL", "fp"), (1, "FORCE", "fp"),
                      (2, "ANY_ACTION", "fn"), (2, "FORCE", "fn")}


def test_an_unplaced_sentence_is_predicted_negative_and_counted():
    document = _document()
    moved = IpeDocument("d1", "something else entirely. police fired.", None, document.sentences)
    result = ArticleResult(Article("x", moved.text), actors=(Actor("A1", "police", "group", "IND", "COP"),),
                           events=(_event("190", 32),))
    predicted = predict_document(moved, result)
    assert [p.span is None for p in predicted] == [True, True, False]
    assert score_ipe([moved], [predicted]).halves["all"].unplaced == 2


def test_the_ipe_folder_is_read_and_a_missing_one_named(tmp_path):
    _write(tmp_path / "docs.jsonl", [{"doc_id": 7, "doc_text": "police fired."}])
    _write(tmp_path / "sents.jsonl", [{"doc_id": 7, "sent_id": 0, "sent_text": "police fired.",
                                       "sent_labels": ["FORCE"]}])
    _write(tmp_path / "metadata.jsonl", [{"doc_id": 7, "date": "2002-03-01", "url": "u"}])
    (document,) = read_ipe(tmp_path)
    assert document.doc_id == "7" and document.date == "2002-03-01"
    assert document.sentences[0].labels == {"FORCE"}
    with pytest.raises(InputNotFound, match="shared/"):
        read_ipe(tmp_path / "nowhere")


def test_every_sentence_of_the_shared_ipe_set_is_placed():
    folder = SHARED / "data" / "ipe"
    if not (folder / "docs.jsonl").is_file():
        pytest.skip(f"IndiaPoliceEvents is absent at {folder} (the workplace's shared/ folder holds it)")
    documents = read_ipe(folder)
    unplaced = sum(span is None for d in documents for span in place_sentences(d.text, (s.text for s in d.sentences)))
    assert len(documents) == 610 and unplaced == 0


# --- the coverage benchmark -------------------------------------------------------------------------

def test_coverage_counts_patterns_and_coded_sentences(monkeypatch):
    spec = importlib.util.spec_from_file_location("event_coverage", ROOT / "benchmarks" / "event_coverage.py")
    coverage = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, "event_coverage", coverage)  # dataclasses look their module up there
    spec.loader.exec_module(coverage)
    sentences = [coverage.Sentence("173", "tune", "Police arrested him."), coverage.Sentence("173", "blind", "Held."),
                 coverage.Sentence("1721", "blind", "They banned it.")]
    codes, roots = coverage.coverage(sentences, [{"173"}, {"1722"}, set()])
    assert len(codes) == 292 and [r.code for r in roots] == [f"{n:02d}" for n in range(1, 21)]
    arrest = next(c for c in codes if c.code == "173")
    assert arrest.row()[4:] == [1, 1, 1, 1, 0, 1]  # tune: 1 coded exactly; blind: 1, coded 1722 (same root)
    patterns = [p for ps in load_patterns().by_trigger.values() for p in ps if p.cameo == "173"]
    assert (arrest.curated, arrest.derived) == (sum(not p.derived for p in patterns), sum(p.derived for p in patterns))
    root = next(r for r in roots if r.code == "17")
    assert root.row()[4:] == [1, 1, 1, 2, 0, 1]
    assert root.curated >= arrest.curated


def test_a_lower_cased_sentence_keeps_its_offsets_and_events(tmp_path):
    (tmp_path / "a.txt").write_text("Russia met İstanbul officials.", encoding="utf-8")
    gold = _write(tmp_path / "gold.jsonl", [
        {"id": "a#0", "text_ref": {"path": "a.txt", "start": 0, "end": 30},
         "events": [{"plover": "CONSULT", "cameo": "040", "source": ["RUS"], "target": ["TUR"]}]}])
    (sentence,) = read_gold(gold, texts=tmp_path)
    lower = lower_cased(sentence)
    assert lower.text == "russia met İstanbul officials." and len(lower.article) == len(sentence.article)
    assert lower.events == sentence.events and lower.ref == sentence.ref


def test_an_article_coded_uncleaned_keeps_its_text_and_tells_its_dateline():
    article = make_article("NEWARK, N.J. _\n\nPolice arrested two men.")
    kept = _with_dateline(article)
    assert (kept.text, kept.dateline) == (article.text, "NEWARK, N.J.")
    assert _with_dateline(make_article("Police arrested two men.")).dateline is None
