// The one way the pane makes elements: tag, class, attributes and text. Text goes in through
// textContent only, so nothing read from the workbook (agency names, narrative, cell values) is ever
// parsed as markup.

export type Child = Node | string | null | undefined | false;

export interface Props {
  class?: string;
  attrs?: Record<string, string>;
  text?: string;
}

export function el<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, props: Props = {}, children: Child[] = []): HTMLElementTagNameMap[K] {
  const e = doc.createElement(tag);
  if (props.class) e.className = props.class;
  for (const [k, v] of Object.entries(props.attrs ?? {})) e.setAttribute(k, v);
  if (props.text !== undefined) e.textContent = props.text;
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    e.appendChild(typeof c === "string" ? doc.createTextNode(c) : c);
  }
  return e;
}

export function button(doc: Document, text: string, onClick: () => void, props: Props = {}): HTMLButtonElement {
  const b = el(doc, "button", { ...props, text, attrs: { type: "button", ...(props.attrs ?? {}) } });
  b.addEventListener("click", onClick);
  return b;
}

/** Replaces a container's content (no innerHTML involved). */
export function replaceChildren(parent: Element, children: Child[]): void {
  while (parent.firstChild) parent.removeChild(parent.firstChild);
  for (const c of children) if (c) parent.appendChild(typeof c === "string" ? parent.ownerDocument.createTextNode(c) : c);
}
