// Comparing labels as a reader would: a clerk's stray space, a line break or a half-width bracket
// does not make a label "changed"; a different word does.

export function normLabel(v: unknown): string {
  if (v === null || v === undefined) return "";
  return String(v).normalize("NFKC").replace(/\s+/g, "");
}

export function isEmptyValue(v: unknown): boolean {
  return v === null || v === undefined || (typeof v === "string" && v.trim() === "");
}

export function isFormula(v: unknown): boolean {
  return typeof v === "string" && v.startsWith("=");
}
