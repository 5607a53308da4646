// `xxgk check --json`: the shape of DESIGN §5, with a few fields more (difference, quote, unevaluable).
import type { ExplainedFinding } from "../explain/explanations";
import type { FormatId } from "../format";
import type { Lang } from "../i18n";
import { renderFinding } from "../rules/render";
import type { Finding } from "../rules/types";

export interface FindingJson {
  rule: string;
  /** The finding's message id: stable across languages and releases, for tools that count findings. */
  code: string;
  severity: string;
  cells: { sheet?: string; address?: string; key: string }[];
  left: number | null;
  right: number | null;
  difference?: number;
  message: string;
  unevaluable?: true;
  quote?: string;
  /** A warning the clerk explained, with the values still as they were then. */
  explanation?: { text: string; at: string };
  /** The text of an explanation whose values have since changed: the warning is open again. */
  staleExplanation?: string;
}

export function findingJson(f: Finding | ExplainedFinding, format: FormatId, lang: Lang): FindingJson {
  const out: FindingJson = {
    rule: f.rule,
    code: f.msg.id,
    severity: f.severity,
    cells: f.cells.map((c) => ({ ...(c.sheet ? { sheet: c.sheet } : {}), ...(c.address ? { address: c.address } : {}), key: c.key })),
    left: f.left ?? null,
    right: f.right ?? null,
    message: renderFinding(f, format, lang),
  };
  if (f.difference !== undefined) out.difference = f.difference;
  if (f.unevaluable) out.unevaluable = true;
  if (f.quote) out.quote = f.quote;
  if ("explanation" in f && f.explanation) out.explanation = { text: f.explanation.text, at: f.explanation.at };
  if ("staleExplanation" in f && f.staleExplanation) out.staleExplanation = f.staleExplanation;
  return out;
}
