from datetime import date

import pytest

from newsgraph.normalize import find_times, normalise
from tests.unit.docs import build

SUNDAY = date(2025, 7, 13)
MONTH_NUMBERS = {"March": "03", "June": "06", "July": "07"}


def _found(rows: str) -> list[tuple[str, str | None]]:
    """The time expressions of a hand-built Doc published on SUNDAY, with their values."""
    return [(t.record.text, t.record.value) for t in find_times(build(rows), SUNDAY)]


@pytest.mark.parametrize("text, tense, value, anchor", [
    ("Saturday", "past", "2025-07-12", "published"),
    ("on Saturday", "past", "2025-07-12", "published"),
    ("Sunday", "past", "2025-07-13", "published"),
    ("Saturday", "future", "2025-07-19", "published"),
    ("next Monday", "past", "2025-07-14", "published"),
    ("last Sunday", "past", "2025-07-06", "published"),
    ("yesterday", "past", "2025-07-12", "published"),
    ("tomorrow", "future", "2025-07-14", "published"),
    ("last week", "past", "2025-W27", "published"),
    ("for the past week", "past", "2025-W28", "published"),
    ("the last week", "past", "2025-W28", "published"),
    ("this month", "past", "2025-07", "published"),
    ("last year", "past", "2024", "published"),
    ("two days ago", "past", "2025-07-11", "published"),
    ("June 2024", "past", "2024-06", "absolute"),
    ("in June 2024", "past", "2024-06", "absolute"),
    ("June 12, 2024", "past", "2024-06-12", "absolute"),
    ("12 June 2024", "past", "2024-06-12", "absolute"),
    ("2024", "past", "2024", "absolute"),
    ("June 12", "past", "2025-06-12", "published"),
    ("December 1", "past", "2024-12-01", "published"),
    ("December", "future", "2025-12", "published"),
    ("three-day", "past", "P3D", None),
    ("Earlier in the day", "past", "2025-07-13", "published"),
    # TimeML's forms: quarters, seasons, parts of the day, durations, sets and references
    ("the third quarter", "past", "2025-Q3", "published"),
    ("the fourth quarter", "past", "2024-Q4", "published"),
    ("the fourth quarter", "present", "2025-Q4", "published"),
    ("the latest quarter", "past", "2025-Q2", "published"),
    ("the year-ago quarter", "past", "2024-Q2", "published"),
    ("fourth-quarter 1989", "past", "1989-Q4", "absolute"),
    ("last spring", "past", "2024-SP", "published"),
    ("this past summer", "past", "2025-SU", "published"),
    ("Friday night", "past", "2025-07-11TNI", "published"),
    ("tonight", "present", "2025-07-13TNI", "published"),
    ("10 p.m. Wednesday", "past", "2025-07-09T22:00", "published"),
    ("9:30 a.m.", "present", "2025-07-13T09:30", "published"),
    ("nineteen ninety-six", "present", "1996", "absolute"),
    ("mid-1996", "present", "1996", "absolute"),
    ("between 1994 and 1997", "present", "1994", "absolute"),
    ("Monday, Oct. 26, 1998", "present", "1998-10-26", "absolute"),
    ("the last three years", "present", "P3Y", None),
    ("nearly five months", "present", "P5M", None),
    ("8-month-old", "present", "P8M", None),
    ("a minute and a half", "present", "PT1M30S", None),
    ("several days", "present", "PXD", None),
    ("decades", "present", "PXY", None),
    ("daily", "present", "P1D", None),
    ("every other week", "present", "P2W", None),
    ("now", "present", "PRESENT_REF", None),
    ("recently", "past", "PAST_REF", None),
    ("last year's", "past", "2024", "published"),
    ("June last year", "past", "2024-06", "published"),
    ("later this month", "future", "2025-07", "published"),
    ("three weeks ago", "past", "2025-W25", "published"),
    # "two days earlier" is a stretch before some other time, not a date: TimeML values the stretch
    ("two days earlier", "past", "P2D", None),
    ("an hour later", "past", "PT1H", None),
    ("days later", "past", "PXD", None),
    ("hours earlier", "past", "PTXH", None),
    ("the first nine months of 1997", "past", "P9M", None),
    # a month next to the month of publication is that one, whatever the tense
    ("August", "past", "2025-08", "published"),
    # no tense to go by: the nearest month or day, and the last weekday
    ("September", "present", "2025-09", "published"),
    ("February", "present", "2025-02", "published"),
    ("Aug. 2", "present", "2025-08-02", "published"),
    ("9 a.m. Tuesday", "future", "2025-07-15T09:00", "published"),
    ("noon Saturday", "past", "2025-07-12T12:00", "published"),
    ("July 9 and 10", "past", "2025-07-09", "published"),
    ("5 p.m. EST July 9", "past", "2025-07-09T17:00", "published"),
    ("2 p.m. ET Thursday", "future", "2025-07-17T14:00", "published"),
    ("4 a.m. EDT on Thursday", "past", "2025-07-10T04:00", "published"),
    # a day close to publication is that one, whatever the tense; a distant one follows the tense
    ("Aug. 2", "past", "2025-08-02", "published"),
    ("June 30", "future", "2025-06-30", "published"),
    ("Nov. 10", "past", "2024-11-10", "published"),
    ("Nov. 10", "future", "2025-11-10", "published"),
    ("Wednesday", "present", "2025-07-09", "published"),
    # leading words that do not change the value; clock times with zones; weekends
    ("its fourth quarter", "past", "2024-Q4", "published"),
    ("the fiscal first quarter", "past", "2025-Q1", "published"),
    ("the year-ago third quarter", "past", "2024-Q3", "published"),
    ("an Aug. 10, 1988", "past", "1988-08-10", "absolute"),
    ("the previous Friday", "past", "2025-07-11", "published"),
    ("Monday, Oct. 26", "past", "2026-10-26", "published"),  # the year Oct. 26 is a Monday
    ("4 a.m. EDT", "past", "2025-07-13T04:00", "published"),
    ("2 p.m. Eastern time", "past", "2025-07-13T14:00", "published"),
    ("10:30 a.m. Pacific Daylight Time Friday", "past", "2025-07-11T10:30", "published"),
    ("the second half", "future", "2025-H2", "published"),
    ("the early morning hours", "past", "2025-07-13TMO", "published"),
    ("the late-night hours", "past", "2025-07-13TNI", "published"),
    ("the end of the decade", "future", "202", "published"),
    ("noon", "past", "2025-07-13T12:00", "published"),
    ("the weekend", "past", "2025-W28-WE", "published"),
    ("recent years", "past", "PAST_REF", None),
    ("coming months", "future", "FUTURE_REF", None),
    ("the coming years", "future", "PXY", None),
    # decades, centuries, halves, spoken years, ranges and fractions of a length
    ("a decade ago", "past", "201", "published"),
    ("the nineties", "past", "199", "published"),
    ("the twenties", "past", "202", "published"),
    ("the last half of the '80s", "past", "198", "published"),
    ("the 20th century", "present", "19", "absolute"),
    ("the last half of 1989", "past", "1989-H2", "absolute"),
    ("the winter of nineteen ninety-four", "past", "1994-WI", "absolute"),
    ("January nineteen ninety-seven", "past", "1997-01", "absolute"),
    ("2 1/2 years", "present", "P2Y6M", None),
    ("two to three weeks", "future", "P2W", None),
    ("the next couple of years", "future", "P2Y", None),
    ("no more than sixty days", "present", "P60D", None),
    ("a minute and a half later", "past", "PT1M30S", None),
    # holidays: near publication the nearest one, else the one the tense points at
    ("Thanksgiving Day", "past", "2024-11-28", "published"),
    ("Election Day", "future", "2025-11-04", "published"),
    ("last Christmas", "present", "2024-12-25", "published"),
    ("Christmas", "future", "2025-12-25", "published"),
    ("Easter week", "past", "2025-W16", "published"),
    ("Labor Day", "past", "2025-09-01", "published"),
    ("this coming Sunday, March eighth", "future", "2026-03-08", "published"),
    ("a two day", "past", "P2D", None),
    ("each Thursday", "present", "XXXX-WXX-4", None),
    ("every July", "present", "XXXX-07", None),
    ("each summer", "present", "XXXX-SU", None),
    # a season not yet begun, told in the past, is last year's
    ("in the fall", "past", "2024-FA", "published"),
    ("in the fall", "future", "2025-FA", "published"),
    ("in the spring", "past", "2025-SP", "published"),
    ("the first two quarters of 1990", "future", "1990-H1", "absolute"),
    ("the week of March 6", "future", "2026-W10", "published"),
    ("the latest fiscal year", "past", "2024", "published"),
    # lengths in compound number words; sets valued by their period (TimeML: "twice a week" is P1W
    # with freq 2X); halves, decades and centuries named from publication
    ("the last twenty-four hours", "past", "PT24H", None),
    ("thirty six months", "present", "P36M", None),
    ("twice a week", "present", "P1W", None),
    ("three times a year", "present", "P1Y", None),
    ("every two years", "present", "P2Y", None),
    ("on Sundays", "present", "XXXX-WXX-7", None),
    ("the first six months of this year", "past", "P6M", None),
    ("the first half of this year", "past", "2025-H1", "published"),
    ("the second half of next year", "future", "2026-H2", "published"),
    ("next year's first half", "future", "2026-H1", "published"),
    ("the last decade", "past", "201", "published"),
    ("the past decade", "past", "P10Y", None),
    ("the next century", "future", "21", "published"),
    ("the near future", "future", "FUTURE_REF", None),
    ("dawn", "past", "2025-07-13TMO", "published"),
    ("the weeks ahead", "future", "PXW", None),
    ("the end of the month", "future", "2025-07", "published"),
    ("5 p.m. EST, July 9", "past", "2025-07-09T17:00", "published"),
    ("mid-afternoon yesterday", "past", "2025-07-12TAF", "published"),
    ("the night of July 9", "past", "2025-07-09TNI", "published"),
    ("Friday July 11", "past", "2025-07-11", "published"),
    ("the 1988 period", "past", "1988", "absolute"),
    ("the 1998 fiscal year", "past", "1998", "absolute"),
    ("the day before yesterday", "past", "2025-07-11", "published"),
    ("the day after tomorrow", "future", "2025-07-15", "published"),
    ("every morning", "present", "XXXX-XX-XXTMO", None),
    ("nightly", "present", "XXXX-XX-XXTNI", None),
    ("every weekend", "present", "XXXX-WXX-WE", None),
    ("weeks ago", "past", "PAST_REF", None),
    ("post-1959", "past", "1959", "absolute"),
    ("Black Friday", "past", "2024-11-29", "published"),
    ("Cyber Monday", "future", "2025-12-01", "published"),
    ("day-long", "past", "P1D", None),
    ("weeklong", "past", "P1W", None),
    ("decades-long", "past", "PXY", None),
    ("the day before last Tuesday", "past", "2025-07-07", "published"),
    ("the day after Christmas", "past", "2024-12-26", "published"),
    ("Monday nights", "present", "XXXX-WXX-1TNI", None),
    ("a long time ago", "past", "PAST_REF", None),
])
def test_normalise(text, tense, value, anchor):
    assert normalise(text, SUNDAY, tense=tense) == (value, anchor)


