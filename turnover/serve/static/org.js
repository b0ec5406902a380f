// An organization: a timeline chart (arrivals above the axis, departures below, colored by
// status) and the list of its events.
import {
  VERBS, badge, eventTable, getJSON, h, link, pathId, plural, s, show, showError, when,
} from "./common.js";

const W = 960; // chart width in SVG units (the SVG scales to the page)
const STEP = 15; // vertical distance between stacked markers
const UNDATED = 90; // width kept on the right for undated events

async function main() {
  const id = pathId();
  const { org, items } = await getJSON(`/api/orgs/${encodeURIComponent(id)}/timeline`);
  document.title = `${org.name} · turnover`;
  const others = org.aliases.filter((a) => a !== org.name);
  show(
    h("h1", {}, org.name),
    others.length ? h("p", { class: "muted" }, "Also reported as: ", others.join(", ")) : null,
    h("p", {}, `${plural(org.n_arrivals, "arrival")}, ${plural(org.n_departures, "departure")}.`),
    h("section", { class: "chart" }, h("h2", {}, "Timeline"), chart(items), legend()),
    h("section", {}, h("h2", {}, "Events"),
      items.length ? eventTable(items, { movement: true }) : h("p", {}, "No events.")),
  );
}

/**
 * The date an event is placed at: its own, else its first report; null when neither, or for a
 * background fact (recalled by a title, at no known date).
 */
function dateOf(ev) {
  const d = ev.when || (ev.background ? null : ev.first_reported);
  if (!d) return null;
  const [y, m, day] = d.split("-").map(Number);
  // a year sits mid-year, a month mid-month: where the change most likely is
  return Date.UTC(y, m ? m - 1 : 6, day || (m ? 15 : 1));
}

function chart(items) {
  const dated = items.filter((ev) => dateOf(ev) !== null);
  const undated = items.filter((ev) => dateOf(ev) === null);
  const left = 40;
  const right = W - (undated.length ? UNDATED : 20);
  let lo = Math.min(...dated.map(dateOf));
  let hi = Math.max(...dated.map(dateOf));
  if (!dated.length) [lo, hi] = [0, 1];
  const pad = Math.max((hi - lo) * 0.03, 20 * 86400e3);
  [lo, hi] = [lo - pad, hi + pad];
  const x = (t) => left + ((t - lo) / (hi - lo)) * (right - left);

  // stack markers that would touch (12 px wide), arrivals up and departures down
  const placed = [];
  for (const ev of items) {
    const t = dateOf(ev);
    const px = t === null ? right + UNDATED / 2 : x(t);
    const taken = new Set(placed.filter((p) => p.ev.kind === ev.kind && Math.abs(p.px - px) < 14)
      .map((p) => p.level));
    let level = 0;
    while (taken.has(level)) level += 1;
    placed.push({ ev, px, level });
  }
  const up = Math.max(1, ...placed.filter((p) => p.ev.kind === "start").map((p) => p.level + 1));
  const down = Math.max(1, ...placed.filter((p) => p.ev.kind === "end").map((p) => p.level + 1));
  const axis = 30 + up * STEP;
  const height = axis + down * STEP + 40;

  const svg = s("svg", {
    viewBox: `0 0 ${W} ${height}`, class: "timeline", role: "img",
    "aria-label": `Timeline: ${items.length} events`, "data-events": items.length,
  });
  svg.append(
    s("line", { x1: left, x2: right, y1: axis, y2: axis, class: "axis" }),
    s("text", { x: 4, y: axis - 6, class: "side" }, "in"),
    s("text", { x: 4, y: axis + 14, class: "side" }, "out"),
  );
  if (dated.length) svg.append(...ticks(lo, hi, x, axis, height - 12));
  if (undated.length) {
    svg.append(s("text", { x: right + UNDATED / 2, y: height - 12, class: "tick undated" },
      "undated"));
  }
  for (const { ev, px, level } of placed) {
    const arrival = ev.kind === "start";
    const y = arrival ? axis - 12 - level * STEP : axis + 12 + level * STEP;
    const shape = arrival
      ? `M${px} ${y - 6} L${px + 6} ${y + 5} L${px - 6} ${y + 5} Z`
      : `M${px} ${y + 6} L${px + 6} ${y - 5} L${px - 6} ${y - 5} Z`;
    const label = `${when(ev)}: ${ev.person} ${VERBS[ev.action] || ev.action} ` +
      `${ev.org ?? "?"}${ev.role ? ` (${ev.role})` : ""} [${ev.status}]`;
    svg.append(s("a", {
      href: link.event(ev.id), class: `tl-event ${ev.kind}`, "data-status": ev.status,
      "data-id": ev.id,
    }, s("title", {}, label), s("path", { d: shape, class: `marker st-${ev.status}` })));
  }
  return svg;
}

/** Year ticks over long spans, month ticks over short ones. */
function ticks(lo, hi, x, axis, labelY) {
  const out = [];
  const years = (hi - lo) / (365.25 * 86400e3);
  const first = new Date(lo);
  const stepMonths = years > 4 ? 12 * Math.ceil(years / 8) : years > 1.5 ? 6 : years > 0.5 ? 2 : 1;
  let y = first.getUTCFullYear();
  let m = stepMonths >= 12 ? 0 : first.getUTCMonth() + 1;
  for (;;) {
    while (m >= 12) { m -= 12; y += 1; }
    const t = Date.UTC(y, m, 1);
    if (t > hi) break;
    if (t >= lo) {
      const label = stepMonths >= 12 ? String(y) : `${y}-${String(m + 1).padStart(2, "0")}`;
      out.push(
        s("line", { x1: x(t), x2: x(t), y1: axis - 4, y2: axis + 4, class: "axis" }),
        s("text", { x: x(t), y: labelY, class: "tick" }, label));
    }
    m += stepMonths;
  }
  return out;
}

function legend() {
  return h("p", { class: "legend" },
    "▲ arrival (above) · ▼ departure (below) · ",
    ["occurred", "planned", "rumored", "denied"].map((st) => [badge(st), " "]),
    h("span", { class: "muted" }, "· click a marker for its evidence"));
}

main().catch(showError);
