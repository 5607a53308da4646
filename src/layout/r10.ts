// R10 (structure) findings as the layout reader raises them. Region findings name the defined name
// as their key, since they are about a table, not one figure.
import type { Finding, Severity } from "../rules/types";

export function r10(
  severity: Severity,
  id: string,
  params: Record<string, string | number>,
  key: string,
  where?: { sheet: string; address: string },
): Finding {
  return { rule: "R10", severity, cells: [{ key, ...(where ?? {}) }], msg: { id, params } };
}
