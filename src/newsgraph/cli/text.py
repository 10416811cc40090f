"""The readable ``--format text`` rendering of an article's result, one record per line."""

from __future__ import annotations

from newsgraph.records import ArticleResult, Place, Quote

QUOTE_PREVIEW_CHARS = 90


def render_text(result: ArticleResult) -> str:
    article = result.article
    names = {actor.id: actor.name for actor in result.actors}
    lines = [_article_line(result)]
    lines.append(f"actors ({len(result.actors)}):")
    for actor in result.actors:
        titles = f" — {'; '.join(actor.titles)}" if actor.titles else ""
        lines.append(f"  {actor.id:<4} {actor.name} [{actor.code or '?'}] {actor.kind}, "
                     f"{len(actor.mentions)} mention{'s' * (len(actor.mentions) != 1)}{titles}")
    lines.append(f"quotes ({len(result.quotes)}):")
    for quote in result.quotes:
        lines.append(f"  {quote.id:<4} {_quote_line(quote, names)}")
    lines.append(f"events ({len(result.events)}):")
    for event in result.events:
        when = event.date.value or f"({event.date.text})" if event.date else "undated"
        who = ", ".join(names.get(a, a) for a in event.source) or "?"
        # a reciprocal act lists its parties as source and as target ("exchanged fire")
        whom = "each other" if set(event.target) == set(event.source) else ", ".join(
            names.get(a, a) for a in event.target)
        flags = [flag for flag in ("negated", "hypothetical") if getattr(event, flag)]
        parts = [f"{event.id:<4} {when:<10} {event.cameo} {event.plover or '-'}"
                 f"{'/' + event.mode if event.mode else ''}: {who}{' -> ' + whom if whom else ''}",
                 f'"{event.trigger.text}"']
        if event.place:
            parts.append(f"in {event.place.name}")
        if event.via:
            parts.append("via " + " > ".join(names.get(a, a) for a in event.via))
        if flags:
            parts.append(f"[{', '.join(flags)}]")
        lines.append("  " + "  ".join(parts))
    if result.times:
        lines.append("times: " + "; ".join(f"{t.text} = {t.value or '?'}" for t in result.times))
    if result.places:
        lines.append("places: " + "; ".join(_place(p) for p in result.places))
    if article.removed:
        lines.append("removed: " + "; ".join(f"{r.reason}: {r.text}" for r in article.removed))
    return "\n".join(lines)


def _article_line(result: ArticleResult) -> str:
    article = result.article
    facts = [f"article {article.id}"]
    if article.title:
        facts.append(repr(article.title))
    facts.append(f"published {article.published or 'unknown'}")
    if article.dateline:
        facts.append(f"dateline {article.dateline}")
    facts.append(f"{len(article.text):,} characters")
    return ", ".join(facts)


def _quote_line(quote: Quote, names: dict[str, str]) -> str:
    text = " … ".join(span.text for span in quote.content)
    if len(text) > QUOTE_PREVIEW_CHARS:
        text = text[:QUOTE_PREVIEW_CHARS - 1].rstrip() + "…"
    speaker = "?"
    if quote.speaker:
        speaker = names.get(quote.speaker.actor, quote.speaker.span.text) if quote.speaker.actor else \
            quote.speaker.span.text
    line = f"{quote.kind:<8} {speaker}"
    if quote.addressee:
        addressee = names.get(quote.addressee.actor, quote.addressee.span.text)
        line += f" to {addressee}"
    if quote.via:
        line += " via " + " > ".join(names.get(a, a) for a in quote.via)
    line += f': "{text}"'
    if quote.cue:
        line += f" ({quote.cue.text})"
    return line


def _place(place: Place) -> str:
    where = f" {place.lat:.2f},{place.lon:.2f}" if place.lat is not None and place.lon is not None else ""
    return f"{place.text} ({place.country or '?'}{where})"
