// Test helper: what a host would read back from a workbook laid out by `plan` and filled with
// `report` — each defined name's grid — built without any spreadsheet, so damage can be simulated.
import { parseCell, parseRange } from "../../src/layout/a1";
import { evaluateTotals, fillPlan } from "../../src/layout/fill";
import type { RangeRead, WorkbookRead } from "../../src/layout/read-types";
import type { LayoutPlan } from "../../src/layout/types";
import type { ReportData } from "../../src/model/report";

export function sheetGrids(plan: LayoutPlan, report: ReportData | null): Map<string, Map<string, unknown>> {
  const filled = report ? fillPlan(plan, report) : plan; // null: the plan already holds its values
  const out = new Map<string, Map<string, unknown>>();
  for (const s of filled.sheets) {
    const totals = evaluateTotals(s);
    const cells = new Map<string, unknown>();
    for (const c of s.cells) cells.set(c.address, c.formula ? totals.get(c.address) : c.value);
    out.set(s.name, cells);
  }
  return out;
}

export function workbookReadOf(plan: LayoutPlan, report: ReportData | null): WorkbookRead {
  const grids = sheetGrids(plan, report);
  const names: WorkbookRead["names"] = {};
  for (const n of plan.names) {
    const r = parseRange(n.range);
    const values: unknown[][] = [];
    for (let row = r.top; row <= r.bottom; row++) {
      const line: unknown[] = [];
      for (let col = r.left; col <= r.right; col++) {
        const addr = `${String.fromCharCode(64 + col)}${row}`;
        line.push(grids.get(n.sheet)?.get(addr) ?? "");
      }
      values.push(line);
    }
    names[n.name] = { sheet: n.sheet, address: n.range, values };
  }
  return { sheetNames: plan.sheets.map((s) => s.name), names };
}

/** The range with an empty row inserted before 0-based row `at` (Excel grows the name). */
export function insertRow(r: RangeRead, at: number): RangeRead {
  const p = parseRange(r.address);
  const values = [...r.values.slice(0, at), r.values[0].map(() => ""), ...r.values.slice(at)];
  return { ...r, values, address: `${r.address.split(":")[0]}:${String.fromCharCode(64 + p.right)}${p.bottom + 1}` };
}

/** The range with 0-based row `at` deleted (Excel shrinks the name). */
export function deleteRow(r: RangeRead, at: number): RangeRead {
  const p = parseRange(r.address);
  const values = r.values.filter((_, i) => i !== at);
  return { ...r, values, address: `${r.address.split(":")[0]}:${String.fromCharCode(64 + p.right)}${p.bottom - 1}` };
}

/** The range with an empty column inserted before 0-based column `at`. */
export function insertColumn(r: RangeRead, at: number): RangeRead {
  const p = parseRange(r.address);
  const values = r.values.map((row) => [...row.slice(0, at), "", ...row.slice(at)]);
  return { ...r, values, address: `${r.address.split(":")[0]}:${String.fromCharCode(65 + p.right)}${p.bottom}` };
}

export const cellAt = (r: RangeRead, address: string): unknown => {
  const p = parseRange(r.address);
  const c = parseCell(address);
  return r.values[c.row - p.top]?.[c.col - p.left];
};
