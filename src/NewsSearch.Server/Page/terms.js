// The characteristic words of the results, beside them: the words and names most over-represented in the matching
// articles (GET /api/terms, with the page's filters). Clicking one adds it to the query.
import { el } from "/dom.js";
import { latestJson, filterParams } from "/request.js";

const getJson = latestJson();
const $ = (id) => document.getElementById(id);

/** The query with a term added: a name in quotes, so it is searched as a phrase. */
export function withTerm(query, term) {
  return `${query} ${/\s/.test(term) ? `"${term}"` : term}`.trim();
}

export async function renderTerms(state, { go }) {
  const panel = $("terms");
  const list = $("terms-list");
  const note = $("terms-note");
  list.setAttribute("aria-busy", "true");
  let answer;
  try {
    answer = await getJson("/api/terms?" + new URLSearchParams([["q", state.q], ["top", "15"], ...filterParams(state)]));
  } catch (e) {
    if (e.name === "AbortError") return;
    list.removeAttribute("aria-busy");
    list.replaceChildren();
    note.textContent = e.message;
    panel.hidden = false;
    return;
  }

  list.removeAttribute("aria-busy");
  list.replaceChildren(...answer.terms.map((t) => {
    const button = el("button", { type: "button", class: "term", "data-term": t.term, title: `${t.matches.toLocaleString("fr-FR")} articles trouvés sur ${t.background.toLocaleString("fr-FR")} dans l'index : ajouter à la recherche` },
      el("span", { class: "label", text: t.term }), el("span", { class: "count", text: t.matches.toLocaleString("fr-FR") }));
    button.addEventListener("click", () => go({ q: withTerm(state.q, t.term) }));
    return el("li", { class: t.kind === "name" ? "name" : "word" }, button);
  }));
  note.textContent = answer.terms.length === 0
    ? (answer.matches === 0 ? "" : "Aucun mot ne ressort.")
    : answer.sampled < answer.matches
      ? `Trouvés dans les ${answer.sampled.toLocaleString("fr-FR")} articles les mieux classés, comptés dans les ${answer.matches.toLocaleString("fr-FR")}.`
      : "Cliquez un mot pour l'ajouter à la recherche.";
  panel.hidden = answer.matches === 0;
}
