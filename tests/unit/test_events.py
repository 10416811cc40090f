from datetime import date

from newsgraph.actors import find_actors
from newsgraph.events import code_events, default_patterns, merge_events
from newsgraph.normalize import date_events, find_times
from newsgraph.quotes import find_quotes
from tests.unit.stories import visit_story


def _events(gazetteer, published=date(2025, 7, 13)):
    doc = visit_story()
    actors = find_actors(doc, gazetteer)
    events = code_events(doc, actors, find_quotes(doc, actors), default_patterns())
    events = merge_events(date_events(doc, events, find_times(doc, published)))
    names = {a.id: a.name for a in actors.actors}
    return events, names


def test_meeting_is_consult_with_source_target_and_date(gazetteer):
    events, names = _events(gazetteer)
    meeting = next(e for e in events if e.trigger.text == "met")
    assert (meeting.cameo, meeting.plover, meeting.quad_class) == ("040", "CONSULT", 1)
    assert [names[a] for a in meeting.source] == ["Sergei Lavrov"]
    assert [names[a] for a in meeting.target] == ["Kim Jong-un"]
    assert meeting.date.value == "2025-07-12" and meeting.date.text == "Saturday"
    assert not meeting.negated


def test_negated_meeting_is_flagged(gazetteer):
    events, names = _events(gazetteer)
    refused = next(e for e in events if e.trigger.text == "meet")
    assert refused.negated
    assert [names[a] for a in refused.target] == ["Choe"]


def test_readiness_to_support_is_an_intent_code(gazetteer):
    events, names = _events(gazetteer)
    support = next(e for e in events if e.trigger.text == "support")
    assert support.cameo == "032"  # intent to engage in diplomatic cooperation, not support itself
    assert support.plover == "AGREE"
    assert [names[a] for a in support.source] == ["Kim Jong-un"]
    assert [names[a] for a in support.target] == ["Russia"]


def test_without_publication_date_relative_dates_stay_null(gazetteer):
    events, _ = _events(gazetteer, published=None)
    meeting = next(e for e in events if e.trigger.text == "met")
    assert meeting.date.value is None and meeting.date.text == "Saturday"


def _code(rows):
    from tests.unit.docs import build
    from newsgraph.actors import default_gazetteer
    doc = build(rows)
    actors = find_actors(doc, default_gazetteer())
    return code_events(doc, actors, find_quotes(doc, actors), default_patterns()), actors


def test_what_is_demanded_is_part_of_the_demand():
    events, actors = _code("""
        China   China   PROPN NNP 1 nsubj B-GPE
        demanded demand VERB  VBD 1 ROOT
        that    that    SCONJ IN  5 mark
        the     the     DET   DT  4 det
        US      US      PROPN NNP 5 nsubj B-GPE
        cancel  cancel  VERB  VB  1 ccomp
        plans   plan    NOUN  NNS 5 dobj
    """)
    assert [(e.cameo, e.plover) for e in events] == [("100", "REQUEST")]
    assert [actors.actor(a).code for a in events[0].target] == ["USA"]


def test_an_act_with_a_subject_but_no_known_actor_is_still_coded():
    events, _ = _code("""
        Prisoners prisoner NOUN NNS 1 nsubj
        rioted    riot     VERB VBD 1 ROOT
    """)
    assert [(e.cameo, e.plover, e.source) for e in events] == [("145", "PROTEST", ())]


def test_event_without_target_takes_the_country_it_happens_in():
    from newsgraph.events.located import locate_targets
    from newsgraph.records import Actor, Event, Place, Span

    rioters = Actor("A1", "Palestinian prisoners", "group", country="PSE")
    riot = Event(id="E1", cameo="145", plover="PROTEST", mode=None, goldstein=-6.5, quad_class=4,
                 source=("A1",), target=(), trigger=Span(22, 29, "rioted"), sentence=(0, 50),
                 place=Place(40, 46, "Israel", "Israel", "ISR"))
    (located,), actors = locate_targets([riot], [rioters], lambda code: {"ISR": "Israel"}[code])
    israel = actors[1]
    assert (israel.id, israel.kind, israel.code) == ("A2", "country", "ISR")
    assert israel.mentions == (Span(40, 46, "Israel"),)
    assert located.target == ("A2",)
