// A rule as a clerk names it on the 说明 sheet or after `xxgk explain --code`: a finding code
// (narrative.R8.mismatch), a rule id (R8, r8, "R8 正文与表格一致") or the rule's name in either
// language (正文与表格一致) — the names and codes `xxgk rules` lists.
import { t } from "../i18n";
import { RULE_CATALOGUE } from "../rules/catalogue";
import type { Finding } from "../rules/types";

const plain = (s: string) => s.replace(/[\s\u3000“”"'‘’（）()【】[\]：:。.、，,]/g, "").toLowerCase();

/** Whether a finding is of the rule `named`; null when `named` names no rule or code at all. */
export function ruleMatcher(named: string): ((f: Finding) => boolean) | null {
  const s = named.trim();
  if (!s) return null;
  if (RULE_CATALOGUE.some((r) => r.codes.includes(s))) return (f) => f.msg.id === s;
  const id = /^r(\d{1,2})(?![\d.\w])/i.exec(s);
  if (id) {
    const rule = RULE_CATALOGUE.find((r) => r.id === `R${id[1]}`);
    return rule ? (f) => f.rule === rule.id : null;
  }
  const want = plain(s);
  const rule = RULE_CATALOGUE.find((r) => (["zh-CN", "en-US"] as const).some((lang) => plain(t(lang, `rule.${r.id}.name`)) === want));
  return rule ? (f) => f.rule === rule.id : null;
}
