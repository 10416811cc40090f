"""Actors: who is mentioned, as what (person, organisation, country, group), from where, in what role."""

from newsgraph.actors.gazetteer import Gazetteer, default_gazetteer
from newsgraph.actors.resolve import ActorAnalysis, LinkedMention, find_actors

__all__ = ["ActorAnalysis", "Gazetteer", "LinkedMention", "default_gazetteer", "find_actors"]
