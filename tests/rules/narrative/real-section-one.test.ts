// R9's five areas of section 一 on real published reports: judged by content, a report that covers an
// area under its own heading ("（二）信息管理情况", "（二）健全管理机制，完善平台建设") or in a plain
// paragraph is not told it is missing; an area a report truly does not write about still is.
import * as fs from "fs";
import * as path from "path";
import { getFormat } from "../../../src/format";
import { R9_NARRATIVE_CONTENT as R9 } from "../../../src/rules/narrative/r9";
import { sectionFindings } from "../../../src/rules/narrative/sections";
import { run, withNarrative } from "./helpers";

interface Case {
  source: string;
  year: number;
  complete?: boolean;
  text: string;
  missing?: string[];
}
const FIXTURE = path.join(__dirname, "../../fixtures/narrative/real/section-one.json");
const { cases, before2021 } = JSON.parse(fs.readFileSync(FIXTURE, "utf8")) as { cases: Case[]; before2021: Case[] };
const F = getFormat("2021");
const KEYS = (F.sections.find((s) => s.id === "1")?.subheads ?? []).map((s) => s.key);
const labelOf = (key: string) => F.sections.find((s) => s.id === "1")?.subheads?.find((s) => s.key === key)?.label;

function report(c: Case) {
  const r = withNarrative({ "1": c.text, "5": "存在的问题及改进情况。", "6": "本年度未收取信息处理费。" });
  r.year = c.year;
  return r;
}

const warnedAreas = (c: Case) =>
  sectionFindings(report(c), F)
    .filter((f) => f.msg.id === "narrative.R9.subheadMissing")
    .map((f) => f.msg.params.subhead);

describe("R9 on section 一 of real reports (2021 format)", () => {
  test.each(cases.map((c) => [c.source, c] as const))("%s", (_, c) => {
    const warned = warnedAreas(c);
    const missing = (c.missing ?? []).map(labelOf);
    if (c.complete) expect(warned).toEqual(missing);
    else for (const key of KEYS.filter((k) => !(c.missing ?? []).includes(k))) expect(warned).not.toContain(labelOf(key));
  });

  test("the fixture holds both kinds: reports covering all five areas and reports truly missing some", () => {
    expect(cases.filter((c) => c.complete && (c.missing ?? []).length === 0).length).toBeGreaterThan(0);
    expect(cases.filter((c) => c.complete && (c.missing ?? []).length > 0).length).toBeGreaterThan(2);
  });
});

describe("reports before 2021 are not held to the 2021 format's content", () => {
  test.each(before2021.map((c) => [c.source, c] as const))("%s: no area warning, no fee warning", (_, c) => {
    const r = withNarrative({ "1": c.text, "5": "存在的问题及改进情况。", "6": "本年度无其他需要报告的事项。" });
    r.year = c.year;
    r.format = "2019";
    expect(run(R9, r)).toEqual([]);
  });

  test("the same texts dated 2021 are warned of (the gate is the year, not the text)", () => {
    const c = before2021[0];
    const r = withNarrative({ "1": c.text, "5": "存在的问题及改进情况。", "6": "本年度无其他需要报告的事项。" });
    r.year = 2021;
    expect(run(R9, r).map((f) => f.msg.id)).toContain("narrative.R9.feeMissing");
  });

  test("a 2020 report laid out in the 2019 format: no fee statement asked", () => {
    const r = withNarrative({ "1": cases[3].text, "5": "问题。", "6": "无。" });
    r.year = 2020;
    r.format = "2019";
    expect(run(R9, r).filter((f) => f.msg.id.startsWith("narrative.R9.fee"))).toEqual([]);
  });

  test("year unknown: the 2021 layout is held to the fee statement, the 2019 layout is not", () => {
    const r = withNarrative({ "1": cases[3].text, "5": "问题。", "6": "无。" });
    r.year = null;
    expect(run(R9, r).map((f) => f.msg.id)).toContain("narrative.R9.feeMissing");
    r.format = "2019";
    expect(run(R9, r).map((f) => f.msg.id)).not.toContain("narrative.R9.feeMissing");
  });
});