def test_relative_expressions_stay_null_without_publication_date():
    assert normalise("Saturday", None) == (None, None)
    assert normalise("June 2024", None) == ("2024-06", "absolute")


def test_a_year_earlier_counts_from_the_last_time_the_text_gave():
    from newsgraph.normalize.timevalues import same_as_before, time_of_day_before, year_before, years_around

    assert year_before("a year earlier", "1989-Q3") == "1988-Q3"
    assert year_before("the year-ago period", "1989-10-02") == "1988-10-02"
    assert year_before("the quarter a year ago", "1989-09-30") == "1988-Q3"
    assert year_before("last week", "1989-Q3") is None
    assert year_before("a year earlier", None) is None
    assert year_before("the same period last year", "1989-Q3") == "1988-Q3"
    assert year_before("this time last year", "1998-08-07") == "1997-08-07"
    assert year_before("the year-ago period", "1988", date(1989, 10, 30)) == "1988"
    assert year_before("a year ago", "1989-Q3", date(1989, 10, 30)) == "1988-Q3"
    assert year_before("a year earlier", "1988", date(1989, 10, 30)) == "1987"
    assert same_as_before("later that year", "1998-05-02") == "1998"
    assert same_as_before("that quarter", "1988-05-02") == "1988-Q2"
    assert same_as_before("The following month", "1989-03") == "1989-04"
    assert same_as_before("the previous year", "1996-05-02") == "1995"
    assert same_as_before("the previous Friday", "1989-10-27") == "1989-10-20"
    assert same_as_before("the following Monday", "1989-10-27") == "1989-10-30"
    assert same_as_before("the day before", "1989-10-27") == "1989-10-26"
    assert same_as_before("the following quarter", "1989-Q4") == "1990-Q1"
    assert same_as_before("later that week", "1998-07-04") == "1998-W27"
    assert same_as_before("The next year", "1995", narrative=True) == "1996"
    assert same_as_before("The next year", "1995") is None
    assert same_as_before("the following week", "1998-07-04") == "1998-W28"
    assert same_as_before("that week", "1998-07") is None
    assert same_as_before("the 1988 quarter", "1989-07-02") == "1988-Q3"
    assert time_of_day_before("10 p.m.", "1998-10-23") == "1998-10-23T22:00"
    assert time_of_day_before("overnight", "1989-10-27") == "1989-10-26TNI"
    assert time_of_day_before("the next morning", "1998-10-23") == "1998-10-24TMO"
    assert time_of_day_before("10 p.m.", "1998-10") is None
    assert time_of_day_before("the early hours", "1998-10-23") == "1998-10-23TMO"
    assert years_around("four years later", "2008-11-04") == "2012"
    assert years_around("two decades earlier", "1998") == "1978"
    assert years_around("four years later", None) is None
    assert years_around("three days later", "1998") is None


def test_a_clock_time_and_the_day_after_it_are_one_expression():
    # They will meet at 9 a.m. Tuesday.
    assert _found("""
        They    they    PRON  PRP 2 nsubj
        will    will    AUX   MD  2 aux
        meet    meet    VERB  VB  2 ROOT
        at      at      ADP   IN  2 prep
        9       9       NUM   CD  5 nummod  B-TIME
        a.m.    a.m.    NOUN  NN  3 pobj    I-TIME
        Tuesday Tuesday PROPN NNP 2 npadvmod B-DATE nospace
        .       .       PUNCT .   2 punct
    """) == [("9 a.m. Tuesday", "2025-07-15T09:00")]
    # They met at midday Friday.
    assert _found("""
        They    they    PRON  PRP 1 nsubj
        met     meet    VERB  VBD 1 ROOT
        at      at      ADP   IN  1 prep
        midday  midday  NOUN  NN  2 pobj     B-TIME
        Friday  Friday  PROPN NNP 1 npadvmod B-DATE nospace
        .       .       PUNCT .   1 punct
    """) == [("midday Friday", "2025-07-11T12:00")]


def test_a_recurrence_is_valued_by_its_period():
    # Shares trade daily.
    assert _found("""
        Shares  share   NOUN  NNS 1 nsubj
        trade   trade   VERB  VBP 1 ROOT
        daily   daily   ADV   RB  1 advmod  nospace
        .       .       PUNCT .   1 punct
    """) == [("daily", "P1D")]


def test_the_next_year_of_a_narrative_is_the_one_after_the_year_it_gave():
    # Sales fell in 1995. The next year, they rose.
    assert _found("""
        Sales  sale   NOUN  NNS 1 nsubj
        fell   fall   VERB  VBD 1 ROOT
        in     in     ADP   IN  1 prep
        1995   1995   NUM   CD  2 pobj  B-DATE nospace
        .      .      PUNCT .   1 punct
        The    the    DET   DT  7 det   B-DATE
        next   next   ADJ   JJ  7 amod  I-DATE
        year   year   NOUN  NN  10 npadvmod I-DATE nospace
        ,      ,      PUNCT ,   10 punct
        they   they   PRON  PRP 10 nsubj
        rose   rise   VERB  VBD 10 ROOT nospace
        .      .      PUNCT .   10 punct
    """) == [("1995", "1995"), ("The next year", "1996")]


def test_every_season_and_every_other_week_the_ner_leaves_out_are_sets():
    # The fair is held every summer and every other week.
    assert _found("""
        The     the     DET   DT  1 det
        fair    fair    NOUN  NN  3 nsubjpass
        is      be      AUX   VBZ 3 auxpass
        held    hold    VERB  VBN 3 ROOT
        every   every   DET   DT  5 det
        summer  summer  NOUN  NN  3 npadvmod
        and     and     CCONJ CC  5 cc
        every   every   DET   DT  9 det
        other   other   ADJ   JJ  9 amod
        week    week    NOUN  NN  5 conj nospace
        .       .       PUNCT .   3 punct
    """) == [("every summer", "XXXX-SU"), ("every other week", "P2W")]


def test_a_count_of_times_a_period_is_a_set_valued_by_its_period():
    # The board meets twice a year; he was once a lawyer.
    assert _found("""
        The     the     DET   DT  1 det
        board   board   NOUN  NN  2 nsubj
        meets   meet    VERB  VBZ 2 ROOT
        twice   twice   ADV   RB  2 advmod
        a       a       DET   DT  5 det
        year    year    NOUN  NN  2 npadvmod nospace
        ;       ;       PUNCT :   2 punct
        he      he      PRON  PRP 8 nsubj
        was     be      AUX   VBD 2 conj
        once    once    ADV   RB  8 advmod
        a       a       DET   DT  11 det
        lawyer  lawyer  NOUN  NN  8 attr nospace
        .       .       PUNCT .   8 punct
    """) == [("twice a year", "P1Y")]


