"""Every CAMEO root category 01-20 has patterns, and a plain sentence codes to it."""

import pytest

pytestmark = pytest.mark.model

SENTENCES = {
    "01": "Russia denied responsibility for the attack on Monday.",
    "02": "Ukraine appealed to Germany for more air defence systems.",
    "03": "Japan pledged to provide economic aid to Vietnam.",
    "04": "French President Emmanuel Macron met German Chancellor Olaf Scholz in Berlin.",
    "05": "The European Union praised Kenya for its mediation.",
    "06": "Israel shared intelligence with Jordan.",
    "07": "The United States provided humanitarian aid to Haiti.",
    "08": "Iran released two British nationals on Friday.",
    "09": "The United Nations investigated Myanmar over the killings.",
    "10": "China demanded that the Philippines withdraw its ships.",
    "11": "Germany condemned Russia over the poisoning.",
    "12": "Hungary rejected the European Union proposal.",
    "13": "North Korea threatened South Korea with military action.",
    "14": "Thousands of Kenyan protesters demonstrated against the government in Nairobi.",
    "15": "Russia mobilized troops near the Ukrainian border.",
    "16": "Canada imposed sanctions on Iran.",
    "17": "Egyptian police arrested dozens of activists in Cairo.",
    "18": "Gunmen abducted three Nigerian students.",
    "19": "Israeli forces attacked Hamas positions in Gaza.",
    "20": "Militants massacred villagers in Burkina Faso.",
}


def test_every_root_has_patterns():
    from newsgraph.events import default_patterns
    from newsgraph.events.patterns import NO_EVENT

    roots = {p.cameo[:2] for patterns in default_patterns().by_trigger.values() for p in patterns
             if p.cameo != NO_EVENT and p.pos != "topic"}
    assert roots == set(SENTENCES)


@pytest.mark.parametrize("root", sorted(SENTENCES))
def test_sentence_codes_to_its_root(pipeline, root):
    result = pipeline.extract(SENTENCES[root], published="2025-07-13")
    roots = [e.cameo[:2] for e in result.events]
    assert root in roots
    assert len(roots) <= 2  # the act itself, and at most one act the sentence names in passing
