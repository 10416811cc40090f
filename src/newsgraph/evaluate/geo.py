"""Scoring toponyms and their coordinates on geoparsing gold (LGL, GeoVirus) as Gritta et al. do.

Gold: JSON Lines of ``{"id", "text", "url", "places": [{"start", "end", "text", "lat", "lon"}]}``.
Each article's text is used as is, so offsets are the gold's. Measures:

- toponyms: a predicted place matches a gold one when their spans overlap (one-to-one, in text
  order); precision, recall and F1 over all articles;
- on matched toponyms, the great-circle error between predicted and gold coordinates (a place
  predicted without coordinates counts as the largest error, 20,039 km):
  acc@161, the share of errors within 161 km (100 miles), and AUC, the area under the curve of
  the sorted errors scaled as ln(1 + km) / ln(20,039): 0 is perfect, 1 as wrong as can be.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from newsgraph.evaluate.gold_files import json_line_records
from newsgraph.evaluate.scores import Counts, lower_case
from newsgraph.normalize.places import distance_km

MAX_ERROR_KM = 20_039.0  # half the Earth's circumference
ACCURATE_KM = 161.0


@dataclass(frozen=True, slots=True)
class Toponym:
    start: int
    end: int
    text: str
    lat: float | None
    lon: float | None


@dataclass(frozen=True, slots=True)
class GeoArticle:
    id: str
    text: str
    places: tuple[Toponym, ...]


def read_geo(path: Path) -> list[GeoArticle]:
    """The articles of a geoparsing gold file: JSON Lines of id, text and places."""
    return json_line_records(path, _geo_record, what="geoparsing record", option="--gold")


def lower_cased(article: GeoArticle) -> GeoArticle:
    """The article as a lower-cased news feed would publish it; its toponyms' offsets still hold."""
    text = lower_case(article.text)
    return GeoArticle(article.id, text, tuple(replace(t, text=text[t.start:t.end]) for t in article.places))


def _geo_record(data: Any) -> GeoArticle:
    """A record checked field by field: the scores index the text with its offsets."""
    if not isinstance(data, dict):
        raise TypeError(f"a JSON {type(data).__name__}, not an object with id, text and places")
    text, places = data["text"], data["places"]
    if not isinstance(text, str) or not isinstance(places, list):
        raise TypeError("'text' must be a string and 'places' a list")
    toponyms = []
    for place in places:
        if not isinstance(place, dict):
            raise TypeError(f"a place must be an object with start, end, lat and lon, not {place!r}")
        start, end, lat, lon = (place[key] for key in ("start", "end", "lat", "lon"))
        if not all(isinstance(v, int) and not isinstance(v, bool) for v in (start, end)) \
                or not 0 <= start < end <= len(text):
            raise ValueError(f"a place's start and end ({start!r}, {end!r}) are not a span of the text")
        if not all(isinstance(v, int | float) and not isinstance(v, bool) for v in (lat, lon)) \
                or not (-90 <= lat <= 90 and -180 <= lon <= 180):
            raise ValueError(f"a place's lat and lon ({lat!r}, {lon!r}) are not coordinates")
        toponyms.append(Toponym(start, end, str(place.get("text", "")), float(lat), float(lon)))
    return GeoArticle(str(data["id"]), text, tuple(toponyms))


@dataclass
class GeoScores:
    articles: int = 0
    toponyms: Counts = field(default_factory=Counts)
    errors: list[float] = field(default_factory=list)  # km, per matched toponym
    # (article, gold text, predicted text, km) of the matched toponyms beyond 161 km
    misses: list[tuple[str, str, str, float]] = field(default_factory=list)

    @property
    def acc161(self) -> float:
        return sum(e <= ACCURATE_KM for e in self.errors) / len(self.errors) if self.errors else 0.0

    @property
    def auc(self) -> float:
        if not self.errors:
            return 0.0
        scaled = sorted(math.log1p(e) / math.log1p(MAX_ERROR_KM) for e in self.errors)
        if len(scaled) == 1:
            return scaled[0]
        steps = len(scaled) - 1
        return sum((a + b) / 2 for a, b in zip(scaled, scaled[1:])) / steps

    def to_dict(self) -> dict[str, Any]:
        counts = self.toponyms.to_dict()
        return {"articles": self.articles, "toponyms": {key: counts[key] for key in ("p", "r", "f1")},
                "acc161": round(self.acc161, 4), "auc": round(self.auc, 4)}


def score_article(article: GeoArticle, predicted: list[Toponym], scores: GeoScores) -> None:
    scores.articles += 1
    used: set[int] = set()
    matched = 0
    for gold in article.places:
        pick = next((i for i, p in enumerate(predicted)
                     if i not in used and p.start < gold.end and gold.start < p.end), None)
        if pick is None:
            continue
        used.add(pick)
        matched += 1
        guess = predicted[pick]
        if guess.lat is None or guess.lon is None or gold.lat is None or gold.lon is None:
            error = MAX_ERROR_KM
        else:
            error = distance_km(guess.lat, guess.lon, gold.lat, gold.lon)
        scores.errors.append(error)
        if error > ACCURATE_KM:
            scores.misses.append((article.id, gold.text, guess.text, round(error)))
    scores.toponyms.add(Counts(matched, len(predicted) - matched, len(article.places) - matched))


def evaluate_geo(articles: Iterable[GeoArticle], find: Callable[[str], list[Toponym]],
                 progress: Callable[[], None] | None = None) -> GeoScores:
    scores = GeoScores()
    for article in articles:
        score_article(article, find(article.text), scores)
        if progress:
            progress()
    return scores


def newsgraph_places(pipeline: Any, rules: Any = None) -> Callable[[str], list[Toponym]]:
    """newsgraph's places in a text as is (no cleaning: offsets stay the gold's), counted as the
    gold's guidelines count toponyms (``ToponymRules``; the default ones where None)."""
    from newsgraph.actors import find_actors
    from newsgraph.normalize import find_places
    from newsgraph.normalize.places import ToponymRules

    rules = rules or ToponymRules()

    def find(text: str) -> list[Toponym]:
        doc = pipeline.nlp(text)
        actors = find_actors(doc, pipeline.knowledge.gazetteer)
        return [Toponym(p.record.start, p.record.end, p.record.text, p.record.lat, p.record.lon)
                for p in find_places(doc, pipeline.knowledge.gazetteer, actors, rules=rules,
                                     english=pipeline.knowledge.english)]
    return find


def render_table(results: list[tuple[str, GeoScores]]) -> str:
    lines = [f"{'gold':<16} {'articles':>8} {'P':>6} {'R':>6} {'F1':>6} {'acc@161':>8} {'AUC':>6}"]
    for name, scores in results:
        t = scores.toponyms
        lines.append(f"{name:<16} {scores.articles:>8} {t.precision:6.3f} {t.recall:6.3f} {t.f1:6.3f} "
                     f"{scores.acc161:8.3f} {scores.auc:6.3f}")
    return "\n".join(lines)
