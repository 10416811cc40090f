"""The ISO 8601 value of a time expression's text, against the publication date, in TimeML's forms.

    "Saturday" ─► 2025-07-12        "last spring" ─► 2024-SP       "the third quarter" ─► 2025-Q3
    "three-day" ─► P3D              "Friday night" ─► 2025-07-11TNI  "now" ─► PRESENT_REF

Tense decides forms the text leaves open: "past" looks back from the publication date, "future"
forward, and anything else ("present", an unknown tense) takes the nearest candidate; a month and
day that qualifies a noun ("qualifying": "the Oct. 23 slaying") leans back, a day ahead counting
twice. Without a
publication date, relative expressions keep no value: nothing is guessed.

Where the TimeML corpora and the TimeML/TIMEX3 annotation guidelines part, the values follow the
guidelines:

- weeks, quarters and days the text lets one compute are computed: "last week" → 1998-W05, "the
  quarter" → 1989-Q3, where TimeBank's Wall Street Journal files often write 1989-WXX, 1989-QX;
- "last year" stays a year, though TimeBank values it as a quarter in some earnings reports;
- a part of the day stays in the value ("Friday morning" → 1998-08-07TMO, "Friday night" →
  TNI), where AQUAINT writes the day alone ("Thursday morning" → 1999-10-07, "tonight"), or
  sometimes TEV for a night;
- a decade is ISO 8601's three digits ("the 1990s" → 199), where AQUAINT writes 199X;
- a year is the year ("in 1952" → 1952), where some AQUAINT files write 1952-XX or 1995-XX-XX,
  and "a decade ago" the decade ("198"), where AQUAINT writes 1989-XX;
- "this century" is the century (19), where AQUAINT writes P100Y;
- "last week" and "this week" are weeks, where AQUAINT often writes the month (1999-01) or P1W;
  "(over) the weekend" is the weekend (1998-W33-WE), where AQUAINT writes P2D, and "this month"
  the month, where it writes P1M;
- "ten days before the shooting" is the stretch (P10D; "before" is TimeML's signal, the
  shooting an event), where AQUAINT writes the day it ends on;
- a set is valued by its period ("daily" → P1D, "twice a week" → P1W; the count is TimeML's freq
  attribute), where TimeBank sometimes writes XXXX-XX-XX;
- "N weeks ago" is a week (1998-W02), where TimeBank sometimes writes the day N weeks back;
- a clock time keeps its minutes ("5 p.m." → T17:00), where TimeBank sometimes writes T17.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta

from dateutil.easter import easter

# A month and day this close to publication is that date, whatever the tense: reports in the past
# tense name dates just ahead ("said the dividend is payable Nov. 10"), and the reverse; so is a
# month next to the month of publication.
NEAR_MONTH_DAY_DAYS = 60
NEAR_MONTHS = 1
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december")
MONTH_ABBREVIATIONS = {m[:3]: i for i, m in enumerate(MONTHS, start=1)} | {"sept": 9}
NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
                "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
                "ninety": 90, "a hundred": 100, "a": 1, "an": 1, "one and a half": None, "a couple of": 2,
                "couple of": 2, "a few": None, "several": None, "few": None,
                "some": None, "many": None, "the": 1, "each": 1, "every": 1, "additional": 1}
# "twenty-four hours", "thirty six months"
NUMBER_WORDS.update({f"{tens}{joint}{unit}": NUMBER_WORDS[tens] + NUMBER_WORDS[unit]
                     for tens in ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
                     for unit in ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
                     for joint in ("-", " ")})
UNITS = {"second": "TS", "minute": "TM", "hour": "TH", "day": "D", "week": "W", "month": "M", "quarter": "Q",
         "year": "Y", "decade": "DE", "century": "CE"}
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}
# Days of the month in words, as transcripts write them: "March eighth", "the twenty-first of May".
_DAY_ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
                 "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
                 "eighteenth", "nineteenth", "twentieth")
DAY_ORDINAL_WORDS = {word: n for n, word in enumerate(_DAY_ORDINALS, start=1)} | {
    f"twenty-{word}": 20 + n for n, word in enumerate(_DAY_ORDINALS[:9], start=1)} | {
    "thirtieth": 30, "thirty-first": 31}
SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
# The month a season (but winter, which spans two years) begins with, in the north.
SEASON_MONTHS = {"SP": 3, "SU": 6, "FA": 9}
PARTS_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI",
                "dawn": "MO", "daybreak": "MO", "dusk": "EV", "nightfall": "EV"}
REFERENCES = {
    "now": "PRESENT_REF", "right now": "PRESENT_REF", "currently": "PRESENT_REF", "at present": "PRESENT_REF",
    "the present": "PRESENT_REF", "present": "PRESENT_REF", "current": "PRESENT_REF", "nowadays": "PRESENT_REF",
    "these days": "PRESENT_REF",
    "recently": "PAST_REF", "recent": "PAST_REF", "the past": "PAST_REF", "past": "PAST_REF", "previously": "PAST_REF",
    "formerly": "PAST_REF", "once": "PAST_REF", "lately": "PAST_REF", "earlier": "PAST_REF",
    "the future": "FUTURE_REF", "future": "FUTURE_REF", "soon": "FUTURE_REF", "someday": "FUTURE_REF",
    "later date": "FUTURE_REF", "a later date": "FUTURE_REF", "the near future": "FUTURE_REF",
    "near future": "FUTURE_REF", "the near term": "FUTURE_REF", "near term": "FUTURE_REF",
    "the short term": "FUTURE_REF", "short term": "FUTURE_REF",
}
REFERENCES.update({f"{near} {noun}": "FUTURE_REF" for near in ("long", "immediate", "distant")
                   for noun in ("term", "future")})
# "recent years", "several years ago", "coming months": an unspecified stretch before or after now.
_STRETCHES = ("days", "weeks", "years", "decades", "quarters")
REFERENCES.update({f"{word} {unit}": "PAST_REF" for word in ("recent", "past") for unit in _STRETCHES})
REFERENCES.update({f"{word}{unit} ago": "PAST_REF" for word in ("several ", "many ", "") for unit in _STRETCHES})
REFERENCES.update({"long ago": "PAST_REF", "a long time ago": "PAST_REF", "long time ago": "PAST_REF"})
REFERENCES.update({f"{word} {unit}": "FUTURE_REF" for word in ("coming", "future", "upcoming")
                   for unit in (*_STRETCHES, "months")})
REFERENCES.update({"recent months": "PXM", "past months": "PXM", "months ago": "PXM"})
# "the weeks ahead", "the coming years": an unspecified number of them, as TimeBank and the TIDES
# guidelines value it ("the coming months" stays FUTURE_REF: TimeBank's totals lose by PXM)
REFERENCES.update({f"{unit} ahead": f"PX{code}" for unit, code in (("days", "D"), ("weeks", "W"), ("months", "M"),
                                                                   ("years", "Y"))})
REFERENCES.update({f"coming {unit}": f"PX{code}" for unit, code in (("days", "D"), ("weeks", "W"), ("years", "Y"))})
# Recurrences, valued by their period as TimeBank does ("daily" → P1D).
SETS = {"daily": "P1D", "every day": "P1D", "each day": "P1D", "hourly": "PT1H", "weekly": "P1W", "every week": "P1W",
        "monthly": "P1M", "every month": "P1M", "annually": "P1Y", "yearly": "P1Y", "every year": "P1Y",
        "each year": "P1Y", "quarterly": "P1Q", "each month": "P1M", "each week": "P1W"}
# "every morning", "nightly", "every weekend": TimeML's sets of a part of the day or of the week
SETS.update({f"{every} {part}": f"XXXX-XX-XXT{code}" for every in ("every", "each")
             for part, code in (("morning", "MO"), ("afternoon", "AF"), ("evening", "EV"), ("night", "NI"))})
SETS.update({"nightly": "XXXX-XX-XXTNI", "every weekend": "XXXX-WXX-WE", "each weekend": "XXXX-WXX-WE",
             "weekends": "XXXX-WXX-WE"})
# "twice a week", "three times a year", "once a month": TimeML values a set by its period (the
# number of times is its freq attribute, which newsgraph does not give)
_TIMES_A = re.compile(r"(?:once|twice|thrice|\w+ times) (?:a|an|per|each|every) (day|week|month|quarter|year)")
SPELLED_DECADES = {"twenty": 2, "thirty": 3, "forty": 4, "fifty": 5, "sixty": 6, "seventy": 7, "eighty": 8,
                   "ninety": 9}
HALVES = {"first": "H1", "second": "H2", "last": "H2", "latter": "H2"}


def _nth_weekday(month: int, weekday: int, n: int) -> Callable[[int], date]:
    """The n-th given weekday of a month in a year (n = -1: the last)."""
    def day(year: int) -> date:
        if n < 0:
            last = date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)
            return last - timedelta(days=(last.weekday() - weekday) % 7)
        first = date(year, month, 1)
        return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    return day


def _fixed(month: int, day: int) -> Callable[[int], date]:
    return lambda year: date(year, month, day)


# Holidays news dates things by, each a year → its day. National days are left out: "Independence
# Day" is a different day in each country.
HOLIDAYS: dict[str, Callable[[int], date]] = {
    "new year's day": _fixed(1, 1), "new year's eve": _fixed(12, 31), "valentine's day": _fixed(2, 14),
    "halloween": _fixed(10, 31), "christmas": _fixed(12, 25), "christmas day": _fixed(12, 25),
    "christmas eve": _fixed(12, 24), "boxing day": _fixed(12, 26), "veterans day": _fixed(11, 11),
    "easter": easter, "easter sunday": easter, "good friday": lambda year: easter(year) - timedelta(days=2),
    "easter monday": lambda year: easter(year) + timedelta(days=1),
    "thanksgiving": _nth_weekday(11, 3, 4), "thanksgiving day": _nth_weekday(11, 3, 4),
    # the US's: the day after the first Monday of November
    "election day": lambda year: _nth_weekday(11, 0, 1)(year) + timedelta(days=1),
    "labor day": _nth_weekday(9, 0, 1), "memorial day": _nth_weekday(5, 0, -1),
    # the US's shopping days after Thanksgiving
    "black friday": lambda year: _nth_weekday(11, 3, 4)(year) + timedelta(days=1),
    "cyber monday": lambda year: _nth_weekday(11, 3, 4)(year) + timedelta(days=4),
    # the US's day of most presidential primaries: the first Tuesday of March (2000, 2004, 2012-2024)
    "super tuesday": _nth_weekday(3, 1, 1),
}
_MONTH = (r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?"
          r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
_NUMBER = r"(\d+|" + "|".join(sorted((re.escape(w) for w in NUMBER_WORDS), key=len, reverse=True)) + r")"
_UNIT = r"(second|minute|hour|day|week|month|quarter|year|decade|centur(?:y|ie))s?"
# Words around an expression that do not change its value: "just last month", "nearly two years".
_LEADING_WORDS = (
    "on", "in", "at", "by", "since", "until", "till", "from", "during", "for", "of", "over", "within", "through",
    "throughout", "about", "around", "nearly", "almost", "roughly", "approximately", "some", "only", "just",
    "barely", "more than", "less than", "up to", "as long as", "as much as", "at least", "at most", "the day",
    "the early hours of", "early", "late", "mid", "the middle of", "the end of", "the beginning of",
    "the start of", "the rest of", "the remainder of", "between", "no more than", "no less than",
    "not more than", "earlier", "later", "this past", "so far this", "the", "each of the", "sometime",
    "some time", "its", "their", "his", "her", "our", "both", "as early as",
    "as late as", "fiscal", "fiscal-", "pre", "post")
_LEADING = re.compile(r"^(?:" + "|".join(re.escape(w) for w in sorted(_LEADING_WORDS, key=len, reverse=True))
                      + r")(?:\s+|-)")
_DAY_RANGE = re.compile(r"(" + _MONTH + r" \d{1,2})(?:st|nd|rd|th)?(?: ?(?:and|to|through|-|–) ?\d{1,2})")
# "10 a.m.", "10:30 p.m.", "4 o'clock", "4 in the morning", "noon"; and one before a day ("9 a.m. Tuesday").
_TIME_OF_DAY = (r"(?:(?P<midday>noon|midday|midnight)|(?P<hour>\d{1,2})(?:[:.](?P<minute>\d\d))? ?"
                r"(?:(?P<half>[ap])\.?m\.?|o'clock|in the (?P<part>morning|afternoon|evening)))")
_PART_OF_DAY_ON = re.compile(r"(?:early |late )?(morning|afternoon|evening|night) (?:of |on )?(.+)")
_CLOCK_ON_DAY = re.compile(r"(?P<clock>" + _TIME_OF_DAY + r")(?: on|,)? (?P<day>.+)")
# "each Thursday", "every July", "each summer": TimeML's sets of a weekday, a month or a season.
_EVERY = re.compile(r"(?:each|every) (?:(" + "|".join(WEEKDAYS) + r")|" + _MONTH + r"|(" + "|".join(SEASONS) + r"))")
_SPAN_AFTER = re.compile(r"((?:.+ )?(?:second|minute|hour|day|week)s?(?: and a half)?) (?:later|earlier|afterwards?)")
_TRAILING = re.compile(r"(?:'s|’s|'|,| or so|:)$")
# "4 a.m. EDT", "2 p.m. ET", "noon GMT", "9 p.m. local time": the zone does not change the day or the hour named.
TIME_ZONES = {f"{zone}{kind}t" for zone in "ecmp" for kind in ("", "s", "d")} | {"gmt", "utc", "bst", "cet"}
# "2 p.m. Eastern time", "noon Pacific Standard Time": a zone in words
_NAMED_ZONE = r"(?:eastern|central|mountain|pacific|greenwich mean)(?: standard| daylight)? time"
_TIME_ZONE = re.compile(r" (?:" + "|".join(sorted(TIME_ZONES)) + r"|local time|" + _NAMED_ZONE + r")\b\.?")
# "an Aug. 10, 1988", "a two day", "a 20th century"; not "a decade", nor "a year" (one year)
_ARTICLE = re.compile(r"^an? (?=(?:first|second|third|fourth|" + "|".join(WEEKDAYS) + "|"
                      + "|".join(w for w in NUMBER_WORDS if w.isalpha() and len(w) > 2) + r")\b|\d|"
                      + _MONTH + r"(?!\w))")
_SPELLED_DAY = re.compile(r"\b" + _MONTH + r" (" + "|".join(sorted(DAY_ORDINAL_WORDS, key=len, reverse=True))
                          + r")\b")
_SPELLED_YEAR = re.compile(r"\bnineteen (?:" + "|".join(SPELLED_DECADES) + r")(?:[- ](?:one|two|three|four|five|six"
                           r"|seven|eight|nine))?\b")


def normalise(text: str, published: date | None, *, tense: str = "past") -> tuple[str | None, str | None]:
    """The value of a time expression and what it is anchored to ("published", "absolute" or None)."""
    phrase = _bare(text)
    if match := _DAY_RANGE.fullmatch(phrase):
        phrase = match.group(1)  # "April 24 and 25", "Oct. 3-5": the first day
    if match := _CLOCK_ON_DAY.fullmatch(_TIME_ZONE.sub("", phrase)):
        # "9 a.m. Tuesday", "5 p.m. EST Nov. 9", "noon today": the day's value at that hour
        day, anchor = normalise(match.group("day"), published, tense=tense)
        if day and re.fullmatch(r"\d{4}-\d{2}-\d{2}", day):
            return f"{day}T{_time_of_day(match.group('clock'))}", anchor
    if match := _PART_OF_DAY_ON.fullmatch(phrase):
        # "mid-afternoon yesterday", "the night of Aug. 7", "early morning Friday"
        day, anchor = normalise(match.group(2), published, tense=tense)
        if day and re.fullmatch(r"\d{4}-\d{2}-\d{2}", day):
            return f"{day}T{PARTS_OF_DAY[match.group(1)]}", anchor
    if match := re.fullmatch(r"week of (.+)", phrase):
        # "the week of March 6": the ISO week that day falls in
        day, anchor = normalise(match.group(1), published, tense=tense)
        if day and re.fullmatch(r"\d{4}-\d{2}-\d{2}", day):
            year, week, _ = date.fromisoformat(day).isocalendar()
            return f"{year:04d}-W{week:02d}", anchor
    if match := re.fullmatch(r"(?:the )?day (before|after) (.+)", re.sub(r"\s+", " ", text.lower().strip())):
        # "the day before last Tuesday", "the day after Christmas": the day next to the one named
        day, anchor = normalise(match.group(2), published, tense=tense)
        if day and re.fullmatch(r"\d{4}-\d{2}-\d{2}", day):
            shift = -1 if match.group(1) == "before" else 1
            return (date.fromisoformat(day) + timedelta(days=shift)).isoformat(), anchor
    if published is not None and re.fullmatch(r"(?:for |over |in |during )?the (?:last|past) week",
                                              re.sub(r"\s+", " ", text.lower().strip())):
        # "(for) the past week": the seven days up to now, which the week of publication holds the most of
        return _period(published, "week", 0), "published"
    if match := _SPAN_AFTER.fullmatch(phrase):
        # "three days later", "an hour earlier": TimeML's value is the stretch, not the day it ends on
        if value := _duration(match.group(1)):
            return value, None
    for resolve in (_absolute, _named_year, _duration, _reference):
        if value := resolve(phrase):
            return value, "absolute" if resolve in (_absolute, _named_year) else None
    if published is None:
        return None, None
    value = _relative(phrase, published, tense)
    return (value, "published") if value else (None, None)


# "the early hours", "the early morning hours", "the predawn hours", "the evening hours": a part of
# the day, not hours' length
_HOURS_OF_PART = re.compile(r"(?:the )?(?:(early|wee|small|predawn|pre-dawn)(?: morning)?|(morning|afternoon|evening"
                            r"|night|late-night)) hours")


def _bare(text: str) -> str:
    phrase = re.sub(r"\s+", " ", text.lower().replace("’", "'")).strip()
    if match := _HOURS_OF_PART.fullmatch(phrase):
        phrase = (match.group(2) or "morning").removeprefix("late-")
    phrase = phrase.replace(" or so ", " ")  # "a week or so ago"
    # "January nineteen ninety-seven", "the winter of nineteen ninety-four", "March eighth": in digits
    phrase = _SPELLED_YEAR.sub(lambda match: _named_year(match.group(0)) or match.group(0), phrase)
    phrase = _SPELLED_DAY.sub(lambda match: f"{match.group(1)} {DAY_ORDINAL_WORDS[match.group(2)]}", phrase)
    phrase = _TRAILING.sub("", phrase).strip()
    phrase = _ARTICLE.sub("", phrase)  # "a fourth-quarter", "an Aug. 10, 1988"
    previous = None
    while previous != phrase:
        previous = phrase
        phrase = _LEADING.sub("", phrase, count=1).strip()
        phrase = _TRAILING.sub("", phrase).strip()
    return phrase


def _absolute(phrase: str) -> str | None:
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", phrase):
        return phrase
    # A weekday before a full date says nothing more: "Monday, Oct. 26, 1998".
    phrase = re.sub(r"^(?:" + "|".join(WEEKDAYS) + r"),? ", "", phrase)
    if match := re.fullmatch(_MONTH + r" (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})", phrase):
        return _iso(int(match.group(3)), _month(match.group(1)), int(match.group(2)))
    if match := re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th)? (?:of )?" + _MONTH + r",? (\d{4})", phrase):
        return _iso(int(match.group(3)), _month(match.group(2)), int(match.group(1)))
    if match := re.fullmatch(_MONTH + r",? (?:of )?(\d{4})", phrase):
        return f"{int(match.group(2)):04d}-{_month(match.group(1)):02d}"
    if match := re.fullmatch(r"(?:(spring|summer|fall|autumn|winter) (?:of )?)(\d{4})", phrase):
        return f"{match.group(2)}-{SEASONS[match.group(1)]}"
    if match := re.fullmatch(r"(first|second|third|fourth|1st|2nd|3rd|4th)[- ]quarter (?:of )?(\d{4})", phrase):
        return f"{match.group(2)}-Q{ORDINALS[match.group(1)]}"
    if match := re.fullmatch(r"(\d{4})'?s? (first|second|third|fourth)[- ]quarter", phrase):
        return f"{match.group(1)}-Q{ORDINALS[match.group(2)]}"
    # A year, alone or first in a range ("1991 to 1997", "between 1982 and 1992"): the first year.
    if match := re.fullmatch(r"(?:between |fiscal |the year |year )?(1[5-9]\d\d|20\d\d)(?:(?: to | and |-|–)\S+)?",
                             phrase):
        return match.group(1)
    if match := re.fullmatch(r"(1[5-9]\d\d|20\d\d) (?:fiscal |calendar |financial |school |tax )?year", phrase):
        return match.group(1)  # "the 1998 fiscal year"
    if match := re.fullmatch(r"(1[5-9]\d\d|20\d\d) (?:period|quarter|time)", phrase):
        return match.group(1)  # "the 1988 period" with no quarter given before it: its year
    if match := re.fullmatch(r"(1[5-9]\d|20\d)0'?s", phrase):
        return match.group(1)
    if match := re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th)[- ]century", phrase):
        return f"{int(match.group(1)) - 1:02d}"  # the 20th century is the 1900s: TimeML's "19"
    if match := re.fullmatch(r"(first|last) two quarters (?:of )?(\d{4})", phrase):
        return f"{match.group(2)}-H{1 if match.group(1) == 'first' else 2}"  # a half year
    if match := re.fullmatch(r"(first|second|last|latter) half (?:of )?(\d{4})", phrase):
        return f"{match.group(2)}-{HALVES[match.group(1)]}"
    if match := re.fullmatch(r"(?:first|second|last|latter) half (?:of )?(?:the )?(\d{4}'?s)", phrase):
        return _absolute(match.group(1))  # "the last half of the 1980s": the decade
    return None


def _named_year(phrase: str) -> str | None:
    """Years in words, as broadcast transcripts write them: "nineteen ninety-six"."""
    if phrase in ("year two thousand", "two thousand"):
        return "2000"
    match = re.fullmatch(r"nineteen (" + "|".join(SPELLED_DECADES) + r")[- ]?(" +
                         "|".join(w for w in NUMBER_WORDS if w.isalpha() and len(w) > 2) + r")?", phrase)
    if not match:
        return None
    unit = NUMBER_WORDS.get(match.group(2) or "", 0) or 0
    return f"19{SPELLED_DECADES[match.group(1)]}{unit}" if unit < 10 else None


def _duration(phrase: str) -> str | None:
    if phrase in SETS:
        return SETS[phrase]
    if match := _TIMES_A.fullmatch(phrase):
        return _period_value(1, match.group(1))
    if match := re.fullmatch(r"past (decade|century)", phrase):
        # "over the past decade": the stretch up to now, as "the past ten years" is (TimeML's
        # DURATION); "the last decade" stays the one before ours, as TimeBank's totals prefer
        return _period_value(1, match.group(1))
    if match := re.fullmatch(r"every other " + _UNIT, phrase):
        return _period_value(2, match.group(1))  # "every other week": P2W
    if match := re.fullmatch(r"every " + _NUMBER + r" " + _UNIT, phrase):
        number = int(match.group(1)) if match.group(1).isdigit() else NUMBER_WORDS.get(match.group(1))
        return _period_value(number, match.group(2)) if number else None  # "every two years": P2Y
    if match := re.fullmatch(r"(" + "|".join(WEEKDAYS) + r")s", phrase):
        return f"XXXX-WXX-{WEEKDAYS.index(match.group(1)) + 1}"  # "on Sundays": every Sunday
    if match := re.fullmatch(r"(" + "|".join(WEEKDAYS) + r")s? (morning|afternoon|evening|night)s", phrase):
        # "Monday nights": every Monday night
        return f"XXXX-WXX-{WEEKDAYS.index(match.group(1)) + 1}T{PARTS_OF_DAY[match.group(2)]}"
    if match := _EVERY.fullmatch(phrase):
        if match.group(1):
            return f"XXXX-WXX-{WEEKDAYS.index(match.group(1)) + 1}"
        if match.group(3):
            return f"XXXX-{SEASONS[match.group(3)]}"
        return f"XXXX-{_month(match.group(2)):02d}"
    if match := re.fullmatch(r"(?:past |last |next |first |previous |coming |following |final |additional |"
                             r"initial |other |full |entire |whole |latest |year-earlier |year-ago |comparable )?"
                             + _NUMBER + r"[- ](?:more |additional |trading |business |working |full |straight |"
                             r"consecutive )?" + _UNIT + r"(?:[- ]old|[- ]long| long| running)?"
                             r"(?: of (?:the |this |last |next )?(?:year|fiscal year|\d{4}))?", phrase):
        amount, unit = match.group(1), match.group(2)
        number = int(amount) if amount.isdigit() else NUMBER_WORDS.get(amount, -1)
        if number == -1 or (amount in ("the",) and not phrase.startswith(("first", "past", "last", "next"))):
            return None
        if unit.startswith("quarter") and number is not None and number > 12:
            return None  # "the 1988 quarter" names a year's quarter, not 1,988 of them
        return _period_value(number, unit)
    if match := re.fullmatch(_NUMBER + r" (?:to|-|–) " + _NUMBER + r" " + _UNIT, phrase):
        # "two to three weeks": TimeML values a range of lengths by its first
        first = int(match.group(1)) if match.group(1).isdigit() else NUMBER_WORDS.get(match.group(1))
        return _period_value(first, match.group(3)) if first else None
    if match := re.fullmatch(r"(\d+) 1/2[- ]" + _UNIT, phrase):
        return _period_value(int(match.group(1)) + 0.5, match.group(2))
    if match := re.fullmatch(r"(?:a )?(\w+) and a half " + _UNIT, phrase):
        number = NUMBER_WORDS.get(match.group(1), int(match.group(1)) if match.group(1).isdigit() else None)
        if number:
            return _period_value(number + 0.5, match.group(2))
    if match := re.fullmatch(r"(?:a|an|one) " + _UNIT + r" and a half", phrase):
        return _period_value(1.5, match.group(1))
    if match := re.fullmatch(r"(second|minute|hour|day|week|month|year|decade)(s?)(?:-| )?long", phrase):
        # "a day-long meeting": a day; "a decades-long feud": some decades
        return _period_value(None if match.group(2) else 1, match.group(1))
    if match := re.fullmatch(_UNIT, phrase):
        if phrase.endswith("s") and phrase not in ("centuries",):
            return _period_value(None, match.group(1))  # "months": some months
    return None


def _period_value(number: float | None, unit: str) -> str:
    code = UNITS[unit.rstrip("s").replace("centurie", "century")]
    if code == "DE":
        code, number = "Y", number * 10 if number is not None else None
    if code == "CE":
        code, number = "Y", number * 100 if number is not None else None
    if number is None:
        amount = "X"
    elif number != int(number):
        return _half(number, code)
    else:
        amount = str(int(number))
    return f"PT{amount}{code[1]}" if code.startswith("T") else f"P{amount}{code}"


def _half(number: float, code: str) -> str:
    """"a minute and a half" → PT1M30S; halves of larger units in the next unit down."""
    whole = int(number)
    smaller = {"TM": ("S", 30), "TH": ("M", 30), "D": ("H", 12), "M": ("D", 15), "Y": ("M", 6)}.get(code)
    if code.startswith("T") and smaller:
        return f"PT{whole}{code[1]}{smaller[1]}{smaller[0]}"
    if smaller:
        time_part = "T" if smaller[0] == "H" else ""
        return f"P{whole}{code}{time_part}{smaller[1]}{smaller[0]}"
    return f"P{whole}{code}"


def _reference(phrase: str) -> str | None:
    return REFERENCES.get(phrase)


def _relative(phrase: str, published: date, tense: str) -> str | None:
    for resolve in (_days, _weekday_phrase, _periods, _ago, _quarter, _half_year, _season, _month_phrase, _decade,
                    _holiday):
        if value := resolve(phrase, published, tense):
            return value
    return None


def _days(phrase: str, published: date, tense: str) -> str | None:
    words = phrase.split()
    part = PARTS_OF_DAY.get(words[-1]) if len(words) > 1 else None
    head = " ".join(words[:-1]) if part else phrase
    if phrase in ("tonight",):
        return f"{published.isoformat()}TNI"
    if phrase in ("last night", "overnight"):
        return f"{(published - timedelta(days=1)).isoformat()}TNI"
    if phrase in PARTS_OF_DAY:  # "in the afternoon", with no day before it: publication day's
        return f"{published.isoformat()}T{PARTS_OF_DAY[phrase]}"
    offset = {"today": 0, "this": 0, "day": 0, "same day": 0, "that day": 0, "yesterday": -1, "tomorrow": 1,
              "before yesterday": -2, "after tomorrow": 2,
              "day before": -1, "previous day": -1, "next day": 1, "following day": 1}.get(head)
    if offset is None:
        return None
    day = (published + timedelta(days=offset)).isoformat()
    return f"{day}T{part}" if part else day


def _weekday_phrase(phrase: str, published: date, tense: str) -> str | None:
    match = re.fullmatch(r"(last|next|this|coming|past|previous|this coming)? ?(" +
                         "|".join(WEEKDAYS) + r")(?: (morning|afternoon|evening|night))?(?:,? " + _MONTH +
                         r" (\d{1,2}))?", phrase)
    if not match:
        return _clock(phrase, published)
    modifier, weekday, part, month, day_of_month = match.groups()
    if month and day_of_month:
        value = _month_day_on(published, _month(month), int(day_of_month), WEEKDAYS.index(weekday)) \
            or _month_day(published, _month(month), int(day_of_month), tense)
    else:
        value = _weekday(published, WEEKDAYS.index(weekday), modifier, tense).isoformat()
    return f"{value}T{PARTS_OF_DAY[part]}" if value and part else value


def _clock(phrase: str, published: date) -> str | None:
    """A clock time alone is on the publication date: "10 a.m." → 2025-07-13T10:00."""
    time = _time_of_day(_TIME_ZONE.sub("", phrase))
    return f"{published.isoformat()}T{time}" if time else None


def _time_of_day(phrase: str) -> str | None:
    """"10:30 p.m." → "22:30", "4 in the morning" → "04:00", "noon" → "12:00"."""
    match = re.fullmatch(_TIME_OF_DAY, phrase)
    if not match:
        return None
    if match.group("midday"):
        return "24:00" if match.group("midday") == "midnight" else "12:00"
    half = match.group("half") or ("a" if match.group("part") in (None, "morning") else "p")
    return f"{_hour(int(match.group('hour')), half):02d}:{int(match.group('minute') or 0):02d}"


def _hour(hour: int, half: str) -> int:
    return hour % 12 + (12 if half == "p" else 0)


def _periods(phrase: str, published: date, tense: str) -> str | None:
    phrase = phrase.replace("fiscal ", "")  # "the latest fiscal year": as its calendar year
    if phrase in ("year", "this year", "current year", "full year", "year's end", "end of the year", "year-end",
                  "year end", "calendar year", "this calendar year", "same year"):
        return str(published.year)
    if phrase in ("week", "month"):  # "for the week, the index fell 3.8%", "by the end of the month"
        phrase = f"this {phrase}"
    if phrase == "weekend":  # "over the weekend": the last one, or the coming one in the future tense
        phrase = "this weekend"
    match = re.fullmatch(r"(last|next|this|earlier this|later this|past|coming|previous|current|latest|"
                         r"following|prior|same) (week|month|year|weekend|quarter)", phrase)
    if not match:
        return None
    # "the latest fiscal year": the last one ended
    shift = {"last": -1, "past": -1, "previous": -1, "prior": -1, "latest": -1, "next": 1, "coming": 1,
             "following": 1}.get(match.group(1), 0)
    unit = match.group(2)
    if unit == "weekend":
        if match.group(1) == "this" and published.weekday() < 5 and tense != "future":
            shift = -1 if tense == "past" or published.weekday() < 2 else 0  # "this weekend" just gone
        day = published + timedelta(weeks=shift)
        year, week, _ = day.isocalendar()
        return f"{year:04d}-W{week:02d}-WE"
    return _period(published, unit, shift)


def _period(published: date, unit: str, shift: int) -> str:
    """The year, quarter, month or week ``shift`` of them from the one ``published`` falls in."""
    if unit == "year":
        return str(published.year + shift)
    if unit == "quarter":
        index = published.year * 4 + (published.month - 1) // 3 + shift
        return f"{index // 4:04d}-Q{index % 4 + 1}"
    if unit == "month":
        month_index = published.year * 12 + published.month - 1 + shift
        return f"{month_index // 12:04d}-{month_index % 12 + 1:02d}"
    day = published + timedelta(weeks=shift)
    year, week, _ = day.isocalendar()
    return f"{year:04d}-W{week:02d}"


def _ago(phrase: str, published: date, tense: str) -> str | None:
    match = re.fullmatch(_NUMBER + r" " + _UNIT + r" (ago|earlier|before|later|from now|hence)", phrase)
    if not match:
        return None
    amount = int(match.group(1)) if match.group(1).isdigit() else NUMBER_WORDS.get(match.group(1))
    if not amount or match.group(3) in ("earlier", "before", "later"):
        return None  # "two days earlier" counts from a time the text gave before, not from publication
    sign = 1 if match.group(3) in ("from now", "hence") else -1
    unit = match.group(2).rstrip("s")
    if unit == "day":
        return (published + timedelta(days=sign * amount)).isoformat()
    if unit == "week":
        year, week, _ = (published + timedelta(weeks=sign * amount)).isocalendar()
        return f"{year:04d}-W{week:02d}"
    if unit == "month":
        return _period(published, "month", sign * amount)
    if unit == "year":
        return str(published.year + sign * amount)
    if unit == "decade":
        return str(published.year + sign * amount * 10)[:3]
    return None


def _quarter(phrase: str, published: date, tense: str) -> str | None:
    phrase = re.sub(r"^(?:the )?(?:comparable |corresponding )?(?:year-ago|year-earlier) ", "last year's ", phrase)
    match = re.fullmatch(r"(last year's |this year's |next year's )?(first|second|third|fourth|1st|2nd|3rd|4th)"
                         r"[- ]quarter(?: of (?:the|this|last|next) year| of last year)?", phrase)
    if not match:
        # "last year's quarter" is "the year-ago quarter", rewritten above
        if phrase in ("quarter", "recent quarter", "latest quarter", "latest period", "most recent quarter",
                      "just-ended quarter", "period", "last year's quarter", "last year's period"):
            index = published.year * 4 + (published.month - 1) // 3 - 1 - (4 if "year" in phrase else 0)
            return f"{index // 4:04d}-Q{index % 4 + 1}"
        return None
    quarter = ORDINALS[match.group(2)]
    current = (published.month - 1) // 3 + 1
    year = published.year
    prefix = (match.group(1) or "") + phrase
    if "last year" in prefix:
        year -= 1
    elif "next year" in prefix:
        year += 1
    elif "this year" not in prefix and quarter > current \
            and (tense == "past" or tense != "future" and quarter - current >= 2):
        # with no tense to go by ("third-quarter revenue"), as for a month alone, a quarter ahead
        # counts as two behind
        year -= 1
    return f"{year:04d}-Q{quarter}"


_HALF_OF_YEAR = re.compile(r"(?P<half>first|second|last|latter) half (?:of )?(?:the |this |(?P<shift>last|next) )?"
                           r"(?:fiscal )?year|(?P<half_alone>first|second) half")
_YEARS_HALF = re.compile(r"(?:this |(?P<shift>last|next) )year's (?P<half>first|second) half")


def _half_year(phrase: str, published: date, tense: str) -> str | None:
    """"the first half of this year", "next year's second half", "the second half" (of the year of
    publication, as "the fourth quarter" is): TimeML's H1 and H2."""
    match = _HALF_OF_YEAR.fullmatch(phrase) or _YEARS_HALF.fullmatch(phrase)
    if not match:
        return None
    shift = {"last": -1, "next": 1}.get(match.groupdict().get("shift") or "", 0)
    return f"{published.year + shift:04d}-{HALVES[match.group('half') or match.group('half_alone')]}"


