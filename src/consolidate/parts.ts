// A report taken in as a part: its body's name, where it came from, how its own check came out, and
// its input figures. Running 汇总 again replaces a body of the same name and keeps the others.
import { getFormat } from "../format";
import type { PartFigures, PartStatus, ReportData } from "../model/report";
import type { Finding } from "../rules/types";
import { partKeys } from "./keys";

// No "path" module: the core also runs in the task pane.
const basename = (file: string) => file.split(/[\\/]/).pop() ?? file;

export function statusOf(findings: Finding[]): PartStatus {
  if (findings.some((f) => f.severity === "error")) return "errors";
  if (findings.some((f) => f.severity === "warning")) return "warnings";
  return "ok";
}

/** The part of `report` (already checked: `findings`). Named by its agency, else by its file. */
export function partOf(report: ReportData, findings: Finding[], file: string | null): PartFigures {
  const cells: PartFigures["cells"] = {};
  for (const k of partKeys(getFormat(report.format))) cells[k] = report.cells[k] ?? { kind: "blank" };
  const body = report.agency?.trim() || (file ? basename(file).replace(/\.[^.]+$/, "") : "");
  return { body, file: file ? basename(file) : null, year: report.year, status: statusOf(findings), cells };
}

/** `existing` with `incoming` added: a body of the same name is replaced where it stood, new ones
 *  follow in the order given (the last of two same-named incoming parts wins). */
export function mergeParts(existing: PartFigures[], incoming: PartFigures[]): PartFigures[] {
  const out = [...existing];
  for (const p of incoming) {
    const i = out.findIndex((x) => x.body === p.body);
    if (i >= 0) out[i] = p;
    else out.push(p);
  }
  return out;
}
