"""Events: who did what to whom, coded in CAMEO and PLOVER."""

from newsgraph.events.coder import code_events, merge_events
from newsgraph.events.frames import compose, framed_code, intent_code
from newsgraph.events.ontology import EventType, cameo_table
from newsgraph.events.patterns import Pattern, PatternSet, default_patterns, load_patterns

__all__ = ["EventType", "Pattern", "compose", "framed_code", "PatternSet", "cameo_table", "code_events", "default_patterns",
           "intent_code", "load_patterns", "merge_events"]