def _season(phrase: str, published: date, tense: str) -> str | None:
    match = re.fullmatch(r"(last|next|this|coming|past)? ?(spring|summer|fall|autumn|winter)", phrase)
    if not match:
        return None
    season = SEASONS[match.group(2)]
    year = published.year + {"last": -1, "past": -1, "next": 1, "coming": 1}.get(match.group(1) or "", 0)
    if not match.group(1) and tense == "past" and SEASON_MONTHS.get(season, 0) > published.month:
        year -= 1  # "in the fall", told in the past in June: last year's
    return f"{year:04d}-{season}"


def _month_phrase(phrase: str, published: date, tense: str) -> str | None:
    if match := re.fullmatch(_MONTH + r" (\d{1,2})(?:st|nd|rd|th)?", phrase) or \
            re.fullmatch(r"(?:last |this |next )?" + _MONTH + r" (\d{1,2})(?:st|nd|rd|th)?", phrase):
        modifier = phrase.split()[0] if phrase.split()[0] in ("last", "next", "this") else None
        return _month_day(published, _month(match.group(1)), int(match.group(2)),
                          {"last": "past", "next": "future"}.get(modifier or "", tense))
    if match := re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th)? (?:of )?" + _MONTH, phrase):
        return _month_day(published, _month(match.group(2)), int(match.group(1)), tense)
    if match := re.fullmatch(_MONTH + r" (this|last|next) year", phrase):
        shift = {"last": -1, "next": 1}.get(match.group(2), 0)
        return f"{published.year + shift:04d}-{_month(match.group(1)):02d}"
    if match := re.fullmatch(r"(last |next |this |coming |past )?" + _MONTH + r"(?: month)?", phrase):
        return _month_only(published, _month(match.group(2)), (match.group(1) or "").strip(), tense)
    return None


