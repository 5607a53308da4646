// The pane's controller: holds its state, runs the Excel steps one at a time, and re-renders. The
// Excel side arrives as a PaneHost (actions.ts) and storage as plain interfaces, so the whole pane
// runs in jsdom against the test fake; taskpane.ts only supplies the Office-backed pieces.
import { takePendingLayout } from "../addin/doc-settings";
import type { DocSettings } from "../addin/doc-settings";
import type { Explanation } from "../explain/explanations";
import { explain, upsertExplanation } from "../explain/explanations";
import { defaultReportYear } from "../format";
import { t } from "../i18n";
import type { Lang } from "../i18n";
import type { Checked } from "../excel/check-workbook";
import type { LayoutRequest, PaneHost } from "./actions";
import { replaceChildren } from "./dom";
import { dataUrl, copyText, tryBlobDownload } from "./download";
import { errorSentence } from "./errors";
import { buildExport } from "./exporter";
import type { ExportChoice } from "./exporter";
import type { ExportUi } from "./export-panel";
import { createLiveCheck } from "./live-check";
import type { LiveCheck, Timers } from "./live-check";
import { liveCheckOn, rememberLiveCheck } from "./prefs";
import type { KeyValueStore } from "./prefs";
import type { FindingsUi } from "./render-findings";
import { renderPane } from "./render-pane";
import type { PaneHandlers } from "./render-pane";
import type { InfoUi } from "./render-info";
import { loadPriorFile } from "./prior-file";
import type { PriorUi } from "./render-prior";
import { infoDefaults, validateInfo } from "./report-info";
import type { InfoDraft, ReportInfo } from "./report-info";
import { headerView, resultView } from "./view-model";
import type { FindingView } from "./view-model";

export interface PaneEnv {
  lang: Lang;
  host: PaneHost;
  storage: KeyValueStore | null;
  settings: DocSettings | null;
  timers?: Timers;
  now?: () => Date;
}

interface State {
  checked: Checked | null;
  checkedAt: string | null;
  busy: string | null;
  notice: string | null;
  error: string | null;
  conflict: string | null;
  findingsUi: FindingsUi;
  exportUi: ExportUi | null;
  exportText: string | null;
  info: InfoUi | null;
  /** What the clerk last typed in the form on this workbook, offered again if it is reopened before a layout. */
  lastDraft: InfoDraft | null;
  /** The year and agency of the 生成模板 that stopped on conflicts: 覆盖并生成 uses them too. */
  conflictInfo: ReportInfo | null;
  /** The 导入上年数据 panel. */
  prior: PriorUi | null;
}

export interface Pane {
  /** Resolves when the start-up work (pending question, first check, watching) is done. */
  ready: Promise<void>;
  live: LiveCheck;
  /** Resolves when every queued Excel step has finished (tests wait on it). */
  idle(): Promise<void>;
}

/** A workbook without the tool's meta block has not been laid out yet (reading it reports the block
 *  missing as a warning; a damaged one is an error and is shown with the other findings). */
const laidOut = (c: Checked | null): c is Checked =>
  c !== null && !c.result.findings.some((f) => f.msg.id === "layout.r10.metaMissing" && f.severity === "warning");

/** A text field's caret, so a re-render while the clerk types (a live check) does not move it. */
function caretOf(e: HTMLElement | null): [number, number] | null {
  try {
    const i = e as HTMLInputElement | null;
    return i && typeof i.selectionStart === "number" && typeof i.selectionEnd === "number" ? [i.selectionStart, i.selectionEnd] : null;
  } catch {
    return null; // type=number has no selection in some engines and throws in others
  }
}

function restoreCaret(e: HTMLElement, caret: [number, number] | null): void {
  if (!caret) return;
  try {
    (e as HTMLInputElement).setSelectionRange(caret[0], caret[1]);
  } catch {
    // not a text field
  }
}

