// Moves between organizations: a Sankey-like chart (departures on the left, arrivals on the
// right, band width = people) and the list of moves, filterable by organization and period.
import { badge, getJSON, h, link, plural, s, show, showError, to } from "./common.js";

const W = 960;
const NODE = 14; // node width
const GAP = 10; // vertical gap between nodes
const FIELDS = [
  ["from", "From", "organization, e.g. OpenAI"],
  ["to", "To", "organization"],
  ["since", "Since", "YYYY[-MM[-DD]]"],
  ["until", "Until", "YYYY[-MM[-DD]]"],
];

const form = h("form", { class: "filters", id: "flow-filters" },
  FIELDS.map(([name, label, hint]) => h("label", {}, label, " ",
    h("input", { name, placeholder: hint, size: name.length > 3 ? 10 : 16 }))),
  h("button", { type: "submit" }, "Show"));
const out = h("div", { id: "flows" });

function params() {
  const query = new URLSearchParams(window.location.search);
  const kept = new URLSearchParams();
  for (const [name] of FIELDS) if (query.get(name)) kept.set(name, query.get(name));
  return kept;
}

async function load() {
  const query = params();
  for (const [name] of FIELDS) form.elements[name].value = query.get(name) || "";
  try {
    const { items } = await getJSON(`/api/flows?${query}`);
    out.replaceChildren(...render(items));
  } catch (error) {
    out.replaceChildren(h("p", { class: "error", role: "alert" }, error.message));
  }
}

form.addEventListener("submit", (e) => {
  e.preventDefault();
  const query = new URLSearchParams();
  for (const [name] of FIELDS) {
    const value = form.elements[name].value.trim();
    if (value) query.set(name, value);
  }
  const qs = query.toString();
  history.pushState(null, "", qs ? `/flows?${qs}` : "/flows");
  load();
});
window.addEventListener("popstate", load);

/** Moves grouped by (from, to), most people first. */
function group(items) {
  const links = new Map();
  for (const f of items) {
    const key = `${f.from_org_id || f.from_org}\u0000${f.to_org_id || f.to_org}`;
    if (!links.has(key)) {
      links.set(key, { from: f.from_org ?? "?", to: f.to_org ?? "?", fromId: f.from_org_id,
        toId: f.to_org_id, moves: [] });
    }
    links.get(key).moves.push(f);
  }
  return [...links.values()].sort((a, b) => b.moves.length - a.moves.length ||
    a.from.localeCompare(b.from) || a.to.localeCompare(b.to));
}

function render(items) {
  if (!items.length) return [h("p", {}, "No moves between organizations for these filters.")];
  const links = group(items);
  return [
    h("p", {}, `${plural(items.length, "move")} between organizations, ` +
      `${plural(links.length, "route")}.`),
    chart(links),
    h("table", { class: "flows" },
      h("thead", {}, h("tr", {}, h("th", {}, "Move"), h("th", {}, "People"))),
      h("tbody", {}, links.map((l) => h("tr", { class: "flow-row" },
        h("td", { class: "route" }, to("org", l.fromId, l.from), " → ", to("org", l.toId, l.to)),
        h("td", {}, l.moves.map((f) => h("div", { class: "move" },
          to("person", f.person_id, f.person), " ", h("span", { class: "muted" }, f.when || "undated"),
          " ", badge(f.status), " ",
          h("a", { href: link.event(f.end_event), class: "evidence-link" }, "evidence →")))))))),
  ];
}

function nodes(links, side) {
  const out = new Map();
  for (const l of links) {
    const [key, name, id] = side === "from" ? [l.fromId || l.from, l.from, l.fromId]
      : [l.toId || l.to, l.to, l.toId];
    if (!out.has(key)) out.set(key, { name, id, count: 0, used: 0 });
    out.get(key).count += l.moves.length;
  }
  return out;
}

function chart(links) {
  const left = nodes(links, "from");
  const right = nodes(links, "to");
  const total = links.reduce((n, l) => n + l.moves.length, 0);
  const most = Math.max(left.size, right.size);
  const unit = Math.max(4, Math.min(26, 420 / total));
  const height = total * unit + (most - 1) * GAP + 40;
  const [x0, x1] = [230, W - 230];

  const place = (side) => {
    let y = 20;
    for (const n of [...side.values()].sort((a, b) => b.count - a.count)) {
      n.y = y;
      y += n.count * unit + GAP;
    }
  };
  place(left);
  place(right);

  const svg = s("svg", { viewBox: `0 0 ${W} ${height}`, class: "sankey", role: "img",
    "aria-label": `${links.length} routes between organizations` });
  for (const l of links) {
    const a = left.get(l.fromId || l.from);
    const b = right.get(l.toId || l.to);
    const width = l.moves.length * unit;
    const ya = a.y + a.used + width / 2;
    const yb = b.y + b.used + width / 2;
    a.used += width;
    b.used += width;
    const mid = (x0 + NODE + x1) / 2;
    const people = l.moves.map((f) => f.person).join(", ");
    svg.append(s("path", {
      d: `M${x0 + NODE} ${ya} C${mid} ${ya}, ${mid} ${yb}, ${x1} ${yb}`,
      class: "flow-link", "stroke-width": Math.max(1.5, width - 1),
    }, s("title", {}, `${l.from} → ${l.to}: ${l.moves.length} (${people})`)));
  }
  for (const [side, x, anchor, dx] of [[left, x0, "end", -6], [right, x1, "start", NODE + 6]]) {
    for (const n of side.values()) {
      const label = s("text", { x: x + dx, y: n.y + (n.count * unit) / 2 + 4,
        "text-anchor": anchor, class: "node-label" }, `${n.name} (${n.count})`);
      svg.append(s("rect", { x, y: n.y, width: NODE, height: n.count * unit, class: "node" }),
        n.id ? s("a", { href: link.org(n.id) }, label) : label);
    }
  }
  return svg;
}

show(h("h1", {}, "Flows between organizations"),
  h("p", { class: "muted" }, "Who left one organization for another: a departure followed by " +
    "an arrival elsewhere (the destination the article gives, or an arrival within six months)."),
  form, out);
load();