def test_ages_and_frequencies_are_not_times_and_now_is_the_present():
    # The 6-year-old said quarterly sales are now up.
    assert _found("""
        The         the         DET   DT  2 det
        6-year-old  6-year-old  ADJ   JJ  2 amod    B-DATE
        boy         boy         NOUN  NN  3 nsubj
        said        say         VERB  VBD 3 ROOT
        quarterly   quarterly   ADJ   JJ  5 amod    B-DATE
        sales       sale        NOUN  NNS 7 nsubj
        are         be          AUX   VBP 7 aux
        now         now         ADV   RB  7 advmod
        up          up          ADV   RB  3 ccomp   nospace
        .           .           PUNCT .   3 punct
    """) == [("now", "PRESENT_REF")]


def test_a_day_word_and_a_date_are_two_expressions():
    # The show runs today through Nov. 17.
    assert _found("""
        The      the      DET   DT  1 det
        show     show     NOUN  NN  2 nsubj
        runs     run      VERB  VBZ 2 ROOT
        today    today    NOUN  NN  2 npadvmod B-DATE
        through  through  ADP   IN  3 prep     I-DATE
        Nov.     Nov.     PROPN NNP 4 pobj     I-DATE
        17       17       NUM   CD  5 nummod   I-DATE nospace
        .        .        PUNCT .   2 punct
    """) == [
        ("today", "2025-07-13"), ("Nov. 17", "2025-11-17")]


def test_a_day_and_the_part_of_it_after_it_are_one_expression():
    # They met Tuesday morning.
    assert _found("""
        They    they    PRON  PRP 1 nsubj
        met     meet    VERB  VBD 1 ROOT
        Tuesday Tuesday PROPN NNP 3 compound B-DATE
        morning morning NOUN  NN  1 npadvmod B-TIME nospace
        .       .       PUNCT .   1 punct
    """) == [("Tuesday morning", "2025-07-08TMO")]


def test_a_part_of_the_day_alone_is_of_the_day_the_text_last_gave():
    # Talks began on Friday. In the morning, the envoys met.
    assert _found("""
        Talks    talk     NOUN  NNS 1 nsubj
        began    begin    VERB  VBD 1 ROOT
        on       on       ADP   IN  1 prep
        Friday   Friday   PROPN NNP 2 pobj  B-DATE nospace
        .        .        PUNCT .   1 punct
        In       in       ADP   IN  10 prep
        the      the      DET   DT  7 det   B-TIME
        morning  morning  NOUN  NN  5 pobj  I-TIME nospace
        ,        ,        PUNCT ,   10 punct
        the      the      DET   DT  10 det
        envoys   envoy    NOUN  NNS 11 nsubj
        met      meet     VERB  VBD 11 ROOT nospace
        .        .        PUNCT .   11 punct
    """) == [("Friday", "2025-07-11"), ("the morning", "2025-07-11TMO")]


def test_that_night_the_ner_leaves_out_is_the_night_of_the_day_the_text_last_gave():
    # Talks began on Friday. That night, the envoys met.
    assert _found("""
        Talks    talk     NOUN  NNS 1 nsubj
        began    begin    VERB  VBD 1 ROOT
        on       on       ADP   IN  1 prep
        Friday   Friday   PROPN NNP 2 pobj  B-DATE nospace
        .        .        PUNCT .   1 punct
        That     that     DET   DT  6 det
        night    night    NOUN  NN  10 npadvmod nospace
        ,        ,        PUNCT ,   10 punct
        the      the      DET   DT  9 det
        envoys   envoy    NOUN  NNS 10 nsubj
        met      meet     VERB  VBD 10 ROOT nospace
        .        .        PUNCT .   10 punct
    """) == [("Friday", "2025-07-11"), ("That night", "2025-07-11TNI")]


def test_in_a_lower_cased_text_days_months_and_holidays_are_found_without_capitals():
    # talks resumed in may, after thanksgiving and the aug. 7 meeting, and ended monday night.
    assert _found("""
        talks        talk         NOUN  NNS 1 nsubj
        resumed      resume       VERB  VBD 1 ROOT
        in           in           ADP   IN  1 prep
        may          may          PROPN NNP 2 pobj  nospace
        ,            ,            PUNCT ,   1 punct
        after        after        ADP   IN  1 prep
        thanksgiving thanksgiving PROPN NNP 5 pobj
        and          and          CCONJ CC  6 cc
        the          the          DET   DT  11 det
        aug.         aug.         PROPN NNP 11 compound
        7            7            NUM   CD  9 nummod
        meeting      meeting      NOUN  NN  6 conj  nospace
        ,            ,            PUNCT ,   1 punct
        and          and          CCONJ CC  1 cc
        ended        end          VERB  VBD 1 conj
        monday       monday       PROPN NNP 15 npadvmod B-DATE
        night        night        NOUN  NN  16 npadvmod nospace
        .            .            PUNCT .   1 punct
    """) == [("may", "2025-05"), ("thanksgiving", "2024-11-28"), ("aug. 7", "2025-08-07"),
             ("monday night", "2025-07-07TNI")]


def test_in_a_text_with_capitals_a_lower_case_month_or_day_word_is_no_date():
    # Officials said talks in may stall before monday.
    assert _found("""
        Officials    official     NOUN  NNS 1 nsubj
        said         say          VERB  VBD 1 ROOT
        talks        talk         NOUN  NNS 5 nsubj
        in           in           ADP   IN  2 prep
        may          may          PROPN NNP 3 pobj
        stall        stall        VERB  VB  1 ccomp
        before       before       ADP   IN  5 prep
        monday       monday       PROPN NNP 6 pobj  nospace
        .            .            PUNCT .   1 punct
    """) == []


def test_holidays_the_ner_misses_are_found_but_not_ones_that_qualify_a_noun():
    # Sales rose after Thanksgiving Day, and Christmas shopping began.
    assert _found("""
        Sales         sale          NOUN  NNS 1 nsubj
        rose          rise          VERB  VBD 1 ROOT
        after         after         ADP   IN  1 prep
        Thanksgiving  Thanksgiving  PROPN NNP 4 compound
        Day           Day           PROPN NNP 2 pobj  nospace
        ,             ,             PUNCT ,   1 punct
        and           and           CCONJ CC  1 cc
        Christmas     Christmas     PROPN NNP 8 compound
        shopping      shopping      NOUN  NN  9 nsubj
        began         begin         VERB  VBD 1 conj  nospace
        .             .             PUNCT .   1 punct
    """) == [("Thanksgiving Day", "2024-11-28")]


def test_a_day_planned_is_ahead_even_when_the_plan_is_reported_in_the_past():
    # Protesters planned a rally on Saturday.
    assert _found("""
        Protesters protester NOUN  NNS 1 nsubj
        planned    plan      VERB  VBD 1 ROOT
        a          a         DET   DT  3 det
        rally      rally     NOUN  NN  1 dobj
        on         on        ADP   IN  1 prep
        Saturday   Saturday  PROPN NNP 4 pobj  B-DATE nospace
        .          .         PUNCT .   1 punct
    """) == [("Saturday", "2025-07-19")]


def test_a_day_that_qualifies_a_noun_is_the_last_one_whatever_the_clause_says():
    # They will appeal Wednesday's ruling.
    assert _found("""
        They      they      PRON  PRP 2 nsubj
        will      will      AUX   MD  2 aux
        appeal    appeal    VERB  VB  2 ROOT
        Wednesday Wednesday PROPN NNP 5 poss  B-DATE nospace
        's        's        PART  POS 3 case  I-DATE
        ruling    ruling    NOUN  NN  2 dobj  nospace
        .         .         PUNCT .   2 punct
    """) == [("Wednesday", "2025-07-09")]
    # Police sought him after the Dec. 23 slaying. (Dec. 23, 2024 is 202 days back, 2025's 163 ahead)
    assert _found("""
        Police  police  NOUN  NNS 1 nsubj
        sought  seek    VERB  VBD 1 ROOT
        him     he      PRON  PRP 1 dobj
        after   after   ADP   IN  1 prep
        the     the     DET   DT  7 det
        Dec.    Dec.    PROPN NNP 7 compound B-DATE
        23      23      NUM   CD  5 nummod   I-DATE
        slaying slaying NOUN  NN  3 pobj     nospace
        .       .       PUNCT .   1 punct
    """) == [("Dec. 23", "2024-12-23")]


def test_every_day_is_a_set_and_a_chip_number_is_not_a_year():
    # The 80486 chip ships every day.
    assert _found("""
        The    the    DET   DT  2 det
        80486  80486  NUM   CD  2 nummod B-DATE
        chip   chip   NOUN  NN  3 nsubj
        ships  ship   VERB  VBZ 3 ROOT
        every  every  DET   DT  5 det
        day    day    NOUN  NN  3 npadvmod nospace
        .      .      PUNCT .   3 punct
    """) == [("every day", "P1D")]


