// One article, as read: its text shown as text, the evidence sentences underlined and their
// triggers highlighted, and the changes extracted from it.
import {
  VERBS, badge, external, getJSON, h, highlighted, link, pathId, show, showError,
} from "./common.js";

async function main() {
  const a = await getJSON(`/api/articles/${encodeURIComponent(pathId())}`);
  document.title = `${a.title || "Article"} · turnover`;
  const evidence = a.reports.flatMap((r) => r.evidence);
  show(
    h("h1", { lang: a.lang || null }, a.title || a.ref || "Untitled article"),
    h("p", { class: "meta" },
      a.outlet || "unknown outlet", " · ", a.published || "undated", " · ",
      (a.lang || "?").toUpperCase(), a.ref ? ` · ${a.ref}` : "", " ", external(a.url, "original")),
    h("h2", {}, "Changes found in it"),
    a.reports.length
      ? h("ul", { class: "found" }, a.reports.map((r) => h("li", {},
        r.person, " ", VERBS[r.action] || r.action, " ", r.org ?? "an organization",
        r.role ? ` (${r.role})` : "", r.when ? `, ${r.when}` : "", " ", badge(r.status), " ",
        r.event_id ? h("a", { href: link.event(r.event_id) }, "event →") : null)))
      : h("p", { class: "muted" }, "None."),
    h("h2", {}, "Text"),
    h("div", { class: "article-text", lang: a.lang || null, id: "article-text" },
      highlighted(a.text, 0, evidence.map((e) => [e.trigger_start, e.trigger_end]),
        evidence.map((e) => [e.start, e.end]))),
  );
}

main().catch(showError);
