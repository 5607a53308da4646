// `xxgk check --json`: the shape of DESIGN §5, with a few fields more (difference, quote, unevaluable).
import type { FormatId } from "../format";
import type { Lang } from "../i18n";
import { renderFinding } from "../rules/render";
import type { Finding } from "../rules/types";

export interface FindingJson {
  rule: string;
  severity: string;
  cells: { sheet?: string; address?: string; key: string }[];
  left: number | null;
  right: number | null;
  difference?: number;
  message: string;
  unevaluable?: true;
  quote?: string;
}

export function findingJson(f: Finding, format: FormatId, lang: Lang): FindingJson {
  const out: FindingJson = {
    rule: f.rule,
    severity: f.severity,
    cells: f.cells.map((c) => ({ ...(c.sheet ? { sheet: c.sheet } : {}), ...(c.address ? { address: c.address } : {}), key: c.key })),
    left: f.left ?? null,
    right: f.right ?? null,
    message: renderFinding(f, format, lang),
  };
  if (f.difference !== undefined) out.difference = f.difference;
  if (f.unevaluable) out.unevaluable = true;
  if (f.quote) out.quote = f.quote;
  return out;
}
