"""The query page ``podium serve`` shows at ``/``: type a query, see a table.

Self-contained (no CDN, no framework): a form, and thirty lines of script that post
the query to ``/sparql`` asking for SPARQL JSON and draw the bindings as a table.
Kept as a Python string so it ships with the package without package-data settings.

Examples
--------
>>> "<textarea" in PAGE, 'src="http' in PAGE, 'href="http' in PAGE
(True, False, False)
"""

from __future__ import annotations

__all__ = ["PAGE"]

PAGE = """<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Podium SPARQL endpoint</title>
<style>
  body { font: 15px/1.4 system-ui, sans-serif; margin: 1.5em auto; max-width: 70em; padding: 0 1em; }
  textarea { width: 100%; height: 14em; font: 13px/1.4 monospace; box-sizing: border-box; }
  table { border-collapse: collapse; margin-top: 1em; }
  th, td { border: 1px solid #bbb; padding: .25em .5em; text-align: left; vertical-align: top; }
  th { background: #eee; }
  #status { margin-left: 1em; color: #555; }
  .error { color: #a00; white-space: pre-wrap; font-family: monospace; }
</style>
</head>
<body>
<h1>Podium SPARQL endpoint</h1>
<p>Read-only SPARQL 1.1 endpoint at <code>/sparql</code> (GET or POST). The default graph
is the union of all named graphs: one per source, the derived facts and the ontology.</p>
<form id="form">
<textarea id="query" name="query" spellcheck="false">PREFIX pod: <https://w3id.org/podium/ontology#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT ?athlete ?name ?type WHERE {
  ?medal pod:awardedTo ?athlete ; pod:medalType ?type .
  ?athlete skos:prefLabel ?name .
} ORDER BY ?name</textarea>
<p><button type="submit">Run query</button><span id="status"></span></p>
</form>
<div id="result"></div>
<script>
const form = document.getElementById("form");
const result = document.getElementById("result");
const status = document.getElementById("status");
function cell(text) { const td = document.createElement("td"); td.textContent = text; return td; }
function term(binding) {
  if (!binding) return "";
  if (binding.type === "uri") return "<" + binding.value + ">";
  if (binding["xml:lang"]) return binding.value + "@" + binding["xml:lang"];
  return binding.value;
}
form.addEventListener("submit", async (event) => {
  event.preventDefault();
  status.textContent = "running...";
  result.replaceChildren();
  const started = performance.now();
  const response = await fetch("sparql", {
    method: "POST",
    headers: {"Accept": "application/sparql-results+json, text/turtle;q=0.5"},
    body: new URLSearchParams({query: document.getElementById("query").value}),
  });
  const elapsed = Math.round(performance.now() - started) + " ms";
  const text = await response.text();
  if (!response.ok) {
    status.textContent = response.status + " " + response.statusText + ", " + elapsed;
    const pre = document.createElement("div"); pre.className = "error"; pre.textContent = text;
    result.append(pre); return;
  }
  if (!(response.headers.get("Content-Type") || "").includes("json")) {
    status.textContent = elapsed;
    const pre = document.createElement("pre"); pre.textContent = text; result.append(pre); return;
  }
  const data = JSON.parse(text);
  if ("boolean" in data) { status.textContent = elapsed; result.textContent = String(data.boolean); return; }
  const table = document.createElement("table");
  const head = document.createElement("tr");
  for (const name of data.head.vars) { const th = document.createElement("th"); th.textContent = name; head.append(th); }
  table.append(head);
  for (const row of data.results.bindings) {
    const tr = document.createElement("tr");
    for (const name of data.head.vars) tr.append(cell(term(row[name])));
    table.append(tr);
  }
  status.textContent = data.results.bindings.length + " rows, " + elapsed;
  result.append(table);
});
</script>
</body>
</html>
"""
