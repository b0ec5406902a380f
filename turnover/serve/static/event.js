// One change and everything said about it: each report's evidence sentences with the trigger
// highlighted, its outlet, date, language and article; conflicting reports side by side.
import {
  VERBS, badge, external, getJSON, h, highlighted, link, pathId, plural, show, showError, to,
  when,
} from "./common.js";

async function main() {
  const ev = await getJSON(`/api/events/${encodeURIComponent(pathId())}`);
  document.title = `${ev.person}: ${ev.action} · turnover`;
  const statuses = [...new Set(ev.reports.map((r) => r.status))];
  const reports = statuses.length > 1
    ? h("div", { class: "conflict" },
      h("p", { class: "note" }, "The reports disagree: ",
        statuses.map((st) => [badge(st), " "]), " side by side."),
      h("div", { class: "columns" }, statuses.map((st) => h("div", { class: "column" },
        h("h3", {}, badge(st), " ", plural(ev.reports.filter((r) => r.status === st).length,
          "report")),
        ev.reports.filter((r) => r.status === st).map(report)))))
    : h("div", { class: "reports" }, ev.reports.map(report));
  show(
    h("h1", {}, to("person", ev.person_id, ev.person), " ", VERBS[ev.action] || ev.action, " ",
      to("org", ev.org_id, ev.org ?? "an organization")),
    h("dl", { class: "facts" },
      fact("When", when(ev)),
      fact("Change", `${ev.kind === "start" ? "arrival" : "departure"} (${ev.action})`),
      fact("Role", ev.role ? `${ev.role}${ev.interim ? " (interim)" : ""}` : null),
      fact("Status", [badge(ev.status, ev.disputed),
        ev.disputed ? " disputed: some reports say otherwise" : null]),
      fact("Went to", ev.to ? to("org", ev.to_org_id, ev.to) : null),
      fact("Reason", ev.reason),
      fact("Sources", `${plural(ev.n_sources, "independent source")} in ` +
        `${plural(ev.n_articles, "article")}${ev.sources.length ? `; cited: ${ev.sources.join(", ")}` : ""}`),
      fact("Reported", ev.first_reported === ev.last_reported ? ev.first_reported
        : `${ev.first_reported ?? "?"} to ${ev.last_reported ?? "?"}`)),
    h("h2", {}, `What the articles say (${plural(ev.reports.length, "report")})`),
    reports,
  );
}

function fact(name, value) {
  if (value === null || value === undefined || value === "") return null;
  return [h("dt", {}, name), h("dd", {}, value)];
}

function report(r) {
  return h("article", { class: "report", "data-status": r.status, lang: r.lang || null },
    h("header", {},
      h("strong", { class: "outlet" }, r.outlet || "unknown outlet"), " · ",
      h("span", { class: "published" }, r.published || "undated"), " · ",
      h("span", { class: "lang" }, (r.lang || "?").toUpperCase()), " · ",
      badge(r.status)),
    r.evidence.map((e) => h("blockquote", { class: "sentence" },
      highlighted(e.sentence, e.start, [[e.trigger_start, e.trigger_end]]))),
    h("p", { class: "as-stated muted" }, "As stated: ", r.person, " · ", r.action,
      r.org ? ` · ${r.org}` : "", r.role ? ` · ${r.role}` : "", r.when ? ` · ${r.when}` : "",
      r.sources.length ? ` · according to ${r.sources.join(", ")}` : ""),
    h("footer", {},
      h("a", { href: link.article(r.article_id), class: "article-link" },
        r.title || r.article_ref || "the article"),
      " ", external(r.url, "original")));
}

main().catch(showError);
