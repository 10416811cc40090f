from newsgraph.ingest import clean, make_article

STORY = """WASHINGTON (Reuters) - The talks ended on Monday.
ALSO READ: Another story entirely
Share this article
The two sides will meet again.
Photo: John Smith / Reuters
READ MORE: Yet another story"""


def test_links_share_lines_and_credits_are_removed_with_reasons():
    article = clean(make_article(STORY))
    assert article.text == "The talks ended on Monday.\nThe two sides will meet again."
    reasons = [(r.reason, r.text) for r in article.removed]
    assert reasons == [("dateline", "WASHINGTON (Reuters) -"),
                       ("related-link", "ALSO READ: Another story entirely"),
                       ("share", "Share this article"),
                       ("photo-credit", "Photo: John Smith / Reuters"),
                       ("related-link", "READ MORE: Yet another story")]


def test_removed_offsets_index_the_received_text():
    article = clean(make_article(STORY))
    for removed in article.removed:
        assert STORY[removed.start:removed.end] == removed.text


def test_dateline_with_several_places():
    article = clean(make_article("PYONGYANG/MOSCOW - The leader met the minister."))
    assert article.dateline == "PYONGYANG/MOSCOW"
    assert article.text == "The leader met the minister."


def test_the_aps_underscore_ends_a_dateline():
    article = clean(make_article("NEWARK, N.J. _ Police arrested two men."))
    assert (article.dateline, article.text) == ("NEWARK, N.J.", "Police arrested two men.")
    assert clean(make_article("CAGUAS, Puerto Rico (AP)_ Kidnappers fled.")).dateline == "CAGUAS, Puerto Rico"


def test_an_ordinary_opening_is_not_a_dateline():
    article = clean(make_article("The leader - a former general - met the minister."))
    assert article.dateline is None
    assert article.text.startswith("The leader")


def test_a_dateline_may_follow_a_feeds_headings_and_stand_on_a_line_of_its_own():
    text = ("XIE19980808.0060\n\n1998-08-08 14:35\n\nCyprus Condemns Bombings in Africa\n\n"
            "NICOSIA, August 8 (Xinhua) --\n\nThe Cypriot government condemned the attacks.")
    article = clean(make_article(text))
    assert article.dateline == "NICOSIA"
    assert article.text.splitlines()[-1] == "The Cypriot government condemned the attacks."
    assert [(r.reason, r.text) for r in article.removed] == [("dateline", "NICOSIA, August 8 (Xinhua) --")]


def test_a_dateline_opening_a_paragraph_after_the_first_sentence_is_not_the_storys():
    article = clean(make_article("The talks ended on Monday.\n\nGENEVA (Reuters) - The two sides will meet again."))
    assert article.dateline is None and article.removed == ()


def test_hard_wrapped_paragraphs_are_joined():
    article = clean(make_article("The leader met\nthe minister.\n\nThey talked\nfor hours."))
    assert article.text == "The leader met the minister.\nThey talked for hours."


def test_cleaning_keeps_the_article_id():
    article = make_article(STORY)
    assert clean(article).id == article.id


def test_reporting_credits_are_removed_as_credits():
    story = ("WASHINGTON (Reuters) - The Senate passed the bill.\n"
             "(Reporting by Valerie Volcovici in Washington; Additional reporting by Lawrence Hurley; "
             "Editing by Will Dunham.)\n"
             "Bryant Rousseau and Caryn Wilson contributed reporting.")
    article = clean(make_article(story))
    assert article.text == "The Senate passed the bill."
    assert [r.reason for r in article.removed] == ["dateline", "credit", "credit"]
    assert all(story[r.start:r.end] == r.text for r in article.removed)


def test_a_credit_closing_the_last_paragraph_is_cut_from_it():
    story = "The talks ended on Monday. (Reporting by Jonathan Landay; Editing by Peter Cooney)"
    article = clean(make_article(story))
    assert article.text == "The talks ended on Monday."
    (credit,) = article.removed
    assert (credit.reason, story[credit.start:credit.end]) == (
        "credit", "(Reporting by Jonathan Landay; Editing by Peter Cooney)")


def test_a_sentence_about_reporting_is_not_a_credit():
    story = "Reporting by the Guardian revealed that the ministry paid them.\nEditing by hand is slow."
    assert clean(make_article(story)).text == story


LOWER_CASED = """This story is from March 10, 2002

lucknow: the committee has sought a ban on the march. read this story in...   Â Â hindi the police said the march would go on.

Facebook Twitter Linkedin Mail"""


def test_a_lower_cased_feeds_notes_share_line_and_dateline_are_removed_with_reasons():
    article = clean(make_article(LOWER_CASED))
    assert article.text == "the committee has sought a ban on the march. the police said the march would go on."
    assert article.dateline == "lucknow"
    assert [(r.reason, r.text) for r in article.removed] == [
        ("story-date", "This story is from March 10, 2002"), ("dateline", "lucknow:"),
        ("related-link", "read this story in...   Â Â hindi"), ("share", "Facebook Twitter Linkedin Mail")]
    assert all(LOWER_CASED[r.start:r.end] == r.text for r in article.removed)


def test_a_lower_case_opening_with_a_colon_is_a_dateline_only_where_it_names_places():
    assert clean(make_article("new delhi/patna: the police arrived.")).dateline == "new delhi/patna"
    for opening in ("he said: the police arrived.", "update: the police arrived.",
                    "Lucknow: The police arrived, he said."):
        assert clean(make_article(opening)).dateline is None


def test_a_wire_dateline_in_capitals_or_lower_case_keeps_its_date_and_agency_out_of_the_story():
    capitals = clean(make_article("MANILA, FEB 9 (AP) - THE COAST GUARD SAID SO."))
    lower = clean(make_article("ankara, oct 4 (reuters) - turkey will not allow it, anadolu said."))
    assert (capitals.dateline, capitals.text) == ("MANILA", "THE COAST GUARD SAID SO.")
    assert (lower.dateline, lower.text) == ("ankara", "turkey will not allow it, anadolu said.")
    assert clean(make_article("he said (twice) - no more.")).dateline is None


def test_an_opening_quotation_mark_inside_a_word_is_an_apostrophe_and_offsets_hold():
    received = "Grassley blocked Obama‘s court pick, calling it ‘a mistake’."
    cleaned = clean(make_article(received))
    assert cleaned.text == "Grassley blocked Obama’s court pick, calling it ‘a mistake’."
    assert len(cleaned.text) == len(received)
