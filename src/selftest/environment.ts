// The host as the self-test reports it: Office's version and platform, and which requirement sets it
// supports (each asked through isSetSupported). The Office global arrives as a parameter.
import type { Environment } from "./types";

/** The sets that decide what works where (the ExcelApi ladder's rungs, docs/excel-api-ladder.md;
 *  1.14 tells the add-in's own events apart; 1.20 makes its writes undoable). AddinCommands 1.3 is
 *  PowerPoint's only, and no set is named ExcelUndoApiAll: neither is asked. DelayForCellEdit is
 *  the set office.js asks before it forwards Excel.run's delayForCellEdit. */
export const ASKED_SETS: readonly { name: string; version: string }[] = [
  ...["1.1", "1.2", "1.4", "1.6", "1.7", "1.8", "1.9", "1.11", "1.14", "1.17", "1.20"].map((version) => ({ name: "ExcelApi", version })),
  { name: "DelayForCellEdit", version: "1.1" },
  { name: "SharedRuntime", version: "1.1" },
  { name: "AddinCommands", version: "1.1" },
  { name: "DialogApi", version: "1.1" },
  { name: "RibbonApi", version: "1.1" },
];

export interface OfficeInfo {
  context?: {
    platform?: unknown;
    diagnostics?: { version?: unknown; platform?: unknown } | null;
    requirements?: { isSetSupported(name: string, minVersion?: string): boolean } | null;
  } | null;
}

const str = (v: unknown): string | null => (typeof v === "string" && v ? v : null);

export function readEnvironment(office: OfficeInfo | undefined): Environment {
  const c = office?.context ?? null;
  const ask = (name: string, version: string): boolean => {
    try {
      return Boolean(c?.requirements?.isSetSupported(name, version));
    } catch {
      return false; // an old host that throws on a set it does not know
    }
  };
  return {
    version: str(c?.diagnostics?.version),
    platform: str(c?.platform) ?? str(c?.diagnostics?.platform),
    sets: ASKED_SETS.map((s) => ({ ...s, supported: ask(s.name, s.version) })),
  };
}
