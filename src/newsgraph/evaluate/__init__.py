"""Measuring newsgraph against public gold data: readers for each format and the scores."""
