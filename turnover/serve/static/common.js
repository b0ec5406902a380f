// Helpers shared by the pages. Every piece of data goes into the page as a text node or an
// attribute value, never as markup: article text containing <script> stays text.

const SVG_NS = "http://www.w3.org/2000/svg";

/** An element; `attrs` are attributes (null/false skipped), children strings or nodes. */
export function h(tag, attrs = {}, ...children) {
  return fill(document.createElement(tag), attrs, children);
}

/** An SVG element, same conventions as h(). */
export function s(tag, attrs = {}, ...children) {
  return fill(document.createElementNS(SVG_NS, tag), attrs, children);
}

function fill(node, attrs, children) {
  for (const [name, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    node.setAttribute(name, value === true ? "" : String(value));
  }
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

/** GET a JSON API path; throws an Error carrying the API's `detail` message. */
export async function getJSON(path, options = {}) {
  const response = await fetch(path, { headers: { Accept: "application/json" }, ...options });
  let body = null;
  try {
    body = await response.json();
  } catch {
    body = null;
  }
  if (!response.ok) {
    const detail = body && typeof body.detail === "string" ? body.detail : response.statusText;
    const error = new Error(detail || `HTTP ${response.status}`);
    error.status = response.status;
    throw error;
  }
  return body;
}

/** The URL if it is http(s), else null: a `javascript:` URL from an article is not a link. */
export function safeUrl(url) {
  if (!url) return null;
  try {
    const parsed = new URL(url, window.location.href);
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : null;
  } catch {
    return null;
  }
}

export const link = {
  org: (id) => `/orgs/${encodeURIComponent(id)}`,
  person: (id) => `/persons/${encodeURIComponent(id)}`,
  event: (id) => `/events/${encodeURIComponent(id)}`,
  article: (id) => `/articles/${encodeURIComponent(id)}`,
};

/** A link to an internal page, or plain text when there is no id. */
export function to(kind, id, text) {
  return id ? h("a", { href: link[kind](id) }, text) : h("span", {}, text ?? "–");
}

/** An external link that cannot reach back into this page. */
export function external(url, text) {
  const safe = safeUrl(url);
  if (!safe) return url ? h("span", { class: "muted" }, text, " (", url, ")") : null;
  return h("a", { href: safe, rel: "noopener noreferrer nofollow", target: "_blank" }, text, " ↗");
}

export function badge(status, disputed = false) {
  return h("span", { class: `badge status-${status}`, "data-status": status }, status,
    disputed ? h("span", { class: "disputed", title: "some reports say otherwise" }, " ⚠") : null);
}

export const VERBS = {
  appoint: "appointed at", join: "joined", found: "founded", return: "returned to",
  resign: "resigned from", dismiss: "dismissed from", retire: "retired from", leave: "left",
};

/**
 * The date shown for an event: its own, else "~" and the date it was first reported, or "before"
 * it for a background fact (a title recalls it: "co-founder of OpenAI").
 */
export function when(ev) {
  if (ev.when) return ev.when;
  if (ev.background) return ev.first_reported ? `before ${ev.first_reported}` : "undated";
  return ev.first_reported ? `~${ev.first_reported}` : "undated";
}

/**
 * `text` (which starts at offset `base` of the article) with the ranges [start, end) given in
 * article offsets wrapped in <mark>; `sentences` ranges wrapped in <span class="evidence">.
 */
export function highlighted(text, base, triggers, sentences = []) {
  const inside = (ranges, at) => ranges.some(([a, b]) => a <= at && at < b);
  const local = (ranges) =>
    ranges
      .map(([a, b]) => [Math.max(0, a - base), Math.min(text.length, b - base)])
      .filter(([a, b]) => a < b);
  const marks = local(triggers);
  const spans = local(sentences);
  const cuts = new Set([0, text.length]);
  for (const [a, b] of [...marks, ...spans]) cuts.add(a).add(b);
  const points = [...cuts].sort((x, y) => x - y);
  const fragment = document.createDocumentFragment();
  for (let i = 0; i + 1 < points.length; i++) {
    const [a, b] = [points[i], points[i + 1]];
    let node = document.createTextNode(text.slice(a, b));
    if (inside(marks, a)) node = h("mark", {}, node);
    if (inside(spans, a)) node = h("span", { class: "evidence" }, node);
    fragment.append(node);
  }
  return fragment;
}

/** Replace the page's main content. */
export function show(...nodes) {
  const main = document.getElementById("main");
  main.replaceChildren(...nodes.flat().filter(Boolean));
  return main;
}

export function showError(error) {
  show(h("div", { class: "error", role: "alert" }, error.message || String(error)));
}

/** The last path segment: the id in /orgs/<id>. */
export function pathId() {
  return decodeURIComponent(window.location.pathname.split("/").filter(Boolean).pop() || "");
}

export function plural(n, word, many = `${word}s`) {
  return `${n} ${n === 1 ? word : many}`;
}

/** A table of events with links to people, organizations and the evidence. */
export function eventTable(items, { movement = false, personColumn = true } = {}) {
  const head = h("tr", {},
    h("th", {}, "When"), movement ? h("th", {}, "") : null,
    personColumn ? h("th", {}, "Person") : null,
    h("th", {}, "Change"), h("th", {}, "Role"), h("th", {}, "Status"), h("th", {}, "Sources"),
    h("th", {}, ""));
  const rows = items.map((ev) => h("tr", { class: "event-row", "data-id": ev.id },
    h("td", { class: "date" }, when(ev)),
    movement ? h("td", { class: `movement ${ev.kind}`, title: ev.movement || ev.kind },
      ev.kind === "start" ? "▲ in" : "▼ out") : null,
    personColumn ? h("td", {}, to("person", ev.person_id, ev.person)) : null,
    h("td", {}, VERBS[ev.action] || ev.action, " ", to("org", ev.org_id, ev.org ?? "an organization"),
      ev.to ? [" → ", to("org", ev.to_org_id, ev.to)] : null),
    h("td", {}, ev.role ?? "", ev.interim ? " (interim)" : ""),
    h("td", {}, badge(ev.status, ev.disputed)),
    h("td", { class: "sources" }, plural(ev.n_sources, "source"),
      ev.sources.length ? `: ${ev.sources.join(", ")}` : ""),
    h("td", {}, h("a", { href: link.event(ev.id), class: "evidence-link" }, "evidence →"))));
  return h("table", { class: "events" }, h("thead", {}, head), h("tbody", {}, rows));
}
