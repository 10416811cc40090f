"""Scoring toponyms: overlap matching, acc@161 and the AUC of the error curve."""

import json
import math

import pytest

from newsgraph.errors import MalformedDataFile
from newsgraph.evaluate.geo import (MAX_ERROR_KM, GeoArticle, GeoScores, Toponym, lower_cased, read_geo,
                                    score_article)
from newsgraph.normalize.places import distance_km


def test_distance_is_great_circle_kilometres():
    assert distance_km(51.5074, -0.1278, 48.8566, 2.3522) == pytest.approx(343.5, abs=1)  # London-Paris
    assert distance_km(0, 0, 0, 180) == pytest.approx(MAX_ERROR_KM, rel=0.002)  # half the circumference


def test_matching_and_errors():
    gold = (Toponym(0, 5, "Paris", 48.86, 2.35), Toponym(10, 16, "Moscow", 55.75, 37.62),
            Toponym(20, 26, "Kursk", 51.73, 36.19))
    predicted = [Toponym(0, 5, "Paris", 33.66, -95.56),      # Paris, Texas: far off
                 Toponym(9, 16, " Moscow", 55.76, 37.61),    # overlapping span, right place
                 Toponym(20, 26, "Kursk", None, None),       # no coordinates: the largest error
                 Toponym(30, 35, "Minsk", 53.9, 27.57)]      # not in the gold
    scores = GeoScores()
    score_article(GeoArticle("a", "x" * 40, gold), predicted, scores)
    assert (scores.toponyms.tp, scores.toponyms.fp, scores.toponyms.fn) == (3, 1, 0)
    assert scores.acc161 == pytest.approx(1 / 3)
    assert scores.errors[2] == MAX_ERROR_KM and scores.errors[1] < 2
    expected = sorted(math.log1p(e) / math.log1p(MAX_ERROR_KM) for e in scores.errors)
    assert scores.auc == pytest.approx(((expected[0] + expected[1]) / 2 + (expected[1] + expected[2]) / 2) / 2)
    assert [m[1] for m in scores.misses] == ["Paris", "Kursk"]


def test_perfect_answers_score_zero_auc():
    scores = GeoScores()
    gold = (Toponym(0, 5, "Paris", 48.86, 2.35), Toponym(10, 16, "Moscow", 55.75, 37.62))
    score_article(GeoArticle("a", "x" * 20, gold), list(gold), scores)
    assert scores.acc161 == 1.0 and scores.auc == 0.0


def test_reader_names_the_bad_line(tmp_path):
    path = tmp_path / "gold.jsonl"
    good = {"id": "1", "text": "In Paris.", "places": [{"start": 3, "end": 8, "text": "Paris", "lat": 1, "lon": 2}]}
    path.write_text(json.dumps(good) + "\n" + json.dumps({"id": "2", "text": "x"}) + "\n", encoding="utf-8")
    with pytest.raises(MalformedDataFile, match="line 2"):
        read_geo(path)
    path.write_text(json.dumps(good) + "\n", encoding="utf-8")
    (article,) = read_geo(path)
    assert article.places[0].lat == 1.0


def test_a_lower_cased_article_keeps_its_toponyms_offsets():
    gold = (Toponym(3, 8, "Paris", 48.86, 2.35), Toponym(13, 18, "İzmir", 38.42, 27.14))
    article = lower_cased(GeoArticle("a", "In Paris and İzmir.", gold))
    assert article.text == "in paris and İzmir."
    assert [(t.text, t.lat) for t in article.places] == [("paris", 48.86), ("İzmir", 38.42)]
