// The dyad dashboard: fetches dyad's JSON API and draws the charts as SVG.
// Text from the data is only ever set as textContent, never parsed as HTML.
"use strict";

const SVG = "http://www.w3.org/2000/svg";
const QUADS = [1, 2, 3, 4];
const state = { dyad: null, both: true, by: "week", events: { filter: {}, next: null }, selectedBar: null };

function el(tag, attrs, text) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, v);
  if (text !== undefined) node.textContent = text;
  return node;
}

function svg(tag, attrs, text) {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, String(v));
  if (text !== undefined) node.textContent = text;
  return node;
}

async function api(path, params) {
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(params || {})) {
    if (v !== undefined && v !== null && v !== "" && v !== false) query.set(k, v === true ? "true" : v);
  }
  const url = query.toString() ? path + "?" + query : path;
  const response = await fetch(url, { headers: { Accept: "application/json" } });
  const body = await response.json().catch(() => ({ error: response.statusText }));
  if (!response.ok) throw new Error(body.error || response.statusText);
  return body;
}

// Periods are days, week Mondays (YYYY-MM-DD) or months (YYYY-MM).
function periodTime(period) {
  const day = period.length === 7 ? period + "-01" : period;
  return Date.parse(day + "T00:00:00Z");
}

function periodEnd(period, by) {
  const start = new Date(periodTime(period));
  if (by === "day") return period;
  if (by === "week") start.setUTCDate(start.getUTCDate() + 6);
  else { start.setUTCMonth(start.getUTCMonth() + 1); start.setUTCDate(0); }
  return start.toISOString().slice(0, 10);
}

function periodStart(period) {
  return period.length === 7 ? period + "-01" : period;
}

function empty(container, width, height, message) {
  const root = svg("svg", { viewBox: `0 0 ${width} ${height}`, role: "img" });
  root.appendChild(svg("text", { class: "empty", x: width / 2, y: height / 2 }, message));
  container.replaceChildren(root);
}

// Timeline: stacked bars per quad class, and the mean Goldstein as a line on its own scale.
function drawTimeline(periods, by) {
  const container = document.getElementById("timeline");
  const W = 640, H = 260, left = 34, right = 34, top = 12, bottom = 34;
  const dated = periods.filter(p => p.period !== "undated" && p.period !== "all");
  if (dated.length === 0) return empty(container, W, H, "No dated events for this dyad.");
  const root = svg("svg", { viewBox: `0 0 ${W} ${H}`, role: "img", "data-periods": dated.length });
  const t0 = periodTime(dated[0].period), t1 = periodTime(dated[dated.length - 1].period);
  const span = Math.max(t1 - t0, 1);
  const plotW = W - left - right, plotH = H - top - bottom;
  const slot = dated.length === 1 ? Math.min(60, plotW / 3) : Math.max(3, Math.min(40, plotW / (dated.length * 1.6)));
  const x = p => dated.length === 1 ? left + plotW / 2 : left + slot / 2 + ((periodTime(p) - t0) / span) * (plotW - slot);
  const maxEvents = Math.max(...dated.map(p => p.events), 1);
  const y = n => top + plotH - (n / maxEvents) * plotH;
  const g = v => top + plotH / 2 - (v / 10) * (plotH / 2);

  root.appendChild(svg("line", { class: "zero", x1: left, x2: W - right, y1: g(0), y2: g(0) }));
  const axis = svg("g", { class: "axis" });
  axis.appendChild(svg("line", { x1: left, x2: W - right, y1: top + plotH, y2: top + plotH }));
  axis.appendChild(svg("text", { x: left - 4, y: top + 8, "text-anchor": "end" }, String(maxEvents)));
  axis.appendChild(svg("text", { x: left - 4, y: top + plotH, "text-anchor": "end" }, "0"));
  axis.appendChild(svg("text", { x: W - right + 4, y: g(10) + 8 }, "+10"));
  axis.appendChild(svg("text", { x: W - right + 4, y: g(-10) }, "−10"));
  const labelEvery = Math.ceil(dated.length / 8);
  dated.forEach((p, i) => {
    if (i % labelEvery === 0) axis.appendChild(svg("text", { x: x(p.period), y: H - 14, "text-anchor": "middle" }, p.period));
  });
  root.appendChild(axis);

  for (const p of dated) {
    let base = 0;
    for (const q of QUADS) {
      const n = p.quad[q - 1];
      if (n === 0) continue;
      const bar = svg("rect", {
        class: `bar q${q}`, x: x(p.period) - slot / 2, width: slot,
        y: y(base + n), height: Math.max(1, y(base) - y(base + n)),
        "data-period": p.period, "data-quad": q, "data-events": n,
      });
      bar.appendChild(svg("title", {}, `${p.period}: ${n} event(s), quad class ${q}`));
      bar.addEventListener("click", () => selectPeriod(p.period, bar));
      root.appendChild(bar);
      base += n;
    }
  }
  // Periods without events have bars of zero height and no mean: the line joins the others.
  const active = dated.filter(p => p.events > 0);
  const points = active.map(p => [x(p.period), g(p.goldstein_mean)]);
  root.appendChild(svg("path", { class: "goldstein", d: points.map((pt, i) => (i ? "L" : "M") + pt[0].toFixed(1) + " " + pt[1].toFixed(1)).join(" ") }));
  active.forEach((p, i) => {
    const dot = svg("circle", { class: "goldstein-point", cx: points[i][0], cy: points[i][1], r: 2.5, "data-period": p.period });
    dot.appendChild(svg("title", {}, `${p.period}: mean Goldstein ${p.goldstein_mean}, sum ${p.goldstein_sum}`));
    root.appendChild(dot);
  });
  container.replaceChildren(root);
}