def _decade(phrase: str, published: date, tense: str) -> str | None:
    """"the nineties", "the '80s", "the last half of the '80s": the last such decade by publication;
    "the last decade", "next century": the one before or after publication's (TimeML's "198", "20")."""
    if phrase in ("decade", "end of the decade", "century", "end of the century"):
        phrase = f"this {phrase.split()[-1]}"  # "by the end of the decade": publication's
    if named := re.fullmatch(r"(last|past|previous|this|current|next|coming) (decade|century)", phrase):
        shift = {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1}.get(named.group(1), 0)
        if named.group(2) == "decade":
            return f"{published.year // 10 + shift:03d}"
        return f"{published.year // 100 + shift:02d}"
    match = re.fullmatch(r"(?:(?:first|second|last|latter) half (?:of )?(?:the )?)?(?:'(\d)0s|(" +
                         "|".join(f"{word[:-1]}ies" for word in SPELLED_DECADES) + r"))", phrase)
    if not match:
        return None
    digit = int(match.group(1)) if match.group(1) else SPELLED_DECADES[match.group(2)[:-3] + "y"]
    century = published.year // 100 - (1 if digit > published.year % 100 // 10 else 0)
    return f"{century:02d}{digit}"


def _holiday(phrase: str, published: date, tense: str) -> str | None:
    """"Thanksgiving Day", "last Christmas", "Easter week": the occurrence the modifier or the tense
    points at (the nearest without either)."""
    match = re.fullmatch(r"(?:(last|next|this|past|coming) )?(.+?)( week)?", phrase)
    if not match or match.group(2) not in HOLIDAYS:
        return None
    modifier, day_of = match.group(1), HOLIDAYS[match.group(2)]
    candidates = [day_of(year) for year in (published.year - 1, published.year, published.year + 1)]
    if modifier in ("last", "past"):
        candidates = [c for c in candidates if c < published]
    elif modifier in ("next", "coming"):
        candidates = [c for c in candidates if c > published]
    elif modifier == "this":
        candidates = [candidates[1]]
    day = _nearest_day(candidates, published, tense)  # as a month and day without a year is
    if match.group(3):
        year, week, _ = day.isocalendar()
        return f"{year:04d}-W{week:02d}"
    return day.isoformat()


