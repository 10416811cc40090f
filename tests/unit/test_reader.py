"""The reader's runs: an article's text cut where records start and end, nothing lost."""

from newsgraph.web.reader import runs, sentence_anchors

TEXT = 'Kim met Lavrov. "We agree," Lavrov said.'


def _record():
    return {"article": {"text": TEXT},
            "actors": [{"id": "A1", "mentions": [{"start": 0, "end": 3}]},
                       {"id": "A2", "mentions": [{"start": 8, "end": 14}, {"start": 28, "end": 34}]}],
            "quotes": [{"id": "Q1", "content": [{"start": 17, "end": 25}]}],
            "events": [{"id": "E1", "trigger": {"start": 4, "end": 7}, "sentence": {"start": 0, "end": 15}},
                       {"id": "E2", "trigger": {"start": 20, "end": 25}, "sentence": {"start": 16, "end": 40}}]}


def test_runs_give_the_text_back_unchanged():
    assert "".join(run.text for run in runs(_record())) == TEXT
    assert all(TEXT[run.start:run.end] == run.text for run in runs(_record()))


def test_each_run_knows_every_record_that_covers_it():
    by_text = {run.text: run for run in runs(_record())}
    assert by_text["Kim"].actors == ("A1",) and by_text["met"].events == ("E1",)
    assert by_text["agree"].quotes == ("Q1",) and by_text["agree"].events == ("E2",)
    assert by_text["We "].quotes == ("Q1",) and not by_text["We "].events
    assert not by_text[" said."].marked


def test_sentences_and_quotes_others_link_to_are_anchors():
    assert sentence_anchors(_record()) == [0, 16, 17]
    anchored = [run.anchor for run in runs(_record()) if run.anchor is not None]
    assert anchored == [0, 16, 17]


def test_spans_past_the_text_are_clipped_not_lost():
    record = _record()
    record["events"][1]["trigger"] = {"start": 38, "end": 99}
    assert "".join(run.text for run in runs(record)) == TEXT
