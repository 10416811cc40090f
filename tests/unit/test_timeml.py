"""Reading TimeML and scoring time expressions as TempEval-3 does."""

from dataclasses import replace
from datetime import date

import pytest

from newsgraph.errors import MalformedDataFile
from newsgraph.evaluate.timeml import (Timex, TimeScores, evaluate_time, lower_cased, read_document, read_timeml,
                                      score_document, time_errors)

DOCUMENT = """<?xml version="1.0" ?>
<TimeML>
<DOCID>X1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-08" functionInDocument="CREATION_TIME">19980108</TIMEX3></DCT>
<TEXT>
Stocks <EVENT eid="e1">fell</EVENT> on <TIMEX3 tid="t1" type="DATE" value="1998-01-07">Wednesday</TIMEX3>, a
<TIMEX3 tid="t2" type="DURATION" value="P5Y">five year</TIMEX3> low.
</TEXT>
</TimeML>
"""


def test_text_and_offsets_come_from_the_text_element(tmp_path):
    path = tmp_path / "X1.tml"
    path.write_text(DOCUMENT, encoding="utf-8")
    document = read_document(path)
    assert document.created == date(1998, 1, 8)
    assert [(document.text[t.start:t.end], t.value) for t in document.timexes] == [
        ("Wednesday", "1998-01-07"), ("five year", "P5Y")]
    assert "<EVENT" not in document.text and "fell on Wednesday" in document.text


def test_a_lower_cased_document_keeps_its_gold_offsets(tmp_path):
    path = tmp_path / "X1.tml"
    path.write_text(DOCUMENT, encoding="utf-8")
    document = lower_cased(read_document(path))
    assert "Stocks" not in document.text and "stocks fell" in document.text
    assert [document.text[t.start:t.end] for t in document.timexes] == ["wednesday", "five year"]


def test_a_document_shipped_twice_is_read_once(tmp_path):
    for folder in ("TimeBank", "testpipeline"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "X1.tml").write_text(DOCUMENT, encoding="utf-8")
    assert [document.id for document in read_timeml(tmp_path)] == ["X1"]


def test_broken_xml_names_the_file(tmp_path):
    path = tmp_path / "bad.tml"
    path.write_text("<TimeML><TEXT>unclosed", encoding="utf-8")
    with pytest.raises(MalformedDataFile, match="bad.tml"):
        read_document(path)


def test_strict_relaxed_and_value_scores():
    gold = [Timex(0, 9, "Wednesday", "1998-01-07"), Timex(20, 29, "five year", "P5Y"), Timex(40, 44, "1997", "1997")]
    predicted = [Timex(0, 9, "Wednesday", "1998-01-07"), Timex(18, 29, "a five year", "P4Y"),
                 Timex(50, 55, "today", "1998-01-08")]
    scores = TimeScores()
    score_document(gold, predicted, scores)
    assert (scores.strict.tp, scores.strict.fp, scores.strict.fn) == (1, 2, 2)
    assert (scores.relaxed.tp, scores.relaxed.fp, scores.relaxed.fn) == (2, 1, 1)
    assert (scores.value.tp, scores.value.fp, scores.value.fn) == (1, 2, 2)
    assert scores.value_accuracy == 0.5
    assert scores.to_dict()["value"] == {"accuracy": 0.5, "f1": 0.3333}


def test_values_compare_in_iso_notation_but_a_different_week_is_wrong():
    gold = [Timex(0, 9, "this week", "2000-W7"), Timex(20, 29, "last week", "2000-W5")]
    predicted = [Timex(0, 9, "this week", "2000-W07"), Timex(20, 29, "last week", "2000-W15")]
    scores = TimeScores()
    score_document(gold, predicted, scores)
    assert (scores.value.tp, scores.value.fp, scores.value.fn) == (1, 1, 1)


def test_errors_are_the_wrong_values_the_misses_and_the_false_expressions(tmp_path):
    path = tmp_path / "X1.tml"
    path.write_text(DOCUMENT, encoding="utf-8")
    document = read_document(path)
    wednesday, five_years = document.timexes
    predicted = [replace(wednesday, value="1998-01-14"), Timex(1, 7, "tocks", "P1D")]
    errors = list(time_errors(document, predicted, context=4))
    assert [(e["error"], e["gold"], e["gold_value"], e["found"], e["value"]) for e in errors] == [
        ("wrong value", "Wednesday", "1998-01-07", "Wednesday", "1998-01-14"),
        ("missed", "five year", "P5Y", None, None), ("false", None, None, "tocks", "P1D")]
    assert errors[0]["context"] == "on [Wednesday], a" and errors[0]["created"] == "1998-01-08"
    collected: list[dict] = []
    evaluate_time([document], lambda _: predicted, errors=collected)
    assert [(e["error"], e["corpus"]) for e in collected] == [("wrong value", ""), ("missed", ""), ("false", "")]


def test_documents_are_scored_per_corpus_where_there_are_several(tmp_path):
    for folder in ("AQUAINT", "TimeBank"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / f"{folder}1.tml").write_text(DOCUMENT.replace("X1", f"{folder}1"), encoding="utf-8")
    documents = read_timeml(tmp_path)
    assert [(document.id, document.corpus) for document in documents] == [("AQUAINT1", "AQUAINT"),
                                                                          ("TimeBank1", "TimeBank")]

    def find(document):  # right in AQUAINT, a wrong value in TimeBank
        return [replace(t, value=None) if document.corpus == "TimeBank" else t for t in document.timexes]
    scores = evaluate_time(documents, find).to_dict()
    assert scores["value"]["f1"] == 0.5
    assert {name: part["value"]["f1"] for name, part in scores["corpora"].items()} == {"AQUAINT": 1.0,
                                                                                       "TimeBank": 0.0}
    assert "corpora" not in evaluate_time(read_timeml(tmp_path / "AQUAINT"), find).to_dict()
