"""Copies of an article found by MinHash: the ways wire copy differs, and different stories."""

from newsgraph.copies import THRESHOLD, CopyIndex, original_of, signature

STORY = "\n\n".join([
    "North Korean leader Kim Jong-un held talks on Saturday with Russian Foreign Minister Sergei Lavrov, "
    "who was in Pyongyang for a strategic dialogue with his North Korean counterpart, the state news agency "
    "KCNA reported on Sunday.",
    "Kim told the visiting minister that his country \u201cwill firmly stand by Russia in every decision it "
    "takes,\u201d according to the agency.",
    "The two sides agreed to expand cooperation between their countries, the report said. Lavrov also met "
    "Foreign Minister Choe Son-hui and praised the soldiers of the Korean People's Army who fought in "
    "Russia's Kursk region.",
    "\u201cOur talks were open and useful,\u201d Lavrov said after the meeting. \u201cWe agreed on the next "
    "steps.\u201d Lavrov told Kim that Russian President Vladimir Putin hoped to see him in Moscow soon.",
])


def _similar(one, other):
    index = CopyIndex()
    index.add("one", signature(one))
    return dict(index.add("other", signature(other))).get("one", 0.0)


def test_the_ways_wire_copy_differs_keep_it_a_copy():
    variants = {
        "headline": "Kim pledges support for Moscow\n\n" + STORY,
        "boilerplate": STORY + "\n\nShare this article\nRELATED: What the new treaty means for the region",
        "dateline": "PYONGYANG, Dec 6 (Reuters) - " + STORY,
        "straight quotes": STORY.replace("\u201c", '"').replace("\u201d", '"'),
        "paragraph dropped": "\n\n".join(STORY.split("\n\n")[:-1]),
        "upper case": STORY.upper(),
    }
    for how, variant in variants.items():
        assert _similar(STORY, variant) >= THRESHOLD, how


def test_another_story_on_the_same_subject_is_no_copy():
    other = ("Russian Foreign Minister Sergei Lavrov arrived in Pyongyang on Friday for talks with North Korean "
             "officials, Russia's foreign ministry said. He is expected to meet Foreign Minister Choe Son-hui "
             "and to discuss the treaty the two countries signed last year, the ministry said in a statement.")
    assert _similar(STORY, other) < THRESHOLD


def test_the_original_is_the_earliest_then_the_smallest_id():
    assert original_of([("b", "2025-07-13"), ("a", "2025-07-14"), ("c", None)]) == "b"
    assert original_of([("b", "2025-07-13"), ("a", "2025-07-13")]) == "a"
