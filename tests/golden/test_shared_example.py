"""The shared example wire story: what a user expects from it (see ../shared/DESIGN.md)."""

import pytest

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def result(pipeline, request):
    from tests.conftest import SHARED_EXAMPLE
    if not SHARED_EXAMPLE.exists():
        pytest.skip(f"the shared example {SHARED_EXAMPLE} is absent (it lives in the workplace's shared/ folder)")
    return pipeline.extract(SHARED_EXAMPLE.read_text(encoding="utf-8"), published="2025-07-13")


def _actor(result, name):
    return next(a for a in result.actors if a.name == name)


def _quote_with(result, words):
    return next(q for q in result.quotes if any(words in c.text for c in q.content))


def test_link_lines_are_removed(result):
    removed = {r.reason: [] for r in result.article.removed}
    for r in result.article.removed:
        removed[r.reason].append(r.text)
    assert removed["related-link"] == ["ALSO READ: Top DPRK leader meets visiting senior Russian official",
                                       "READ MORE: KCNA: DPRK troops conclude operations in Russia's Kursk"]
    assert "ALSO READ" not in result.article.text and "READ MORE" not in result.article.text
    assert result.article.dateline == "PYONGYANG/MOSCOW"


def test_kim_is_one_actor_under_all_his_names(result):
    kim = _actor(result, "Kim Jong-un")
    mentions = [m.text for m in kim.mentions]
    assert {"Kim Jong-un", "Kim", "The DPRK leader"} <= set(mentions)
    assert any(m.startswith("The top leader of the Democratic People's Republic of Korea") for m in mentions)
    assert (kim.country, kim.sector) == ("PRK", "GOV")


def test_lavrov_is_russian_government(result):
    lavrov = _actor(result, "Sergei Lavrov")
    assert lavrov.code == "RUSGOV"
    assert "Russian Foreign Minister" in lavrov.titles


def test_kim_lavrov_meeting_is_consult_dated_saturday_via_kcna(result):
    kim, lavrov = _actor(result, "Kim Jong-un"), _actor(result, "Sergei Lavrov")
    kcna = _actor(result, "Korean Central News Agency")
    meetings = [e for e in result.events if e.cameo.startswith("04")
                and {kim.id, lavrov.id} <= set(e.source + e.target)]
    assert len(meetings) == 1
    meeting = meetings[0]
    assert meeting.plover == "CONSULT"
    assert meeting.date.value == "2025-07-12"
    assert kcna.id in meeting.via


def test_lavrov_meeting_with_choe_is_an_event(result):
    lavrov, choe = _actor(result, "Sergei Lavrov"), _actor(result, "Choe Son-hui")
    assert any(e.cameo.startswith("04") and e.source == (lavrov.id,) and choe.id in e.target
               for e in result.events)


def test_quote_speakers_addressees_and_chains(result):
    kim, lavrov = _actor(result, "Kim Jong-un"), _actor(result, "Sergei Lavrov")
    kcna = _actor(result, "Korean Central News Agency")
    productive = _quote_with(result, "The discussions were substantive, focused, and productive")
    assert productive.speaker.actor == lavrov.id and productive.kind == "direct"
    greetings = _quote_with(result, "Putin sends his warm greetings ... He looks forward to continuing "
                                    "direct contacts with you in the near future")
    assert greetings.speaker.actor == lavrov.id
    assert greetings.addressee.actor == kim.id
    support = _quote_with(result, "ready to unconditionally support and encourage all the measures")
    assert support.speaker.actor == kim.id
    assert kcna.id in support.via


def test_every_span_indexes_the_cleaned_text(result):
    text = result.article.text
    spans = [m for a in result.actors for m in a.mentions]
    for quote in result.quotes:
        spans += [*quote.content, *(p.span for p in (quote.speaker, quote.addressee) if p)]
        spans += [quote.cue] if quote.cue else []
    for event in result.events:
        spans.append(event.trigger)
        if event.date:
            spans.append(event.date)
    spans += [*result.times, *result.places]
    assert spans
    for span in spans:
        assert text[span.start:span.end] == span.text
