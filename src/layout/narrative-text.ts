// Section 一 lives in several cells (an intro and one per sub-head) but in ReportData as one text.
// Splitting happens at line starts that open with the sub-heads' ordinals （一）…（五） in order, so
// joining the parts with line breaks gives the text back unchanged.
import type { SubheadSpec } from "../format";
import { INTRO_PART } from "./names";

const ORDINAL = /^[（(][一二三四五六七八九十]+[）)]/;

const ordinalOf = (label: string): string => (ORDINAL.exec(label.normalize("NFKC"))?.[0] ?? label).normalize("NFKC");

/** The text's parts by part key (intro + sub-head keys); all in the intro when the sub-heads are not found in order. */
export function splitSection(text: string, subheads: SubheadSpec[]): Record<string, string> {
  const lines = text.split(/\r?\n/);
  const starts: number[] = [];
  let from = 0;
  for (const sh of subheads) {
    const ord = ordinalOf(sh.label);
    const at = lines.findIndex((l, i) => i >= from && l.trim().normalize("NFKC").startsWith(ord));
    if (at < 0) return { [INTRO_PART]: text };
    starts.push(at);
    from = at + 1;
  }
  const out: Record<string, string> = { [INTRO_PART]: lines.slice(0, starts[0]).join("\n") };
  subheads.forEach((sh, i) => {
    out[sh.key] = lines.slice(starts[i], starts[i + 1] ?? lines.length).join("\n");
  });
  return out;
}

/** Parts back into one text; a part the clerk wrote without its heading gets the template's sub-head. */
export function joinSection(parts: Record<string, string>, subheads: SubheadSpec[]): string {
  const out: string[] = [];
  const intro = parts[INTRO_PART] ?? "";
  if (intro.trim() !== "") out.push(intro);
  for (const sh of subheads) {
    const body = parts[sh.key] ?? "";
    if (body.trim() === "") continue;
    out.push(body.trim().normalize("NFKC").startsWith(ordinalOf(sh.label)) ? body : `${sh.label}\n${body}`);
  }
  return out.join("\n");
}
