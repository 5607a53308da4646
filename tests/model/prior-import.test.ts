// priorFromLastReport: last year's report → this year's 上年数据 figures and what to say about them.
import { readFileSync } from "fs";
import { join } from "path";
import { t } from "../../src/i18n";
import { importReport } from "../../src/import";
import { readCell } from "../../src/model/cell";
import { priorFromLastReport, priorItems } from "../../src/model/prior-import";
import { emptyReport } from "../../src/model/report";
import type { ReportData } from "../../src/model/report";

const fixture = (name: string) => readFileSync(join(__dirname, "..", "fixtures", "reports", name), "utf8");
const sample = (): ReportData => importReport(fixture("sample-2024-panyu-hrss.txt")).report;
const ids = (r: ReturnType<typeof priorFromLastReport>) => r.problems.map((p) => p.id);

describe("priorFromLastReport", () => {
  it("takes the sample 2024 report's 结转下年度继续办理 and 现行有效件数 for 2025, with nothing to say", () => {
    const r = priorFromLastReport(sample(), 2025, "2021");
    expect(r.problems).toEqual([]);
    expect(r.prior.year).toBe(2024);
    expect(r.prior.refs).toBeUndefined();
    expect(r.prior.cells).toEqual({
      "t3.carriedOut.natural": { kind: "number", value: 1 },
      "t3.carriedOut.business": { kind: "number", value: 0 },
      "t3.carriedOut.research": { kind: "number", value: 0 },
      "t3.carriedOut.nonprofit": { kind: "number", value: 0 },
      "t3.carriedOut.legal": { kind: "number", value: 0 },
      "t3.carriedOut.otherOrg": { kind: "number", value: 0 },
      "t3.carriedOut.total": { kind: "number", value: 1 },
      "t2.regulations.inForce": { kind: "number", value: 0 },
      "t2.normative.inForce": { kind: "number", value: 1 },
    });
    expect(r.items.map((i) => i.label)).toContain("结转下年度继续办理 · 自然人");
    expect(r.items.map((i) => i.label)).toContain("现行有效件数 · 行政规范性文件");
    expect(r.source).toEqual({ year: 2024, agency: "广州市番禺区人力资源和社会保障局", format: "2021" });
  });

  it("says which figures were not read (unread is not blank) and leaves them empty", () => {
    const last = sample();
    last.cells["t3.carriedOut.natural"] = { kind: "unread" };
    const r = priorFromLastReport(last, 2025, "2021");
    expect(ids(r)).toEqual(["prior.unread"]);
    expect(r.prior.cells["t3.carriedOut.natural"]).toBeUndefined();
    expect(t("zh-CN", r.problems[0].id, r.problems[0].params)).toContain("没有读出");
  });

  it("warns — and still takes the figures — when the report is not of the year before", () => {
    const r = priorFromLastReport(sample(), 2024, "2021");
    expect(ids(r)).toEqual(["prior.yearMismatch"]);
    expect(t("zh-CN", r.problems[0].id, r.problems[0].params)).toBe(
      "上年文件是 2024 年度的报告，而本报告是 2024 年度，上年数据应取自 2023 年度的报告。请确认选对了文件（如确实如此，可继续写入）。",
    );
    expect(r.prior.cells["t3.carriedOut.total"]).toEqual({ kind: "number", value: 1 });
  });

  it("asks to confirm the year when the report does not say it", () => {
    const last = { ...sample(), year: null };
    expect(ids(priorFromLastReport(last, 2025, "2021"))).toEqual(["prior.yearUnknownExpected"]);
    expect(ids(priorFromLastReport(last, null, "2021"))).toEqual(["prior.yearUnknown"]);
  });

  it("a 2019-format report (on 2020) gives 结转 but no 现行有效件数, and says R7 cannot use it", () => {
    const last = importReport(fixture("pdf-2020-format2019.txt")).report;
    expect(last.format).toBe("2019");
    const r = priorFromLastReport(last, 2021, "2021");
    expect(ids(r)).toContain("prior.format2019");
    expect(t("zh-CN", "prior.format2019", r.problems.find((p) => p.id === "prior.format2019")!.params)).toContain("R7 无法用它核对");
    expect(Object.keys(r.prior.cells).filter((k) => k.endsWith(".inForce"))).toEqual([]);
    expect(r.prior.cells["t3.carriedOut.natural"]).toEqual({ kind: "number", value: 6 });
    // Not also listed as blanks: said once.
    expect(ids(r)).not.toContain("prior.blank");
  });

  it("for a 2020 report (2019 format) only 结转 is wanted", () => {
    expect(priorItems("2019").map((i) => i.key)).toEqual(priorItems("2021").map((i) => i.key).filter((k) => k.startsWith("t3.")));
    const last = emptyReport("2019", 2019);
    last.cells["t3.carriedOut.total"] = { kind: "number", value: 3 };
    const r = priorFromLastReport(last, 2020, "2019");
    expect(ids(r)).toEqual(["prior.blank"]);
    expect(r.problems[0].params.n).toBe(6);
  });

  it("leaves blank, text and “/” figures blank and says each", () => {
    const last = sample();
    last.cells["t3.carriedOut.business"] = { kind: "blank" };
    last.cells["t3.carriedOut.legal"] = { kind: "blank" };
    last.cells["t3.carriedOut.natural"] = readCell("1件", "count", true);
    last.cells["t3.carriedOut.research"] = readCell("/", "count", true);
    last.cells["t2.normative.inForce"] = readCell("见附件", "count", true);
    const r = priorFromLastReport(last, 2025, "2021");
    const said = r.problems.map((p) => t("zh-CN", p.id, p.params));
    expect(said).toEqual([
      "上年文件中「结转下年度继续办理 · 自然人」的值“1件”不是规范的数字（可能是 1），上年数据中留空，请核对后手工填写。",
      "上年文件中「结转下年度继续办理 · 科研机构」的值“/”不是数字，上年数据中留空。",
      "上年文件中「现行有效件数 · 行政规范性文件」的值“见附件”不是数字，上年数据中留空。",
      "上年文件中以下 2 项为空，上年数据中留空：结转下年度继续办理 · 商业企业、结转下年度继续办理 · 法律服务机构。",
    ]);
    for (const k of ["t3.carriedOut.natural", "t3.carriedOut.research", "t3.carriedOut.business", "t2.normative.inForce"]) expect(r.prior.cells[k]).toBeUndefined();
    expect(r.items.find((i) => i.key === "t3.carriedOut.natural")?.value).toBeNull();
  });

  it("says when nothing usable was found", () => {
    const r = priorFromLastReport(importReport(fixture("text-without-tables.txt")).report, 2025, "2021");
    expect(r.prior.cells).toEqual({});
    expect(ids(r)).toContain("prior.none");
  });
});

describe("last year's workbook through its own text export (the pane's advice for .xlsx)", () => {
  it("导出 → 纯文本 of last year's report gives the same 上年数据", async () => {
    const { exportReport } = await import("../../src/export");
    const last = sample();
    const text = await exportReport(last, "txt", { narrativeOnly: false });
    const again = importReport(text).report;
    expect(priorFromLastReport(again, 2025, "2021")).toEqual(priorFromLastReport(last, 2025, "2021"));
  });
});
