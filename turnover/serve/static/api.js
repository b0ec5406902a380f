// The HTTP API, listed from its own OpenAPI description (/api/openapi.json).
import { getJSON, h, show, showError } from "./common.js";

async function main() {
  const spec = await getJSON("/api/openapi.json");
  const routes = [];
  for (const [path, methods] of Object.entries(spec.paths)) {
    for (const [method, op] of Object.entries(methods)) routes.push({ path, method, op });
  }
  show(
    h("h1", {}, `${spec.info.title} HTTP API ${spec.info.version}`),
    h("p", {}, spec.info.description),
    h("p", {}, "Every answer is JSON; errors are ", h("code", {}, '{"detail": "..."}'),
      " saying what went wrong. The machine-readable description is at ",
      h("a", { href: "/api/openapi.json" }, "/api/openapi.json"), ". Writes (POST) need ",
      h("code", {}, "Authorization: Bearer <token>"), " with the token the server was started with."),
    h("ul", { class: "toc" }, routes.map(({ path, method, op }) => h("li", {},
      h("a", { href: `#${op.operationId}` }, h("code", {}, method.toUpperCase(), " ", path)),
      " ", op.summary || ""))),
    routes.map(route),
  );
}

function route({ path, method, op }) {
  const params = op.parameters || [];
  return h("section", { class: "route", id: op.operationId },
    h("h2", {}, h("code", {}, method.toUpperCase(), " ", path)),
    h("p", {}, op.description || op.summary || ""),
    params.length ? h("table", {},
      h("thead", {}, h("tr", {}, ["Parameter", "In", "Accepts", "Description"].map(
        (t) => h("th", {}, t)))),
      h("tbody", {}, params.map((p) => h("tr", {},
        h("td", {}, h("code", {}, p.name), p.required ? " (required)" : ""),
        h("td", {}, p.in),
        h("td", {}, accepts(p.schema || {})),
        h("td", {}, p.description || p.schema?.description || ""))))) : null,
    op.requestBody ? h("p", {}, "Body: JSON, see ",
      h("a", { href: "/api/openapi.json" }, "the schema"), ".") : null,
    h("p", { class: "muted" }, "Answers: ", Object.keys(op.responses).join(", ")));
}

function accepts(schema) {
  const one = schema.anyOf ? schema.anyOf.find((x) => x.type !== "null") || {} : schema;
  const parts = [];
  if (one.enum) parts.push(one.enum.join(" | "));
  else if (one.type) parts.push(one.type);
  if (one.pattern) parts.push(`matching ${one.pattern}`);
  if (one.minimum !== undefined) parts.push(`≥ ${one.minimum}`);
  if (one.maximum !== undefined) parts.push(`≤ ${one.maximum}`);
  if (one.maxLength !== undefined) parts.push(`≤ ${one.maxLength} characters`);
  if (schema.default !== undefined && schema.default !== null) parts.push(`default ${schema.default}`);
  return parts.join(", ");
}

main().catch(showError);
