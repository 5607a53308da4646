// HTML pages into a small tree, parsed by parse5: the HTML Standard's parsing algorithm, the one
// browsers (and jsdom) use. Published reports are Word-exported, malformed pages — unclosed <td> and
// <p>, <o:p> tags, conditional comments, stray "<" — and only the standard's algorithm reads them as a
// browser shows them. Everything is treated as text: scripts, styles and other non-content elements
// are dropped unread, comments too, nothing is executed or fetched. Elements nested deeper than
// MAX_NESTING are kept as children of the deepest kept one, so the tree's depth is bounded and no walk
// over it can overflow the stack; the conversion itself is iterative.
import { parse } from "parse5";
import type { DefaultTreeAdapterMap } from "parse5";
import { MAX_NESTING } from "./limits";

export interface HtmlElement {
  name: string;
  attrs: Record<string, string>;
  children: HtmlNode[];
}
export type HtmlNode = HtmlElement | string;

type P5Node = DefaultTreeAdapterMap["node"];
type P5Element = DefaultTreeAdapterMap["element"];

const DROPPED = new Set(["script", "style", "noscript", "template", "textarea", "svg", "math", "object", "iframe", "title", "head"]);

const isElement = (n: P5Node): n is P5Element => "tagName" in n;

/** Parses a page into a tree under a synthetic root element "#root"; also returns the <title> text. */
export function parseHtml(html: string): { root: HtmlElement; title: string } {
  const doc = parse(html);
  const root: HtmlElement = { name: "#root", attrs: {}, children: [] };
  let title = "";
  // Depth-first, children in order: a stack of [parse5 node, the element it goes into, its depth].
  const todo: [P5Node, HtmlElement, number][] = [];
  const pushChildren = (from: { childNodes: P5Node[] }, into: HtmlElement, depth: number) => {
    for (let i = from.childNodes.length - 1; i >= 0; i--) todo.push([from.childNodes[i], into, depth]);
  };
  pushChildren(doc, root, 0);
  while (todo.length > 0) {
    const [node, into, depth] = todo.pop() as [P5Node, HtmlElement, number];
    if (node.nodeName === "#text" && "value" in node) {
      into.children.push(node.value);
      continue;
    }
    if (!isElement(node)) continue; // comments, doctype
    const name = node.tagName.toLowerCase();
    if (name === "title" && title === "") title = textOf(node).trim();
    if (name === "head") {
      // The <title> may only be in <head>; nothing else there is the report's content.
      for (const c of node.childNodes) if (isElement(c) && c.tagName === "title" && title === "") title = textOf(c).trim();
      continue;
    }
    if (DROPPED.has(name)) continue;
    if (depth >= MAX_NESTING) {
      // Past the bound the element's own content is kept in place, without a level of its own.
      pushChildren(node, into, depth);
      continue;
    }
    const el: HtmlElement = { name, attrs: attrsOf(node), children: [] };
    into.children.push(el);
    pushChildren(node, el, depth + 1);
  }
  return { root, title };
}

function attrsOf(node: P5Element): Record<string, string> {
  const attrs: Record<string, string> = {};
  for (const a of node.attrs) attrs[a.name.toLowerCase()] = a.value;
  return attrs;
}

/** The text directly in an element (a <title> holds text only). */
function textOf(node: P5Element): string {
  let s = "";
  for (const c of node.childNodes) if (c.nodeName === "#text" && "value" in c) s += c.value;
  return s;
}
