// Narrative rule messages (R8, R9), en-US. Keys match src/i18n/zh-CN/narrative.ts.
// Table labels and quotes stay in Chinese: they are the report's own words.
export const NARRATIVE: Record<string, string> = {
  "narrative.R8.mismatch":
    "The narrative “{quote}” gives “{words}” as {stated}, but the table's 「{cell}」 is {table} (difference {diff}).",
  "narrative.R8.mismatchAny":
    "The narrative “{quote}” gives “{words}” as {stated}, which matches no reading of the tables ({readings}); against 「{cell}」 the difference is {diff}.",
  "narrative.R9.feeMissing":
    "Section 六 (other matters) does not state the information processing fee: the fee notices sent, the amount billed and the amount collected — or that none was charged.",
  "narrative.R9.noticesMissing":
    "Table 三's 「{cell}」 is {table}, but the narrative does not state how many fee notices were sent: every application closed for an unpaid fee had a notice, so at least {table}.",
  "narrative.R9.noticesFewer":
    "The narrative “{quote}” states {stated} fee notices, fewer than table 三's 「{cell}」 ({table}): every application closed for an unpaid fee had a notice.",
  "narrative.R9.sectionMissing": "Section “{title}” is empty: the annual report must include it.",
  "narrative.R9.subheadMissing":
    "Section 一 (overview) says nothing on the subject of “{subhead}” (such as {topics}): it should report on each of its five areas.",
};
