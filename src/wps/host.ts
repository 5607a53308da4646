// The host seam (src/host/types.ts) over WPS 表格's ET object model. Every step is synchronous ET
// work wrapped in a Promise, so the pane, the ribbon steps and the self-test are the same code as on
// Office. The pure core is shared: relayout() decides what 生成模板 writes, readBack() turns the
// names' ranges into report data, the rules and planHighlights() decide the rest. Calls into ET are
// counted (count.ts) where Office counts syncs.
import type { DocSettings } from "../addin/doc-settings";
import { buildCheckResult } from "../check/run-check";
import { PARTS_NAME } from "../consolidate/names";
import { partsFromValues } from "../consolidate/read-parts";
import { WATCHED_SHEETS } from "../excel/events";
import { NotesMissingError } from "../excel/explanations";
import { appendParagraph, asText, TextCellMissingError } from "../excel/insert-text";
import { PriorSheetMissingError, priorCellsFor } from "../excel/prior";
import { asCellValue } from "../excel/text-cell";
import { EXPLANATION_COLUMNS } from "../explain/explanations";
import { createOwnWrites } from "../host/own-writes";
import type { BatchRun } from "../host/own-writes";
import type { HostCapabilities, ReadOutcome, ReportHost } from "../host/types";
import type { Lang } from "../i18n";
import { UserError } from "../i18n/user-error";
import { coverRanges, parseRange, rangeA1 } from "../layout/a1";
import { sheetValue } from "../layout/fill";
import { NAME } from "../layout/names";
import { notesGrid } from "../layout/notes-sheet";
import { explainGrid, explainHeader } from "../layout/explain-sheet";
import { planLayout } from "../layout/plan";
import { readBack } from "../layout/readback";
import { relayout } from "../layout/relayout";
import { writeBlock } from "./blocks";
import { countCalls } from "./count";
import { asGrid, get, nameOf, sheetNames, sheetOf } from "./et";
import type { EtApplication, EtWorkbook } from "./et";
import { paintFindings } from "./highlights";
import { readWorkbook } from "./read";
import type { EtSnapshot } from "./read";
import { workbookSettings } from "./settings";
import { writePlan } from "./write-plan";

export interface WpsHostOptions {
  now?: () => number;
}

/** Sheet names any plan uses: the same in both formats. */
const planSheetNames = (): string[] => [...new Set([...planLayout("2021").sheets, ...planLayout("2019").sheets].map((s) => s.name))];

function readAllFrom(snap: EtSnapshot, wb: EtWorkbook): ReadOutcome & { findings: ReturnType<typeof readBack>["findings"] } {
  const back = readBack(snap.read);
  const parts = nameOf(wb, PARTS_NAME);
  if (parts) back.report.parts = partsFromValues(asGrid(get(get(parts, "RefersToRange"), "Value2")));
  return { laidOut: Boolean(nameOf(wb, NAME.meta)), report: back.report, prior: back.prior ?? null, explanations: back.explanations, findings: back.findings };
}

