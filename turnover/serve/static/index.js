// Search as you type (people and organizations), then every event, a page at a time.
import { eventTable, getJSON, h, link, plural, show, showError } from "./common.js";

const PAGE = 25;

const input = h("input", {
  id: "search", type: "search", autocomplete: "off", spellcheck: "false", autofocus: true,
  placeholder: "A person or an organization, e.g. Murati, OpenAI",
  "aria-label": "Search people and organizations",
});
const results = h("div", { id: "results", class: "results", "aria-live": "polite" });
const stats = h("p", { class: "muted", id: "stats" });
const filters = {
  status: select("status", ["", "occurred", "planned", "rumored", "denied"]),
  kind: select("kind", ["", "start", "end"]),
};
const events = h("div", { id: "events" });
let offset = 0;

function select(name, values) {
  return h("select", { name, "aria-label": name },
    values.map((v) => h("option", { value: v }, v || `any ${name}`)));
}

show(
  h("h1", {}, "Leadership changes in the news"),
  h("form", { class: "search", role: "search" }, input),
  results,
  stats,
  h("section", {},
    h("h2", {}, "Events"),
    h("div", { class: "filters" }, filters.status, filters.kind),
    events),
);

// --- search as you type ---------------------------------------------------------------------

let pending = null;
let timer = null;

input.closest("form").addEventListener("submit", (e) => e.preventDefault());
input.addEventListener("input", () => {
  clearTimeout(timer);
  timer = setTimeout(search, 120);
});

async function search() {
  const q = input.value.trim();
  pending?.abort();
  if (!q) {
    results.replaceChildren();
    return;
  }
  pending = new AbortController();
  try {
    const found = await getJSON(`/api/search?q=${encodeURIComponent(q)}`,
      { signal: pending.signal });
    results.replaceChildren(
      hits("People", found.persons, link.person, "person-hit"),
      hits("Organizations", found.orgs, link.org, "org-hit"));
  } catch (error) {
    if (error.name !== "AbortError") {
      results.replaceChildren(h("p", { class: "error" }, error.message));
    }
  }
}

function hits(title, items, href, cls) {
  return h("div", { class: "hits" },
    h("h2", {}, title),
    items.length
      ? h("ul", {}, items.map((x) => h("li", {},
        h("a", { href: href(x.id), class: cls }, x.name), " ",
        h("span", { class: "muted" }, plural(x.n_events, "event")))))
      : h("p", { class: "muted" }, "none"));
}

// --- every event, paged -----------------------------------------------------------------------

for (const f of Object.values(filters)) {
  f.addEventListener("change", () => {
    offset = 0;
    loadEvents();
  });
}

async function loadEvents() {
  const params = new URLSearchParams({ limit: PAGE, offset });
  for (const [name, f] of Object.entries(filters)) if (f.value) params.set(name, f.value);
  try {
    const page = await getJSON(`/api/events?${params}`);
    const last = Math.min(page.offset + page.items.length, page.total);
    const pager = h("div", { class: "pager" },
      button("← previous", page.offset > 0, () => { offset = Math.max(0, offset - PAGE); }),
      h("span", {}, page.total ? `${page.offset + 1}–${last} of ${page.total}` : "no events"),
      button("next →", last < page.total, () => { offset += PAGE; }));
    events.replaceChildren(eventTable(page.items, { movement: true }), pager);
  } catch (error) {
    events.replaceChildren(h("p", { class: "error" }, error.message));
  }
}

function button(text, enabled, move) {
  const b = h("button", { type: "button", disabled: !enabled }, text);
  b.addEventListener("click", () => {
    move();
    loadEvents();
  });
  return b;
}

getJSON("/api/stats")
  .then((n) => {
    stats.textContent = `${plural(n.events, "event")} about ${plural(n.persons, "person", "people")} ` +
      `and ${plural(n.orgs, "organization")}, from ${plural(n.articles, "article")}.`;
  })
  .catch(showError);
loadEvents();
