// The one sentence for a paragraph that could not be drafted (a figure it needs is blank or not a
// number), naming the first few cells — shared by `xxgk draft` and the pane's 起草 panel.
import type { FormatSpec } from "../format";
import { t } from "../i18n";
import type { Lang } from "../i18n";
import { cellLabel } from "../rules/cell-label";
import type { Draft } from "./types";

const SHOWN = 4;

export function missingText(f: FormatSpec, d: Pick<Draft, "missing">, lang: Lang): string {
  let cells = d.missing.slice(0, SHOWN).map((k) => cellLabel(f, k, lang)).join("、");
  if (d.missing.length > SHOWN) cells = t(lang, "draft.missingMore", { cells, n: d.missing.length });
  return t(lang, "draft.missing", { cells });
}
