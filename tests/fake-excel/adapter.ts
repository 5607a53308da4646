// The only place the fake is passed off as the real Office.js objects. The host's public functions take
// `Excel.RequestContext` and immediately narrow it to `XContext` (src/excel/api.ts), which the fake
// implements; tests/excel/api-types.test.ts proves that narrowing is sound, so these casts are too.
import type { FakeOffice, FakeRequestContext } from "./index";

export function asExcel(ctx: FakeRequestContext): Excel.RequestContext {
  return ctx as unknown as Excel.RequestContext;
}

/** Installs the fake `Office` global (requirement sets) for host code that reads it. */
export function installOffice(office: FakeOffice): () => void {
  const g = globalThis as unknown as { Office?: unknown };
  const before = g.Office;
  g.Office = office;
  return () => {
    g.Office = before;
  };
}
