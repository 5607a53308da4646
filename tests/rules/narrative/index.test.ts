import { NARRATIVE_RULES } from "../../../src/rules/narrative";
import { NARRATIVE as ZH } from "../../../src/i18n/zh-CN/narrative";
import { NARRATIVE as EN } from "../../../src/i18n/en-US/narrative";
import { t } from "../../../src/i18n";
import { run, sample, withNarrative } from "./helpers";

describe("NARRATIVE_RULES", () => {
  test("R8 and R9, for the engine to include", () => {
    expect(NARRATIVE_RULES.map((r) => r.id)).toEqual(["R8", "R9"]);
  });

  test("the sample report: no narrative finding at all", () => {
    expect(NARRATIVE_RULES.flatMap((r) => run(r, sample()))).toEqual([]);
  });

  test("every finding is a warning with a message in both languages", () => {
    const r = withNarrative({ "1": "被申请行政复议 2 件。" });
    const found = NARRATIVE_RULES.flatMap((rule) => run(rule, r));
    expect(found.length).toBeGreaterThan(0);
    for (const f of found) {
      expect(f.severity).toBe("warning");
      for (const lang of ["zh-CN", "en-US"] as const) {
        const text = t(lang, f.msg.id, f.msg.params);
        expect(text).not.toBe(f.msg.id);
        expect(text).not.toMatch(/\{\w+\}/);
      }
    }
  });
});

describe("narrative messages", () => {
  test("the same keys and placeholders in zh-CN and en-US", () => {
    expect(Object.keys(EN).sort()).toEqual(Object.keys(ZH).sort());
    const holes = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
    for (const k of Object.keys(ZH)) expect(holes(EN[k])).toEqual(holes(ZH[k]));
  });
});