def test_words_the_ner_leaves_out_or_takes_too_many_of():
    # In the past, sales rose between now and today.
    assert _found("""
        In       in       ADP   IN  5 prep
        the      the      DET   DT  2 det
        past     past     NOUN  NN  0 pobj  nospace
        ,        ,        PUNCT ,   5 punct
        sales    sale     NOUN  NNS 5 nsubj
        rose     rise     VERB  VBD 5 ROOT
        between  between  ADP   IN  5 prep  B-DATE
        now      now      ADV   RB  6 pobj  I-DATE
        and      and      CCONJ CC  7 cc    I-DATE
        today    today    NOUN  NN  7 conj  nospace
        .        .        PUNCT .   5 punct
    """) == [("the past", "PAST_REF"), ("now", "PRESENT_REF"), ("today", "2025-07-13")]


def test_a_length_of_time_the_ner_leaves_out_but_not_an_age():
    # They stayed 5 1/2 hours with a 6-year-old.
    assert _found("""
        They    they    PRON  PRP 1 nsubj
        stayed  stay    VERB  VBD 1 ROOT
        5       5       NUM   CD  4 compound
        1/2     1/2     NUM   CD  4 nummod
        hours   hour    NOUN  NNS 1 npadvmod
        with    with    ADP   IN  1 prep
        a       a       DET   DT  11 det
        6       6       NUM   CD  9 nummod
        -       -       PUNCT HYPH 9 punct
        year    year    NOUN  NN  11 npadvmod
        -       -       PUNCT HYPH 11 punct
        old     old     ADJ   JJ  5 pobj nospace
        .       .       PUNCT .   1 punct
    """) == [("5 1/2 hours", "PT5H30M")]


def test_the_nth_day_of_something_that_is_now_is_the_publication_day():
    # Today is the eighth day of the operation.
    assert _found("""
        Today      today      NOUN  NN  1 nsubj  B-DATE
        is         be         AUX   VBZ 1 ROOT
        the        the        DET   DT  4 det    B-DATE
        eighth     eighth     ADJ   JJ  4 amod   I-DATE
        day        day        NOUN  NN  1 attr   I-DATE
        of         of         ADP   IN  4 prep
        the        the        DET   DT  7 det
        operation  operation  NOUN  NN  5 pobj   nospace
        .          .          PUNCT .   1 punct
    """) == [("Today", "2025-07-13"), ("the eighth day", "2025-07-13")]


def test_a_plan_in_the_past_perfect_is_for_a_time_now_past():
    # The offer had been scheduled to expire Friday.
    assert _found("""
        The        the       DET   DT  1 det
        offer      offer     NOUN  NN  4 nsubjpass
        had        have      AUX   VBD 4 aux
        been       be        AUX   VBN 4 auxpass
        scheduled  schedule  VERB  VBN 4 ROOT
        to         to        PART  TO  6 aux
        expire     expire    VERB  VB  4 xcomp
        Friday     Friday    PROPN NNP 6 npadvmod B-DATE nospace
        .          .         PUNCT .   4 punct
    """) == [("Friday", "2025-07-11")]


def test_words_the_ner_takes_before_an_expression_are_left_out():
    # It has 13 plants, up from seven a year ago.
    assert _found("""
        It      it      PRON  PRP 1 nsubj
        has     have    VERB  VBZ 1 ROOT
        13      13      NUM   CD  3 nummod
        plants  plant   NOUN  NNS 1 dobj    nospace
        ,       ,       PUNCT ,   1 punct
        up      up      ADV   RB  1 advmod
        from    from    ADP   IN  5 prep
        seven   seven   NUM   CD  6 pobj    B-DATE
        a       a       DET   DT  9 det     I-DATE
        year    year    NOUN  NN  10 npadvmod I-DATE
        ago     ago     ADV   RB  7 advmod  I-DATE nospace
        .       .       PUNCT .   1 punct
    """) == [("a year ago", "2024")]


def test_a_date_the_ner_gives_without_a_time_word_or_a_value_is_left_out():
    # Plates found at the Olympic park match.
    assert _found("""
        Plates   plate    NOUN  NNS 6 nsubj
        found    find     VERB  VBN 0 acl
        at       at       ADP   IN  1 prep
        the      the      DET   DT  5 det
        Olympic  Olympic  PROPN NNP 5 compound B-DATE
        park     park     NOUN  NN  2 pobj
        match    match    VERB  VBP 6 ROOT  nospace
        .        .        PUNCT .   6 punct
    """) == []


def test_the_date_that_closes_a_period_is_past_and_an_effective_date_ahead():
    # Profit rose in the year ended Dec. 31. A new pact is effective Feb. 1.
    assert _found("""
        Profit     profit     NOUN  NN  1 nsubj
        rose       rise       VERB  VBD 1 ROOT
        in         in         ADP   IN  1 prep
        the        the        DET   DT  4 det    B-DATE
        year       year       NOUN  NN  2 pobj   I-DATE
        ended      end        VERB  VBN 4 acl
        Dec.       Dec.       PROPN NNP 5 npadvmod B-DATE
        31         31         NUM   CD  6 nummod I-DATE nospace
        .          .          PUNCT .   1 punct
        A          a          DET   DT  11 det
        new        new        ADJ   JJ  11 amod
        pact       pact       NOUN  NN  12 nsubj
        is         be         AUX   VBZ 12 ROOT
        effective  effective  ADJ   JJ  12 acomp
        Feb.       Feb.       PROPN NNP 13 npadvmod B-DATE
        1          1          NUM   CD  14 nummod I-DATE nospace
        .          .          PUNCT .   12 punct
    """) == [("the year", "P1Y"), ("Dec. 31", "2024-12-31"), ("Feb. 1", "2026-02-01")]


def test_a_range_of_years_is_two_expressions():
    # Sales rose from 1990 to 1995.
    assert _found("""
        Sales  sale   NOUN  NNS 1 nsubj
        rose   rise   VERB  VBD 1 ROOT
        from   from   ADP   IN  1 prep
        1990   1990   NUM   CD  2 pobj  B-DATE
        to     to     ADP   IN  1 prep  I-DATE
        1995   1995   NUM   CD  4 pobj  I-DATE nospace
        .      .      PUNCT .   1 punct
    """) == [("1990", "1990"), ("1995", "1995")]


def test_the_near_future_and_the_short_term_are_the_future():
    # Rates will fall in the near future.
    assert _found("""
        Rates   rate    NOUN  NNS 2 nsubj
        will    will    AUX   MD  2 aux
        fall    fall    VERB  VB  2 ROOT
        in      in      ADP   IN  2 prep
        the     the     DET   DT  6 det
        near    near    ADJ   JJ  6 amod
        future  future  NOUN  NN  3 pobj  nospace
        .       .       PUNCT .   2 punct
    """) == [("the near future", "FUTURE_REF")]


def test_current_before_a_noun_is_the_present():
    # The current crisis deepened.
    assert _found("""
        The      the      DET   DT  2 det
        current  current  ADJ   JJ  2 amod
        crisis   crisis   NOUN  NN  3 nsubj
        deepened deepen   VERB  VBD 3 ROOT  nospace
        .        .        PUNCT .   3 punct
    """) == [("current", "PRESENT_REF")]


def test_a_part_of_the_day_and_the_day_after_it_are_one_expression():
    # Stocks fell in mid-afternoon yesterday.
    assert _found("""
        Stocks         stock          NOUN  NNS 1 nsubj
        fell           fall           VERB  VBD 1 ROOT
        in             in             ADP   IN  1 prep
        mid-afternoon  mid-afternoon  NOUN  NN  2 pobj      B-TIME
        yesterday      yesterday      NOUN  NN  1 npadvmod  B-DATE nospace
        .              .              PUNCT .   1 punct
    """) == [("mid-afternoon yesterday", "2025-07-12TAF")]


def test_the_period_a_year_qualifies_is_part_of_the_expression():
    # Profit rose in the third quarter from the 1988 quarter.
    assert _found("""
        Profit   profit   NOUN  NN  1 nsubj
        rose     rise     VERB  VBD 1 ROOT
        in       in       ADP   IN  1 prep
        the      the      DET   DT  5 det    B-DATE
        third    third    ADJ   JJ  5 amod   I-DATE
        quarter  quarter  NOUN  NN  2 pobj   I-DATE
        from     from     ADP   IN  1 prep
        the      the      DET   DT  9 det
        1988     1988     NUM   CD  9 nummod B-DATE
        quarter  quarter  NOUN  NN  6 pobj   nospace
        .        .        PUNCT .   1 punct
    """) == [("the third quarter", "2025-Q3"), ("the 1988 quarter", "1988-Q3")]


def test_a_date_on_a_past_participle_after_its_noun_is_past():
    # The record set on Jan. 10 stands.
    assert _found("""
        The     the     DET   DT  1 det
        record  record  NOUN  NN  6 nsubj
        set     set     VERB  VBN 1 acl
        on      on      ADP   IN  2 prep
        Jan.    Jan.    PROPN NNP 3 pobj   B-DATE
        10      10      NUM   CD  4 nummod I-DATE
        stands  stand   VERB  VBZ 6 ROOT   nospace
        .       .       PUNCT .   6 punct
    """) == [("Jan. 10", "2025-01-10")]


