// The pane's controller: holds its state, runs the Excel steps one at a time, and re-renders. Every
// state change is a pure function of the panel modules (*-state.ts); this file only sequences them
// with the Excel steps. The Excel side arrives as a PaneHost (actions.ts) and storage as plain
// interfaces, so the whole pane runs in jsdom against the test fake; taskpane.ts supplies the
// Office-backed pieces.
import { takePendingLayout } from "../addin/doc-settings";
import type { DocSettings } from "../addin/doc-settings";
import type { Explanation } from "../explain/explanations";
import { explain, upsertExplanation } from "../explain/explanations";
import { defaultReportYear } from "../format";
import { t } from "../i18n";
import type { Lang } from "../i18n";
import type { LayoutRequest, PaneHost } from "./actions";
import { replaceChildren } from "./dom";
import { dataUrl, copyText, tryBlobDownload } from "./download";
import { errorSentence } from "./errors";
import { closeExport, exportCopied, exportReady, exportYoyAvailable, exportYoyChosen, toggleExport } from "./export-state";
import { buildExport } from "./exporter";
import type { ExportChoice } from "./exporter";
import { cancelExplain, expandGroup, explainDraft, explainEmpty, startExplain } from "./findings-state";
import { markFocus, restoreFocus } from "./focus";
import { closeHelp, selftestCopied, selftestDone, selftestStarted, selftestStep, toggleHelp } from "./help-state";
import { cancelInfo, infoInput, openInfo, submitInfo } from "./info-state";
import { createLiveCheck } from "./live-check";
import type { LiveCheck, Timers } from "./live-check";
import * as P from "./pane-state";
import type { PaneState } from "./pane-state";
import { liveCheckOn, rememberLiveCheck } from "./prefs";
import type { KeyValueStore } from "./prefs";
import { loadPriorFile } from "./prior-file";
import { closePrior, priorRead, priorReading, togglePrior } from "./prior-state";
import { reportText } from "../selftest/report-text";
import { renderPane } from "./render-pane";
import type { PaneHandlers } from "./render-pane";
import type { ReportInfo } from "./report-info";
import { headerView, resultView } from "./view-model";
import type { FindingView } from "./view-model";
import { toolHandlers } from "./tool-handlers";
import type { ViewName } from "./view";

export interface PaneEnv {
  lang: Lang;
  host: PaneHost;
  storage: KeyValueStore | null;
  settings: DocSettings | null;
  timers?: Timers;
  now?: () => Date;
  /** The view the pane was opened in (?view=export from 导出, ?view=help). */
  view?: ViewName;
  /** Where the webview ignores downloads (Excel for Mac): hands a Word file to the system browser's
   *  save page (browser-save.ts). Absent elsewhere. */
  saveInBrowser?: (name: string, bytes: Uint8Array) => void;
}

export interface Pane {
  /** Resolves when the start-up work (pending question, first check, watching) is done. */
  ready: Promise<void>;
  live: LiveCheck;
  /** Resolves when every queued Excel step has finished (tests wait on it). */
  idle(): Promise<void>;
}

