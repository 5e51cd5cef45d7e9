// The whole state of the page lives in the URL (q, page, source, from, to, sort, article, and the coverage chart's
// period length and compared query by, compare): every view can be
// bookmarked and shared, and the browser's back button just works.

export function readState() {
  const p = new URLSearchParams(location.search);
  return {
    q: p.get("q") || "",
    page: Math.max(1, parseInt(p.get("page") || "1", 10) || 1),
    sources: p.getAll("source"),
    from: p.get("from") || "",
    to: p.get("to") || "",
    sort: p.get("sort") === "date" ? "date" : "relevance",
    article: p.get("article") || "",
    by: ["day", "week", "year"].includes(p.get("by")) ? p.get("by") : "month",
    compare: p.get("compare") || "",
  };
}

export function urlFor(state) {
  const p = new URLSearchParams();
  if (state.q) p.set("q", state.q);
  for (const s of state.sources || []) p.append("source", s);
  if (state.from) p.set("from", state.from);
  if (state.to) p.set("to", state.to);
  if (state.sort === "date") p.set("sort", "date");
  if (state.page > 1) p.set("page", String(state.page));
  if (state.article) p.set("article", state.article);
  if (state.by && state.by !== "month") p.set("by", state.by);
  if (state.compare) p.set("compare", state.compare);
  const query = p.toString();
  return query ? "/?" + query : "/";
}
