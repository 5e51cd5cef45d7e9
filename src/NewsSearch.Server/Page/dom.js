// Building page elements without ever parsing article text as HTML: text goes in text nodes, and a snippet becomes
// text and <mark> elements only after checking it holds nothing else.

export function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (key === "text") node.textContent = value;
    else if (key === "class") node.className = value;
    else if (key.startsWith("data-") || key.startsWith("aria-")) node.setAttribute(key, value);
    else node[key] = value;
  }
  node.append(...children.filter((c) => c !== null && c !== undefined));
  return node;
}

// ---- snippets: escaped text with <mark> only ----
const ENTITY = /&(?:amp|lt|gt|quot|apos|#39|#\d{1,7}|#x[0-9a-f]{1,6});/gi;
const NAMED = { "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&apos;": "'", "&#39;": "'" };

export function decodeEntities(text) {
  return text.replace(ENTITY, (e) => {
    const named = NAMED[e.toLowerCase()];
    if (named) return named;
    const code = e[2] === "x" || e[2] === "X" ? parseInt(e.slice(3, -1), 16) : parseInt(e.slice(2, -1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : "\uFFFD";
  });
}

/** Builds the snippet as nodes; anything but escaped text and balanced <mark> tags is shown as plain text. */
export function snippetNodes(snippet) {
  const parts = snippet.split(/(<mark>|<\/mark>)/);
  let depth = 0;
  const safe = parts.every((part) => {
    if (part === "<mark>") return ++depth === 1;
    if (part === "</mark>") return --depth === 0;
    return !/[<>]/.test(part);
  }) && depth === 0;
  if (!safe) return [document.createTextNode(snippet)];
  const nodes = [];
  let inMark = false;
  for (const part of parts) {
    if (part === "<mark>") inMark = true;
    else if (part === "</mark>") inMark = false;
    else if (part) nodes.push(inMark ? el("mark", { text: decodeEntities(part) }) : document.createTextNode(decodeEntities(part)));
  }
  return nodes;
}
