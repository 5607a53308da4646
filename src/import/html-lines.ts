// An HTML page as lines: paragraphs and headings become text lines (each a hard paragraph break);
// a data table becomes one line per <tr> with its cells explicit, blanks (&nbsp;) included.
// Spans are not laid out on a grid: a rowspan'd parent label (三、本年度办理结果) appears in its first
// row only, which is all the label matching needs, and value cells are told apart by their content.
import { parseHtml } from "./html-tree";
import type { HtmlElement, HtmlNode } from "./html-tree";
import type { Line } from "./lines";
import { nfkc } from "./normalize";

const BLOCK = new Set([
  "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "section", "article", "header", "footer",
  "blockquote", "pre", "hr", "dd", "dt", "dl", "center", "form", "nav", "aside", "main", "figure", "figcaption",
  "caption", "table", "tr", "td", "th", "tbody", "thead", "tfoot", "body", "html",
]);

export function htmlLines(html: string): { lines: Line[]; title: string } {
  const { root, title } = parseHtml(html);
  const lines: Line[] = [];
  let buf = "";
  const flush = () => {
    const raw = buf.replace(/[ \t\r\n]+/g, " ").trim();
    const text = nfkc(raw).replace(/\s+/g, " ").trim();
    if (text !== "") lines.push({ text, raw, hard: true });
    buf = "";
  };
  const walk = (node: HtmlNode): void => {
    if (typeof node === "string") {
      buf += node;
      return;
    }
    if (node.name === "br") return flush();
    if (node.name === "table" && isDataTable(node)) {
      flush();
      for (const line of tableLines(node)) lines.push(line);
      return;
    }
    const block = BLOCK.has(node.name);
    if (block) flush();
    for (const child of node.children) walk(child);
    if (block) flush();
  };
  walk(root);
  flush();
  return { lines, title };
}

/** A table of figures, not a page-layout table: one that holds no other table. */
function isDataTable(table: HtmlElement): boolean {
  const holdsTable = (e: HtmlElement): boolean =>
    e.children.some((c) => typeof c !== "string" && (c.name === "table" || holdsTable(c)));
  return !holdsTable(table);
}

function tableLines(table: HtmlElement): Line[] {
  const out: Line[] = [];
  const visit = (e: HtmlElement) => {
    for (const c of e.children) {
      if (typeof c === "string") continue;
      if (c.name === "caption") {
        const raw = cellText(c);
        const text = nfkc(raw).replace(/\s+/g, " ").trim();
        if (text) out.push({ text, raw, hard: true });
      } else if (c.name === "tr") {
        const cells = c.children
          .filter((x): x is HtmlElement => typeof x !== "string" && (x.name === "td" || x.name === "th"))
          .map(cellText);
        if (cells.some((x) => x.trim() !== "")) {
          const raw = cells.join(" ");
          out.push({ text: nfkc(raw).replace(/\s+/g, " ").trim(), raw, cells, hard: true });
        }
      } else visit(c);
    }
  };
  visit(table);
  return out;
}

/** A cell's text as typed: HTML whitespace collapsed, <br> and paragraphs as line breaks, &nbsp; kept. */
function cellText(cell: HtmlElement): string {
  let s = "";
  const walk = (n: HtmlNode) => {
    if (typeof n === "string") s += n.replace(/[ \t\r\n]+/g, " ");
    else {
      const block = n.name === "br" || BLOCK.has(n.name);
      if (block) s += "\n";
      n.children.forEach(walk);
      if (block) s += "\n";
    }
  };
  cell.children.forEach(walk);
  return s.replace(/[ \t]*\n[ \t\n]*/g, "\n").replace(/^[ \t\n]+|[ \t\n]+$/g, "");
}
