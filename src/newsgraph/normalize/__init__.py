"""Normalising when and where: time expressions to ISO 8601, places to countries, both onto events."""

from newsgraph.normalize.places import FoundPlace, find_places, place_events
from newsgraph.normalize.time import FoundTime, date_events, date_quotes, find_times
from newsgraph.normalize.timevalues import normalise

__all__ = ["FoundPlace", "FoundTime", "date_events", "date_quotes", "find_places", "find_times", "normalise",
           "place_events"]
