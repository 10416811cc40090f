import pytest

from newsgraph.errors import BadOption, BinaryInput, EmptyInput, EncodingError, InputNotFound
from newsgraph.ingest import article_id, make_article, read_text_file


def test_ids_are_content_hashes_insensitive_to_spacing():
    assert article_id("Kim met  Lavrov.\n") == article_id("Kim met Lavrov.")
    assert article_id("Kim met Lavrov.") != article_id("Kim met Putin.")


@pytest.mark.parametrize("content, error, words", [
    (b"", EmptyInput, "is empty"),
    (b"  \n\t ", EmptyInput, "is empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", BinaryInput, "binary"),
    (b"Caf\xe9 talks in Paris", EncodingError, "not valid UTF-8 (byte 3"),
])
def test_bad_files_give_clear_errors(tmp_path, content, error, words):
    path = tmp_path / "article.txt"
    path.write_bytes(content)
    with pytest.raises(error) as caught:
        read_text_file(path)
    assert words in str(caught.value)
    assert str(caught.value).startswith(error.code)


def test_missing_file_names_the_path(tmp_path):
    with pytest.raises(InputNotFound, match="nope.txt' does not exist"):
        read_text_file(tmp_path / "nope.txt")


def test_bad_publication_date_says_the_expected_form():
    with pytest.raises(BadOption, match="YYYY-MM-DD"):
        make_article("Kim met Lavrov.", published="13/07/2025")


def test_utf8_bom_is_dropped(tmp_path):
    path = tmp_path / "bom.txt"
    path.write_bytes("\ufeffKim met Lavrov.".encode("utf-8"))
    assert read_text_file(path) == "Kim met Lavrov."
