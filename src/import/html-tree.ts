// A small, forgiving HTML reader: tags, text and entities into a tree. Everything is treated as text;
// scripts and styles are dropped unread, nothing is executed. It implies the end tags real pages omit
// (<p>, <td>, <tr>, <li>) and ignores end tags that close nothing. Elements nested deeper than
// MAX_NESTING are kept as children of the deepest open one, so the tree's depth is bounded and no walk
// over it can overflow the stack; one pass, linear in the page.
import { MAX_NESTING } from "./limits";

export interface HtmlElement {
  name: string;
  attrs: Record<string, string>;
  children: HtmlNode[];
}
export type HtmlNode = HtmlElement | string;

const VOID = new Set(["br", "img", "hr", "meta", "link", "input", "col", "wbr", "area", "base", "source", "param", "embed"]);
const DROPPED = new Set(["script", "style", "noscript", "template", "textarea", "svg", "object", "iframe"]);
// Opening one of these closes an open element of the listed names inside the nearest table/list scope.
const IMPLIED_CLOSE: Record<string, string[]> = {
  td: ["td", "th", "p"],
  th: ["td", "th", "p"],
  tr: ["td", "th", "tr", "p"],
  tbody: ["td", "th", "tr", "tbody", "thead", "tfoot"],
  thead: ["td", "th", "tr", "tbody", "thead", "tfoot"],
  tfoot: ["td", "th", "tr", "tbody", "thead", "tfoot"],
  li: ["li", "p"],
  p: ["p"],
};
const SCOPE = new Set(["table", "ul", "ol", "td", "th", "body", "html"]);

const NAMED: Record<string, string> = {
  nbsp: "\u00a0", amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", ensp: "\u2002", emsp: "\u2003",
  thinsp: "\u2009", middot: "·", mdash: "—", ndash: "–", hellip: "…", ldquo: "“", rdquo: "”",
  lsquo: "‘", rsquo: "’", times: "×", yen: "¥", copy: "©", shy: "",
};

export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);?/gi, (m, body: string) => {
    if (body[0] === "#") {
      const code = body[1] === "x" || body[1] === "X" ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
    }
    return NAMED[body.toLowerCase()] ?? m;
  });
}

// Sticky: matched in place at each "<", without copying the rest of the page.
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/y;
const ATTR = /([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;

function parseAttrs(s: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  for (const m of s.matchAll(ATTR)) attrs[m[1].toLowerCase()] = decodeEntities(m[2] ?? m[3] ?? m[4] ?? "");
  return attrs;
}

/** Parses a page into a tree under a synthetic root element "#root"; also returns the <title> text. */
export function parseHtml(html: string): { root: HtmlElement; title: string } {
  const root: HtmlElement = { name: "#root", attrs: {}, children: [] };
  const stack: HtmlElement[] = [root];
  let title = "";
  let flat = 0; // elements opened past MAX_NESTING and not yet closed: their end tags close nothing
  const top = () => stack[stack.length - 1];
  const closeTo = (index: number) => {
    stack.length = Math.max(1, index);
  };
  // The outermost open element of `names` inside the current scope (a <td> closes the <p> in it too).
  const openIndex = (names: string[]): number => {
    let found = -1;
    for (let i = stack.length - 1; i > 0; i--) {
      if (names.includes(stack[i].name)) found = i;
      else if (SCOPE.has(stack[i].name)) break;
    }
    return found;
  };

  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf("<", i);
    const textEnd = lt < 0 ? html.length : lt;
    if (textEnd > i) top().children.push(decodeEntities(html.slice(i, textEnd)));
    if (lt < 0) break;
    if (html.startsWith("<!--", lt)) {
      const end = html.indexOf("-->", lt + 4);
      i = end < 0 ? html.length : end + 3;
      continue;
    }
    TAG.lastIndex = lt;
    const tag = TAG.exec(html);
    if (!tag) {
      if (html[lt + 1] === "!" || html[lt + 1] === "?") {
        const end = html.indexOf(">", lt);
        i = end < 0 ? html.length : end + 1;
      } else {
        top().children.push("<"); // a stray "<" in text
        i = lt + 1;
      }
      continue;
    }
    i = lt + tag[0].length;
    const name = tag[2].toLowerCase();
    if (tag[1]) {
      if (flat > 0) {
        flat--;
        continue;
      }
      let at = stack.length - 1;
      while (at > 0 && stack[at].name !== name) at--;
      if (at > 0) closeTo(at);
      continue;
    }
    if (DROPPED.has(name) || name === "title") {
      // Searched in place from i: copying the rest of the page per element would be quadratic.
      const closer = new RegExp(`</${name}\\s*>`, "gi");
      closer.lastIndex = i;
      const close = closer.exec(html);
      const end = close ? close.index : html.length;
      if (name === "title") title = decodeEntities(html.slice(i, end)).trim();
      i = close ? end + close[0].length : html.length;
      continue;
    }
    const implied = IMPLIED_CLOSE[name];
    if (implied) {
      const at = openIndex(implied);
      if (at > 0) closeTo(at);
    }
    const el: HtmlElement = { name, attrs: parseAttrs(tag[3]), children: [] };
    top().children.push(el);
    if (VOID.has(name) || tag[3].trim().endsWith("/")) continue;
    if (stack.length > MAX_NESTING) flat++;
    else stack.push(el);
  }
  return { root, title };
}
