// The reader's marks: hovering or focusing one shows what the record says about it.
(function () {
  "use strict";
  var source = document.getElementById("record");
  var tip = document.getElementById("tip");
  if (!source || !tip) { return; }
  var record = JSON.parse(source.textContent);
  var actors = {}, quotes = {}, events = {};
  record.actors.forEach(function (a) { actors[a.id] = a; });
  record.quotes.forEach(function (q) { quotes[q.id] = q; });
  record.events.forEach(function (e) { events[e.id] = e; });

  function actorName(id) {
    var actor = actors[id];
    if (!actor) { return id; }
    return actor.code ? actor.name + " [" + actor.code + "]" : actor.name;
  }
  function line(text) {
    var div = document.createElement("div");
    div.textContent = text;  // text, never markup: the record holds the article's words
    return div;
  }
  function describe(mark) {
    var lines = [];
    (mark.dataset.quotes || "").split(" ").filter(Boolean).forEach(function (id) {
      var quote = quotes[id];
      var speaker = quote.speaker ? (quote.speaker.actor ? actorName(quote.speaker.actor) : quote.speaker.span.text) : "unknown";
      var text = "Quote " + id + " (" + quote.kind + "): said by " + speaker;
      if (quote.addressee) { text += " to " + (quote.addressee.actor ? actorName(quote.addressee.actor) : quote.addressee.span.text); }
      if (quote.via.length) { text += ", via " + quote.via.map(actorName).join(" ← "); }
      lines.push(line(text));
    });
    (mark.dataset.events || "").split(" ").filter(Boolean).forEach(function (id) {
      var e = events[id];
      var text = "Event " + id + ": " + e.cameo + " " + (e.plover || "") + ", " +
        (e.source.map(actorName).join(" + ") || "?") + " → " + (e.target.map(actorName).join(" + ") || "?") +
        (e.date && e.date.value ? ", " + e.date.value : "") + ", Goldstein " + e.goldstein +
        (e.negated ? " [negated]" : "") + (e.hypothetical ? " [hypothetical]" : "");
      lines.push(line(text));
    });
    (mark.dataset.actors || "").split(" ").filter(Boolean).forEach(function (id) {
      lines.push(line("Actor: " + actorName(id)));
    });
    return lines;
  }
  function show(event) {
    var mark = event.target.closest(".mark");
    if (!mark) { return; }
    tip.replaceChildren.apply(tip, describe(mark));
    var box = mark.getBoundingClientRect();
    tip.style.left = (window.scrollX + box.left) + "px";
    tip.style.top = (window.scrollY + box.bottom + 6) + "px";
    tip.hidden = false;
  }
  function hide(event) {
    if (event.target.closest(".mark")) { tip.hidden = true; }
  }
  var text = document.getElementById("text");
  text.addEventListener("mouseover", show);
  text.addEventListener("focusin", show);
  text.addEventListener("mouseout", hide);
  text.addEventListener("focusout", hide);
  document.addEventListener("keydown", function (event) { if (event.key === "Escape") { tip.hidden = true; } });
})();
