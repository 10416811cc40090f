// Charts from the page's JSON, drawn by the plotly.js the plotly package ships (nothing fetched).
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("chart-data").textContent);
  var config = { displaylogo: false, responsive: true };
  // plotly reads a few tags in its text (<a href>, <b>); names from articles are shown as written
  function safe(text) { return String(text).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;"); }

  function goldsteinColour(value) {
    // grey at 0, to blue (cooperation) at +5 and above, to red (conflict) at -5 and below
    if (value === null) { return "rgb(150,150,150)"; }
    var t = Math.max(-1, Math.min(1, value / 5));
    var end = t < 0 ? [200, 40, 40] : [40, 90, 210], grey = [150, 150, 150], k = Math.abs(t);
    return "rgb(" + grey.map(function (g, i) { return Math.round(g + (end[i] - g) * k); }).join(",") + ")";
  }

  if (data.kind === "months") {
    Plotly.newPlot("actor-months", [{
      type: "bar", x: data.periods.map(function (p) { return p.period; }),
      y: data.periods.map(function (p) { return p.events; }), name: "events"
    }], { margin: { t: 10 }, xaxis: { type: "category" }, yaxis: { title: { text: "events" } } }, config);
  } else if (data.kind === "dyad") {
    var x = data.periods.map(function (p) { return p.period; });
    Plotly.newPlot("dyad-chart", [
      { type: "bar", name: "cooperation", x: x, y: data.periods.map(function (p) { return p.cooperation; }), marker: { color: "#3b6fb6" } },
      { type: "bar", name: "conflict", x: x, y: data.periods.map(function (p) { return p.conflict; }), marker: { color: "#c0392b" } }
    ], { barmode: "group", margin: { t: 10 }, xaxis: { type: "category" }, yaxis: { title: { text: "events" } } },
    config);
  } else if (data.kind === "network") {
    var nodes = {}, traces = [];
    data.graph.nodes.forEach(function (n) { nodes[n.id] = n; });
    var most = Math.max.apply(null, data.graph.edges.map(function (e) { return e.events; }).concat([1]));
    data.graph.edges.forEach(function (e) {
      var a = nodes[e.source], b = nodes[e.target];
      traces.push({ type: "scatter", mode: "lines", x: [a.x, b.x], y: [a.y, b.y], hoverinfo: "text",
        text: safe(a.name) + " → " + safe(b.name) + ": " + e.events + " events, mean Goldstein " + e.goldstein,
        line: { width: 1 + 7 * e.events / most, color: goldsteinColour(e.goldstein) }, showlegend: false });
    });
    traces.push({ type: "scatter", mode: "markers+text", name: "actors",
      x: data.graph.nodes.map(function (n) { return n.x; }), y: data.graph.nodes.map(function (n) { return n.y; }),
      text: data.graph.nodes.map(function (n) { return safe(n.name); }), textposition: "top center",
      hovertext: data.graph.nodes.map(function (n) { return safe(n.name) + (n.code ? " [" + n.code + "]" : "") + ": " + n.events + " events"; }),
      hoverinfo: "text", marker: { size: data.graph.nodes.map(function (n) { return 8 + Math.sqrt(n.events) * 3; }), color: "#333" },
      showlegend: false });
    Plotly.newPlot("network-chart", traces, {
      margin: { t: 10, l: 10, r: 10, b: 10 }, xaxis: { visible: false }, yaxis: { visible: false, scaleanchor: "x" },
      hovermode: "closest"
    }, config);
  }
})();
