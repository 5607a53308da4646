// The real sample (a district bureau's 2024 report as PDF text) imports to exactly its printed figures.
import { importReport } from "../../src/import";
import { toJson } from "../../src/model/report";
import type { ReportJson } from "../../src/model/report";
import { fixtureBytes, fixtureText } from "./fixtures";

const expected = JSON.parse(fixtureText("sample-2024-panyu-hrss.expected.json")) as ReportJson;

describe("importing the 2024 Panyu HRSS sample (PDF text)", () => {
  const result = importReport(fixtureBytes("sample-2024-panyu-hrss.txt"), { fileName: "sample-2024-panyu-hrss.txt" });
  const json = toJson(result.report);

  it("reads the title, agency, year and format", () => {
    expect(result.source).toBe("text");
    expect(json.year).toBe(2024);
    expect(json.agency).toBe("广州市番禺区人力资源和社会保障局");
    expect(json.format).toBe("2021");
    expect(json.title).toBe("广州市番禺区人力资源和社会保障局2024年政府信息公开工作年度报告");
    expect(result.report.file).toBe("sample-2024-panyu-hrss.txt");
  });

  it("reads every cell of tables 二, 三 and 四 as printed", () => {
    expect(json.t2).toEqual(expected.t2);
    expect(json.t3).toEqual(expected.t3);
    expect(json.t4).toEqual(expected.t4);
  });

  it("reads every cell as a clean number and reports no problem", () => {
    expect(Object.values(result.report.cells).every((c) => c.kind === "number")).toBe(true);
    expect(result.problems).toEqual([]);
  });

  it("rejoins the narrative sections into paragraphs", () => {
    expect(json.narrative).toEqual(expected.narrative);
    expect(json.narrative["1"]).toMatch(/^2024年，区人力资源和社会保障局结合实际/);
    expect(json.narrative["1"]?.split("\n")[1]).toMatch(/^（一）主动公开文件做到及时公开。/);
    expect(json.narrative["5"]).toMatch(/^2024年度，区人力资源和社会保障局政府信息公开工作/);
    // A sentence broken over two PDF lines ("通知 0" / "件") comes back whole, layout spaces gone.
    expect(json.narrative["6"]).toContain("共发出收费通知0件，涉及收费金额0元，实际收取信息处理费0元。");
    expect(json.narrative["0"]).toBeUndefined();
  });

  it("gives the same result for the text as a string", () => {
    expect(toJson(importReport(fixtureText("sample-2024-panyu-hrss.txt")).report)).toEqual(json);
  });
});
