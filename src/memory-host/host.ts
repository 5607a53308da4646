// The host seam (src/host/types.ts) over a workbook held in memory (workbook.ts): the third host,
// beside Office.js and WPS, so the real pane runs in any browser for the demo page (src/demo/) with
// no spreadsheet at all. The pure core is shared exactly as on WPS: relayout() decides what 生成模板
// writes, readBack() turns the names' ranges into report data, the rules and planHighlights() do the
// rest. What the model has no place for — data validation, conditional formats, print setup, undo,
// saving — the capabilities and ladder() say plainly. The clerk's typing reaches the host through
// MemoryWorkbook.type(), its own writes never do, so edits are told apart without a time window.
import type { DocSettings } from "../addin/doc-settings";
import { buildCheckResult } from "../check/run-check";
import { PARTS_NAME } from "../consolidate/names";
import { partsFromValues } from "../consolidate/read-parts";
import { WATCHED_SHEETS } from "../excel/events";
import { NotesMissingError } from "../excel/explanations";
import { appendParagraph, TextCellMissingError } from "../excel/insert-text";
import { PriorSheetMissingError, priorCellsFor } from "../excel/prior";
import { asCellValue } from "../excel/text-cell";
import { EXPLANATION_COLUMNS } from "../explain/explanations";
import type { HostCapabilities, ReadOutcome, ReportHost } from "../host/types";
import { t } from "../i18n";
import type { Lang } from "../i18n";
import { UserError } from "../i18n/user-error";
import { parseRange } from "../layout/a1";
import { sheetValue } from "../layout/fill";
import { NAME } from "../layout/names";
import { notesGrid } from "../layout/notes-sheet";
import { explainGrid, explainHeader } from "../layout/explain-sheet";
import { planLayout } from "../layout/plan";
import { readBack } from "../layout/readback";
import { relayout } from "../layout/relayout";
import { writeBlock } from "./blocks";
import { paintFindings } from "./highlights";
import { rangeRead, readWorkbook } from "./read";
import type { MemorySnapshot } from "./read";
import type { MemoryWorkbook } from "./workbook";
import { writePlan } from "./write-plan";
import "./messages"; // the host's sentences (memory.*) and the demo page's

/** Sheet names any plan uses: the same in both formats. */
const planSheetNames = (): string[] => [...new Set([...planLayout("2021").sheets, ...planLayout("2019").sheets].map((s) => s.name))];

export const MEMORY_CAPABILITIES: HostCapabilities = {
  kind: "memory",
  validation: false, // input prompts and stop alerts: the model keeps none
  print: false,
  watch: true,
  ownWritesTagged: true, // only MemoryWorkbook.type() raises edits
  roundTripUnit: "call",
  layout: true,
  layoutNeeds: "",
  undoableWrites: false,
  syncBudget: null,
};

