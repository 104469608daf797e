"""The page template of ``graph.viz``: HTML, style and script of the interactive view.

Kept apart from ``viz.py`` so that the Python stays readable. Placeholders ``@TITLE@``,
``@DATA@`` (the JSON document of ``graph.viz.graph_data``) and ``@VIS_NETWORK_JS@``
(the vis-network library, inlined) are filled by ``graph.viz.render_html``.

The script's ``fold`` must give the same key as ``graph.names.fold`` for a name
(tests/test_viz.py checks both on the same names in a real browser): NFD and
dropping combining marks stands in for unidecode on Latin letters, a small table
covers the letters that do not decompose (ø, æ, ß...), then the same digraph folding.
"""

__all__ = ["PAGE"]

PAGE = r"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>@TITLE@</title>
<style>
  * { box-sizing: border-box; }
  html, body { margin: 0; height: 100%; font-family: "DejaVu Sans", Verdana, Arial, sans-serif; font-size: 14px; color: #222; }
  body { display: flex; flex-direction: column; }
  header { display: flex; flex-wrap: wrap; gap: 12px; align-items: center; padding: 8px 12px; border-bottom: 1px solid #ddd; background: #fafafa; }
  header h1 { font-size: 16px; margin: 0 12px 0 0; }
  #search-box { position: relative; }
  #search { width: 260px; padding: 4px 8px; font-size: 14px; }
  #results { position: absolute; z-index: 10; top: 30px; left: 0; width: 360px; margin: 0; padding: 0; list-style: none;
             background: #fff; border: 1px solid #bbb; box-shadow: 2px 2px 8px rgba(0,0,0,.15); max-height: 320px; overflow-y: auto; }
  #results:empty { display: none; }
  #results li { padding: 4px 8px; cursor: pointer; }
  #results li:hover, #results li.active { background: #e8f0fb; }
  #results .kind { color: #777; font-size: 12px; margin-left: 6px; }
  #legend { display: flex; flex-wrap: wrap; gap: 10px; align-items: center; margin: 0; padding: 0; list-style: none; font-size: 13px; }
  #legend li { display: flex; align-items: center; gap: 4px; cursor: pointer; user-select: none; }
  #legend li.off { opacity: 0.35; text-decoration: line-through; }
  main { flex: 1; display: flex; min-height: 0; }
  #network { flex: 1; min-width: 0; position: relative; }
  #panel { width: 380px; overflow-y: auto; border-left: 1px solid #ddd; padding: 12px 14px; background: #fff; }
  #panel h2 { font-size: 18px; margin: 0 0 4px; }
  #panel h3 { font-size: 14px; margin: 14px 0 4px; color: #444; }
  #panel .type { display: inline-block; padding: 1px 8px; border-radius: 10px; color: #fff; font-size: 12px; }
  #panel .iri { font-family: "DejaVu Sans Mono", monospace; font-size: 11px; color: #666; word-break: break-all; margin-top: 6px; }
  #panel table { border-collapse: collapse; width: 100%; font-size: 13px; }
  #panel td { border-top: 1px solid #eee; padding: 3px 4px; vertical-align: top; }
  #panel td.predicate { color: #555; white-space: nowrap; }
  #panel .derived { font-size: 11px; color: #fff; background: #888; border-radius: 6px; padding: 0 5px; margin-left: 4px; }
  #panel blockquote { margin: 6px 0; padding: 4px 10px; border-left: 3px solid #1f77b4; background: #f5f8fc; }
  #panel cite { display: block; font-size: 12px; color: #666; margin-top: 2px; }
  #panel .hint { color: #777; }
  div.vis-tooltip { position: absolute; visibility: hidden; padding: 5px; white-space: pre; font-size: 13px;
                    background: #f5f4ed; border: 1px solid #808074; border-radius: 3px; pointer-events: none; z-index: 5; }
</style>
<script>@VIS_NETWORK_JS@</script>
</head>
<body>
<header>
  <h1>@TITLE@</h1>
  <div id="search-box">
    <input id="search" type="search" placeholder="Find a name (Klaebo, Klæbo...)" autocomplete="off" aria-label="Find a node by name">
    <ul id="results" role="listbox"></ul>
  </div>
  <label><input id="edge-labels" type="checkbox"> edge labels</label>
  <button id="fit" type="button">Fit</button>
  <ul id="legend" aria-label="Legend"></ul>
</header>
<main>
  <div id="network"></div>
  <aside id="panel" aria-live="polite"><p class="hint">Click a node to see its properties and the sentences behind it.
  Drag to move, scroll to zoom.</p></aside>
</main>
<script type="application/json" id="podium-data">@DATA@</script>
<script>
"use strict";
(function () {
  const DATA = JSON.parse(document.getElementById("podium-data").textContent);
  const byId = new Map(DATA.nodes.map(node => [node.id, node]));

  // --- Name folding, the same as graph.names.fold -------------------------------------------
  const LETTERS = { "ø": "o", "æ": "ae", "œ": "oe", "ß": "ss", "đ": "d", "ð": "d", "ł": "l", "þ": "th",
                    "ı": "i", "ħ": "h", "ŧ": "t", "ŋ": "ng", "ĸ": "k", "ŀ": "l" };
  const DIGRAPHS = [["oe", "o"], ["ae", "a"], ["aa", "a"], ["ue", "u"]];
  function fold(name) {
    let key = String(name).toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "");
    key = key.replace(/[øæœßđðłþıħŧŋĸŀ]/g, letter => LETTERS[letter]);
    key = key.replace(/[\u00a0\u2000-\u200a\u202f\u205f\u3000]/g, " ");   // unidecode: spaces
    key = key.replace(/[-\u2010-\u2015\u2212]/g, " ");                    // dashes, as "-"
    key = key.replace(/[^a-z0-9 ]+/g, "");
    for (const [digraph, letter] of DIGRAPHS) key = key.split(digraph).join(letter);
    return key.split(" ").filter(Boolean).join(" ");
  }

  // --- Search: exact name first, then a word that starts with the query, then any part -----
  function search(query) {
    const wanted = fold(query);
    if (!wanted) return [];
    const hits = [];
    for (const node of DATA.nodes) {
      let score = 0;
      for (const key of node.keys) {
        if (key === wanted) score = Math.max(score, 3);
        else if ((" " + key).includes(" " + wanted)) score = Math.max(score, 2);
        else if (key.includes(wanted)) score = Math.max(score, 1);
      }
      if (score) hits.push({ node, score });
    }
    const athleteFirst = node => (node.type === "Athlete" ? 0 : 1);
    hits.sort((a, b) => b.score - a.score || athleteFirst(a.node) - athleteFirst(b.node)
                        || a.node.label.localeCompare(b.node.label) || a.node.id.localeCompare(b.node.id));
    return hits.map(hit => hit.node);
  }

  // --- Drawing ------------------------------------------------------------------------------
  const style = type => DATA.styles[type] || { color: "#969696", shape: "dot", size: 6 };
  const large = DATA.nodes.length > 100;
  function wrap(text, width) {
    const short = text.length > 60 ? text.slice(0, 57) + "…" : text;
    const lines = [];
    let line = "";
    for (const word of short.split(" ")) {
      if (line && (line + " " + word).length > width) { lines.push(line); line = word; }
      else line = line ? line + " " + word : word;
    }
    if (line) lines.push(line);
    return lines.join("\n");
  }
  // Entities carry their label; the small provenance nodes of the full view (statements,
  // quotations, literals...) show theirs on hover and in the panel, or they would bury the rest.
  const nodes = new vis.DataSet(DATA.nodes.map(node => ({
    id: node.id, label: style(node.type).size >= 10 ? wrap(node.label, 24) : undefined,
    title: node.label + " (" + node.type + ")",
    shape: style(node.type).shape, color: style(node.type).color, size: style(node.type).size,
  })));
  // Parallel edges (several properties between the same two nodes) get growing curvature.
  const seen = new Map();
  const edges = new vis.DataSet(DATA.edges.map(edge => {
    const pair = [edge.from, edge.to].sort().join(" ");
    const index = seen.get(pair) || 0;
    seen.set(pair, index + 1);
    const smooth = index === 0 ? { type: "continuous", roundness: 0.2 }
                               : { type: index % 2 ? "curvedCW" : "curvedCCW", roundness: 0.15 * Math.ceil(index / 2) + 0.1 };
    const title = [edge.label, ...edge.details.filter(([name]) => /label$/.test(name)).map(([, value]) => value)];
    return { id: edge.id, from: edge.from, to: edge.to, label: edge.label, title: [...new Set(title)].join("\n"), smooth };
  }));
  const container = document.getElementById("network");
  const network = new vis.Network(container, { nodes, edges }, {
    autoResize: true,
    // A fixed seed: the same file gives the same picture. The improved (Kamada-Kawai)
    // start is for small graphs only; on the full view it is slow and gives up.
    layout: { randomSeed: 20260221, improvedLayout: !large },
    physics: {
      solver: "forceAtlas2Based",
      forceAtlas2Based: { gravitationalConstant: -110, centralGravity: 0.012, springLength: 140, avoidOverlap: 1 },
      stabilization: { enabled: true, iterations: large ? 250 : 600, updateInterval: 50, fit: true },
    },
    interaction: { hover: true, tooltipDelay: 200, multiselect: false },
    nodes: { borderWidth: 1, font: { size: 13, face: "DejaVu Sans, Verdana, sans-serif", color: "#222" } },
    edges: {
      arrows: { to: { enabled: DATA.directed, scaleFactor: 0.5 } },
      color: { color: "#9a9a9a", highlight: "#333333", hover: "#555555" },
      font: { size: 0, face: "DejaVu Sans, Verdana, sans-serif", color: "#555", strokeWidth: 3, align: "middle" },
      width: 1.2,
    },
  });
  const showEdgeLabels = document.getElementById("edge-labels");
  showEdgeLabels.checked = DATA.edges.length <= 30;
  function applyEdgeLabels() { network.setOptions({ edges: { font: { size: showEdgeLabels.checked ? 10 : 0 } } }); }
  showEdgeLabels.addEventListener("change", applyEdgeLabels);
  applyEdgeLabels();
  document.getElementById("fit").addEventListener("click", () => network.fit());
  network.once("stabilizationIterationsDone", () => {
    network.setOptions({ physics: { enabled: false } });   // the layout stays put; dragging moves one node
    network.fit();
    network.once("afterDrawing", () => { document.body.dataset.ready = "true"; });
    network.redraw();
  });

  // --- Legend -------------------------------------------------------------------------------
  const SYMBOLS = {
    dot: '<circle cx="8" cy="8" r="6"/>', square: '<rect x="2" y="2" width="12" height="12"/>',
    diamond: '<polygon points="8,1 15,8 8,15 1,8"/>', triangle: '<polygon points="8,1 15,14 1,14"/>',
    triangleDown: '<polygon points="1,2 15,2 8,15"/>', hexagon: '<polygon points="4,1.5 12,1.5 15.5,8 12,14.5 4,14.5 0.5,8"/>',
    star: '<polygon points="8,0.5 10,6 15.5,6 11,9.5 12.8,15 8,11.6 3.2,15 5,9.5 0.5,6 6,6"/>',
  };
  const legend = document.getElementById("legend");
  for (const [type, look] of Object.entries(DATA.styles)) {
    const count = DATA.nodes.filter(node => node.type === type).length;
    const item = document.createElement("li");
    item.dataset.type = type;
    item.innerHTML = '<svg width="16" height="16" viewBox="0 0 16 16" fill="' + look.color + '">'
                     + (SYMBOLS[look.shape] || SYMBOLS.dot) + "</svg>";
    item.append(document.createTextNode(type + " (" + count + ")"));
    item.title = "Click to hide or show the " + type + " nodes";
    item.addEventListener("click", () => {
      const hide = item.classList.toggle("off");
      nodes.update(DATA.nodes.filter(node => node.type === type).map(node => ({ id: node.id, hidden: hide })));
    });
    legend.append(item);
  }

  // --- Side panel ---------------------------------------------------------------------------
  const panel = document.getElementById("panel");
  function element(tag, text, className) {
    const made = document.createElement(tag);
    if (text !== undefined) made.textContent = text;
    if (className) made.className = className;
    return made;
  }
  function show(id) {
    const node = byId.get(id);
    if (!node) return;
    panel.replaceChildren();
    panel.dataset.node = node.id;
    panel.append(element("h2", node.label));
    const type = element("span", node.type, "type");
    type.style.background = style(node.type).color;
    panel.append(type, element("div", node.id, "iri"));
    if (node.names.length > 1) {
      panel.append(element("h3", "Names"));
      panel.append(element("p", node.names.join(" · "), "names"));
    }
    if (node.properties.length) {
      panel.append(element("h3", "Properties"));
      const table = element("table", undefined, "properties");
      for (const [predicate, value, derived] of node.properties) {
        const row = table.insertRow();
        row.insertCell().append(element("span", predicate));
        row.cells[0].className = "predicate";
        const cell = row.insertCell();
        cell.append(document.createTextNode(value));
        if (derived) cell.append(element("span", "derived", "derived"));
      }
      panel.append(table);
    }
    panel.append(element("h3", node.quotes.length ? "Source sentences" : "Source sentences: none state this node directly"));
    for (const { quote, source } of node.quotes) {
      const block = element("blockquote", undefined, "quote");
      block.append(element("span", quote, "text"));
      if (source) block.append(element("cite", source));
      panel.append(block);
    }
    if (node.rules.length) {
      panel.append(element("h3", "Derived by the rules"));
      const list = element("ul", undefined, "rules");
      for (const rule of node.rules) list.append(element("li", rule));
      panel.append(list);
    }
  }
  function select(id) {
    network.selectNodes([id]);
    network.focus(id, { scale: Math.max(network.getScale(), 1.0), animation: false });
    show(id);
  }
  function showEdge(id) {
    const edge = DATA.edges.find(candidate => candidate.id === id);
    if (!edge) return;
    panel.replaceChildren();
    panel.dataset.node = "";
    panel.append(element("h2", edge.label || "(edge)"));
    panel.append(element("p", byId.get(edge.from).label + (DATA.directed ? " → " : " — ") + byId.get(edge.to).label));
    const table = element("table", undefined, "properties");
    for (const [name, value] of edge.details) {
      const row = table.insertRow();
      row.insertCell().append(element("span", name));
      row.cells[0].className = "predicate";
      row.insertCell().append(document.createTextNode(value));
    }
    panel.append(table);
  }
  network.on("click", params => {
    if (params.nodes.length) show(params.nodes[0]);
    else if (params.edges.length) showEdge(params.edges[0]);
  });

  // --- Search box -----------------------------------------------------------------------------
  const input = document.getElementById("search");
  const results = document.getElementById("results");
  function listResults() {
    results.replaceChildren();
    for (const node of search(input.value).slice(0, 12)) {
      const item = element("li", node.label);
      item.dataset.id = node.id;
      item.setAttribute("role", "option");
      item.append(element("span", node.type, "kind"));
      item.addEventListener("mousedown", event => { event.preventDefault(); select(node.id); results.replaceChildren(); });
      results.append(item);
    }
  }
  input.addEventListener("input", listResults);
  input.addEventListener("keydown", event => {
    if (event.key === "Enter") {
      const found = search(input.value);
      if (found.length) select(found[0].id);
      results.replaceChildren();
    } else if (event.key === "Escape") {
      results.replaceChildren();
    }
  });
  input.addEventListener("blur", () => results.replaceChildren());

  // For tests and for the curious, from the browser console.
  window.podium = {
    data: DATA, network, fold, search, select,
    drawn: () => ({ nodes: network.body.nodeIndices.length, edges: network.body.edgeIndices.length }),
  };
})();
</script>
</body>
</html>
"""