def test_now_that_opens_a_sentence_with_a_comma_times_nothing():
    # Now, he says, prices fall.
    assert _found("""
        Now     now     ADV   RB  6 advmod
        ,       ,       PUNCT ,   6 punct
        he      he      PRON  PRP 3 nsubj
        says    say     VERB  VBZ 6 parataxis
        ,       ,       PUNCT ,   6 punct
        prices  price   NOUN  NNS 6 nsubj
        fall    fall    VERB  VBP 6 ROOT  nospace
        .       .       PUNCT .   6 punct
    """) == []


def test_a_possessive_and_the_punctuation_after_a_date_are_outside_it_but_a_period_it_qualifies_is_in():
    # Sales fell in the third quarter from last year's period. Thursday, April 6:
    assert _found("""
        Sales    sale     NOUN  NNS 1 nsubj
        fell     fall     VERB  VBD 1 ROOT
        in       in       ADP   IN  1 prep
        the      the      DET   DT  5 det   B-DATE
        third    third    ADJ   JJ  5 amod  I-DATE
        quarter  quarter  NOUN  NN  2 pobj  I-DATE
        from     from     ADP   IN  1 prep
        last     last     ADJ   JJ  8 amod  B-DATE
        year     year     NOUN  NN  10 poss I-DATE nospace
        's       's       PART  POS 8 case  I-DATE
        period   period   NOUN  NN  6 pobj  nospace
        .        .        PUNCT .   1 punct
        Thursday Thursday PROPN NNP 12 ROOT  B-DATE nospace
        ,        ,        PUNCT ,   12 punct I-DATE
        April    April    PROPN NNP 12 appos I-DATE
        6        6        NUM   CD  14 nummod I-DATE nospace
        :        :        PUNCT :   12 punct I-DATE
    """) == [("the third quarter", "2025-Q3"), ("last year's period", "2024-Q3"), ("Thursday, April 6", "2025-04-06")]


def test_focus_words_and_the_article_of_the_noun_a_date_qualifies_are_outside_it():
    # The Aug. 7 bombings killed 200 in only five hours.
    assert [text for text, _ in _found("""
        The      the      DET   DT  3 det    B-DATE
        Aug.     Aug.     PROPN NNP 3 compound I-DATE
        7        7        NUM   CD  1 nummod I-DATE
        bombings bombing  NOUN  NNS 4 nsubj
        killed   kill     VERB  VBD 4 ROOT
        200      200      NUM   CD  4 dobj
        in       in       ADP   IN  4 prep
        only     only     ADV   RB  8 advmod B-TIME
        five     five     NUM   CD  9 nummod I-TIME
        hours    hour     NOUN  NNS 6 pobj   I-TIME nospace
        .        .        PUNCT .   4 punct
    """)] == ["Aug. 7", "five hours"]


def test_a_day_on_a_verb_in_the_present_is_ahead_but_not_on_a_report_or_a_state():
    # They meet Monday. Officials say Monday. Shares are cheap on Friday.
    assert _found("""
        They      they      PRON  PRP 1 nsubj
        meet      meet      VERB  VBP 1 ROOT
        Monday    Monday    PROPN NNP 1 npadvmod B-DATE nospace
        .         .         PUNCT .   1 punct
        Officials official  NOUN  NNS 5 nsubj
        say       say       VERB  VBP 5 ROOT
        Monday    Monday    PROPN NNP 5 npadvmod B-DATE nospace
        .         .         PUNCT .   5 punct
        Shares    share     NOUN  NNS 9 nsubj
        are       be        AUX   VBP 9 ROOT
        cheap     cheap     ADJ   JJ  9 acomp
        on        on        ADP   IN  9 prep
        Friday    Friday    PROPN NNP 11 pobj B-DATE nospace
        .         .         PUNCT .   9 punct
    """) == [("Monday", "2025-07-14"), ("Monday", "2025-07-07"), ("Friday", "2025-07-11")]


def test_a_date_an_event_is_in_the_present_is_ahead_but_not_the_day_today_is():
    # The election is Friday. Today is Friday.
    assert _found("""
        The      the      DET   DT  1 det
        election election NOUN  NN  2 nsubj
        is       be       AUX   VBZ 2 ROOT
        Friday   Friday   PROPN NNP 2 attr  B-DATE nospace
        .        .        PUNCT .   2 punct
        Today    today    NOUN  NN  6 nsubj B-DATE
        is       be       AUX   VBZ 6 ROOT
        Friday   Friday   PROPN NNP 6 attr  B-DATE nospace
        .        .        PUNCT .   6 punct
    """) == [("Friday", "2025-07-18"), ("Today", "2025-07-13"), ("Friday", "2025-07-11")]


def test_a_season_after_a_preposition_is_found_but_not_a_fall_of_something():
    # the court meets every thursday in the fall, after the fall of rome.
    assert _found("""
        the      the      DET   DT  1 det
        court    court    NOUN  NN  2 nsubj
        meets    meet     VERB  VBZ 2 ROOT
        every    every    DET   DT  4 det
        thursday thursday PROPN NNP 2 npadvmod
        in       in       ADP   IN  2 prep
        the      the      DET   DT  7 det
        fall     fall     NOUN  NN  5 pobj  nospace
        ,        ,        PUNCT ,   2 punct
        after    after    ADP   IN  2 prep
        the      the      DET   DT  11 det
        fall     fall     NOUN  NN  9 pobj
        of       of       ADP   IN  11 prep
        rome     rome     PROPN NNP 12 pobj nospace
        .        .        PUNCT .   2 punct
    """) == [("every thursday", "XXXX-WXX-4"), ("the fall", "2025-FA")]


def test_each_year_of_a_range_or_list_is_its_own_expression():
    # He served from 2009 to 2015, and in 1994, 1995 and 1997.
    assert _found("""
        He     he     PRON  PRP 1 nsubj
        served serve  VERB  VBD 1 ROOT
        from   from   ADP   IN  1 prep
        2009   2009   NUM   CD  2 pobj B-DATE
        to     to     ADP   IN  1 prep
        2015   2015   NUM   CD  4 pobj nospace
        ,      ,      PUNCT ,   1 punct
        and    and    CCONJ CC  1 cc
        in     in     ADP   IN  1 prep
        1994   1994   NUM   CD  8 pobj B-DATE nospace
        ,      ,      PUNCT ,   9 punct I-DATE
        1995   1995   NUM   CD  9 conj I-DATE
        and    and    CCONJ CC  11 cc I-DATE
        1997   1997   NUM   CD  11 conj B-DATE nospace
        .      .      PUNCT .   1 punct
    """) == [("2009", "2009"), ("2015", "2015"), ("1994", "1994"), ("1995", "1995"), ("1997", "1997")]


def test_a_time_zone_the_ner_leaves_out_still_joins_the_time_to_its_day():
    vote_at_two = """
        the      the      DET   DT  1 det
        vote     vote     NOUN  NN  2 nsubj
        was      be       AUX   VBD 2 ROOT
        at       at       ADP   IN  2 prep
        2        2        NUM   CD  5 nummod B-TIME
        p.m.     p.m.     NOUN  NN  3 pobj I-TIME"""
    # the vote was at 2 p.m. et on thursday.
    assert _found(vote_at_two + """
        et       et       PROPN NNP 5 appos
        on       on       ADP   IN  2 prep
        thursday thursday PROPN NNP 7 pobj B-DATE nospace
        .        .        PUNCT .   2 punct
    """) == [("2 p.m. et on thursday", "2025-07-10T14:00")]
    # the vote was at 2 p.m. local time thursday.
    assert _found(vote_at_two + """
        local    local    ADJ   JJ  7 amod
        time     time     NOUN  NN  5 appos
        thursday thursday PROPN NNP 2 npadvmod B-DATE nospace
        .        .        PUNCT .   2 punct
    """) == [("2 p.m. local time thursday", "2025-07-10T14:00")]


def test_a_day_planned_for_in_a_clause_now_past_is_behind():
    # A service planned for Saturday was canceled.
    assert _found("""
        A        a        DET   DT  1 det
        service  service  NOUN  NN  6 nsubjpass
        planned  plan     VERB  VBN 1 acl
        for      for      ADP   IN  2 prep
        Saturday Saturday PROPN NNP 3 pobj  B-DATE
        was      be       AUX   VBD 6 auxpass
        canceled cancel   VERB  VBN 6 ROOT nospace
        .        .        PUNCT .   6 punct
    """) == [("Saturday", "2025-07-12")]


def test_for_now_and_until_now_are_the_present_and_someones_future_is_ahead():
    # For now, his future is unclear until now.
    assert _found("""
        For      for      ADP   IN  5 prep
        now      now      ADV   RB  0 pcomp nospace
        ,        ,        PUNCT ,   5 punct
        his      his      PRON  PRP$ 4 poss
        future   future   NOUN  NN  5 nsubj
        is       be       AUX   VBZ 5 ROOT
        unclear  unclear  ADJ   JJ  5 acomp
        until    until    ADP   IN  5 prep
        now      now      ADV   RB  7 pcomp nospace
        .        .        PUNCT .   5 punct
    """) == [("now", "PRESENT_REF"), ("future", "FUTURE_REF"), ("now", "PRESENT_REF")]


