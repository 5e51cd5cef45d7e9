// The coverage chart above the results (GET /api/coverage): matching articles per period as bars and their share of
// all articles of the period as a line, or, comparing two queries, the share of each. The outlet filter applies,
// the dates do not: the chart keeps the whole timeline and shades the period the results are narrowed to. Clicking a
// period (on the chart or in its table) narrows the results to it; clicking it again widens them back.
import uPlot from "/vendor/uplot/uPlot.esm.js";
import { el } from "/dom.js";
import { latestJson, filterParams } from "/request.js";

const getJson = latestJson();
const $ = (id) => document.getElementById(id);
const OF_PERIOD = { day: "du jour", week: "de la semaine", month: "du mois", year: "de l'année" };
const percent = new Intl.NumberFormat("fr-FR", { style: "percent", maximumFractionDigits: 2 });
// Axis labels in French (uPlot's own names are English).
const NAMES = {
  MMMM: ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
  MMM: ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."],
  WWWW: ["dimanche", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"],
  WWW: ["dim.", "lun.", "mar.", "mer.", "jeu.", "ven.", "sam."],
};
let shown = null;

/** Where a period's bar is on the screen (page coordinates of its centre), or null; for tests and tooling. */
export function periodCenter(period) {
  const index = shown?.points.findIndex((p) => p.period === period) ?? -1;
  if (index < 0) return null;
  const box = shown.plot.over.getBoundingClientRect();
  return { x: box.left + shown.plot.valToPos(shown.xs[index], "x"), y: box.top + box.height - 4 };
}

export async function renderCoverage(state, { go }) {
  $("coverage-by").value = state.by;
  $("compare-q").value = state.compare;
  $("compare-clear").hidden = !state.compare;
  const queries = [state.q, ...(state.compare ? [state.compare] : [])];
  let answer;
  try {
    answer = await getJson("/api/coverage?" + new URLSearchParams([...queries.map((q) => ["q", q]), ["by", state.by], ...filterParams(state, false)]));
  } catch (e) {
    if (e.name === "AbortError") return;
    clear(e.message);
    return;
  }

  const points = answer.series[0].points;
  if (points.length === 0) {
    clear("Aucun article daté ne correspond.");
    return;
  }

  const selected = (p) => Boolean(state.from || state.to) && (!state.from || p.end >= state.from) && (!state.to || p.start <= state.to);
  const choose = (p) => go(state.from === p.start && state.to === p.end ? { from: "", to: "" } : { from: p.start, to: p.end });
  $("coverage").hidden = false;
  $("coverage-summary").textContent = answer.series.map((s) => describe(s, state.by)).join(" ");
  draw(answer, state, selected, choose);
  table(answer, selected, choose);
}

function clear(message) {
  $("coverage-summary").textContent = message;
  $("coverage-data").hidden = true;
  shown?.plot.destroy();
  shown = null;
}

/** « q » : 49 articles ; pic : 2019-09 (10, 1,72 % des articles du mois). */
function describe(series, by) {
  const peak = series.points.reduce((best, p) => (p.matches > best.matches || (p.matches === best.matches && p.share > best.share) ? p : best), series.points[0]);
  const count = `« ${series.query} » : ${series.matches.toLocaleString("fr-FR")} article${series.matches === 1 ? "" : "s"}`;
  return peak.matches === 0 ? `${count}.` : `${count} ; pic : ${peak.period} (${peak.matches.toLocaleString("fr-FR")}, ${percent.format(peak.share)} des articles ${OF_PERIOD[by]}).`;
}

function colours() {
  const css = getComputedStyle(document.documentElement);
  const get = (name) => css.getPropertyValue(name).trim();
  return { accent: get("--accent"), second: get("--accent-2"), muted: get("--muted"), line: get("--line") };
}

function draw(answer, state, selected, choose) {
  const points = answer.series[0].points;
  const xs = points.map((p) => Date.parse(p.start + "T00:00:00Z") / 1000);
  const half = xs.length > 1 ? (xs[1] - xs[0]) / 2 : 15 * 86400;
  const c = colours();
  const comparing = answer.series.length > 1;
  const pct = (s) => s.points.map((p) => p.share * 100);
  const series = comparing
    ? answer.series.map((s, i) => ({ label: `Part « ${s.query} »`, scale: "%", stroke: i ? c.second : c.accent, width: 2, points: { show: false }, value: (u, v) => (v == null ? "–" : v.toFixed(2) + " %") }))
    : [
      { label: `Articles « ${answer.series[0].query} »`, scale: "n", stroke: c.accent, fill: c.accent + "66", paths: uPlot.paths.bars({ size: [0.8, 48] }), points: { show: false } },
      { label: "Part des articles", scale: "%", stroke: c.second, width: 2, points: { show: false }, value: (u, v) => (v == null ? "–" : v.toFixed(2) + " %") },
    ];
  const data = [xs, ...(comparing ? answer.series.map(pct) : [points.map((p) => p.matches), pct(answer.series[0])])];
  const container = $("coverage-chart");
  const options = {
    width: Math.max(container.clientWidth, 280),
    height: 210,
    tzDate: (ts) => uPlot.tzDate(new Date(ts * 1000), "Etc/UTC"),
    fmtDate: (template) => uPlot.fmtDate(template, NAMES),
    scales: { x: { time: true, range: (u, min, max) => [min - half, max + half] }, n: { range: (u, min, max) => [0, Math.max(max, 1)] }, "%": { range: (u, min, max) => [0, Math.max(max, 0.01) * 1.1] } },
    axes: [
      { stroke: c.muted, grid: { stroke: c.line, width: 1 }, ticks: { stroke: c.line } },
      comparing
        ? { scale: "%", stroke: c.muted, grid: { stroke: c.line, width: 1 }, values: (u, vals) => vals.map((v) => v + " %") }
        : { scale: "n", stroke: c.muted, grid: { stroke: c.line, width: 1 } },
      ...(comparing ? [] : [{ scale: "%", side: 1, stroke: c.second, grid: { show: false }, values: (u, vals) => vals.map((v) => v + " %") }]),
    ],
    series: [{ label: "Période", value: (u, v, s, i) => (i == null ? "" : points[i].period) }, ...series],
    cursor: { drag: { x: false, y: false }, points: { show: false } },
    hooks: {
      drawClear: [(u) => {
        const ctx = u.ctx;
        ctx.save();
        ctx.fillStyle = c.accent + "33";
        points.forEach((p, i) => {
          if (!selected(p)) return;
          const left = u.valToPos(xs[i] - half, "x", true);
          const right = u.valToPos(xs[i] + half, "x", true);
          ctx.fillRect(left, u.bbox.top, right - left, u.bbox.height);
        });
        ctx.restore();
      }],
    },
  };
  shown?.plot.destroy();
  const plot = new uPlot(options, data, container);
  // The period under the pointer at the click itself (the cursor's own index may lag a frame behind).
  plot.over.addEventListener("click", (e) => {
    const i = plot.posToIdx(e.clientX - plot.over.getBoundingClientRect().left);
    if (i != null && i >= 0 && i < points.length) choose(points[i]);
  });
  plot.over.title = "Cliquez une période pour n'afficher que ses articles";
  shown = { plot, points, xs };
  new ResizeObserver(() => shown?.plot === plot && plot.setSize({ width: Math.max(container.clientWidth, 280), height: 210 })).observe(container);
}

/** The chart's numbers as a table whose periods are buttons: the same choice for keyboards and screen readers. */
function table(answer, selected, choose) {
  const comparing = answer.series.length > 1;
  const head = el("tr", {}, el("th", { scope: "col", text: "Période" }),
    ...answer.series.flatMap((s) => [el("th", { scope: "col", text: comparing ? `Articles « ${s.query} »` : "Articles" }), el("th", { scope: "col", text: comparing ? `Part « ${s.query} »` : "Part" })]),
    el("th", { scope: "col", text: "Tous les articles" }));
  const rows = answer.series[0].points.map((p, i) => {
    const button = el("button", { type: "button", class: "period", "data-period": p.period, "aria-pressed": String(selected(p)), text: p.period });
    button.addEventListener("click", () => choose(p));
    return el("tr", {}, el("th", { scope: "row" }, button),
      ...answer.series.flatMap((s) => [el("td", { text: s.points[i].matches.toLocaleString("fr-FR") }), el("td", { text: percent.format(s.points[i].share) })]),
      el("td", { text: p.total.toLocaleString("fr-FR") }));
  });
  $("coverage-table").replaceChildren(el("thead", {}, head), el("tbody", {}, ...rows));
  $("coverage-data").hidden = false;
}

/** Wires the period and comparison controls (once). */
export function wireCoverage({ go }) {
  $("coverage-by").addEventListener("change", (e) => go({ by: e.target.value }, { resetPage: false }));
  $("compare-form").addEventListener("submit", (e) => {
    e.preventDefault();
    go({ compare: $("compare-q").value.trim() }, { resetPage: false });
  });
  $("compare-clear").addEventListener("click", () => go({ compare: "" }, { resetPage: false }));
}
