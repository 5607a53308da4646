// One agency, however its report spells the name: for pairing a report with last year's (`check
// --prior-dir`) and, later, for consolidation. Careful, not fuzzy: spacing, full-width forms and the
// spelled-out 人民政府 / 办公室 variants are folded; nothing that could tell two agencies apart is dropped
// (区人民政府 and 区人民政府办公室 stay different, and so do 区 and 市).

/** A key equal for two spellings of the same agency name; "" when there is no name. */
export function agencyKey(name: string | null | undefined): string {
  if (!name) return "";
  let s = name.normalize("NFKC"); // full-width letters, digits and brackets → ordinary ones
  s = s.replace(/[\s\u3000·•・.,，、:：;；"'“”‘’「」『』《》]/g, "");
  s = s.replace(/[()[\]{}【】〔〕]/g, ""); // "（本级）" keeps its words, loses its brackets
  s = s.replace(/人民政府/g, "政府");
  // 政府办公室 / 政府办公厅 / 政府办: one office, as its own report and its parent's list write it.
  s = s.replace(/政府办(?:公室|公厅)?/g, "政府办");
  return s;
}
