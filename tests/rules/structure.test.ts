import { emptyReport, fromJson } from "../../src/model/report";
import { checkReport } from "../../src/check/engine";
import { renderFinding } from "../../src/rules/render";
import { SAMPLE_JSON } from "../support/reports";

describe("R10: the format matches the report year", () => {
  it("reports a 2019-format report for 2024 as an error", () => {
    const r = emptyReport("2019", 2024);
    const [f] = checkReport(r).filter((x) => x.rule === "R10");
    expect(f.severity).toBe("error");
    expect(renderFinding(f, "2019", "zh-CN")).toBe(
      "2024 年度的报告应使用2021 年（国办公开办函〔2021〕30号）格式，但本报告使用的是2019 年试行（国办公开办函〔2019〕60号）格式。",
    );
  });

  it("accepts the 2019 format for 2020 and the 2021 format for 2024", () => {
    expect(checkReport(emptyReport("2019", 2020)).filter((x) => x.rule === "R10")).toEqual([]);
    expect(checkReport(fromJson(SAMPLE_JSON)).filter((x) => x.rule === "R10")).toEqual([]);
  });

  it("says the format cannot be judged without a year", () => {
    const [f] = checkReport(emptyReport("2021", null)).filter((x) => x.rule === "R10");
    expect(f).toMatchObject({ severity: "info", unevaluable: true });
  });
});

describe("the engine", () => {
  it("puts errors first and carries the workbook address of each cell", () => {
    const r = fromJson(SAMPLE_JSON);
    r.cells["t4.review.total"] = { kind: "number", value: 1 };
    r.refs = { "t4.review.total": { sheet: "表四 复议诉讼", address: "E5" } };
    const [f] = checkReport(r);
    expect(f.rule).toBe("R4");
    expect(f.cells.find((c) => c.key === "t4.review.total")).toEqual({ key: "t4.review.total", sheet: "表四 复议诉讼", address: "E5" });
  });
});
