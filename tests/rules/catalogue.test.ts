// The rule catalogue (xxgk rules, the pane's help): every code a finding can carry is listed under its
// rule, and every listed code has its message in both languages.
import { readdirSync, readFileSync, statSync } from "fs";
import { join } from "path";
import { messages } from "../../src/i18n";
import { RULE_CATALOGUE, UNEVALUABLE_CODES } from "../../src/rules/catalogue";

const SRC = join(__dirname, "..", "..", "src");
const listed = new Map(RULE_CATALOGUE.flatMap((r) => r.codes.map((c) => [c, r.id] as const)));

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? (n === "i18n" ? [] : sources(p)) : n.endsWith(".ts") ? [readFileSync(p, "utf8")] : [];
  });
}

it("lists the twelve rules once each, in order", () => {
  expect(RULE_CATALOGUE.map((r) => r.id)).toEqual(["R1", "R2", "R3", "R4", "R5", "R6", "R7", "R8", "R9", "R10", "R11", "R12"]);
});

it("has a message in zh-CN and en-US for every code, and the rule's name, checks and source", () => {
  for (const lang of ["zh-CN", "en-US"] as const) {
    const m = messages(lang);
    const missing = [...listed.keys(), ...UNEVALUABLE_CODES].filter((c) => !(c in m));
    for (const r of RULE_CATALOGUE) missing.push(...[`rule.${r.id}.name`, `rules.about.${r.id}`, `rules.source.${r.id}`].filter((k) => !(k in m)));
    expect({ lang, missing }).toEqual({ lang, missing: [] });
  }
});

it("lists every finding message under the rule that raises it", () => {
  // Finding messages by their naming: "R5.blank", "narrative.R8.…", "yoy.R11.…", "consolidate.R12.…";
  // helper phrases ("R1.what") are not findings.
  const keys = Object.keys(messages("zh-CN")).filter((k) => /^((narrative|yoy|consolidate)\.)?R\d+\.\w+$/.test(k) && !k.endsWith(".what"));
  // The reader's R10 findings: problem(…, "import.…") and r10(…, "layout.r10.…") in the source.
  const code = sources(SRC).join("\n");
  const raised = [...code.matchAll(/problem\([^)]*?"(import\.[\w.]+)",\s*"(?:error|warning)"/g), ...code.matchAll(/r10\(\s*"\w+",\s*"(layout\.r10\.\w+)"/g)].map((m) => m[1]);
  expect(raised.length).toBeGreaterThan(10);
  const unlisted = [...new Set([...keys, ...raised])].filter((k) => !listed.has(k));
  expect(unlisted).toEqual([]);
  for (const k of keys) expect(listed.get(k)).toBe(/R\d+/.exec(k)![0]);
  for (const k of raised) expect(listed.get(k)).toBe("R10");
});