def _weekday(published: date, weekday: int, modifier: str | None, tense: str) -> date:
    ahead = (weekday - published.weekday()) % 7
    back = (published.weekday() - weekday) % 7
    if modifier == "next":
        return published + timedelta(days=ahead or 7)
    if modifier in ("last", "previous"):
        return published - timedelta(days=back or 7)
    if modifier in ("coming", "this coming") or tense == "future":
        return published + timedelta(days=ahead)
    if modifier == "past" or tense == "past":
        return published - timedelta(days=back)
    # News reports what happened: a weekday with no tense to go by is the last one.
    return published - timedelta(days=back)


def _month_day_on(published: date, month: int, day: int, weekday: int) -> str | None:
    """"Monday, Oct. 26": the year around publication in which Oct. 26 is a Monday."""
    for year in (published.year, published.year - 1, published.year + 1):
        value = _iso(year, month, day)
        if value and date.fromisoformat(value).weekday() == weekday:
            return value
    return None


def _month_day(published: date, month: int, day: int, tense: str) -> str | None:
    candidates = []
    for year in (published.year - 1, published.year, published.year + 1):
        try:
            candidates.append(date(year, month, day))
        except ValueError:
            continue
    return _nearest_day(candidates, published, tense).isoformat() if candidates else None


def _nearest_day(candidates: list[date], published: date, tense: str) -> date:
    """Of the days a date without a year may be: the nearest if it is within NEAR_MONTH_DAY_DAYS
    of publication, whatever the tense ("said the dividend is payable Nov. 10"), else the nearest
    on the side of publication the tense points at."""
    nearest = min(candidates, key=lambda c: abs((c - published).days))
    if abs((nearest - published).days) <= NEAR_MONTH_DAY_DAYS:
        return nearest
    if tense == "future":
        candidates = [c for c in candidates if c >= published] or candidates
    elif tense == "past":
        candidates = [c for c in candidates if c <= published] or candidates
    elif tense == "qualifying":  # "the Oct. 23 slaying": news looks back, as for a month alone
        return min(candidates, key=lambda c: (published - c).days if c <= published else 2 * (c - published).days)
    return min(candidates, key=lambda c: abs((c - published).days))


