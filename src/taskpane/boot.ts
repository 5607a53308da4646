// Starting the pane: inside Excel, hand over to the real pane; anywhere else (office.js missing, a
// plain browser where Office.onReady reports no host, another Office application, or onReady never
// answering) say where it must run instead. Office-free: the Office global arrives as `office`.
import { renderOutside } from "./outside";

/** How long to wait for Office.onReady before saying the pane is not in Excel. */
export const ONREADY_WAIT_MS = 8000;

export interface OfficeReady {
  onReady(callback: (info: { host: unknown; platform: unknown }) => void): unknown;
}

export interface BootDeps {
  /** The Office global, or undefined when office.js did not load. */
  office: OfficeReady | undefined;
  doc: Document;
  /** Starts the real pane (Office is ready and the host is Excel). */
  start(): void;
  setTimeout?: (fn: () => void, ms: number) => unknown;
  waitMs?: number;
}

export function boot(d: BootDeps): void {
  const root = d.doc.getElementById("app") ?? d.doc.body;
  const outside = () => renderOutside(d.doc, root);
  if (!d.office) return outside();
  let started = false;
  let saidOutside = false;
  (d.setTimeout ?? ((fn, ms) => setTimeout(fn, ms)))(() => {
    if (!started) {
      saidOutside = true;
      outside();
    }
  }, d.waitMs ?? ONREADY_WAIT_MS);
  d.office.onReady((info) => {
    // A slow Excel that answers after the wait still gets its pane (the sentence is replaced).
    if (info.host === "Excel") {
      started = true;
      d.start();
    } else if (!saidOutside) {
      saidOutside = true;
      outside();
    }
  });
}
