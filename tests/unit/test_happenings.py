"""Grouping events into happenings: keys, agreement of days and places, components."""

from datetime import date

from newsgraph.happenings import Report, agree, group, happening_key, outlet, summary


def _report(article, day, *, key="CONSULT|PRKGOV|RUSGOV", own=True, country=None, lat=None, lon=None, event="E1"):
    return Report(article, event, key, "040", date.fromisoformat(day), own, country, lat, lon)


KIM, CHOE, LAVROV = ("Kim Jong-un", "PRKGOV", "person"), ("Choe Son-hui", "PRKGOV", "person"), \
    ("Sergei Lavrov", "RUSGOV", "person")
RUSSIA, UKRAINE = ("Russia", "RUS", "country"), ("Ukraine", "UKR", "country")


def test_a_key_is_type_and_actors_people_by_name_and_code_others_by_code_else_name():
    assert happening_key("ACCUSE", "111", [KIM], [LAVROV]) == "ACCUSE|PRKGOV:kim jong-un|RUSGOV:sergei lavrov"
    assert happening_key("CONSULT", "040", [CHOE], [LAVROV]) != happening_key("CONSULT", "040", [KIM], [LAVROV])
    assert happening_key(None, "111", [("the rebels", None, "group")], []) == "CAMEO11|the rebels|"
    assert happening_key("ASSAULT", "190", [RUSSIA, ("Belarus", "BLR", "country")], []) == "ASSAULT|BLR + RUS|"
    assert happening_key("ASSAULT", "190", [], []) is None


def test_meetings_and_signed_agreements_are_reciprocal_praise_and_attacks_are_not():
    assert happening_key("CONSULT", "040", [KIM], [LAVROV]) == happening_key("CONSULT", "040", [LAVROV], [KIM]) \
        == happening_key("CONSULT", "040", [KIM, LAVROV], [KIM, LAVROV]) == "CONSULT|PRKGOV:kim jong-un + RUSGOV:sergei lavrov|*"
    assert happening_key("SUPPORT", "057", [RUSSIA], [UKRAINE]) == happening_key("SUPPORT", "057", [UKRAINE], [RUSSIA])
    assert happening_key("SUPPORT", "051", [RUSSIA], [UKRAINE]) != happening_key("SUPPORT", "051", [UKRAINE], [RUSSIA])
    assert happening_key("ASSAULT", "190", [RUSSIA], [UKRAINE]) != happening_key("ASSAULT", "190", [UKRAINE], [RUSSIA])


def test_days_agree_within_a_day_or_two_for_a_report_dated_by_its_article():
    assert agree(_report("a", "2025-07-12"), _report("b", "2025-07-13"))
    assert not agree(_report("a", "2025-07-12"), _report("b", "2025-07-14"))
    assert agree(_report("a", "2025-07-12"), _report("b", "2025-07-14", own=False))
    assert not agree(_report("a", "2025-07-12"), _report("b", "2025-07-19", own=False))


def test_places_that_disagree_keep_happenings_apart():
    assert not agree(_report("a", "2025-07-12", country="PRK"), _report("b", "2025-07-12", country="RUS"))
    assert agree(_report("a", "2025-07-12", country="PRK"), _report("b", "2025-07-12"))
    wonsan, pyongyang, busan = (39.15, 127.44), (39.03, 125.75), (35.1, 129.04)
    assert agree(_report("a", "2025-07-12", lat=wonsan[0], lon=wonsan[1]),
                 _report("b", "2025-07-12", lat=wonsan[0] + 0.2, lon=wonsan[1]))
    assert not agree(_report("a", "2025-07-12", lat=pyongyang[0], lon=pyongyang[1]),
                     _report("b", "2025-07-12", lat=busan[0], lon=busan[1]))


def test_groups_are_components_whatever_the_order():
    reports = [_report("a", "2025-07-12"), _report("b", "2025-07-13"), _report("c", "2025-07-19"),
               _report("d", "2025-07-20", own=False)]
    forward, backward = group(reports), group(list(reversed(reports)))
    assert forward == backward
    assert forward["a", "E1"] == forward["b", "E1"] != forward["c", "E1"] == forward["d", "E1"]


def test_events_without_actors_are_each_their_own_happening():
    ids = group([_report("a", "2025-07-12", key=None), _report("b", "2025-07-12", key=None)])
    assert len(set(ids.values())) == 2


def test_a_summary_takes_the_best_supported_code_and_counts_outlets():
    rows = [{"article_id": a, "event_id": "E1", "cameo": c, "plover": "CONSULT", "source": "Kim", "source_code": "PRKGOV",
             "target": "Lavrov", "target_code": "RUSGOV", "day": d, "place": None, "place_country": None,
             "published": p, "outlet": o, "url": u}
            for a, c, d, p, o, u in [("a", "040", "2025-07-12", "2025-07-13", "KCNA", None),
                                     ("b", "042", "2025-07-12", "2025-07-12", None, "https://www.reuters.com/x"),
                                     ("c", "040", "2025-07-13", "2025-07-13", None, "https://reuters.com/y")]]
    told = summary(rows)
    assert (told["cameo"], told["day"], told["events"], told["articles"], told["sources"]) == (
        "040", "2025-07-12", 3, 3, 2)
    assert (told["first_article"], told["first_event"]) == ("b", "E1")
    assert outlet({"article_id": "z", "outlet": None, "url": None}) == "z"


def test_reports_told_only_by_copies_join_their_originals_happening():
    # the copy, published a day later, resolved "Monday" a week on: alone it would be a happening
    original = _report("orig", "2025-07-07")
    copy = Report("copy", "E1", "CONSULT|PRKGOV|RUSGOV", "040", date(2025, 7, 14), True, original="orig")
    other = _report("other", "2025-07-14")  # another article's report of a meeting that day
    ids = group([original, copy])
    assert ids["copy", "E1"] == ids["orig", "E1"]
    ids = group([original, copy, other])  # a copy's report that agrees with another's stays there
    assert ids["copy", "E1"] == ids["other", "E1"] != ids["orig", "E1"]