def test_from_now_on_is_no_present():
    # It changes from now on.
    assert _found("""
        It       it       PRON  PRP 1 nsubj
        changes  change   VERB  VBZ 1 ROOT
        from     from     ADP   IN  1 prep
        now      now      ADV   RB  2 pcomp
        on       on       ADP   RP  1 prt nospace
        .        .        PUNCT .   1 punct
    """) == []


def test_a_holiday_the_parse_hangs_on_a_verb_is_a_time_but_one_that_qualifies_a_noun_is_not():
    # He was found Thanksgiving Day clinging to Christmas shopping.
    assert _found("""
        He           he           PRON  PRP 2 nsubjpass
        was          be           AUX   VBD 2 auxpass
        found        find         VERB  VBN 2 ROOT
        Thanksgiving Thanksgiving PROPN NNP 4 compound B-EVENT
        Day          Day          PROPN NNP 5 compound I-EVENT
        clinging     cling        VERB  VBG 2 ccomp
        to           to           ADP   IN  5 prep
        Christmas    Christmas    PROPN NNP 8 compound
        shopping     shopping     NOUN  NN  6 pobj nospace
        .            .            PUNCT .   2 punct
    """) == [("Thanksgiving Day", "2025-11-27")]  # no tense on "clinging": the nearest


@pytest.mark.parametrize("month, date_label", [("Oct.", "DATE"), ("oct.", "TIME")])
def test_the_ners_part_of_day_fragment_before_a_date_gives_way_to_the_date(month, date_label):
    # He was shot on the night of Oct. 23. (the NER of a lower-cased text takes it all as one time)
    first = "B-DATE" if date_label == "DATE" else "I-TIME"
    assert _found(f"""
        He      he      PRON  PRP 2 nsubjpass
        was     be      AUX   VBD 2 auxpass
        shot    shoot   VERB  VBN 2 ROOT
        on      on      ADP   IN  2 prep
        the     the     DET   DT  5 det    B-TIME
        night   night   NOUN  NN  3 pobj   I-TIME
        of      of      ADP   IN  5 prep   I-TIME
        {month}    {month}    PROPN NNP 6 pobj   {first}
        23      23      NUM   CD  7 nummod I-{date_label} nospace
        .       .       PUNCT .   2 punct
    """) == [(f"{month} 23", "2024-10-23")]


def test_a_month_and_day_the_ner_labels_an_event_is_a_date():
    # The Aug. 7 bombings scared tourists.
    assert _found("""
        The      the      DET   DT  3 det      B-EVENT
        Aug.     Aug.     PROPN NNP 3 compound I-EVENT
        7        7        NUM   CD  1 nummod
        bombings bombing  NOUN  NNS 4 nsubj
        scared   scare    VERB  VBD 4 ROOT
        tourists tourist  NOUN  NNS 4 dobj nospace
        .        .        PUNCT .   4 punct
    """) == [("Aug. 7", "2025-08-07")]


def test_a_range_of_days_in_one_month_is_two_dates():
    # The summit was April 24 and 25.
    assert _found("""
        The     the     DET   DT  1 det
        summit  summit  NOUN  NN  2 nsubj
        was     be      AUX   VBD 2 ROOT
        April   April   PROPN NNP 2 attr   B-DATE
        24      24      NUM   CD  3 nummod I-DATE
        and     and     CCONJ CC  4 cc     I-DATE
        25      25      NUM   CD  4 conj   I-DATE nospace
        .       .       PUNCT .   2 punct
    """) == [("April 24", "2025-04-24"), ("25", "2025-04-25")]


def test_the_next_day_counts_from_the_day_the_text_last_gave():
    from newsgraph.normalize.timevalues import same_as_before

    assert same_as_before("The next day", "2025-06-02") == "2025-06-03"
    assert same_as_before("the day before", "2025-06-02") == "2025-06-01"
    assert same_as_before("next day", "2025-06-02") is None  # no article: counted from publication


def test_a_day_in_apposition_to_a_date_is_that_date():
    # Trading slowed after Oct. 12, the day before the plunge.
    assert _found("""
        Trading  trading  NOUN  NN  1 nsubj
        slowed   slow     VERB  VBD 1 ROOT
        after    after    ADP   IN  1 prep
        Oct.     Oct.     PROPN NNP 2 pobj  B-DATE
        12       12       NUM   CD  3 nummod I-DATE nospace
        ,        ,        PUNCT ,   3 punct
        the      the      DET   DT  7 det   B-DATE
        day      day      NOUN  NN  3 appos I-DATE
        before   before   ADP   IN  7 prep
        the      the      DET   DT  10 det
        plunge   plunge   NOUN  NN  8 pobj  nospace
        .        .        PUNCT .   1 punct
    """) == [("Oct. 12", "2024-10-12"), ("the day", "2024-10-12")]


@pytest.mark.parametrize("period, month, day, value", [
    ("quarter", "March", "31", "2025-Q1"),  # the calendar quarter of most of its months
    ("week", "July", "4", "2025-W27"),  # the week of the closing date
    ("month", "June", "30", "2025-06"),
])
def test_a_period_closed_by_a_date_is_the_one_that_date_closes(period, month, day, value):
    # Sales for the quarter ended March 31 rose.
    assert _found(f"""
        Sales    sale     NOUN  NNS 7 nsubj
        for      for      ADP   IN  0 prep
        the      the      DET   DT  3 det   B-DATE
        {period} {period} NOUN  NN  1 pobj  I-DATE
        ended    end      VERB  VBD 3 acl   I-DATE
        {month}  {month}  PROPN NNP 4 npadvmod I-DATE
        {day}    {day}    NUM   CD  5 nummod I-DATE
        rose     rise     VERB  VBD 7 ROOT  nospace
        .        .        PUNCT .   7 punct
    """) == [(f"the {period}", value), (f"{month} {day}", f"2025-{MONTH_NUMBERS[month]}-{int(day):02d}")]


def test_words_the_ner_takes_after_a_day_from_a_range_word_on_are_left_out():
    # The index fell 5 points Friday to 2600.
    assert _found("""
        The     the     DET   DT  1 det
        index   index   NOUN  NN  2 nsubj
        fell    fall    VERB  VBD 2 ROOT
        5       5       NUM   CD  4 nummod B-CARDINAL
        points  point   NOUN  NNS 2 dobj
        Friday  Friday  PROPN NNP 2 npadvmod B-DATE
        to      to      ADP   IN  2 prep     I-DATE
        2600    2600    NUM   CD  6 pobj     I-DATE nospace
        .       .       PUNCT .   2 punct
    """) == [("Friday", "2025-07-11")]


def test_a_weekday_the_ner_gives_without_its_holidays_first_word_is_the_holiday():
    # Stores closed on Good Friday and on Super Tuesday.
    assert _found("""
        Stores   store    NOUN  NNS 1 nsubj
        closed   close    VERB  VBD 1 ROOT
        on       on       ADP   IN  1 prep
        Good     Good     PROPN NNP 4 compound
        Friday   Friday   PROPN NNP 2 pobj  B-DATE
        and      and      CCONJ CC  2 cc
        on       on       ADP   IN  2 conj
        Super    Super    PROPN NNP 8 compound
        Tuesday  Tuesday  PROPN NNP 6 pobj  B-DATE nospace
        .        .        PUNCT .   1 punct
    """) == [("Good Friday", "2025-04-18"), ("Super Tuesday", "2025-03-04")]
    # It was a good Friday.
    assert _found("""
        It      it      PRON  PRP 1 nsubj
        was     be      AUX   VBD 1 ROOT
        a       a       DET   DT  4 det
        good    good    ADJ   JJ  4 amod
        Friday  Friday  PROPN NNP 1 attr  B-DATE nospace
        .       .       PUNCT .   1 punct
    """) == [("Friday", "2025-07-11")]


def test_a_day_something_is_due_in_the_present_is_ahead():
    # Results are due Thursday; they were due Thursday.
    assert _found("""
        Results   result    NOUN  NNS 1 nsubj
        are       be        AUX   VBP 1 ROOT
        due       due       ADJ   JJ  1 acomp
        Thursday  Thursday  PROPN NNP 2 npadvmod B-DATE nospace
        ;         ;         PUNCT :   1 punct
        they      they      PRON  PRP 6 nsubj
        were      be        AUX   VBD 1 conj
        due       due       ADJ   JJ  6 acomp
        Thursday  Thursday  PROPN NNP 7 npadvmod B-DATE nospace
        .         .         PUNCT .   6 punct
    """) == [("Thursday", "2025-07-17"), ("Thursday", "2025-07-10")]


def test_the_ners_fragment_the_early_hours_of_gives_way_to_the_day():
    # They left in the early hours of Monday.
    assert _found("""
        They   they   PRON  PRP 1 nsubj
        left   leave  VERB  VBD 1 ROOT
        in     in     ADP   IN  1 prep
        the    the    DET   DT  5 det   B-TIME
        early  early  ADJ   JJ  5 amod  I-TIME
        hours  hour   NOUN  NNS 2 pobj  I-TIME
        of     of     ADP   IN  5 prep  I-TIME
        Monday Monday PROPN NNP 6 pobj  B-DATE nospace
        .      .      PUNCT .   1 punct
    """) == [("Monday", "2025-07-07")]


