// A person's career path: every change of position, in date order.
import { VERBS, badge, getJSON, h, link, pathId, plural, show, showError, to, when } from "./common.js";

async function main() {
  const person = await getJSON(`/api/persons/${encodeURIComponent(pathId())}`);
  document.title = `${person.name} · turnover`;
  const others = person.aliases.filter((a) => a !== person.name);
  show(
    h("h1", {}, person.name),
    others.length ? h("p", { class: "muted" }, "Also reported as: ", others.join(", ")) : null,
    h("h2", {}, `Career path (${plural(person.events.length, "change")})`),
    h("ol", { class: "career" }, person.events.map(step)),
  );
}

function step(ev) {
  return h("li", { class: `step ${ev.kind}`, "data-id": ev.id },
    h("span", { class: "date" }, when(ev)),
    h("div", { class: "what" },
      h("span", { class: "arrow" }, ev.kind === "start" ? "▲" : "▼"), " ",
      VERBS[ev.action] || ev.action, " ", to("org", ev.org_id, ev.org ?? "an organization"),
      ev.role ? [" as ", h("em", {}, ev.role)] : null, ev.interim ? " (interim)" : null,
      ev.to ? [" → ", to("org", ev.to_org_id, ev.to)] : null, " ",
      badge(ev.status, ev.disputed), " ",
      h("a", { href: link.event(ev.id), class: "evidence-link" },
        `${plural(ev.n_articles, "article")}, evidence →`)));
}

main().catch(showError);