export function createPane(root: HTMLElement, env: PaneEnv): Pane {
  const { lang, host } = env;
  const doc = root.ownerDocument;
  const now = env.now ?? (() => new Date());
  const s: State = { checked: null, checkedAt: null, busy: null, notice: null, error: null, conflict: null, findingsUi: { explaining: null, expanded: new Set<string>() }, exportUi: null, exportText: null, info: null, lastDraft: null, conflictInfo: null, prior: null };
  let chain: Promise<void> = Promise.resolve();

  /** Excel steps never interleave: each waits for the one before (a live check may be queued behind a click). */
  function serial(busyId: string | null, step: () => Promise<void>): Promise<void> {
    chain = chain.then(async () => {
      s.busy = busyId ? t(lang, busyId) : null;
      if (busyId) render();
      try {
        await step();
      } catch (e) {
        s.error = errorSentence(e, lang);
      } finally {
        s.busy = null;
        render();
      }
    });
    return chain;
  }

  async function doCheck(): Promise<void> {
    const checked = await host.check();
    s.checked = checked;
    s.checkedAt = now().toLocaleTimeString(lang);
    s.error = null;
  }

  /** `info` from the form; without it the workbook's own year and agency stay (a new one gets last calendar year). */
  async function doLayout(overwrite: boolean, info: ReportInfo | null = null): Promise<void> {
    const request: LayoutRequest = { overwrite, defaultYear: defaultReportYear(now()) };
    if (info) Object.assign(request, { year: info.year, agency: info.agency, format: info.format });
    const r = await host.layout(request);
    if (!r.written) {
      s.conflictInfo = info;
      const c = r.conflicts[0];
      s.conflict = t(lang, "excel.conflicts", { count: r.conflicts.length, sheet: c?.sheet ?? "", address: c?.address ?? "", existing: c?.existing ?? "" });
      return;
    }
    s.conflict = null;
    s.conflictInfo = null;
    s.lastDraft = null;
    const notes = [t(lang, "pane.done.layout")];
    if (r.print === "skipped") notes.push(t(lang, "excel.printSkipped"));
    for (const x of r.renamed) notes.push(t(lang, "excel.renamed", x));
    for (const sheet of r.rebuilt) notes.push(t(lang, "excel.rebuilt", { sheet }));
    s.notice = notes.join(" ");
    await host.watch(() => live.edit());
    await doCheck();
  }

  const live = createLiveCheck(() => serial(null, doCheck), { enabled: liveCheckOn(env.storage), timers: env.timers });

  function findExplaining(): FindingView | undefined {
    const id = s.findingsUi.explaining?.id;
    const view = laidOut(s.checked) ? resultView(s.checked.result, lang) : null;
    return view?.groups.flatMap((g) => g.rules.flatMap((r) => r.items)).find((i) => i.id === id);
  }

  const focus = (id: string) => doc.getElementById(id)?.focus();

  function openInfo(mode: InfoUi["mode"]): void {
    if (!s.info) {
      const c = laidOut(s.checked) ? s.checked.result : null;
      const draft = mode === "first" && s.lastDraft ? s.lastDraft : infoDefaults(c, now());
      s.info = { mode, draft, errors: {}, current: c ? c.format : null };
      render();
    }
    focus("info-year");
  }

  const handlers: PaneHandlers = {
    // The first 生成模板 on a workbook asks which year and agency the report is for; later ones keep them.
    layout: () => (laidOut(s.checked) && !s.info ? void serial("pane.busy.layout", () => doLayout(false)) : openInfo(s.info?.mode ?? "first")),
    editInfo: () => openInfo("edit"),
    infoInput: (field, value) => {
      if (s.info) s.info.draft = { ...s.info.draft, [field]: value };
    },
    submitInfo: () => {
      const open = s.info;
      if (!open) return;
      const v = validateInfo(open.draft, now(), lang, open.current);
      if (!v.ok) {
        s.info = { ...open, errors: v.errors };
        render();
        focus(v.errors.year !== undefined ? "info-year" : "info-agency");
        return;
      }
      s.info = null;
      if (open.mode === "first") s.lastDraft = open.draft;
      void serial("pane.busy.layout", () => doLayout(false, v.info)).then(() => {
        if (!s.conflict && doc.activeElement === doc.body) focus(open.mode === "edit" ? "edit-info-button" : "layout-button");
      });
    },
    cancelInfo: () => {
      const open = s.info;
      if (!open) return;
      s.info = null;
      if (open.mode === "first") s.lastDraft = open.draft;
      render();
      focus(open.mode === "edit" ? "edit-info-button" : "layout-button");
    },
    check: () => void serial("pane.busy.check", doCheck),
    openPrior: () => {
      s.prior = s.prior ? null : { fileName: null, reading: false, found: null, problem: null };
      render();
      if (s.prior) focus("prior-file");
    },
    priorFile: (file) => {
      const checked = s.checked;
      if (!s.prior || !laidOut(checked)) return;
      // This year's report decides which figures the sheet holds and which year last year's must be.
      const { year, format } = checked.report;
      const open: PriorUi = { fileName: file.name, reading: true, found: null, problem: null };
      s.prior = open;
      render();
      // Queued like an Excel step (no Excel call in it), so idle() covers it and 写入 cannot overtake it.
      void serial(null, async () => {
        const r = await loadPriorFile(file, year, format, lang);
        if (s.prior !== open) return; // closed, or another file chosen meanwhile
        s.prior = r.ok ? { fileName: r.fileName, reading: false, found: r.found, problem: null } : { fileName: r.fileName, reading: false, found: null, problem: r.sentence };
      }).then(() => {
        if (s.prior?.fileName === file.name && !s.prior.reading) focus(s.prior.found ? "prior-write" : "prior-file");
      });
    },
    priorWrite: () => {
      const found = s.prior?.found;
      const checked = s.checked;
      if (!found || !laidOut(checked)) return;
      void serial("pane.busy.prior", async () => {
        await host.writePrior(found.prior, checked.report.format);
        s.prior = null;
        s.notice = t(lang, "pane.done.prior");
        await doCheck();
      });
    },
    priorCancel: () => {
      s.prior = null;
      render();
      focus("prior-button");
    },
    openExport: () => {
      s.exportUi = s.exportUi ? null : { file: null, copied: null };
      render();
    },
    setLive: (on) => {
      live.setEnabled(on);
      rememberLiveCheck(env.storage, on);
      render();
    },
    confirmOverwrite: () => void serial("pane.busy.layout", () => doLayout(true, s.conflictInfo)),
    cancelOverwrite: () => {
      s.conflict = null;
      s.conflictInfo = null;
      render();
    },
    dismissError: () => {
      s.error = null;
      render();
    },
    select: (item) => void serial(null, () => host.select(item.refs)),
    startExplain: (item) => {
      s.findingsUi.explaining = { id: item.id, draft: item.explanation ?? item.stale ?? "" };
      render();
      doc.getElementById(`explain-${item.id.replace(/[^\w-]/g, "_")}`)?.focus();
    },
    draft: (text) => {
      if (s.findingsUi.explaining) s.findingsUi.explaining.draft = text;
    },
    cancelExplain: () => {
      s.findingsUi.explaining = null;
      render();
    },
    expand: (groupKey) => {
      s.findingsUi.expanded.add(groupKey);
      render();
    },
    saveExplain: (item) => {
      const open = s.findingsUi.explaining;
      if (!open || !laidOut(s.checked)) return;
      if (!open.draft.trim()) {
        s.findingsUi.explaining = { ...open, problem: t(lang, "pane.explain.empty") };
        render();
        return;
      }
      const current = findExplaining() ?? item;
      const checked = s.checked;
      void serial("pane.busy.explain", async () => {
        const list: Explanation[] = upsertExplanation(checked.explanations, explain(current.finding, checked.report, open.draft));
        await host.saveExplanations(list);
        s.findingsUi.explaining = null;
        s.notice = t(lang, "pane.done.explain");
        await doCheck();
      });
    },
    export: (choice: ExportChoice) =>
      void serial("pane.busy.export", async () => {
        const file = await buildExport(await host.readReport(), choice);
        tryBlobDownload(doc, file.name, file.mime, file.bytes);
        s.exportText = file.text;
        s.exportUi = { file: { name: file.name, href: dataUrl(file.mime, file.bytes), text: file.text }, copied: null };
      }),
    copy: () => {
      const text = s.exportText;
      if (text === null) return;
      void copyText(doc, text).then((ok) => {
        if (s.exportUi) s.exportUi = { ...s.exportUi, copied: ok ? "ok" : "failed" };
        render();
      });
    },
    close: () => {
      s.exportUi = null;
      render();
    },
  };

  function render(): void {
    // Keep keyboard focus on the same control across a re-render (a live check re-renders the list).
    const active = doc.activeElement as HTMLElement | null;
    const focusKey = active?.getAttribute("data-finding") ?? active?.id ?? null;
    const caret = caretOf(active);
    const checked = laidOut(s.checked) ? s.checked : null;
    replaceChildren(
      root,
      renderPane(
        doc,
        {
          lang,
          header: headerView(checked ? checked.result : null, lang),
          result: checked ? resultView(checked.result, lang) : null,
          checkedAt: s.checkedAt,
          busy: s.busy,
          notice: s.notice,
          error: s.error,
          conflict: s.conflict,
          live: live.enabled,
          findingsUi: s.findingsUi,
          exportUi: s.exportUi,
          infoUi: s.info,
          priorUi: s.prior,
          laidOut: checked !== null,
          today: now(),
        },
        handlers,
      ),
    );
    if (focusKey) {
      const again = [...root.querySelectorAll<HTMLElement>("[data-finding]")].find((e) => e.getAttribute("data-finding") === focusKey) ?? doc.getElementById(focusKey);
      if (again && again !== doc.activeElement) {
        again.focus();
        restoreCaret(again, caret);
      }
    }
  }

  render();
  const ready = serial("pane.busy.check", async () => {
    if (takePendingLayout(env.settings)) {
      s.notice = t(lang, "pane.conflict.fromRibbon");
      await doLayout(false);
    }
    await host.watch(() => live.edit());
    await doCheck();
  });
  return { ready, live, idle: () => chain };
}