// Network: actors on a circle, busiest first; edges coloured by net Goldstein.
function drawNetwork(network) {
  const container = document.getElementById("network");
  const W = 640, H = 420, cx = W / 2, cy = H / 2, R = Math.min(W, H) / 2 - 48;
  if (network.nodes.length === 0) return empty(container, W, H, "No events with a target in this period.");
  const root = svg("svg", { viewBox: `0 0 ${W} ${H}`, role: "img", "data-nodes": network.nodes.length, "data-edges": network.edges.length });
  const pos = new Map();
  network.nodes.forEach((n, i) => {
    const a = -Math.PI / 2 + (2 * Math.PI * i) / network.nodes.length;
    pos.set(n.actor, [cx + R * Math.cos(a), cy + R * Math.sin(a)]);
  });
  const maxEdge = Math.max(...network.edges.map(e => e.events), 1);
  for (const e of network.edges) {
    const [x1, y1] = pos.get(e.source), [x2, y2] = pos.get(e.target);
    const tone = e.goldstein > 0 ? "coop" : e.goldstein < 0 ? "conflict" : "neutral";
    const line = svg("line", {
      class: `edge ${tone}`, x1, y1, x2, y2, "stroke-width": (1 + 5 * e.events / maxEdge).toFixed(1),
      "data-source": e.source, "data-target": e.target, "data-events": e.events, "data-goldstein": e.goldstein,
    });
    line.appendChild(svg("title", {}, `${e.source} → ${e.target}: ${e.events} event(s), net Goldstein ${e.goldstein}`));
    root.appendChild(line);
  }
  const maxNode = Math.max(...network.nodes.map(n => n.events), 1);
  for (const n of network.nodes) {
    const [x, y] = pos.get(n.actor);
    const tone = n.goldstein > 0 ? "net-coop" : n.goldstein < 0 ? "net-conflict" : "";
    const node = svg("circle", { class: `node ${tone}`.trim(), cx: x, cy: y, r: (6 + 12 * Math.sqrt(n.events / maxNode)).toFixed(1),
                                 "data-actor": n.actor, "data-events": n.events });
    node.appendChild(svg("title", {}, `${n.actor}: ${n.events} event(s), net Goldstein ${n.goldstein}`));
    node.addEventListener("click", () => { document.getElementById("f-actor").value = n.actor; document.getElementById("f-dyad").value = ""; loadEvents(true); });
    root.appendChild(node);
    const below = y >= cy;
    root.appendChild(svg("text", { class: "node-label", x, y: below ? y + 30 : y - 22 }, n.actor));
  }
  container.replaceChildren(root);
}

