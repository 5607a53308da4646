// Keeping keyboard focus and a text field's caret across a re-render (a live check re-renders the
// list while the clerk may be typing in the pane).

export interface FocusMark {
  key: string | null;
  caret: [number, number] | null;
}

/** A text field's caret, so a re-render while the clerk types does not move it. */
function caretOf(e: HTMLElement | null): [number, number] | null {
  try {
    const i = e as HTMLInputElement | null;
    return i && typeof i.selectionStart === "number" && typeof i.selectionEnd === "number" ? [i.selectionStart, i.selectionEnd] : null;
  } catch {
    return null; // type=number has no selection in some engines and throws in others
  }
}

export function markFocus(doc: Document): FocusMark {
  const active = doc.activeElement as HTMLElement | null;
  return { key: active?.getAttribute("data-finding") ?? active?.id ?? null, caret: caretOf(active) };
}

export function restoreFocus(root: HTMLElement, mark: FocusMark): void {
  if (!mark.key) return;
  const doc = root.ownerDocument;
  const again = [...root.querySelectorAll<HTMLElement>("[data-finding]")].find((e) => e.getAttribute("data-finding") === mark.key) ?? doc.getElementById(mark.key);
  if (!again || again === doc.activeElement) return;
  again.focus();
  if (!mark.caret) return;
  try {
    (again as HTMLInputElement).setSelectionRange(mark.caret[0], mark.caret[1]);
  } catch {
    // not a text field
  }
}