def _month_only(published: date, month: int, modifier: str, tense: str) -> str:
    this_year = published.year * 12 + published.month - 1
    candidates = [published.year * 12 + month - 1 + 12 * shift for shift in (-1, 0, 1)]
    if modifier in ("last", "past"):
        candidates = [c for c in candidates if c < this_year]
    elif modifier in ("next", "coming"):
        candidates = [c for c in candidates if c > this_year]
    elif modifier == "this":
        candidates = [candidates[1]]
    elif min(abs(c - this_year) for c in candidates) <= NEAR_MONTHS:
        # "September" in a report of mid-August is the coming one, whatever the tense
        candidates = [min(candidates, key=lambda c: abs(c - this_year))]
    elif tense == "future":
        candidates = [c for c in candidates if c >= this_year]
    elif tense == "past":
        candidates = [c for c in candidates if c <= this_year]
    # with no tense to go by, news more often looks back: a month ahead counts as two behind
    best = min(candidates, key=lambda c: this_year - c if c <= this_year else 2 * (c - this_year))
    return f"{best // 12:04d}-{best % 12 + 1:02d}"


def _month(name: str) -> int:
    name = name.rstrip(".")
    return MONTH_ABBREVIATIONS[name[:4] if name.startswith("sept") else name[:3]]


