// Title, agency and year in the shapes real titles take.
import { importReport } from "../../src/import";

const head = (lines: string[]) => importReport([...lines, "一、总体情况", "本年度工作正常开展。"].join("\n")).report;

describe("the report's title", () => {
  it("is found without 工作 (…2023年政府信息公开年度报告), with the agency on the line above", () => {
    const r = head(["淮安市洪泽区人民政府", "2023年政府信息公开年度报告"]);
    expect(r).toMatchObject({ year: 2023, agency: "淮安市洪泽区人民政府", title: "淮安市洪泽区人民政府2023年政府信息公开年度报告" });
  });

  it("is found as …政府信息公开工作年报 with the agency before the year", () => {
    expect(head(["某某县交通运输局2024年度政府信息公开工作年报"])).toMatchObject({ year: 2024, agency: "某某县交通运输局" });
  });

  it("does not take a converted page's 正文 for the agency", () => {
    const r = head(["正文", "2023年政府信息公开工作年度报告"]);
    expect(r.year).toBe(2023);
    expect(r.agency).toBeNull();
  });

  it("takes the agency from the line above when that line names one", () => {
    expect(head(["广州市番禺区人力资源和社会保障局", "2024 年政府信息公开工作年度报告"]).agency).toBe("广州市番禺区人力资源和社会保障局");
  });
});
