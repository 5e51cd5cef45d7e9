// Taking a search away: export links for the current search (CSV, JSON Lines) and "Suivre cette recherche", which
// saves it as a watch and shows the address of its Atom feed for a feed reader.
import { el } from "/dom.js";

const $ = (id) => document.getElementById(id);

function filters(state) {
  return [...state.sources.map((s) => ["source", s]), ...(state.from ? [["from", state.from]] : []), ...(state.to ? [["to", state.to]] : [])];
}

/** Points the export links at the current search (same query, outlets, dates and order as the results shown). */
export function renderExport(state) {
  for (const link of document.querySelectorAll("[data-export]")) {
    link.href = "/api/export?" + new URLSearchParams([["q", state.q], ["format", link.dataset.export], ...filters(state), ["sort", state.sort]]);
  }
}

/** Resets the watch form for a new search: a name proposed from the query, no feed shown yet. */
export function renderWatch(state) {
  const form = $("watch-form");
  form.hidden = true;
  form.dataset.query = state.q;
  form.dataset.filters = JSON.stringify({ sources: state.sources, from: state.from || null, to: state.to || null });
  $("watch-name").value = state.q.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "").slice(0, 64);
  $("watch-result").replaceChildren();
}

async function saveWatch(event) {
  event.preventDefault();
  const form = $("watch-form");
  const result = $("watch-result");
  const body = { name: $("watch-name").value.trim(), query: form.dataset.query, ...JSON.parse(form.dataset.filters) };
  const response = await fetch("/api/watches", { method: "POST", headers: { "Content-Type": "application/json", Accept: "application/json" }, body: JSON.stringify(body) });
  const answer = await response.json().catch(() => ({}));
  if (!response.ok) {
    result.replaceChildren(el("span", { class: "error", text: answer.detail || answer.title || `Erreur ${response.status}` }));
    return;
  }

  const feed = new URL(answer.feed, location.origin).href;
  result.replaceChildren("Recherche suivie. Flux Atom pour votre lecteur de flux : ", el("a", { href: feed, text: feed, class: "feed" }));
}

document.addEventListener("DOMContentLoaded", () => {
  $("watch-open").addEventListener("click", () => {
    $("watch-form").hidden = false;
    $("watch-name").focus();
  });
  $("watch-form").addEventListener("submit", saveWatch);
});
