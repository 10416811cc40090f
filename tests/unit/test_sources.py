"""Corpus inputs: every format, and every bad record turned into an error with its origin."""

import io
import json
from datetime import date

import pytest

from newsgraph.corpus import Columns, Corpus
from newsgraph.errors import BadOption, InputNotFound

STORY = "Kim Jong-un held talks with Sergei Lavrov in Wonsan on Saturday, state media said."
PAGE = ("<html><head><title>Kim meets Lavrov</title>"
        "<meta property='article:published_time' content='2025-07-13'></head><body>"
        "<nav>Home | World | Sport</nav><article><h1>Kim meets Lavrov</h1>"
        f"<p>{STORY} The two sides agreed to expand cooperation between their countries, the report "
        "added, and Lavrov thanked his hosts for a warm welcome.</p></article>"
        "<footer>Copyright 2025</footer></body></html>")


def _read(corpus):
    return [(s.origin, s.article, s.error) for s in corpus]


def test_text_files_and_folders(tmp_path):
    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.txt").write_text("Lavrov met Choe Son-hui.", encoding="utf-8")
    (tmp_path / "notes.md").write_text("not an article", encoding="utf-8")
    corpus = Corpus([tmp_path], published=date(2025, 7, 13))
    assert corpus.count() == 2
    read = _read(corpus)
    assert [origin.rsplit("/", 1)[-1] for origin, _, _ in read] == ["a.txt", "b.txt"]
    assert all(article.published == date(2025, 7, 13) and error is None for _, article, error in read)


def test_jsonl_records_with_renamed_columns_and_bad_lines(tmp_path):
    path = tmp_path / "feed.jsonl"
    lines = [json.dumps({"body": STORY, "headline": "Talks", "date": "2025-07-13T09:00:00Z", "id": 7}),
             "{not json", "", json.dumps(["a", "list"]), json.dumps({"headline": "no body"}),
             json.dumps({"body": "   "}), json.dumps({"body": STORY, "date": "last week"})]
    path.write_bytes(("\n".join(lines) + "\n").encode() + b'{"body": "caf\xe9"}\n')
    corpus = Corpus([path], columns=Columns.parse(["text=body,title=headline", "published=date"]))
    assert corpus.count() == 7
    submissions = list(corpus)
    first = submissions[0]
    assert (first.origin, first.article.title, first.article.published, first.external_id) == (
        f"{path}:1", "Talks", date(2025, 7, 13), "7")
    codes = {s.origin.rsplit(":", 1)[-1]: s.error.code for s in submissions[1:]}
    assert codes == {"2": "NG107", "4": "NG107", "5": "NG107", "6": "NG101", "7": "NG105", "8": "NG103"}
    assert "line 2 is not JSON" in submissions[1].error.message


def test_csv_rows_keep_their_line_numbers(tmp_path):
    path = tmp_path / "feed.csv"
    path.write_text('text,title,url\n"' + STORY + '",Talks,https://example.org/1\n'
                    '"Two\nparagraphs here.",Second,\n', encoding="utf-8")
    corpus = Corpus([path])
    assert corpus.count() == 2
    first, second = corpus
    assert first.origin == f"{path}:2" and first.article.url == "https://example.org/1"
    assert second.origin == f"{path}:3" and second.article.text == "Two\nparagraphs here."
    assert second.article.url is None


def test_csv_without_the_text_column_fails_once_and_says_how_to_fix_it(tmp_path):
    path = tmp_path / "feed.csv"
    path.write_text("body,title\nsome text,t\n", encoding="utf-8")
    (submission,) = Corpus([path])
    assert submission.error.code == "NG107" and "--columns text=COLUMN" in submission.error.message


