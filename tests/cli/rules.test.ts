// `xxgk rules [--json]`: the catalogue in the chosen language, or both in JSON.
import { RULE_CATALOGUE } from "../../src/rules/catalogue";
import { xxgk } from "../support/cli";

it("prints every rule with its severity, what it checks, its source and its codes", async () => {
  const r = await xxgk(["rules"]);
  expect(r.code).toBe(0);
  expect(r.out).toContain("R1 表三勾稽关系（错误）");
  expect(r.out).toContain("国办公开办函〔2021〕30号，表三左上角勾稽关系注释");
  for (const rule of RULE_CATALOGUE) for (const c of rule.codes) expect(r.out).toContain(c);
  expect((await xxgk(["rules", "--lang", "en"])).out).toContain("R1 Table 3 balance (error)");
});

it("gives JSON with both languages", async () => {
  const r = await xxgk(["rules", "--json"]);
  const json = JSON.parse(r.out) as { rules: { id: string; severities: string[]; codes: string[]; checks: Record<string, string> }[] };
  expect(json.rules).toHaveLength(12);
  expect(json.rules[7]).toMatchObject({ id: "R8", severities: ["warning"], codes: expect.arrayContaining(["narrative.R8.mismatch"]) });
  expect(Object.keys(json.rules[0].checks)).toEqual(["zh-CN", "en-US"]);
});

it("takes no file", async () => {
  expect((await xxgk(["rules", "x.xlsx"])).code).toBe(2);
});
