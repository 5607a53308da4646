// A total the report printed stays as printed (DESIGN §5). The template fills a total with a formula
// over its parts; a report whose printed total differs from that sum (a published error), or that
// printed no figure there (blank, "/", text), or whose total could not be read, gets the printed
// content as a plain value instead — so checking the workbook finds what checking the report finds,
// and the balance highlights (which compare a total cell with its parts) show it. Such a cell is
// marked `kept`; the hosts add a note saying why. A total that agrees with its parts keeps its formula.
import type { CellKey } from "../format";
import type { CellValue } from "../model/cell";
import { unreadMark } from "../model/cell";
import { evaluateTotals } from "./fill";
import type { CellPlan, SheetPlan } from "./types";

/** Why a total cell holds a value instead of its formula. */
export type KeptReason = "printed" | "unread";

/** What a kept total cell holds: the printed number or text, nothing for a blank, the mark for unread. */
function keptValue(v: CellValue): string | number | undefined {
  switch (v.kind) {
    case "number":
      return v.value;
    case "blank":
      return undefined;
    case "unread":
      return unreadMark(v);
    default:
      return v.raw;
  }
}

function keep(c: CellPlan, v: CellValue): CellPlan {
  const out: CellPlan = { ...c, kept: v.kind === "unread" ? "unread" : "printed" };
  delete out.formula;
  delete out.result;
  const value = keptValue(v);
  if (value === undefined) delete out.value;
  else out.value = value;
  return out;
}

/**
 * The sheet's total cells as the report printed them: each total whose printed content the formula
 * would not show becomes that content. Totals over totals (表三's 总计 row and column) are settled
 * in passes, each seeing the values kept before, as the spreadsheet will.
 */
export function keepPrintedTotals(sheet: SheetPlan, cells: Record<CellKey, CellValue> | undefined): SheetPlan {
  if (!cells) return sheet;
  // A blank total is the report's own blank only beside figures: a table with none (a new template,
  // an empty report) keeps its formulas, which compute as the clerk types.
  const filled = sheet.cells.some((c) => c.role === "input" && c.key && (cells[c.key]?.kind ?? "blank") !== "blank");
  // Only the template's own total formulas: a formula whose result the plan knows (汇总, over 明细) is
  // the sum of what the parts printed, not a total to keep.
  const template = (c: CellPlan) => c.role === "total" && c.key !== undefined && c.formula !== undefined && c.result === undefined;
  let current = sheet.cells.map((c) => {
    const v = template(c) && c.key ? cells[c.key] : undefined;
    return v && v.kind !== "number" && (v.kind !== "blank" || filled) ? keep(c, v) : c;
  });
  for (let pass = 0; pass < 4; pass++) {
    const results = evaluateTotals({ ...sheet, cells: current });
    let changed = false;
    current = current.map((c) => {
      const v = template(c) && c.key ? cells[c.key] : undefined;
      if (!v || v.kind !== "number") return c;
      const computed = results.get(c.address);
      if (computed !== undefined && Math.abs(computed - v.value) < 1e-6) return c;
      changed = true;
      return keep(c, v);
    });
    if (!changed) break;
  }
  return { ...sheet, cells: current };
}