async function loadTimeline() {
  const container = document.getElementById("timeline");
  if (!state.dyad) return empty(container, 640, 260, "No dyads in the store yet.");
  try {
    const t = await api("/api/timeline", { dyad: state.dyad, both: state.both, by: state.by });
    drawTimeline(t.periods, t.by);
  } catch (e) {
    empty(container, 640, 260, "Timeline: " + e.message);
  }
}

async function loadNetwork() {
  const from = document.getElementById("network-from").value;
  const to = document.getElementById("network-to").value;
  try {
    drawNetwork(await api("/api/network", { from, to, limit: 40 }));
  } catch (e) {
    empty(document.getElementById("network"), 640, 420, "Network: " + e.message);
  }
}

function selectPeriod(period, bar) {
  document.querySelectorAll("rect.bar.selected").forEach(b => b.classList.remove("selected"));
  document.querySelectorAll(`rect.bar[data-period="${period}"]`).forEach(b => b.classList.add("selected"));
  document.getElementById("network-from").value = periodStart(period);
  document.getElementById("network-to").value = periodEnd(period, state.by);
  document.getElementById("f-from").value = periodStart(period);
  document.getElementById("f-to").value = periodEnd(period, state.by);
  loadNetwork();
  loadEvents(true);
}

function eventFilter() {
  const v = id => document.getElementById(id).value.trim();
  return {
    dyad: v("f-dyad"), both: v("f-dyad") !== "" && document.getElementById("f-both").checked,
    actor: v("f-actor"), code: v("f-code"), quad: v("f-quad"), from: v("f-from"), to: v("f-to"),
  };
}

function actorText(a) {
  if (!a) return "—";
  return a.entity ? `${a.code} (${a.entity})` : a.code;
}

// Where an event happened: "Kharkiv (UKR)", or "—".
function placeText(l) {
  if (!l) return "—";
  return l.country ? `${l.name} (${l.country})` : l.name;
}

function placeTitle(l) {
  return l && l.lat != null && l.lon != null ? `${l.lat}, ${l.lon}` : "";
}

async function loadEvents(fresh) {
  const body = document.querySelector("#events-table tbody");
  const error = document.getElementById("events-error");
  const more = document.getElementById("events-more");
  if (fresh) state.events = { filter: eventFilter(), next: null };
  try {
    const page = await api("/api/events", Object.assign({}, state.events.filter, { limit: 25, after: fresh ? "" : state.events.next }));
    error.hidden = true;
    if (fresh) body.replaceChildren();
    for (const e of page.events) {
      const row = el("tr", { "data-event": e.id, "data-article": e.evidence.article });
      row.appendChild(el("td", {}, e.date || "—"));
      row.appendChild(el("td", {}, actorText(e.source)));
      row.appendChild(el("td", { title: e.label }, e.cameo));
      row.appendChild(el("td", {}, actorText(e.target)));
      // A code outside CAMEO has no quad class or Goldstein score (null).
      row.appendChild(el("td", { class: "num" }, e.quad == null ? "–" : String(e.quad)));
      row.appendChild(el("td", { class: "num" }, e.goldstein == null ? "–" : String(e.goldstein)));
      row.appendChild(el("td", { title: placeTitle(e.location) }, placeText(e.location)));
      row.appendChild(el("td", { class: "evidence", title: e.evidence.text }, e.evidence.text));
      row.addEventListener("click", () => {
        document.querySelectorAll("#events-table tr.selected").forEach(r => r.classList.remove("selected"));
        row.classList.add("selected");
        loadArticle(e.evidence.article, e.id);
      });
      body.appendChild(row);
    }
    if (fresh && page.events.length === 0) body.appendChild(el("tr", {}, "")).appendChild(el("td", { colspan: 8 }, "No events match."));
    state.events.next = page.next;
    more.hidden = !page.next;
    if (fresh && page.events.length > 0 && !document.querySelector(".evidence-list")) {
      loadArticle(page.events[0].evidence.article, page.events[0].id);
    }
  } catch (e) {
    error.textContent = e.message;
    error.hidden = false;
  }
}