def test_html_main_text_and_metadata(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(PAGE, encoding="utf-8")
    (submission,) = Corpus([path])
    article = submission.article
    assert STORY in article.text and "Copyright" not in article.text and "Sport" not in article.text
    assert article.title == "Kim meets Lavrov" and article.published == date(2025, 7, 13)


def test_html_without_an_article_is_an_error(tmp_path):
    path = tmp_path / "index.html"
    path.write_text("<html><body><nav>Home | World | Sport</nav></body></html>", encoding="utf-8")
    (submission,) = Corpus([path])
    assert submission.error.code == "NG108" and "no article text" in submission.error.message


def test_binary_and_mis_encoded_files_fail_alone(tmp_path):
    (tmp_path / "a.txt").write_bytes(b"\x00\x01\x02binary")
    (tmp_path / "b.txt").write_bytes(b"Caf\xe9")
    (tmp_path / "c.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "d.html").write_bytes(b"\x00\x01\x02\x03")
    codes = [s.error.code if s.error else "ok" for s in Corpus([tmp_path])]
    assert codes == ["NG102", "NG103", "ok", "NG102"]


def test_stdin_as_text_or_jsonl():
    (text,) = Corpus(["-"], stdin=io.BytesIO(STORY.encode()))
    assert text.origin == "<stdin>" and text.article.text == STORY
    lines = io.BytesIO((json.dumps({"text": STORY}) + "\n" + json.dumps({"text": "Second."}) + "\n").encode())
    corpus = Corpus(["-"], input_format="jsonl", stdin=lines)
    assert corpus.count() is None
    assert [s.origin for s in corpus] == ["<stdin>:1", "<stdin>:2"]


def test_the_same_text_gets_the_same_id_wherever_it_comes_from(tmp_path):
    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "b.jsonl").write_text(json.dumps({"text": STORY + "\n"}) + "\n", encoding="utf-8")
    ids = {s.article.id for s in Corpus([tmp_path])}
    assert len(ids) == 1


def test_command_mistakes_fail_at_once(tmp_path):
    with pytest.raises(InputNotFound, match="does not exist"):
        Corpus([tmp_path / "absent.txt"])
    with pytest.raises(InputNotFound, match="holds no"):
        Corpus([tmp_path])
    with pytest.raises(BadOption, match="FIELD=COLUMN"):
        Columns.parse(["body"])
    with pytest.raises(BadOption, match="FIELD=COLUMN"):
        Columns.parse(["author=writer"])
    with pytest.raises(BadOption, match="input format"):
        Corpus(["-"], input_format="xml")


def test_a_reader_that_breaks_costs_its_input_only(tmp_path, monkeypatch):
    import trafilatura

    def broken(*args, **kwargs):
        raise RuntimeError("extractor exploded")
    monkeypatch.setattr(trafilatura, "bare_extraction", broken)
    (tmp_path / "a.html").write_text(PAGE, encoding="utf-8")
    (tmp_path / "b.txt").write_text(STORY, encoding="utf-8")
    first, second = Corpus([tmp_path])
    assert first.error.code == "NG900" and "extractor exploded" in first.error.message
    assert second.article.text == STORY


def test_one_missing_input_among_several_is_one_failed_input(tmp_path):
    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    corpus = Corpus([tmp_path / "a.txt", tmp_path / "absent.txt", tmp_path / "empty"])
    assert corpus.count() == 3
    submissions = list(corpus)
    assert submissions[0].article is not None
    assert [(s.origin, s.error.code) for s in submissions[1:]] == [
        (str(tmp_path / "absent.txt"), "NG104"), (str(tmp_path / "empty"), "NG104")]
    assert "does not exist" in submissions[1].error.message


def test_a_folder_reads_every_format_and_names_the_files_it_skips(tmp_path):
    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "deep").mkdir()
    (tmp_path / "deep" / "b.jsonl").write_text(json.dumps({"text": STORY + " Later."}) + "\n", encoding="utf-8")
    (tmp_path / "c.csv").write_text("text\n" + STORY + " Again.\n", encoding="utf-8")
    (tmp_path / "notes.pdf").write_bytes(b"%PDF")
    (tmp_path / "deep" / "photo.jpg").write_bytes(b"\xff\xd8")
    corpus = Corpus([tmp_path])
    assert len([s for s in corpus if s.article]) == 3
    assert corpus.skipped == [tmp_path / "deep" / "photo.jpg", tmp_path / "notes.pdf"]
    assert Corpus([tmp_path / "a.txt"]).skipped == []


def test_a_jsonl_line_nested_deeper_than_the_json_reader_goes_is_one_malformed_record(tmp_path):
    path = tmp_path / "feed.jsonl"
    path.write_text('{"text": ' + "[" * 100_000 + "]" * 100_000 + "}\n" + json.dumps({"text": STORY}) + "\n",
                    encoding="utf-8")
    (deep, fine) = Corpus([path])
    assert deep.error.code == "NG107" and "nests JSON" in deep.error.message and fine.article.text == STORY


@pytest.mark.parametrize("name", ["feed.jsonl", "table.csv"])
def test_an_unreadable_file_is_one_failed_input_saying_so(tmp_path, monkeypatch, name):
    path = tmp_path / name
    path.write_text("text\n", encoding="utf-8")
    real_open = type(path).open

    def refuse(self, *args, **kwargs):
        if self == path:
            raise PermissionError(13, "Permission denied")
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(type(path), "open", refuse)  # as root, chmod 000 would not stop the read
    (submission,) = Corpus([path])
    assert submission.error.code == "NG104" and "Permission denied" in submission.error.message
