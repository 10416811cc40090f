"""The chain scorer on hand-made records: what counts as the right speaker, addressee and via."""

import json

import pytest

from newsgraph.errors import MalformedDataFile
from newsgraph.evaluate.chains import ChainScores, read_chains, score_case
from newsgraph.records import Actor, Party, Quote, Span

TEXT = "Xinhua quoted a spokesman as saying Beijing would respond. He added it was firm."


def _span(part: str) -> Span:
    start = TEXT.index(part)
    return Span(start, start + len(part), part)


ACTORS = (Actor("A1", "Xinhua", "organisation", mentions=(_span("Xinhua"),)),
          Actor("A2", "spokesman", "person", mentions=(_span("a spokesman"), _span("He"))),
          Actor("A3", "Macron", "person", mentions=()))


def _case(tmp_path, **quote):
    expected = {"content": "Beijing would respond", "speaker": "a spokesman", "addressee": None, "via": ["Xinhua"],
                **quote}
    path = tmp_path / "c.jsonl"
    path.write_text(json.dumps({"id": "C1", "kind": "quoted-as-saying", "depth": 2, "text": TEXT,
                                "quotes": [expected]}) + "\n", encoding="utf-8")
    return read_chains(path)[0]


def _quote(speaker=("He", "A2"), via=("A1",), content="Beijing would respond", addressee=None) -> Quote:
    return Quote("Q1", "indirect", (_span(content),), _span("saying"),
                 Party(speaker[1], _span(speaker[0])), addressee, via)


def _outcome(case, quote):
    ((_, _, outcome),) = score_case(case, [quote], ACTORS, ChainScores())
    return outcome


def test_a_pronoun_resolved_to_the_speaker_names_the_speaker(tmp_path):
    assert _outcome(_case(tmp_path), _quote())["exact"]


def test_a_party_resolved_to_someone_else_is_wrong_whatever_its_words(tmp_path):
    outcome = _outcome(_case(tmp_path), _quote(speaker=("a spokesman", "A3")))
    assert not outcome["speaker"] and not outcome["exact"]


def test_via_must_match_in_order_and_length(tmp_path):
    case = _case(tmp_path)
    assert not _outcome(case, _quote(via=()))["via"]
    assert not _outcome(case, _quote(via=("A1", "A2")))["via"]


def test_an_addressee_where_none_is_expected_is_wrong(tmp_path):
    outcome = _outcome(_case(tmp_path), _quote(addressee=Party("A1", _span("Xinhua"))))
    assert not outcome["addressee"] and outcome["speaker"]


def test_a_quote_part_matches_on_its_own(tmp_path):
    case = _case(tmp_path, content="it was firm", via=[])
    quote = Quote("Q1", "direct", (_span("Beijing would respond"), _span("it was firm")), None,
                  Party("A2", _span("He")), None, ())
    assert _outcome(case, quote)["exact"]


def test_a_string_not_in_the_text_is_a_malformed_file(tmp_path):
    with pytest.raises(MalformedDataFile, match="not in its text"):
        _case(tmp_path, speaker="a diplomat")


def test_a_chain_case_whose_quote_has_no_content_or_speaker_is_refused(tmp_path):
    path = tmp_path / "chains.jsonl"
    for quote in ({"content": None, "speaker": "Kim"}, {"content": "x", "speaker": None}):
        case = {"id": "c1", "kind": "plain", "depth": 1, "text": "Kim said x.", "quotes": [quote]}
        path.write_text(json.dumps(case) + "\n", encoding="utf-8")
        with pytest.raises(MalformedDataFile):
            read_chains(path)


def test_a_case_id_with_a_line_break_is_quoted_in_the_one_line_error(tmp_path):
    # found by tests/property/test_gold_readers.py
    path = tmp_path / "chains.jsonl"
    path.write_text('{"id": "\\n", "kind": null, "depth": 1, "text": "Kim said x.", "quotes": []}\n')
    with pytest.raises(MalformedDataFile) as raised:
        read_chains(path)
    assert "\n" not in raised.value.message and "case '\\n': no quotes" in raised.value.message
