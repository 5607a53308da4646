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

/** A place name ending in a level above the county: 淮安市, 江苏省, 黔东南苗族侗族自治州. */
const UPPER_PLACE = /^[\u4e00-\u9fff]{1,14}?(?:省|市|自治区|自治州|州|盟|地区)$/u;
/** A name that starts with its own place: 洪泽区…, 某县…, 城关镇…. */
const OWN_PLACE = /^[\u4e00-\u9fff]{1,10}?(?:区|县|市|旗|镇|乡|街道)[\u4e00-\u9fff]/u;

/**
 * The same agency with or without the higher place in front: "淮安市洪泽区人民政府" and "洪泽区人民政府"
 * (the two real reports of 洪泽区 for 2023 and 2024 are written so). Only when the shorter name still
 * starts with a place of its own, so "某市教育局" never pairs with a bare "教育局".
 */
export function sameAgency(a: string | null | undefined, b: string | null | undefined): boolean {
  const [x, y] = [agencyKey(a), agencyKey(b)];
  if (!x || !y) return false;
  if (x === y) return true;
  const [short, long] = x.length < y.length ? [x, y] : [y, x];
  return long.endsWith(short) && OWN_PLACE.test(short) && UPPER_PLACE.test(long.slice(0, long.length - short.length));
}