export function memoryHost(wb: MemoryWorkbook, lang: Lang): ReportHost {
  let calls = 0;
  // Each step is one call, done at once; a Promise like every host's, so the pane is the same code.
  const step = <T>(work: () => T): Promise<T> => {
    calls++;
    try {
      return Promise.resolve(work());
    } catch (e) {
      return Promise.reject(e);
    }
  };
  const watched = new Set<string>();
  let onEdits: () => void = () => undefined;
  let listening = false;

  const readAllFrom = (snap: MemorySnapshot): ReadOutcome & { findings: ReturnType<typeof readBack>["findings"] } => {
    const back = readBack(snap.read);
    const parts = wb.name(PARTS_NAME);
    if (parts) back.report.parts = partsFromValues(rangeRead(wb, parts.sheet, parts.range).values);
    return { laidOut: Boolean(wb.name(NAME.meta)), report: back.report, prior: back.prior ?? null, explanations: back.explanations, findings: back.findings };
  };

  return {
    capabilities: () => MEMORY_CAPABILITIES,
    layout: (request) =>
      step(() => {
        const snap = readWorkbook(wb, planSheetNames());
        const decided = relayout(snap.read, snap.sheets, { format: request.format, year: request.year, agency: request.agency, defaultYear: request.defaultYear });
        const base = { conflicts: decided.conflicts, keptFormulas: decided.keptFormulas, renamed: decided.renames, rebuilt: decided.rebuild, upgradedFrom: decided.upgradedFrom, findings: decided.findings, plan: decided.plan, syncs: 1 };
        const skipped = { print: "skipped" as const, validation: "skipped" as const, conditional: "skipped" as const };
        if (decided.conflicts.length > 0 && !request.overwrite) return { ...base, ...skipped, written: false };
        const rebuild = new Map<string, ReturnType<typeof parseRange>>();
        for (const name of decided.rebuild) {
          const old = snap.sheets[decided.renames.find((r) => r.to === name)?.from ?? name];
          if (old) rebuild.set(name, parseRange(old.address));
        }
        writePlan(wb, { plan: decided.plan, renames: decided.renames, rebuild });
        return { ...base, ...skipped, written: true };
      }),
    check: () =>
      step(() => {
        const snap = readWorkbook(wb);
        const read = readAllFrom(snap);
        const result = buildCheckResult({ report: read.report, findings: read.findings, explanations: read.explanations, ...(read.prior ? { prior: read.prior } : {}) }, lang);
        paintFindings(wb, snap.read, result.findings);
        return { result, report: read.report, explanations: read.explanations, ...(read.prior ? { prior: read.prior } : {}) };
      }),
    select: (refs) =>
      step(() => {
        const ref = refs.find((r) => r.sheet && r.address);
        if (ref) wb.select(ref.sheet, ref.address);
      }),
    saveExplanations: (list) =>
      step(() => {
        // The 说明 sheet's table; a workbook laid out before it (layout 2) keeps them on the notes sheet.
        const table = wb.name(NAME.explanations);
        if (table) {
          writeBlock(wb, table, explainHeader(), explainGrid(list)); // explainGrid throws before writing when too long
          return;
        }
        const grid = notesGrid(list); // throws before writing when the list is too long for the block
        const name = wb.name(NAME.notes);
        if (!name) throw new NotesMissingError(null);
        writeBlock(wb, name, [...EXPLANATION_COLUMNS], grid);
      }),
    readReport: () => step(() => readAllFrom(readWorkbook(wb)).report),
    readYears: () =>
      step(() => {
        const r = readAllFrom(readWorkbook(wb));
        return { report: r.report, prior: r.prior };
      }),
    readAll: () =>
      step(() => {
        const r = readAllFrom(readWorkbook(wb));
        return { laidOut: r.laidOut, report: r.report, prior: r.prior, explanations: r.explanations };
      }),
    insertText: (name, place, text) =>
      step(() => {
        const n = wb.name(name);
        if (!n) throw new TextCellMissingError(name, place);
        const next = appendParagraph(String(wb.shown(n.sheet, n.range.top, n.range.left)), text);
        wb.setText(n.sheet, n.range.top, n.range.left, next);
        return next;
      }),
    writeParts: () => Promise.reject(new UserError("memory.parts.notYet", {})),
    writePrior: (prior, format) =>
      step(() => {
        const cells = priorCellsFor(prior, format);
        const n = wb.name(NAME.prior);
        if (!n) throw new PriorSheetMissingError(null);
        for (const c of cells) {
          const v = sheetValue(prior.cells[c.key]);
          wb.enter(n.sheet, n.range.top + c.row, n.range.left + c.col, v === undefined ? "" : asCellValue(v)); // "-" and "--" stay marks
        }
      }),
    writeValues: (writes) =>
      step(() => {
        for (const w of writes) {
          const sheet = wb.sheet(w.sheet);
          if (!sheet) throw new Error(`no sheet ${w.sheet}`);
          const p = parseRange(w.address);
          wb.enter(sheet, p.top, p.left, w.value);
        }
      }),
    sheetNames: () => step(() => wb.sheets.map((s) => s.name)),
    contents: () =>
      step(() => ({
        filledSheet: wb.sheets.find((s) => wb.usedRange(s) !== null)?.name ?? null,
        definedName: [...wb.names.keys()][0] ?? null,
      })),
    watch: (onEdit) =>
      step(() => {
        onEdits = onEdit; // one listener for the life of the pane; the latest callback hears it
        if (!listening) {
          listening = true;
          wb.onEdit((sheet) => {
            if (watched.has(sheet)) onEdits();
          });
        }
        const added = wb.sheets.map((s) => s.name).filter((n) => WATCHED_SHEETS.includes(n) && !watched.has(n));
        for (const n of added) watched.add(n);
        return added;
      }),
    ladder: () => t(lang, "memory.ladder"),
    roundTrips: () => calls,
    settings: (): DocSettings | null => null,
  };
}