export function createPane(root: HTMLElement, env: PaneEnv): Pane {
  const { lang, host } = env;
  const doc = root.ownerDocument;
  const now = env.now ?? (() => new Date());
  let s: PaneState = P.initialState(env.view);
  let chain: Promise<void> = Promise.resolve();
  const set = (next: PaneState): void => {
    s = next;
    render();
  };
  const focus = (id: string) => doc.getElementById(id)?.focus();

  /** Excel steps never interleave: each waits for the one before (a live check may be queued behind a click). */
  function serial(busyId: string | null, step: () => Promise<void>): Promise<void> {
    chain = chain.then(async () => {
      if (busyId) set(P.busy(s, t(lang, busyId)));
      try {
        await step();
      } catch (e) {
        s = P.failed(s, errorSentence(e, lang));
      } finally {
        set(P.busy(s, null));
      }
    });
    return chain;
  }

  async function doCheck(): Promise<void> {
    const c = await host.check();
    s = P.checked(s, c, now().toLocaleTimeString(lang));
  }

  /** `info` from the form; without it the workbook's own year and agency stay (a new one gets last calendar year). */
  async function doLayout(overwrite: boolean, info: ReportInfo | null = null): Promise<void> {
    const request: LayoutRequest = { overwrite, defaultYear: defaultReportYear(now()) };
    if (info) Object.assign(request, { year: info.year, agency: info.agency, format: info.format });
    const r = await host.layout(request);
    s = P.layoutFinished(s, r, info, lang);
    if (!r.written) return;
    await host.watch(() => live.edit());
    await doCheck();
  }

  const live = createLiveCheck(() => serial(null, doCheck), { enabled: liveCheckOn(env.storage), timers: env.timers });

  function findExplaining(): FindingView | undefined {
    const id = s.findingsUi.explaining?.id;
    const view = P.laidOut(s.checked) ? resultView(s.checked.result, lang) : null;
    return view?.groups.flatMap((g) => g.rules.flatMap((r) => r.items)).find((i) => i.id === id);
  }

  const showInfo = (mode: "first" | "edit") => {
    if (!s.info) set(openInfo(s, mode, now()));
    focus("info-year");
  };

  /** Saves the explanations list, shows `doneId` and re-checks. */
  const saveAndCheck = (busyId: string, work: () => Promise<void>, doneId: string) =>
    void serial(busyId, async () => {
      await work();
      s = P.noticed(s, t(lang, doneId));
      await doCheck();
    });

  const handlers: PaneHandlers = {
    ...toolHandlers({ lang, host, doc, get: () => s, set, put: (next) => void (s = next), serial, check: doCheck }),
    // The first 生成模板 on a workbook asks which year and agency the report is for; later ones keep them.
    layout: () => (P.laidOut(s.checked) && !s.info ? void serial("pane.busy.layout", () => doLayout(false)) : showInfo(s.info?.mode ?? "first")),
    editInfo: () => showInfo("edit"),
    infoInput: (field, value) => void (s = infoInput(s, field, value)), // the input shows it already: no re-render
    submitInfo: () => {
      const r = submitInfo(s, now(), lang);
      set(r.state);
      if (r.info === null) {
        if (r.focus) focus(r.focus);
        return;
      }
      const mode = r.mode;
      void serial("pane.busy.layout", () => doLayout(false, r.info)).then(() => {
        if (!s.conflict && doc.activeElement === doc.body) focus(mode === "edit" ? "edit-info-button" : "layout-button");
      });
    },
    cancelInfo: () => {
      const mode = s.info?.mode;
      if (!mode) return;
      set(cancelInfo(s));
      focus(mode === "edit" ? "edit-info-button" : "layout-button");
    },
    check: () => void serial("pane.busy.check", doCheck),
    openPrior: () => {
      set(togglePrior(s));
      if (s.prior) focus("prior-file");
    },
    priorFile: (file) => {
      const c = s.checked;
      if (!s.prior || !P.laidOut(c)) return;
      // This year's report decides which figures the sheet holds and which year last year's must be.
      const { year, format } = c.report;
      const r = priorReading(s, file.name);
      set(r.state);
      // Queued like an Excel step (no Excel call in it), so idle() covers it and 写入 cannot overtake it.
      void serial(null, async () => {
        s = priorRead(s, r.reading, await loadPriorFile(file, year, format, lang));
      }).then(() => {
        if (s.prior?.fileName === file.name && !s.prior.reading) focus(s.prior.found ? "prior-write" : "prior-file");
      });
    },
    priorWrite: () => {
      const found = s.prior?.found;
      const c = s.checked;
      if (!found || !P.laidOut(c)) return;
      saveAndCheck(
        "pane.busy.prior",
        async () => {
          await host.writePrior(found.prior, c.report.format);
          s = closePrior(s);
        },
        "pane.done.prior",
      );
    },
    priorCancel: () => {
      set(closePrior(s));
      focus("prior-button");
    },
    openExport: () => set(toggleExport(s)),
    openHelp: () => {
      set(toggleHelp(s));
      if (s.help) focus("help-title");
    },
    closeHelp: () => {
      set(closeHelp(s));
      focus("help-button");
    },
    runSelftest: () =>
      void serial("pane.busy.selftest", async () => {
        s = selftestStarted(s);
        const report = await host.selftest((step) => set(selftestStep(s, step)));
        s = selftestDone(s, report);
        if (report.refused) return;
        // The workbook now holds the self-test's sample report: show it as any report.
        await host.watch(() => live.edit());
        await doCheck();
      }),
    copySelftest: () => {
      const r = s.help?.selftest?.report;
      if (r) void copyText(doc, reportText(r, lang, now())).then((ok) => set(selftestCopied(s, ok)));
    },
    setLive: (on) => {
      live.setEnabled(on);
      rememberLiveCheck(env.storage, on);
      render();
    },
    confirmOverwrite: () => void serial("pane.busy.layout", () => doLayout(true, s.conflictInfo)),
    cancelOverwrite: () => set(P.cancelOverwrite(s)),
    dismissError: () => set(P.dismissError(s)),
    select: (item) => void serial(null, () => host.select(item.refs)),
    startExplain: (item) => {
      set(startExplain(s, item));
      doc.getElementById(`explain-${item.id.replace(/[^\w-]/g, "_")}`)?.focus();
    },
    draft: (text) => void (s = explainDraft(s, text)),
    cancelExplain: () => set(cancelExplain(s)),
    expand: (groupKey) => set(expandGroup(s, groupKey)),
    saveExplain: (item) => {
      const open = s.findingsUi.explaining;
      const c = s.checked;
      if (!open || !P.laidOut(c)) return;
      if (!open.draft.trim()) return set(explainEmpty(s, lang));
      const current = findExplaining() ?? item;
      const list: Explanation[] = upsertExplanation(c.explanations, explain(current.finding, c.report, open.draft), current.finding);
      saveAndCheck(
        "pane.busy.explain",
        async () => {
          await host.saveExplanations(list);
          s = cancelExplain(s);
        },
        "pane.done.explain",
      );
    },
    export: (choice: ExportChoice) =>
      void serial("pane.busy.export", async () => {
        // With 加入同比表: the report and the 上年数据 sheet, still one read.
        const years = s.exportUi?.yoy && exportYoyAvailable(s) ? await host.readYears() : null;
        const file = years ? await buildExport(years.report, choice, years.prior) : await buildExport(await host.readReport(), choice);
        // Word on a Mac goes through the browser (text has the copy button there as well).
        const viaBrowser = file.text === null && env.saveInBrowser !== undefined;
        if (viaBrowser) env.saveInBrowser?.(file.name, file.bytes);
        else tryBlobDownload(doc, file.name, file.mime, file.bytes);
        s = exportReady(s, { name: file.name, href: dataUrl(file.mime, file.bytes), text: file.text, viaBrowser });
      }),
    copy: () => {
      const text = s.exportText;
      if (text === null) return;
      void copyText(doc, text).then((ok) => set(exportCopied(s, ok)));
    },
    exportYoy: (on) => set(exportYoyChosen(s, on)),
    close: () => set(closeExport(s)),
  };

  /** The host's one sentence on the ExcelApi ladder, asked once: the host does not change. */
  let ladderText: string | null | undefined;
  const ladder = (): string | null => (ladderText === undefined ? (ladderText = host.ladder?.() ?? null) : ladderText);

  function render(): void {
    const mark = markFocus(doc);
    const c = P.laidOut(s.checked) ? s.checked : null;
    replaceChildren(
      root,
      renderPane(
        doc,
        {
          lang,
          header: headerView(c ? c.result : null, lang),
          result: c ? resultView(c.result, lang) : null,
          checkedAt: s.checkedAt,
          busy: s.busy,
          notice: s.notice,
          error: s.error,
          conflict: s.conflict,
          live: live.enabled,
          findingsUi: s.findingsUi,
          exportUi: s.exportUi,
          // Compares every key figure: worked out only while the export panel is open.
          exportYoy: s.exportUi !== null && exportYoyAvailable(s),
          infoUi: s.info,
          priorUi: s.prior,
          helpUi: s.help,
          yoyUi: s.yoy,
          draftUi: s.drafts,
          consolidateUi: s.consolidate,
          selftestText: s.help?.selftest?.report ? reportText(s.help.selftest.report, lang, now()) : null,
          laidOut: c !== null,
          ladder: ladder(),
          today: now(),
        },
        handlers,
      ),
    );
    restoreFocus(root, mark);
  }

  render();
  const ready = serial("pane.busy.check", async () => {
    if (takePendingLayout(env.settings)) {
      s = P.noticed(s, t(lang, "pane.conflict.fromRibbon"));
      await doLayout(false);
    }
    await host.watch(() => live.edit());
    await doCheck();
  });
  return { ready, live, idle: () => chain };
}
