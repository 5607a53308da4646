// The pane's remembered choices. The live-check switch is the clerk's own preference, so it lives in
// the WebView's localStorage (per user, per machine); the store is injected. (A question left by a
// ribbon command belongs to the document: src/addin/doc-settings.ts.)

export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

const LIVE_KEY = "xxgk.liveCheck";

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
