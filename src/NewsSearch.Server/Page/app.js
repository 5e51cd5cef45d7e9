// The NewsSearch page: search, filters, paging, the article view and similar articles, over the JSON API.
import { el, snippetNodes } from "/dom.js";
import { readState, urlFor } from "/state.js";
import { renderExport, renderWatch } from "/research.js";
import { renderCoverage, wireCoverage } from "/coverage.js";
import { renderTerms } from "/terms.js";

const PAGE_SIZE = 10;
const MAX_WINDOW = 10000;
const $ = (id) => document.getElementById(id);
const dateFormat = new Intl.DateTimeFormat("fr-FR", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
const monthFormat = new Intl.DateTimeFormat("fr-FR", { month: "long", year: "numeric", timeZone: "UTC" });
let pending = null;
let indexStats = null;

function go(changes, { resetPage = true } = {}) {
  const next = { ...readState(), article: "", ...(resetPage ? { page: 1 } : {}), ...changes };
  history.pushState(null, "", urlFor(next));
  render();
}

// ---- talking to the API ----
async function getJson(url) {
  if (pending) pending.abort();
  const controller = new AbortController();
  pending = controller;
  const response = await fetch(url, { signal: controller.signal, headers: { Accept: "application/json" } });
  const body = await response.json().catch(() => ({}));
  if (!response.ok) throw new Error(body.detail || body.title || `Erreur ${response.status}`);
  return body;
}

function formatDate(iso) {
  return iso ? dateFormat.format(new Date(iso + "T00:00:00Z")) : "";
}

function plural(n, one, many) {
  return `${n.toLocaleString("fr-FR")} ${n === 1 ? one : many}`;
}

// ---- views ----
function show(view) {
  $("welcome").hidden = view !== "welcome";
  $("search-view").hidden = view !== "search";
  $("article-view").hidden = view !== "article";
}

function hitItem(hit, state) {
  const link = el("a", { href: urlFor({ ...state, article: hit.id }), text: hit.title || hit.id, "data-nav": "" });
  const meta = el("p", { class: "meta" },
    hit.source ? el("span", { class: "source", text: hit.source }) : null,
    hit.published ? el("time", { dateTime: hit.published, text: formatDate(hit.published) }) : null);
  const snippet = hit.snippet ? el("p", { class: "snippet" }, ...snippetNodes(hit.snippet)) : null;
  return el("li", { class: "hit" }, el("h3", {}, link), meta, snippet);
}

function facetItems(section, items, selectedOf, changesOf, labelOf) {
  const list = section.querySelector("ul");
  list.replaceChildren(...items.map((item) => {
    const selected = selectedOf(item.value);
    const button = el("button", { type: "button", class: "facet-value", "aria-pressed": String(selected) },
      el("span", { class: "label", text: labelOf(item.value) }), el("span", { class: "count", text: item.count.toLocaleString("fr-FR") }));
    button.addEventListener("click", () => go(changesOf(item.value, selected)));
    return el("li", {}, button);
  }));
  section.hidden = items.length === 0;
}

function lastDayOf(month) {
  const [y, m] = month.split("-").map(Number);
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
}

async function renderFacets(state, facets) {
  const sections = Object.fromEntries([...document.querySelectorAll(".facet")].map((s) => [s.dataset.facet, s]));
  let sources = facets?.sources || [];
  // An engine without result facets: offer the index's outlets (with their article counts, said so) so filtering still works.
  const fromIndex = sources.length === 0 && !facets?.years?.length;
  if (fromIndex) {
    indexStats ??= fetch("/api/stats").then((r) => (r.ok ? r.json() : null)).catch(() => null);
    const stats = await indexStats;
    sources = Object.entries(stats?.sources || {}).map(([value, count]) => ({ value, count }));
  }
  sections.sources.querySelector("h2").textContent = fromIndex ? "Sources de l'index" : "Sources";
  facetItems(sections.sources, sources, (v) => state.sources.includes(v),
    (v, selected) => ({ sources: selected ? state.sources.filter((s) => s !== v) : [v] }), (v) => v);
  facetItems(sections.years, facets?.years || [], (v) => state.from === `${v}-01-01` && state.to === `${v}-12-31`,
    (v, selected) => (selected ? { from: "", to: "" } : { from: `${v}-01-01`, to: `${v}-12-31` }), (v) => v);
  facetItems(sections.months, facets?.months || [], (v) => state.from === `${v}-01` && state.to === lastDayOf(v),
    (v, selected) => (selected ? { from: "", to: "" } : { from: `${v}-01`, to: lastDayOf(v) }),
    (v) => monthFormat.format(new Date(v + "-01T00:00:00Z")));
}

function renderActiveFilters(state) {
  const chips = [];
  const chip = (label, changes) => {
    const button = el("button", { type: "button", class: "chip", "aria-label": `Retirer le filtre ${label}` }, label, el("span", { "aria-hidden": "true", text: " ×" }));
    button.addEventListener("click", () => go(changes));
    chips.push(el("li", {}, button));
  };
  for (const s of state.sources) chip(s, { sources: state.sources.filter((x) => x !== s) });
  if (state.from || state.to) chip(`${state.from ? formatDate(state.from) : "…"} – ${state.to ? formatDate(state.to) : "…"}`, { from: "", to: "" });
  $("active-filters").querySelector("ul").replaceChildren(...chips);
  $("active-filters").hidden = chips.length === 0;
}

function renderPager(state, total) {
  const pages = Math.min(Math.ceil(total / PAGE_SIZE), Math.floor(MAX_WINDOW / PAGE_SIZE));
  const nav = $("pager");
  if (pages <= 1) return nav.replaceChildren();
  const link = (page, text, label) => page === state.page
    ? el("span", { class: "current", text, "aria-current": "page" })
    : el("a", { href: urlFor({ ...state, page }), text, "data-nav": "", "aria-label": label || `Page ${page}` });
  const items = [];
  if (state.page > 1) items.push(link(state.page - 1, "← Précédente", "Page précédente"));
  const first = Math.max(1, Math.min(state.page - 2, pages - 4));
  for (let p = first; p <= Math.min(pages, first + 4); p++) items.push(link(p, String(p)));
  if (state.page < pages) items.push(link(state.page + 1, "Suivante →", "Page suivante"));
  nav.replaceChildren(...items);
}

async function renderSearch(state) {
  show("search");
  $("q").value = state.q;
  $("from").value = state.from;
  $("to").value = state.to;
  for (const b of document.querySelectorAll("[data-sort]")) b.setAttribute("aria-pressed", String(b.dataset.sort === state.sort));
  renderActiveFilters(state);
  renderExport(state);
  renderWatch(state);
  const status = $("status");
  status.classList.remove("error");
  status.textContent = "Recherche…";
  document.title = `${state.q} – NewsSearch`;
  renderCoverage(state, { go });
  renderTerms(state, { go });
  const url = "/api/search?" + new URLSearchParams([["q", state.q], ["top", String(PAGE_SIZE)], ["page", String(state.page)],
    ...state.sources.map((s) => ["source", s]), ...(state.from ? [["from", state.from]] : []), ...(state.to ? [["to", state.to]] : []),
    ["sort", state.sort]]);
  let results;
  try {
    results = await getJson(url);
  } catch (e) {
    if (e.name === "AbortError") return;
    status.textContent = e.message;
    status.classList.add("error");
    $("hits").replaceChildren();
    $("pager").replaceChildren();
    return;
  }

  const shown = results.hits.length ? `, ${results.hits[0].rank}–${results.hits[results.hits.length - 1].rank} affichés` : "";
  status.textContent = `${plural(results.total, "résultat", "résultats")} pour « ${results.query} »${shown} (${Math.round(results.elapsedMs)} ms)`;
  const suggestion = $("suggestion");
  suggestion.hidden = !results.suggestion;
  if (results.suggestion) {
    const a = suggestion.querySelector("a");
    a.textContent = results.suggestion;
    a.href = urlFor({ ...state, q: results.suggestion, page: 1 });
  }
  $("notices").replaceChildren(...(results.notices || []).map((n) => el("li", { text: n })));
  $("hits").replaceChildren(...results.hits.map((h) => hitItem(h, state)));
  renderPager(state, results.total);
  await renderFacets(state, results.facets);
}

async function renderArticle(state) {
  show("article");
  $("article-back").href = urlFor({ ...state, article: "" });
  $("article-back").hidden = !state.q;
  let article;
  try {
    article = await getJson(`/api/articles/${encodeURIComponent(state.article)}`);
  } catch (e) {
    if (e.name === "AbortError") return;
    $("article-title").textContent = "Article introuvable";
    $("article-meta").textContent = e.message;
    $("article-body").replaceChildren();
    $("similar").replaceChildren();
    return;
  }

  document.title = `${article.title} – NewsSearch`;
  $("article-title").textContent = article.title || article.id;
  $("article-meta").replaceChildren(...[article.source, formatDate(article.published)].filter(Boolean)
    .flatMap((t, i) => (i ? [" · ", t] : [t])));
  $("article-body").replaceChildren(...article.body.split(/\n\s*\n|\n/).filter((p) => p.trim()).map((p) => el("p", { text: p })));
  const original = $("article-link");
  original.hidden = !/^https?:\/\//i.test(article.url || "");
  if (!original.hidden) original.querySelector("a").href = article.url;
  $("article-title").focus();
  const similar = await fetch(`/api/articles/${encodeURIComponent(article.id)}/similar`).then((r) => (r.ok ? r.json() : { hits: [] }));
  $("similar").replaceChildren(...similar.hits.map((h) => hitItem(h, { ...state, article: "" })));
  if (similar.hits.length === 0) $("similar").replaceChildren(el("li", { class: "empty", text: "Aucun article similaire." }));
}

function render() {
  const state = readState();
  if (state.article) return renderArticle(state);
  if (state.q.trim()) return renderSearch(state);
  show("welcome");
  document.title = "NewsSearch";
  $("q").value = "";
  return Promise.resolve();
}

// ---- wiring ----
document.addEventListener("DOMContentLoaded", () => {
  $("search-form").addEventListener("submit", (e) => {
    e.preventDefault();
    const q = $("q").value.trim();
    if (q) go({ q });
  });
  $("dates-form").addEventListener("submit", (e) => {
    e.preventDefault();
    go({ from: $("from").value, to: $("to").value });
  });
  $("dates-clear").addEventListener("click", () => go({ from: "", to: "" }));
  for (const b of document.querySelectorAll("[data-sort]")) b.addEventListener("click", () => go({ sort: b.dataset.sort }));
  $("filters-toggle").addEventListener("click", () => {
    const open = $("filters-toggle").getAttribute("aria-expanded") !== "true";
    $("filters-toggle").setAttribute("aria-expanded", String(open));
    $("filters").classList.toggle("open", open);
  });
  // Links inside the page change the URL without reloading it; modified clicks open new tabs as usual.
  document.addEventListener("click", (e) => {
    const a = e.target.closest("a[data-nav]");
    if (!a || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    history.pushState(null, "", a.getAttribute("href"));
    render().then(() => { if (!readState().article) $("results-heading").focus({ preventScroll: false }); });
    window.scrollTo(0, 0);
  });
  wireCoverage({ go });
  window.addEventListener("popstate", render);
  render();
});
