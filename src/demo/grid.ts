// The demo page's picture of the in-memory workbook (src/memory-host/workbook.ts): sheet tabs, an
// input bar over the grid, and one table per sheet drawn cell by cell through textContent (nothing
// from a workbook is ever parsed as markup). A click selects a cell; Enter in the input bar types into
// it through MemoryWorkbook.type(), which the host hears as the clerk's edit (live check). A selection
// made by the pane (a finding clicked) arrives through onSelect and is shown and scrolled to. The
// keyboard reaches any cell through the name box (an address and Enter), as in Excel.
import { t } from "../i18n";
import type { Lang } from "../i18n";
import { a1, colLetters, parseCell } from "../layout/a1";
import type { MemorySheet, MemoryWorkbook } from "../memory-host/workbook";
import { button, el, replaceChildren } from "../taskpane/dom";

export interface Grid {
  /** Draws the workbook again (after the host wrote into it). */
  redraw(): void;
}

/** Excel's column width is in characters; about 7.5 px each at the page's font size. */
const PX_PER_CHAR = 7.5;
const MAX_DRAWN_COLUMNS = 30;

function shownText(v: string | number): string {
  return typeof v === "number" ? String(Math.round(v * 1e6) / 1e6) : v;
}

export function createGrid(root: HTMLElement, wb: MemoryWorkbook, lang: Lang): Grid {
  const doc = root.ownerDocument;
  // The workbook's own text is Chinese whatever the page's language: marked so, for its fonts and screen readers.
  const tabs = el(doc, "nav", { class: "demo-tabs", attrs: { "aria-label": t(lang, "demo.grid.sheets"), lang: "zh-CN" } });
  // The name box, as in Excel: type an address (D5) and Enter to select it — the keyboard's way to a cell.
  const cellName = el(doc, "input", { class: "demo-cellname", attrs: { id: "demo-cellname", type: "text", autocomplete: "off", "aria-label": t(lang, "demo.grid.nameBox") } });
  const input = el(doc, "input", { class: "demo-input", attrs: { id: "demo-input", type: "text", placeholder: t(lang, "demo.grid.input"), autocomplete: "off" } });
  const status = el(doc, "p", { class: "demo-status muted", attrs: { id: "demo-status", role: "status" } });
  const scroller = el(doc, "div", { class: "demo-scroller", attrs: { id: "demo-scroller", lang: "zh-CN" } });
  replaceChildren(root, [el(doc, "h2", { class: "demo-title", text: t(lang, "demo.grid.title") }), tabs, el(doc, "div", { class: "demo-bar" }, [cellName, input]), status, scroller]);

  const current = (): MemorySheet | null => wb.active ?? wb.sheets.find((s) => s.visibility === "visible") ?? null;
  const selected = (): string | null => {
    const s = current();
    return s && wb.selection?.sheet === s.name ? wb.selection.address : null;
  };

  /** The cell the input bar was last filled from: a redraw after a host step (a live check finishing)
   *  must not replace what the clerk is typing with the cell's old content. */
  let inputFor: string | null = null;

  function syncInput(force = false): void {
    const s = current();
    const address = selected();
    const id = s && address ? `${s.name}!${address}` : null;
    if (id === inputFor && !force) return;
    inputFor = id;
    cellName.value = address ?? "";
    input.setAttribute("aria-label", t(lang, "demo.grid.inputLabel", { cell: address ?? "" }));
    if (!s || !address) {
      input.value = "";
      return;
    }
    const p = parseCell(address);
    const c = wb.cell(s, p.row, p.col);
    input.value = c?.formula ?? (c?.value === null || c?.value === undefined ? "" : String(c.value));
  }

  function drawTabs(): void {
    const active = current();
    replaceChildren(
      tabs,
      wb.sheets
        .filter((s) => s.visibility === "visible")
        .map((s) =>
          button(doc, s.name, () => {
            wb.active = s;
            draw();
          }, { class: s === active ? "demo-tab active" : "demo-tab", attrs: { "aria-pressed": String(s === active) } }),
        ),
    );
  }

  function drawSheet(): void {
    const s = current();
    if (!s) {
      replaceChildren(scroller, []);
      return;
    }
    const used = wb.usedRange(s);
    const rows = Math.max(used?.bottom ?? 1, 1);
    const cols = Math.min(Math.max(used?.right ?? 1, ...s.columnWidths.keys(), 1), MAX_DRAWN_COLUMNS);
    const covered = new Set<string>();
    const spans = new Map<string, { rows: number; cols: number }>();
    for (const m of s.merges) {
      spans.set(`${m.top},${m.left}`, { rows: m.bottom - m.top + 1, cols: m.right - m.left + 1 });
      for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) covered.add(`${r},${c}`);
    }
    const sel = selected();
    const colgroup = el(doc, "colgroup", {}, [el(doc, "col", { class: "demo-rowhead-col" })]);
    for (let c = 1; c <= cols; c++) {
      const col = el(doc, "col");
      col.style.width = `${Math.round((s.columnWidths.get(c) ?? 8.43) * PX_PER_CHAR)}px`; // CSSOM, not a style attribute: allowed by the CSP
      colgroup.appendChild(col);
    }
    const head = el(doc, "tr", {}, [el(doc, "th", { class: "demo-corner" })]);
    for (let c = 1; c <= cols; c++) head.appendChild(el(doc, "th", { text: colLetters(c) }));
    const body = el(doc, "tbody");
    for (let r = 1; r <= rows; r++) {
      const tr = el(doc, "tr", {}, [el(doc, "th", { text: String(r) })]);
      for (let c = 1; c <= cols; c++) {
        const k = `${r},${c}`;
        if (covered.has(k)) continue;
        const address = a1(r, c);
        const cell = wb.cell(s, r, c);
        const shown = wb.shown(s, r, c);
        const td = el(doc, "td", { text: shownText(shown), attrs: { "data-address": address } });
        const span = spans.get(k);
        if (span) {
          if (span.rows > 1) td.rowSpan = span.rows;
          if (span.cols > 1) td.colSpan = span.cols;
        }
        if (cell?.fill) td.style.backgroundColor = cell.fill;
        const classes = [cell?.bold ? "bold" : "", typeof shown === "number" ? "num" : "", cell && !cell.locked ? "editable" : "", address === sel ? "selected" : ""];
        td.className = classes.filter(Boolean).join(" ");
        if (address === sel) td.setAttribute("aria-selected", "true");
        td.addEventListener("click", () => {
          wb.select(s.name, address);
          input.focus();
        });
        tr.appendChild(td);
      }
      body.appendChild(tr);
    }
    const table = el(doc, "table", { class: "demo-grid", attrs: { id: "demo-grid", "data-sheet": s.name } }, [colgroup, el(doc, "thead", {}, [head]), body]);
    replaceChildren(scroller, [table]);
    const target = sel ? table.querySelector(`td[data-address="${sel}"]`) : null;
    if (target && typeof (target as HTMLElement).scrollIntoView === "function") (target as HTMLElement).scrollIntoView({ block: "nearest", inline: "nearest" });
  }

  function draw(force = false): void {
    drawTabs();
    drawSheet();
    syncInput(force);
  }

  input.addEventListener("keydown", (e) => {
    if (e.key !== "Enter") return;
    e.preventDefault();
    const s = current();
    const address = selected();
    if (!s || !address) return;
    const cell = `${s.name}!${address}`;
    const ok = wb.type(s.name, address, input.value);
    status.textContent = t(lang, ok ? "demo.grid.typed" : "demo.grid.locked", { cell });
    draw(true); // the input shows what the cell now holds (a refused edit: what it still holds)
  });
  cellName.addEventListener("keydown", (e) => {
    if (e.key !== "Enter") return;
    e.preventDefault();
    const s = current();
    let p: { row: number; col: number } | null = null;
    try {
      p = parseCell(cellName.value.trim().toUpperCase());
    } catch {
      p = null; // not an address: said below
    }
    if (!s || !p) {
      status.textContent = t(lang, "demo.grid.badAddress", { text: cellName.value.trim() });
      return;
    }
    wb.select(s.name, a1(p.row, p.col));
    input.focus();
  });
  wb.onSelect(() => draw());
  draw();
  return { redraw: () => draw() };
}