def test_a_unit_of_time_with_a_capital_inside_a_sentence_names_a_show_but_not_in_a_headline():
    # He said on 60 Minutes that he won.
    assert _found("""
        He      he      PRON  PRP   1 nsubj
        said    say     VERB  VBD   1 ROOT
        on      on      ADP   IN    1 prep
        60      60      NUM   CD    4 nummod B-TIME
        Minutes minute  PROPN NNPS  2 pobj   I-TIME
        that    that    SCONJ IN    7 mark
        he      he      PRON  PRP   7 nsubj
        won     win     VERB  VBD   1 ccomp  nospace
        .       .       PUNCT .     1 punct
    """) == []
    # He appeared on NBC's "Today" show.
    assert _found("""
        He       he      PRON  PRP  1 nsubj
        appeared appear  VERB  VBD  1 ROOT
        on       on      ADP   IN   1 prep
        NBC      NBC     PROPN NNP  8 poss  B-ORG
        's       's      PART  POS  3 case
        "        "       PUNCT ``   8 punct nospace
        Today    today   NOUN  NN   8 compound B-DATE nospace
        "        "       PUNCT ''   8 punct
        show     show    NOUN  NN   2 pobj  nospace
        .        .       PUNCT .    1 punct
    """) == []
    # "Today, we won," he said.
    assert _found("""
        "        "       PUNCT ``   4 punct nospace
        Today    today   NOUN  NN   4 npadvmod B-DATE nospace
        ,        ,       PUNCT ,    4 punct
        we       we      PRON  PRP  4 nsubj
        won      win     VERB  VBD  8 ccomp nospace
        ,        ,       PUNCT ,    8 punct nospace
        "        "       PUNCT ''   8 punct
        he       he      PRON  PRP  8 nsubj
        said     say     VERB  VBD  8 ROOT nospace
        .        .       PUNCT .    8 punct
    """) == [("Today", "2025-07-13")]
    # They celebrated New Year's Eve at home.
    assert _found("""
        They       they       PRON  PRP 1 nsubj
        celebrated celebrate  VERB  VBD 1 ROOT
        New        New        PROPN NNP 3 compound B-DATE
        Year       Year       PROPN NNP 5 poss     I-DATE nospace
        's         's         PART  POS 3 case     I-DATE
        Eve        Eve        PROPN NNP 1 dobj     I-DATE
        at         at         ADP   IN  1 prep
        home       home       NOUN  NN  6 pobj     nospace
        .          .          PUNCT .   1 punct
    """) == [("New Year's Eve", "2024-12-31")]
    # Talks Ended After 60 Minutes
    assert _found("""
        Talks   talk    NOUN  NNS   1 nsubj
        Ended   end     VERB  VBD   1 ROOT
        After   after   ADP   IN    1 prep
        60      60      NUM   CD    4 nummod B-TIME
        Minutes minute  NOUN  NNS   2 pobj   I-TIME
    """) == [("60 Minutes", "PT60M")]


def test_someones_year_is_a_stretch_of_their_life_not_a_date():
    # the teacher from his year in kindergarten
    assert _found("""
        the          the          DET  DT  1 det
        teacher      teacher      NOUN NN  1 ROOT
        from         from         ADP  IN  1 prep
        his          his          PRON PRP$ 4 poss B-DATE
        year         year         NOUN NN  2 pobj I-DATE
        in           in           ADP  IN  4 prep
        kindergarten kindergarten NOUN NN  5 pobj
    """) == []


def test_a_weekday_and_plural_part_of_the_day_after_it_are_one_set():
    # they play monday nights.
    assert _found("""
        they    they    PRON  PRP 1 nsubj
        play    play    VERB  VBP 1 ROOT
        monday  monday  PROPN NNP 3 compound
        nights  night   NOUN  NNS 1 npadvmod nospace
        .       .       PUNCT .   1 punct
    """) == [("monday nights", "XXXX-WXX-1TNI")]


def test_the_day_before_a_date_is_one_expression_with_it():
    # The day before last Tuesday, he left.
    assert _found("""
        The     the     DET   DT  1 det      B-DATE
        day     day     NOUN  NN  7 npadvmod I-DATE
        before  before  ADP   IN  1 prep
        last    last    ADJ   JJ  4 amod     B-DATE
        Tuesday Tuesday PROPN NNP 2 pobj     I-DATE nospace
        ,       ,       PUNCT ,   7 punct
        he      he      PRON  PRP 7 nsubj
        left    leave   VERB  VBD 7 ROOT     nospace
        .       .       PUNCT .   7 punct
    """) == [("The day before last Tuesday", "2025-07-07")]


def test_a_length_of_time_as_an_adjective_is_found():
    # their third day-long meeting
    assert _found("""
        their   their   PRON  PRP$ 5 poss
        third   third   ADJ   JJ   5 amod
        day     day     NOUN  NN   4 npadvmod nospace
        -       -       PUNCT HYPH 4 punct    nospace
        long    long    ADJ   JJ   5 amod
        meeting meeting NOUN  NN   5 ROOT
    """) == [("day-long", "P1D")]


def test_a_year_after_pre_or_post_is_found():
    # the post-1959 politics
    assert _found("""
        the       the       DET  DT  2 det
        post-1959 post-1959 ADJ  JJ  2 amod
        politics  politics  NOUN NNS 2 ROOT
    """) == [("post-1959", "1959")]


def test_in_a_lower_cased_text_a_hyphenated_month_is_found():
    # the late-november trip
    assert _found("""
        the      the      DET   DT   4 det
        late     late     ADJ   JJ   3 amod nospace
        -        -        PUNCT HYPH 3 punct nospace
        november november PROPN NNP  4 compound
        trip     trip     NOUN  NN   4 ROOT
    """) == [("late-november", "2024-11")]


def test_the_latest_period_the_ner_leaves_out_is_the_quarter_before_publication():
    # Sales in the latest period rose.
    assert _found("""
        Sales    sale     NOUN  NNS 5 nsubj
        in       in       ADP   IN  0 prep
        the      the      DET   DT  4 det
        latest   late     ADJ   JJS 4 amod
        period   period   NOUN  NN  1 pobj
        rose     rise     VERB  VBD 5 ROOT nospace
        .        .        PUNCT .   5 punct
    """) == [("the latest period", "2025-Q2")]


def test_a_greeting_times_nothing():
    # Good evening from Havana.
    assert _found("""
        Good     good     ADJ   JJ  1 amod
        evening  evening  NOUN  NN  1 ROOT  B-TIME
        from     from     ADP   IN  1 prep
        Havana   Havana   PROPN NNP 2 pobj  B-GPE nospace
        .        .        PUNCT .   1 punct
    """) == []


def test_last_may_in_a_lower_cased_text_is_the_month_but_not_where_may_is_the_verb():
    # the pact signed last may. the last may be the best.
    assert _found("""
        the      the      DET   DT  1 det
        pact     pact     NOUN  NN  1 ROOT
        signed   sign     VERB  VBN 1 acl
        last     last     ADJ   JJ  4 amod
        may      may      PROPN NNP 2 npadvmod nospace
        .        .        PUNCT .   1 punct
        the      the      DET   DT  7 det
        last     last     ADJ   JJ  9 nsubj
        may      may      AUX   MD  9 aux
        be       be       AUX   VB  9 ROOT
        the      the      DET   DT  11 det
        best     good     ADJ   JJS 9 attr nospace
        .        .        PUNCT .   9 punct
    """) == [("last may", "2025-05")]


def test_a_range_from_a_period_counted_from_now_to_a_month_is_two_expressions():
    # Sales fell this year through May.
    assert _found("""
        Sales    sale     NOUN  NNS 1 nsubj
        fell     fall     VERB  VBD 1 ROOT
        this     this     DET   DT  3 det    B-DATE
        year     year     NOUN  NN  1 npadvmod I-DATE
        through  through  ADP   IN  1 prep   I-DATE
        May      May      PROPN NNP 4 pobj   I-DATE nospace
        .        .        PUNCT .   1 punct
    """) == [("this year", "2025"), ("May", "2025-05")]


def test_until_then_is_the_date_the_text_last_gave_and_since_then_no_time():
    # Rights end Nov. 30. Until then, it trades. Since then, it fell.
    assert _found("""
        Rights   right    NOUN  NNS 1 nsubj
        end      end      VERB  VBP 1 ROOT
        Nov.     Nov.     PROPN NNP 1 npadvmod B-DATE
        30       30       NUM   CD  2 nummod   I-DATE nospace
        .        .        PUNCT .   1 punct
        Until    until    ADP   IN  9 prep
        then     then     ADV   RB  5 pcomp nospace
        ,        ,        PUNCT ,   9 punct
        it       it       PRON  PRP 9 nsubj
        trades   trade    VERB  VBZ 9 ROOT nospace
        .        .        PUNCT .   9 punct
        Since    since    ADP   IN  15 prep
        then     then     ADV   RB  11 pcomp nospace
        ,        ,        PUNCT ,   15 punct
        it       it       PRON  PRP 15 nsubj
        fell     fall     VERB  VBD 15 ROOT nospace
        .        .        PUNCT .   15 punct
    """) == [("Nov. 30", "2025-11-30"), ("then", "2025-11-30")]


