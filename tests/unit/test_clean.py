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


def test_an_ordinary_opening_is_not_a_dateline():
    article = clean(make_article("The leader - a former general - met the minister."))
    assert article.dateline is None
    assert article.text.startswith("The leader")


def test_hard_wrapped_paragraphs_are_joined():
    article = clean(make_article("The leader met\nthe minister.\n\nThey talked\nfor hours."))
    assert article.text == "The leader met the minister.\nThey talked for hours."


def test_cleaning_keeps_the_article_id():
    article = make_article(STORY)
    assert clean(article).id == article.id