export function wpsHost(application: EtApplication, lang: Lang, opts: WpsHostOptions = {}): ReportHost {
  const { app, counter } = countCalls(application);
  const wb = (): EtWorkbook => get(app, "ActiveWorkbook");
  // ET raises SheetChange for the add-in's own writes too and says nothing of who wrote: a change
  // heard while one of our steps runs, or just after, is taken as ours (src/host/own-writes.ts).
  const own = createOwnWrites<void>({ triggerSource: false, now: opts.now ?? (() => Date.now()) });
  const run = own.wrap(((batch) => batch(undefined)) as BatchRun<void>);
  const step = <T>(work: () => T): Promise<T> => run(async () => work());
  const watched = new Set<string>();
  let listening = false;
  let onEdits: () => void = () => undefined;
  const settings = workbookSettings(() => wb(), step);
  const capabilities: HostCapabilities = {
    kind: "wps",
    validation: true,
    print: true,
    watch: true,
    ownWritesTagged: false,
    roundTripUnit: "call",
    layout: true,
    layoutNeeds: "",
    // ET's undo stack and the add-in's writes: unproven without a real WPS (docs/wps.md).
    undoableWrites: false,
    syncBudget: null,
  };

  return {
    capabilities: () => capabilities,
    layout: (request) =>
      step(() => {
        const start = counter.calls;
        const book = wb();
        const snap = readWorkbook(book, planSheetNames());
        const decided = relayout(snap.read, snap.sheets, { format: request.format, year: request.year, agency: request.agency, defaultYear: request.defaultYear });
        const base = { conflicts: decided.conflicts, keptFormulas: decided.keptFormulas, renamed: decided.renames, rebuilt: decided.rebuild, upgradedFrom: decided.upgradedFrom, findings: decided.findings, plan: decided.plan };
        if (decided.conflicts.length > 0 && !request.overwrite) return { ...base, written: false, syncs: counter.calls - start, print: "skipped" as const, validation: "skipped" as const, conditional: "skipped" as const };
        const rebuild = new Map<string, ReturnType<typeof parseRange>>();
        for (const name of decided.rebuild) {
          const old = snap.sheets[decided.renames.find((r) => r.to === name)?.from ?? name];
          if (old) rebuild.set(name, parseRange(old.address));
        }
        writePlan(book, { plan: decided.plan, renames: decided.renames, rebuild, existingSheets: snap.read.sheetNames, existingNames: snap.existingNames });
        return { ...base, written: true, syncs: counter.calls - start, print: "applied" as const, validation: "applied" as const, conditional: "applied" as const };
      }),
    check: () =>
      step(() => {
        const book = wb();
        const snap = readWorkbook(book);
        const read = readAllFrom(snap, book);
        const result = buildCheckResult({ report: read.report, findings: read.findings, explanations: read.explanations, ...(read.prior ? { prior: read.prior } : {}) }, lang);
        paintFindings(book, snap, result.findings);
        return { result, report: read.report, explanations: read.explanations, ...(read.prior ? { prior: read.prior } : {}) };
      }),
    select: (refs) =>
      step(() => {
        const ref = refs.find((r) => r.sheet && r.address);
        if (!ref) return;
        const ws = sheetOf(wb(), ref.sheet);
        ws.Activate(); // Range.Select fails on a sheet that is not active, as in Excel's VBA
        ws.Range(ref.address).Select();
      }),
    saveExplanations: (list) =>
      step(() => {
        // The 说明 sheet's table; a workbook laid out before it (layout 2) keeps them on the notes sheet.
        const table = nameOf(wb(), NAME.explanations);
        if (table) {
          const grid = explainGrid(list); // throws before writing when the list is too long for the table
          writeBlock(get(table, "RefersToRange"), explainHeader(), grid);
          return;
        }
        const grid = notesGrid(list);
        const name = nameOf(wb(), NAME.notes);
        if (!name) throw new NotesMissingError(null);
        writeBlock(get(name, "RefersToRange"), [...EXPLANATION_COLUMNS], grid);
      }),
    readReport: () => step(() => readAllFrom(readWorkbook(wb()), wb()).report),
    readYears: () =>
      step(() => {
        const r = readAllFrom(readWorkbook(wb()), wb());
        return { report: r.report, prior: r.prior };
      }),
    readAll: () =>
      step(() => {
        const r = readAllFrom(readWorkbook(wb()), wb());
        return { laidOut: r.laidOut, report: r.report, prior: r.prior, explanations: r.explanations };
      }),
    insertText: (name, place, text) =>
      step(() => {
        const n = nameOf(wb(), name);
        if (!n) throw new TextCellMissingError(name, place);
        const range = get(n, "RefersToRange");
        const cell = get(range, "Worksheet").Range(range.Address(false, false).split(":")[0]);
        const next = appendParagraph(String(asGrid(get(cell, "Value2"))[0][0] ?? ""), text);
        cell.Value2 = asText(next);
        return next;
      }),
    writeParts: () => Promise.reject(new UserError("wps.parts.notYet", {})),
    writePrior: (prior, format) =>
      step(() => {
        const cells = priorCellsFor(prior, format);
        const n = nameOf(wb(), NAME.prior);
        if (!n) throw new PriorSheetMissingError(null);
        const block = get(n, "RefersToRange");
        const ws = get(block, "Worksheet");
        const top = { row: get(block, "Row"), col: get(block, "Column") };
        // Only the input cells (unlocked: the sheet stays protected), each run of them one write.
        const byPos = new Map(cells.map((c) => [`${c.row},${c.col}`, c]));
        for (const r of coverRanges(cells.map((c) => ({ row: c.row, col: c.col })))) {
          const grid: unknown[][] = [];
          for (let i = r.top; i <= r.bottom; i++) {
            const row: unknown[] = [];
            for (let j = r.left; j <= r.right; j++) {
              const v = sheetValue(prior.cells[byPos.get(`${i},${j}`)!.key]);
              row.push(v === undefined ? "" : asCellValue(v)); // "-" and "--" stay marks
            }
            grid.push(row);
          }
          ws.Range(rangeA1({ top: top.row + r.top, left: top.col + r.left, bottom: top.row + r.bottom, right: top.col + r.right })).Formula = grid;
        }
      }),
    writeValues: (writes) =>
      step(() => {
        for (const w of writes) sheetOf(wb(), w.sheet).Range(w.address).Value2 = w.value;
      }),
    sheetNames: () => step(() => sheetNames(wb())),
    watch: (onEdit) =>
      step(() => {
        onEdits = onEdit; // one listener for the life of the pane; the latest callback hears it
        const events = get(app, "ApiEvent");
        if (!listening && events) {
          listening = true;
          events.AddApiEventListener("SheetChange", (sheet) => {
            if (!watched.has(get(sheet, "Name")) || own.isOwn({})) return;
            onEdits();
          });
        }
        const added = sheetNames(wb()).filter((n) => WATCHED_SHEETS.includes(n) && !watched.has(n));
        for (const n of added) watched.add(n);
        return added;
      }),
    roundTrips: () => counter.calls,
    settings: (): DocSettings | null => settings,
  };
}
