import json
from datetime import date

from newsgraph.records import SCHEMA, Actor, Article, ArticleResult, Event, Span


def test_record_contract_shape():
    article = Article(id="abc", text="Kim met Lavrov.", published=date(2025, 7, 13))
    actor = Actor(id="A1", name="Kim", kind="person", country="PRK", sector="GOV",
                  mentions=(Span(0, 3, "Kim"),))
    event = Event(id="E1", cameo="040", plover="CONSULT", mode=None, goldstein=1.0, quad_class=1,
                  source=("A1",), target=(), trigger=Span(4, 7, "met"), sentence=(0, 15))
    data = json.loads(ArticleResult(article, actors=(actor,), events=(event,)).to_json())
    assert data["schema"] == SCHEMA == "newsgraph/1"
    assert list(data) == ["schema", "article", "actors", "quotes", "events", "times", "places"]
    assert data["article"]["published"] == "2025-07-13"
    assert data["actors"][0]["code"] == "PRKGOV"
    assert list(data["actors"][0]) == ["id", "name", "kind", "country", "sector", "code", "titles", "mentions"]
    assert data["events"][0]["sentence"] == {"start": 0, "end": 15}
    assert data["events"][0]["trigger"] == {"start": 4, "end": 7, "text": "met"}


def test_actor_code_for_international_and_bare_sectors():
    assert Actor("A1", "NATO", "organisation", country="IGO", sector="WSTNAT").code == "IGOWSTNAT"
    assert Actor("A2", "Reuters", "organisation", sector="MED").code == "MED"
    assert Actor("A3", "someone", "person").code is None
    # a group or person with a sector and no known country: PETRARCH's unknown country
    assert Actor("A4", "police", "group", sector="COP").code == "---COP"
    assert Actor("A5", "police", "group", country="IND", sector="COP").code == "INDCOP"
