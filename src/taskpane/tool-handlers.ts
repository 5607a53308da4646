// The handlers of the 同比, 起草 and 汇总 panels, kept out of pane.ts: each reads the workbook (or writes
// a paragraph, or the 明细 sheet) as one queued Excel step through the controller's `serial`, and changes state only
// through yoy-state.ts, draft-state.ts and consolidate-state.ts.
import { t } from "../i18n";
import type { Lang } from "../i18n";
import type { PaneHost } from "./actions";
import { loadPartFile } from "./consolidate-file";
import { closeConsolidate, partIncluded, partRead, partsChosen, partsToWrite, toggleConsolidate } from "./consolidate-state";
import { copyText } from "./download";
import { closeDrafts, draftEdited, draftItem, draftNoted, draftsRead, draftTargeted, targetLabel, toggleDrafts } from "./draft-state";
import * as P from "./pane-state";
import type { PaneState } from "./pane-state";
import type { ConsolidateHandlers } from "./render-consolidate";
import type { DraftHandlers } from "./render-draft";
import type { YoyHandlers } from "./render-yoy";
import { closeYoy, toggleYoy, yoyRead } from "./yoy-state";

export interface ToolHandlers extends YoyHandlers, DraftHandlers, ConsolidateHandlers {
  openYoy(): void;
  openDrafts(): void;
  openConsolidate(): void;
}

export interface ToolDeps {
  lang: Lang;
  host: PaneHost;
  doc: Document;
  get(): PaneState;
  /** Replaces the state and re-renders. */
  set(s: PaneState): void;
  /** Replaces the state without re-rendering (the clerk's typing is on screen already). */
  put(s: PaneState): void;
  serial(busyId: string | null, step: () => Promise<void>): Promise<void>;
  /** Re-checks after a write (the pane's own check step, queued already). */
  check(): Promise<void>;
}

export function toolHandlers(d: ToolDeps): ToolHandlers {
  const { lang, host } = d;
  // An opened panel takes the focus, as 导入上年数据 does, so keyboard users land in it.
  const focus = (id: string) => d.doc.getElementById(id)?.focus();
  return {
    openYoy: () => {
      d.set(toggleYoy(d.get()));
      if (!d.get().yoy) return;
      focus("yoy-close");
      void d.serial(null, async () => {
        const r = await host.readYears();
        d.put(yoyRead(d.get(), r.report, r.prior));
      });
    },
    closeYoy: () => d.set(closeYoy(d.get())),
    openDrafts: () => {
      d.set(toggleDrafts(d.get()));
      if (!d.get().drafts) return;
      focus("draft-close");
      void d.serial(null, async () => {
        const r = await host.readYears();
        d.put(draftsRead(d.get(), r.report, r.prior, lang));
      });
    },
    closeDrafts: () => d.set(closeDrafts(d.get())),
    draftEdit: (place, text) => d.put(draftEdited(d.get(), place, text)),
    draftTarget: (place, target) => d.put(draftTargeted(d.get(), place, target)),
    draftInsert: (place) => {
      const item = draftItem(d.get(), place);
      if (!item) return;
      const text = item.text.trim();
      if (!text) return d.set(draftNoted(d.get(), place, "empty"));
      const label = targetLabel(d.get(), item.target);
      void d.serial("pane.busy.draft", async () => {
        await host.insertText(item.target, label, text);
        d.put(P.noticed(draftNoted(d.get(), place, "inserted"), t(lang, "pane.draft.inserted", { place: label })));
        await d.check();
      });
    },
    openConsolidate: () => {
      d.set(toggleConsolidate(d.get()));
      if (d.get().consolidate) focus("parts-file");
    },
    closeConsolidate: () => d.set(closeConsolidate(d.get())),
    partFiles: (files) => {
      const c = d.get().checked;
      if (!P.laidOut(c)) return;
      d.set(partsChosen(d.get(), files.map((f) => f.name)));
      // Read one after another, each queued like an Excel step, so idle() covers them and 写入 waits.
      for (const file of files) {
        void d.serial(null, async () => {
          d.put(partRead(d.get(), file.name, await loadPartFile(file, lang), c.report.format, lang));
        });
      }
    },
    partInclude: (fileName, include) => d.set(partIncluded(d.get(), fileName, include)),
    partsWrite: () => {
      const parts = partsToWrite(d.get());
      if (parts.length === 0) return;
      void d.serial("pane.busy.parts", async () => {
        const r = await host.writeParts(parts);
        let notice = t(lang, "pane.done.parts", { n: r.bodies.length, bodies: r.bodies.join("、") });
        if (r.replaced.length) notice += ` ${t(lang, "pane.done.partsReplaced", { bodies: r.replaced.join("、") })}`;
        d.put(P.noticed(closeConsolidate(d.get()), notice));
        await d.check();
      });
    },
    draftCopy: (place) => {
      const item = draftItem(d.get(), place);
      if (item) void copyText(d.doc, item.text).then((ok) => d.set(draftNoted(d.get(), place, ok ? "copied" : "copyFailed")));
    },
  };
}
