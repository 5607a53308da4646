import { getFormat } from "../../../src/format";
import { isWritten, sectionFindings, writtenContent } from "../../../src/rules/narrative/sections";
import { t } from "../../../src/i18n";
import { sample, sampleJson, withNarrative } from "./helpers";

const F = getFormat("2021");
const ids = (fs: ReturnType<typeof sectionFindings>) => fs.map((f) => [f.msg.id, f.msg.params.section, f.msg.params.subhead ?? null]);

describe("sectionFindings", () => {
  test("the sample has all sections and covers section 一's five sub-heads", () => {
    expect(sectionFindings(sample(), F)).toEqual([]);
  });

  test("no narrative at all: one warning per required section, no sub-head noise", () => {
    const found = sectionFindings(withNarrative({}), F);
    expect(ids(found)).toEqual([
      ["narrative.R9.sectionMissing", "1", null],
      ["narrative.R9.sectionMissing", "5", null],
      ["narrative.R9.sectionMissing", "6", null],
    ]);
    expect(found.every((f) => f.rule === "R9" && f.severity === "warning")).toBe(true);
    expect(t("zh-CN", found[1].msg.id, found[1].msg.params)).toContain("五、存在的主要问题及改进情况");
  });

  test("a section holding only its heading or blanks is empty", () => {
    const n = sampleJson().narrative;
    const found = sectionFindings(withNarrative({ "1": n["1"], "5": "五、存在的主要问题及改进情况\n\n", "6": " \n" }), F);
    expect(ids(found)).toEqual([
      ["narrative.R9.sectionMissing", "5", null],
      ["narrative.R9.sectionMissing", "6", null],
    ]);
  });

  test("section 一 missing 监督保障: a warning naming it", () => {
    const n = sampleJson().narrative;
    const one = n["1"]!.replace(/（五）监督保障[\s\S]*$/, "");
    const found = sectionFindings(withNarrative({ ...n, "1": one }), F);
    expect(ids(found)).toEqual([["narrative.R9.subheadMissing", "1", "（五）监督保障"]]);
    expect(t("zh-CN", found[0].msg.id, found[0].msg.params)).toContain("（五）监督保障");
  });

  test("sub-heads are recognised by their topic words, however they are worded", () => {
    const one = "（一）主动公开情况。…（二）政府信息公开申请办理情况。…（三）信息管理。…（四）公开平台建设。…（五）监督保障。…";
    expect(sectionFindings(withNarrative({ "1": one, "5": "问题与改进。", "6": "其他事项。" }), F)).toEqual([]);
  });
});

describe("writtenContent", () => {
  test("heading, whitespace and punctuation do not count", () => {
    expect(writtenContent("五、存在的主要问题及改进情况\n。", F.sections[5])).toBe("");
    expect(writtenContent("无。", F.sections[5])).toBe("无");
  });
});

describe("isWritten", () => {
  test("says whether writtenContent is non-empty, on the same texts", () => {
    const cases = ["五、存在的主要问题及改进情况\n。", "无。", "", "  \n，。", "五、存在的主要问题及改进情况五、存在的主要问题及改进情况", "x", "（一）"];
    for (const text of cases) expect([text, isWritten(text, F.sections[5])]).toEqual([text, writtenContent(text, F.sections[5]) !== ""]);
    expect(isWritten("无。", F.sections[5])).toBe(true);
    expect(isWritten("五、存在的主要问题及改进情况\n。", F.sections[5])).toBe(false);
    expect(isWritten(undefined, F.sections[5])).toBe(false);
  });
});
