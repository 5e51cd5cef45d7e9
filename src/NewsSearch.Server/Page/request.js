// One JSON request at a time per caller: starting a request aborts that caller's previous one, so a slow answer to
// an old query never overwrites the answer to the new one. Each panel of the page has its own.

export function latestJson() {
  let pending = null;
  return async (url) => {
    if (pending) pending.abort();
    const controller = new AbortController();
    pending = controller;
    const response = await fetch(url, { signal: controller.signal, headers: { Accept: "application/json" } });
    const body = await response.json().catch(() => ({}));
    if (!response.ok) throw new Error(body.detail || body.title || `Erreur ${response.status}`);
    return body;
  };
}

/** The filters of a page state as query-string pairs; dates left out when `withDates` is false. */
export function filterParams(state, withDates = true) {
  return [...state.sources.map((s) => ["source", s]),
    ...(withDates && state.from ? [["from", state.from]] : []), ...(withDates && state.to ? [["to", state.to]] : [])];
}
