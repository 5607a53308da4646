// The pane's controller: holds its state, runs the Excel steps one at a time, and re-renders. The
// Excel side arrives as a PaneHost (actions.ts) and storage as plain interfaces, so the whole pane
// runs in jsdom against the test fake; taskpane.ts only supplies the Office-backed pieces.
import type { Explanation } from "../explain/explanations";
import { explain, upsertExplanation } from "../explain/explanations";
import { t } from "../i18n";
import type { Lang } from "../i18n";
import type { Checked, PaneHost } from "./actions";
import { replaceChildren } from "./dom";
import { dataUrl, copyText, tryBlobDownload } from "./download";
import { errorSentence } from "./errors";
import { buildExport } from "./exporter";
import type { ExportChoice } from "./exporter";
import type { ExportUi } from "./export-panel";
import { createLiveCheck } from "./live-check";
import type { LiveCheck, Timers } from "./live-check";
import { liveCheckOn, rememberLiveCheck, takePendingLayout } from "./prefs";
import type { DocSettings, KeyValueStore } from "./prefs";
import type { FindingsUi } from "./render-findings";
import { renderPane } from "./render-pane";
import type { PaneHandlers } from "./render-pane";
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

export function createPane(root: HTMLElement, env: PaneEnv): Pane {
  const { lang, host } = env;
  const doc = root.ownerDocument;
  const now = env.now ?? (() => new Date());
  const s: State = { checked: null, checkedAt: null, busy: null, notice: null, error: null, conflict: null, findingsUi: { explaining: null }, exportUi: null, exportText: null };
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

  async function doLayout(overwrite: boolean): Promise<void> {
    const r = await host.layout(overwrite);
    if (!r.written) {
      const c = r.conflicts[0];
      s.conflict = t(lang, "excel.conflicts", { count: r.conflicts.length, sheet: c?.sheet ?? "", address: c?.address ?? "", existing: c?.existing ?? "" });
      return;
    }
    s.conflict = null;
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

  const handlers: PaneHandlers = {
    layout: () => void serial("pane.busy.layout", () => doLayout(false)),
    check: () => void serial("pane.busy.check", doCheck),
    openExport: () => {
      s.exportUi = s.exportUi ? null : { file: null, copied: null };
      render();
    },
    setLive: (on) => {
      live.setEnabled(on);
      rememberLiveCheck(env.storage, on);
      render();
    },
    confirmOverwrite: () => void serial("pane.busy.layout", () => doLayout(true)),
    cancelOverwrite: () => {
      s.conflict = null;
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
        },
        handlers,
      ),
    );
    if (focusKey) {
      const again = [...root.querySelectorAll<HTMLElement>("[data-finding]")].find((e) => e.getAttribute("data-finding") === focusKey) ?? doc.getElementById(focusKey);
      if (again && again !== doc.activeElement) again.focus();
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
