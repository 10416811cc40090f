"""The case a text written without it (all in lower case, or in capitals) would have in ordinary
news, for the parser.

Models trained on mixed-case news tag and parse a lower-cased story badly where case carries the
syntax: "russian president boris yeltsin on saturday hosted japanese prime minister ryutaro
hashimoto" makes "hosted" a modifier and "ryutaro" the verb, and no entity is found. Given back
the capitals news writes (sentence starts, "I", weekdays and months, the names the gazetteer knows
with their titles, the word after "mr"), the same model parses it as it parses ordinary copy.
Only the case of letters changes: the recased text has the lower-cased one's length and tokens.
"""

from __future__ import annotations

from collections.abc import Mapping

from spacy.tokens import Doc

from newsgraph.normalize.timevalues import MONTH_ABBREVIATIONS, MONTHS, WEEKDAYS

SENTENCE_ENDS = frozenset({".", "!", "?"})
# Marks that may stand between a sentence's end and its first word.
OPENERS = frozenset({'"', "'", "``", "“", "‘", "(", "[", "-", "--", "—"})
# Months that are ordinary words too: capitalised before a day's number only ("march 15", "may 2").
MONTHS_BEFORE_A_DAY = frozenset({"march", "may", "mar."})
ALWAYS_CAPITALISED = frozenset({*WEEKDAYS, *MONTHS, *(f"{short}." for short in MONTH_ABBREVIATIONS)}) \
    - MONTHS_BEFORE_A_DAY - {"may."}  # "may." ends a sentence ("he said he may.")
# Honorifics before a surname, capitalised with the word after them.
HONORIFICS = frozenset({"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "shri", "smt"})
# Words of a title written before a known person's name, capitalised there as news writes
# "Prime Minister Ryutaro Hashimoto" (a title elsewhere stays in lower case: "the prime minister").
TITLE_WORDS = frozenset({
    "president", "vice", "prime", "minister", "foreign", "defence", "defense", "interior", "finance",
    "home", "chief", "secretary", "general", "gen.", "king", "queen", "prince", "crown", "emir",
    "sheikh", "chancellor", "senator", "sen.", "rep.", "representative", "governor", "gov.", "mayor",
    "pope", "premier", "ambassador", "envoy", "speaker", "commissioner", "inspector", "superintendent",
    "deputy", "state", "sultan", "ayatollah", "lt.", "col.", "colonel", "maj.", "major", "capt.",
    "captain", "judge", "justice"})
MAX_TITLE_WORDS = 4


def recased_words(doc: Doc, name_spans: list[tuple[int, int, bool]], spellings: Mapping[str, str]) -> list[str]:
    """The doc's words, lower-cased, with the capitals ordinary news would give them.
    ``name_spans`` are the known names found in it as (start, end, is a person) token bounds, and
    ``spellings`` how names write their words ("nato": "NATO": ``Gazetteer.spellings``)."""
    words = [t.lower_ for t in doc]

    def capitalise(i: int) -> None:
        word = words[i]
        if word == word.lower():  # a name's spelling stays ("NATO" opening a sentence)
            words[i] = word[:1].upper() + word[1:]

    for start, end, person in name_spans:
        for i in range(start, end):
            if doc[i].is_alpha or "." in doc[i].text:
                words[i] = spellings.get(words[i]) or words[i][:1].upper() + words[i][1:]
        i = start - 1
        while person and i >= max(0, start - MAX_TITLE_WORDS) and doc[i].lower_ in TITLE_WORDS:
            capitalise(i)
            i -= 1
    starting = True
    for token in doc:
        lower = token.lower_
        if token.is_space:
            starting = starting or "\n" in token.text
            continue
        if starting and token.text in OPENERS:
            continue
        if starting and token.is_alpha or lower == "i" or lower in ALWAYS_CAPITALISED \
                or lower in MONTHS_BEFORE_A_DAY and token.i + 1 < len(doc) and doc[token.i + 1].like_num \
                or token.i > 0 and doc[token.i - 1].lower_ in HONORIFICS and token.is_alpha:
            capitalise(token.i)
        starting = token.text in SENTENCE_ENDS or "\n" in token.whitespace_ \
            or token.text == ":" and _opens_its_paragraph(doc, token.i)
    return words


def _opens_its_paragraph(doc: Doc, i: int) -> bool:
    """Is the colon a lower-cased feed's dateline's ("lucknow: the police ...", "ahmedabad/vadodara:
    ...")? A few place names stand before it, and nothing else since the paragraph began."""
    words = 0
    for token in reversed(doc[:i]):
        if token.is_space and "\n" in token.text or "\n" in token.whitespace_:
            break
        words += 1
        if words > 4 or not (token.is_alpha or token.text in ("/", ",")):
            return False
    return words > 0