def test_a_past_tense_the_tagger_reads_as_present_looks_back():
    # Weakness hurt the index on Friday.
    assert _found("""
        Weakness weakness NOUN  NN  1 nsubj
        hurt     hurt     VERB  VBP 1 ROOT
        the      the      DET   DT  3 det
        index    index    NOUN  NN  1 dobj
        on       on       ADP   IN  1 prep
        Friday   Friday   PROPN NNP 4 pobj  B-DATE nospace
        .        .        PUNCT .   1 punct
    """) == [("Friday", "2025-07-11")]


def test_recent_before_a_noun_is_the_past():
    # The recent sale helped.
    assert _found("""
        The      the      DET   DT  2 det
        recent   recent   ADJ   JJ  2 amod
        sale     sale     NOUN  NN  3 nsubj
        helped   help     VERB  VBD 3 ROOT nospace
        .        .        PUNCT .   3 punct
    """) == [("recent", "PAST_REF")]


def test_a_year_earlier_after_the_nine_months_is_the_year_before_not_the_quarter():
    # Net rose in the third quarter. For the nine months, net fell from a year earlier.
    assert _found("""
        Net      net      NOUN  NN  1 nsubj
        rose     rise     VERB  VBD 1 ROOT
        in       in       ADP   IN  1 prep
        the      the      DET   DT  5 det     B-DATE
        third    third    ADJ   JJ  5 amod    I-DATE
        quarter  quarter  NOUN  NN  2 pobj    I-DATE nospace
        .        .        PUNCT .   1 punct
        For      for      ADP   IN  13 prep
        the      the      DET   DT  10 det    B-DATE
        nine     nine     NUM   CD  10 nummod I-DATE
        months   month    NOUN  NNS 7 pobj    I-DATE nospace
        ,        ,        PUNCT ,   13 punct
        net      net      NOUN  NN  13 nsubj
        fell     fall     VERB  VBD 13 ROOT
        from     from     ADP   IN  13 prep
        a        a        DET   DT  16 det    B-DATE
        year     year     NOUN  NN  17 npadvmod I-DATE
        earlier  early    ADV   RBR 14 pcomp  I-DATE nospace
        .        .        PUNCT .   13 punct
    """) == [("the third quarter", "2025-Q3"), ("the nine months", "P9M"), ("a year earlier", "2024")]


def test_one_day_between_a_modal_and_its_verb_is_someday():
    # Islam will one day be larger.
    assert _found("""
        Islam    Islam    PROPN NNP 4 nsubj
        will     will     AUX   MD  4 aux
        one      one      NUM   CD  3 nummod B-DATE
        day      day      NOUN  NN  4 npadvmod I-DATE
        be       be       AUX   VB  4 ROOT
        larger   large    ADJ   JJR 4 acomp nospace
        .        .        PUNCT .   4 punct
    """) == [("one day", "FUTURE_REF")]


def test_the_first_nine_months_of_a_year_are_a_stretch_and_its_year():
    # Sales rose in the first nine months of 1997.
    assert _found("""
        Sales    sale     NOUN  NNS 1 nsubj
        rose     rise     VERB  VBD 1 ROOT
        in       in       ADP   IN  1 prep
        the      the      DET   DT  6 det    B-DATE
        first    first    ADJ   JJ  6 amod   I-DATE
        nine     nine     NUM   CD  6 nummod I-DATE
        months   month    NOUN  NNS 2 pobj   I-DATE
        of       of       ADP   IN  6 prep   I-DATE
        1997     1997     NUM   CD  7 pobj   I-DATE nospace
        .        .        PUNCT .   1 punct
    """) == [("the first nine months", "P9M"), ("1997", "1997")]


def test_a_quarter_of_the_market_is_a_share_but_the_third_quarter_of_a_sum_a_quarter():
    # They hold more than a quarter of the market.
    assert _found("""
        They     they     PRON  PRP 1 nsubj
        hold     hold     VERB  VBP 1 ROOT
        more     more     ADJ   JJR 3 amod   B-DATE
        than     than     ADP   IN  4 quantmod I-DATE
        a        a        DET   DT  5 det    I-DATE
        quarter  quarter  NOUN  NN  1 dobj   I-DATE
        of       of       ADP   IN  5 prep
        the      the      DET   DT  8 det
        market   market   NOUN  NN  6 pobj nospace
        .        .        PUNCT .   1 punct
    """) == []
    # A loss for the third quarter of $2 million.
    assert _found("""
        A        a        DET   DT  1 det
        loss     loss     NOUN  NN  1 ROOT
        for      for      ADP   IN  1 prep
        the      the      DET   DT  5 det    B-DATE
        third    third    ADJ   JJ  5 amod   I-DATE
        quarter  quarter  NOUN  NN  2 pobj   I-DATE
        of       of       ADP   IN  5 prep
        $        $        SYM   $   8 nmod   B-MONEY
        2        2        NUM   CD  9 compound I-MONEY
        million  million  NUM   CD  6 pobj   I-MONEY nospace
        .        .        PUNCT .   1 punct
    """) == [("the third quarter", "2025-Q3")]


def test_a_time_quoted_after_a_possessive_is_a_title_in_any_case():
    # baker said on abc's "this week" that it works.
    assert _found("""
        baker    baker    PROPN NNP 1 nsubj
        said     say      VERB  VBD 1 ROOT
        on       on       ADP   IN  1 prep
        abc      abc      PROPN NNP 7 poss
        's       's       PART  POS 3 case
        "        "        PUNCT ``  7 punct nospace
        this     this     DET   DT  7 det   B-DATE
        week     week     NOUN  NN  2 pobj  I-DATE nospace
        "        "        PUNCT ''  7 punct
        that     that     SCONJ IN  11 mark
        it       it       PRON  PRP 11 nsubj
        works    work     VERB  VBZ 1 ccomp nospace
        .        .        PUNCT .   1 punct
    """) == []


def test_a_title_may_open_with_two_single_quotes_as_newswire_writes_them():
    # gonzalez said on cbs's ''60 minutes.''
    assert _found("""
        gonzalez gonzalez PROPN NNP 1 nsubj
        said     say      VERB  VBD 1 ROOT
        on       on       ADP   IN  1 prep
        cbs      cbs      PROPN NNP 7 poss
        's       's       PART  POS 3 case
        ''       ''       PUNCT ''  7 punct nospace
        60       60       NUM   CD  7 nummod B-TIME
        minutes  minute   NOUN  NNS 2 pobj  I-TIME nospace
        .        .        PUNCT .   1 punct nospace
        ''       ''       PUNCT ''  1 punct
    """) == []


def test_a_march_with_an_article_of_its_own_in_a_name_is_no_month():
    # They came to the annual March for Life in early March for talks.
    assert _found("""
        They    they    PRON  PRP 1  nsubj
        came    come    VERB  VBD 1  ROOT
        to      to      ADP   IN  1  prep
        the     the     DET   DT  5  det
        annual  annual  ADJ   JJ  5  amod
        March   March   PROPN NNP 2  pobj  B-DATE
        for     for     ADP   IN  5  prep
        Life    Life    PROPN NNP 6  pobj
        in      in      ADP   IN  1  prep
        early   early   ADJ   JJ  10 amod  B-DATE
        March   March   PROPN NNP 8  pobj  I-DATE
        for     for     ADP   IN  1  prep
        talks   talk    NOUN  NNS 11 pobj  nospace
        .       .       PUNCT .   1  punct
    """) == [("early March", "2025-03")]


def test_several_quarters_the_ner_leaves_out_is_a_vague_stretch():
    # It gained after several quarters of losses.
    assert _found("""
        It       it       PRON  PRP 1 nsubj
        gained   gain     VERB  VBD 1 ROOT
        after    after    ADP   IN  1 prep
        several  several  ADJ   JJ  4 amod
        quarters quarter  NOUN  NNS 2 pobj
        of       of       ADP   IN  4 prep
        losses   loss     NOUN  NNS 5 pobj nospace
        .        .        PUNCT .   1 punct
    """) == [("several quarters", "PXQ")]


def test_a_few_weeks_the_ner_leaves_out_keeps_its_article():
    # It ends within a few weeks.
    assert _found("""
        It       it       PRON  PRP 1 nsubj
        ends     end      VERB  VBZ 1 ROOT
        within   within   ADP   IN  1 prep
        a        a        DET   DT  5 det
        few      few      ADJ   JJ  5 amod
        weeks    week     NOUN  NNS 2 pobj nospace
        .        .        PUNCT .   1 punct
    """) == [("a few weeks", "PXW")]