async function loadArticle(id, eventID) {
  const box = document.getElementById("article");
  try {
    const view = await api("/api/articles/" + encodeURIComponent(id));
    const a = view.article;
    const parts = [el("h3", {}, a.title || a.id)];
    const meta = [a.published, a.site, a.url].filter(Boolean).join(" · ");
    parts.push(el("p", { class: "muted" }, `${meta}${meta ? " · " : ""}${view.event_count} event(s)`));
    const list = el("ul", { class: "evidence-list" });
    for (const item of view.events) {
      const e = item.event;
      const li = el("li", { "data-event": e.id });
      if (e.id === eventID) li.classList.add("selected");
      const head = el("div");
      head.appendChild(el("span", { class: "code" }, `${e.cameo} ${e.label}`));
      const where = e.location ? ` · in ${placeText(e.location)}` : "";
      head.appendChild(document.createTextNode(`  ${actorText(e.source)} → ${actorText(e.target)} · ${e.date || "no date"}${where} · ${e.modality}${e.negated ? ", negated" : ""} · Goldstein ${e.goldstein == null ? "none" : e.goldstein}`));
      li.appendChild(head);
      const quote = el("blockquote", { class: "sentence" });
      for (const seg of item.highlight) {
        quote.appendChild(seg.role ? el("mark", { class: "hl-" + seg.role }, seg.text) : document.createTextNode(seg.text));
      }
      li.appendChild(quote);
      list.appendChild(li);
    }
    parts.push(list);
    box.replaceChildren(...parts);
    document.getElementById("article-hint").hidden = true;
  } catch (e) {
    box.replaceChildren(el("p", { class: "error" }, "Article: " + e.message));
  }
}

async function loadSummary() {
  try {
    const h = await api("/health");
    document.getElementById("store-summary").textContent = `${h.events} events from ${h.articles} articles`;
  } catch (e) {
    document.getElementById("store-summary").textContent = "store: " + e.message;
  }
}

async function loadDyads() {
  const picker = document.getElementById("dyad-picker");
  const { dyads } = await api("/api/dyads", { limit: 30 });
  picker.replaceChildren(...dyads.map(d => el("option", { value: d.dyad }, `${d.dyad} (${d.events})`)));
  state.dyad = dyads.length ? dyads[0].dyad : null;
  if (state.dyad) {
    picker.value = state.dyad;
    document.getElementById("f-dyad").value = state.dyad;
  }
}

async function suggestActors(query) {
  try {
    const { actors } = await api("/api/actors", { q: query, limit: 12 });
    document.getElementById("actor-options").replaceChildren(
      ...actors.map(a => el("option", { value: a.code }, a.entity ? `${a.entity} (${a.events})` : `${a.events} events`)));
  } catch (e) { /* suggestions are optional */ }
}

function wire() {
  document.getElementById("dyad-picker").addEventListener("change", ev => {
    state.dyad = ev.target.value;
    document.getElementById("f-dyad").value = state.dyad;
    loadTimeline();
    loadEvents(true);
  });
  document.getElementById("dyad-both").addEventListener("change", ev => { state.both = ev.target.checked; loadTimeline(); });
  document.getElementById("dyad-by").addEventListener("change", ev => { state.by = ev.target.value; loadTimeline(); });
  document.getElementById("dyad-form").addEventListener("submit", ev => ev.preventDefault());
  document.getElementById("network-form").addEventListener("submit", ev => { ev.preventDefault(); loadNetwork(); });
  document.getElementById("network-all").addEventListener("click", () => {
    document.getElementById("network-from").value = "";
    document.getElementById("network-to").value = "";
    loadNetwork();
  });
  document.getElementById("events-form").addEventListener("submit", ev => { ev.preventDefault(); loadEvents(true); });
  document.getElementById("events-more").addEventListener("click", () => loadEvents(false));
  document.getElementById("f-actor").addEventListener("input", ev => suggestActors(ev.target.value));
}

async function start() {
  wire();
  loadSummary();
  try {
    await loadDyads();
  } catch (e) {
    document.getElementById("store-summary").textContent = "dyads: " + e.message;
  }
  await Promise.all([loadTimeline(), loadNetwork(), loadEvents(true), suggestActors("")]);
}

document.addEventListener("DOMContentLoaded", start);
