from datetime import date

import pytest

from newsgraph.normalize import normalise

SUNDAY = date(2025, 7, 13)


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
    ("Earlier in the day", "past", None, None),
])
def test_normalise(text, tense, value, anchor):
    assert normalise(text, SUNDAY, tense=tense) == (value, anchor)


def test_relative_expressions_stay_null_without_publication_date():
    assert normalise("Saturday", None) == (None, None)
    assert normalise("June 2024", None) == ("2024-06", "absolute")
