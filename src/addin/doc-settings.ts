// What the ribbon's function file leaves for the task pane in the document's settings (two runtimes
// without a shared one talk only through the document). The store is injected: Office.Settings in
// the add-in, a Map in tests.

/** The subset of Office.Settings used (document-scoped, saved with the workbook). */
export interface DocSettings {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  remove(name: string): void;
  saveAsync(callback?: (result: { status: unknown }) => void): void;
}

/** Set by the ribbon's 生成模板 when it found cells it would overwrite. */
export const PENDING_LAYOUT_KEY = "xxgk.pendingLayoutConflict";

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

/** Leaves the question for the pane and resolves once Office has saved it: the ribbon calls
 *  event.completed() only after that, since the function file's runtime may end at completed() and
 *  an unsaved setting would be lost (Office.Settings: changes live in memory until saveAsync
 *  completes). A failed save still resolves: the command must complete either way. */
export function leavePendingLayout(settings: DocSettings | null): Promise<void> {
  if (!settings) return Promise.resolve();
  settings.set(PENDING_LAYOUT_KEY, true);
  return new Promise<void>((resolve) => settings.saveAsync(() => resolve()));
}