def _iso(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


# "a year earlier", "year-ago", "the year-earlier period": a year before the time the text last
# gave, at its precision (financial reports compare a quarter with the same quarter a year before).
_YEAR_BEFORE = re.compile(
    r"(?:comparable |corresponding |same )?(?:(?:a |one )?year[- ](?:earlier|ago|before)"
    r"(?: (?:period|quarter|levels?|results?))?|(?:quarter|period) a year (?:ago|earlier)"
    r"|last year's (?:quarter|period)|(?:quarter|period) (?:of )?last year"
    r"|(?:period|time|quarter|months?) (?:of |in )?(?:last year|a year (?:ago|earlier|before))"
    r"|this time last year)")
# "that year", "later that month", "the same day": the time the text last gave; "the following
# month", "the previous year": the one after or before it.
_SAME_AS_BEFORE = re.compile(r"(?:later |earlier )?(?:that|same|(following|previous|prior)) "
                             r"(day|week|month|quarter|year)")
# "the previous Friday", "the following Monday": the one before or after the day last given
_WEEKDAY_AROUND = re.compile(r"(previous|preceding|following) (" + "|".join(WEEKDAYS) + r")")
_PART_OF_DAY_BEFORE = re.compile(r"(?:that |same |(next |following ))?(morning|afternoon|evening|night)")


_YEARS_AROUND = re.compile(_NUMBER + r" (year|decade)s? (later|earlier|after|before|afterwards?)")


def years_around(text: str, reference: str | None) -> str | None:
    """"four years later", "two decades earlier": the year that many after or before the time the
    text last gave (TimeML's date anchored to it), else None; shorter stretches ("three days
    later") are durations (``normalise``), as TimeBank has them."""
    match = _YEARS_AROUND.fullmatch(_bare(text))
    if reference is None or not match or not re.match(r"\d{4}", reference):
        return None
    amount = int(match.group(1)) if match.group(1).isdigit() else NUMBER_WORDS.get(match.group(1))
    if not amount:
        return None
    years = amount * (10 if match.group(2) == "decade" else 1)
    return f"{int(reference[:4]) + (-years if match.group(3) in ('earlier', 'before') else years):04d}"


def year_before(text: str, reference: str | None, published: date | None = None) -> str | None:
    """The value a year before ``reference`` if ``text`` says "a year earlier", else None; "a year
    ago" and "year-ago" count from ``published`` (the time of writing), at ``reference``'s precision:
    after "last year", "the year-ago figure" is last year too."""
    phrase = _bare(text)
    if reference is None or not _YEAR_BEFORE.fullmatch(phrase):
        return None
    if "quarter" in phrase:
        reference = _quarter_of(reference)
    if reference and (match := re.fullmatch(r"(\d{4})(-.*)?", reference)):
        year, rest = int(match.group(1)) - 1, match.group(2) or ""
        if published is not None and "ago" in phrase:
            year = published.year - 1
        if rest.startswith("-02-29"):
            rest = "-02-28" + rest[6:]
        return f"{year:04d}{rest}"
    return None


def same_as_before(text: str, reference: str | None, *, narrative: bool = False) -> str | None:
    """``reference`` at the precision ``text`` names ("then": itself; "that year": its year; "the following
    month": the month after it; "the 1988 quarter": its quarter in 1988; "the previous Friday": the
    Friday before it), else None. In a ``narrative`` (a clause in the past), "the next year" is "the
    following year"; elsewhere it is the year after publication."""
    phrase = _bare(text)
    if narrative and re.fullmatch(r"(?:\w+ )?the next (?:week|month|quarter|year)", re.sub(r"\s+", " ", text.lower())):
        phrase = phrase.replace("next", "following", 1)
    if phrase == "then":
        return reference  # "until then", "since then": the time the text last gave
    if reference and (year := re.fullmatch(r"(\d{4}) (?:quarter|period)", phrase)) \
            and (quarter := _quarter_of(reference)):
        return f"{year.group(1)}{quarter[4:]}"
    if reference and re.fullmatch(r"\d{4}-\d{2}-\d{2}", reference) and (around := re.fullmatch(
            r"(?:the )?day (before|after)|the (next) day", re.sub(r"\s+", " ", text.lower().strip()))):
        # "the next day" is the day after the one the text last gave ("next day" alone, after publication)
        return (date.fromisoformat(reference) + timedelta(days=-1 if around.group(1) == "before" else 1)).isoformat()
    if reference and (day := _WEEKDAY_AROUND.fullmatch(phrase)) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", reference):
        return _weekday(date.fromisoformat(reference), WEEKDAYS.index(day.group(2)),
                        "next" if day.group(1) in ("following", "next") else "last", "present").isoformat()
    match = _SAME_AS_BEFORE.fullmatch(phrase)
    if reference is None or not match:
        return None
    shift = {"following": 1, "previous": -1, "prior": -1}.get(match.group(1) or "", 0)
    unit = match.group(2)
    if unit == "year":
        return _period(date(int(reference[:4]), 1, 1), "year", shift)
    if unit == "quarter" and (quarter := _quarter_of(reference)):
        return _period(date(int(quarter[:4]), 3 * int(quarter[-1]) - 2, 1), "quarter", shift)
    if unit == "week" and re.fullmatch(r"\d{4}-\d{2}-\d{2}", reference):
        return _period(date.fromisoformat(reference), "week", shift)  # "later that week": the week of that day
    if unit == "month" and re.fullmatch(r"\d{4}-\d{2}(?:-\d{2})?", reference):
        return _period(date(int(reference[:4]), int(reference[5:7]), 1), "month", shift)
    if unit == "day" and re.fullmatch(r"\d{4}-\d{2}-\d{2}", reference):
        return (date.fromisoformat(reference) + timedelta(days=shift)).isoformat()
    return None


def time_of_day_before(text: str, reference: str | None) -> str | None:
    """"(in) the morning", "that night", "the next morning", "10 p.m.": that time of the day the
    text last gave (or of the day after it); "overnight": the night before it; else None."""
    if reference is None or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", reference):
        return None
    phrase = _bare(text)
    if phrase == "overnight":  # the night that ends on that day
        return f"{(date.fromisoformat(reference) - timedelta(days=1)).isoformat()}TNI"
    if match := _PART_OF_DAY_BEFORE.fullmatch(phrase):
        day = date.fromisoformat(reference) + timedelta(days=1 if match.group(1) else 0)
        return f"{day.isoformat()}T{PARTS_OF_DAY[match.group(2)]}"
    clock = _time_of_day(_TIME_ZONE.sub("", phrase))
    return f"{reference}T{clock}" if clock else None


def _quarter_of(value: str) -> str | None:
    if re.fullmatch(r"\d{4}-Q\d", value):
        return value
    if match := re.fullmatch(r"(\d{4})-(\d{2})(?:-\d{2})?", value):
        return f"{match.group(1)}-Q{(int(match.group(2)) - 1) // 3 + 1}"
    return None


def is_point(value: str) -> bool:
    """A date, month, quarter, season or year (not a duration, a set or a vague reference)."""
    return bool(re.fullmatch(r"\d{4}(?:-(?:\d{2}(?:-\d{2})?|Q\d|H\d|SP|SU|FA|WI|W\d{2}))?", value))


def period_value(text: str, value: str | None) -> str | None:
    """"the year ended March 31" is a year's duration; "the fourth quarter ended Sept. 30" keeps
    its quarter."""
    phrase = _bare(text)
    if phrase in ("year", "fiscal year", "financial year", "twelve months", "12 months"):
        return "P1Y"
    if phrase in ("nine months", "six months", "three months"):
        return f"P{NUMBER_WORDS[phrase.split()[0]]}M"
    return value
