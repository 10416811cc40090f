"""Inputs the fuzzer (benchmarks/fuzz.py) and the property tests found breaking a promise, each kept
as it was shrunk, with what broke."""

import pytest

from newsgraph import extract, make_article
from newsgraph.errors import EmptyInput, EncodingError
from newsgraph.ingest import clean
from tests.property.invariants import problems


@pytest.mark.model
@pytest.mark.parametrize("text, broke", [
    # an indirect quote's content came out as a range ending before it started: the words around
    # the cue were taken in subtree order, which an odd parse does not keep in text order
    ("mrPun gbcX \u201b bY\n)\ufb01 say o ;Seo\n\n", "content offsets 26:15"),
    # marks around a comma alone: a quote with no words, and an IndexError sorting the quotes
    ("\u201e,\u201d\u203a quoted", "IndexError"),
    # a reported clause taken from its subtree out of text order: spaCy's E035 making its span
    ("\u201a\nsaid r\u300c (5-G,P\nsaid \u201b\n\u00ab\ufffd \u201b\n\n\u301e", "IndexError E035"),
    ("\n\nP\n\u301d \u200f\n\u300e\ndeied \uff02 t;\nZ ',told rep X\nci", "IndexError E035"),
])
def test_shrunk_fuzzer_finds_keep_their_promises(text, broke):
    assert problems(extract(text)) == [], broke


def test_control_characters_read_as_spaces_and_never_reach_the_stores():
    # PostgreSQL refuses NUL in text: a NUL in an article failed its whole batch
    cleaned = clean(make_article("Putin\x00met Xi\x1b in\x7f Moscow."))
    assert cleaned.text == "Putin met Xi in Moscow."


def test_windows_line_ends_separate_paragraphs_as_blank_lines_do():
    cleaned = clean(make_article("First paragraph, by Putin.\r\n\r\nSecond paragraph\r\nwrapped here."))
    assert cleaned.text == "First paragraph, by Putin.\nSecond paragraph wrapped here."


@pytest.mark.parametrize("fields", [{"text": "Putin said \ud800 it."}, {"text": "Putin met Xi.", "title": "T\udc80"}])
def test_a_lone_surrogate_is_an_encoding_error_not_a_crash_in_the_store(fields):
    # a str decoded with surrogateescape, or a JSONL "\ud800" escape: no UTF-8 output could take it
    with pytest.raises(EncodingError, match="lone surrogate"):
        make_article(fields.pop("text"), **fields)


def test_control_characters_alone_are_an_empty_article():
    with pytest.raises(EmptyInput):
        make_article("\x00 \x1b\n")
