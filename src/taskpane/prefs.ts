// The pane's remembered choices. The live-check switch is the clerk's own preference, so it lives in
// the WebView's localStorage (per user, per machine); a question left by a ribbon command belongs to
// the document, so it travels through Office's document settings. Both stores are injected.

export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

/** The subset of Office.Settings used (document-scoped, saved with the workbook). */
export interface DocSettings {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  remove(name: string): void;
  saveAsync(callback?: (result: { status: unknown }) => void): void;
}

const LIVE_KEY = "xxgk.liveCheck";
/** Set by the ribbon's 生成模板 when it found cells it would overwrite (commands.ts). */
export const PENDING_LAYOUT_KEY = "xxgk.pendingLayoutConflict";

export function liveCheckOn(store: KeyValueStore | null): boolean {
  try {
    return store?.getItem(LIVE_KEY) !== "off";
  } catch {
    return true; // storage disabled by policy: fall back to the default (on)
  }
}

export function rememberLiveCheck(store: KeyValueStore | null, on: boolean): void {
  try {
    store?.setItem(LIVE_KEY, on ? "on" : "off");
  } catch {
    // Not remembered when storage is disabled; the switch still works for this session.
  }
}

/** Reads and clears the ribbon's pending question. */
export function takePendingLayout(settings: DocSettings | null): boolean {
  if (!settings) return false;
  const pending = settings.get(PENDING_LAYOUT_KEY) === true;
  if (pending) {
    settings.remove(PENDING_LAYOUT_KEY);
    settings.saveAsync();
  }
  return pending;
}

export function leavePendingLayout(settings: DocSettings | null): void {
  if (!settings) return;
  settings.set(PENDING_LAYOUT_KEY, true);
  settings.saveAsync();
}
