// Tables found by what they say, rows by their labels even when typed wrong, broken or dropped.
import { readFileSync } from "fs";
import { importReport } from "../../src/import";
import { toJson } from "../../src/model/report";
import { describeShared, realReport } from "../support/real-reports";
import { fixtureBytes, T3 } from "./fixtures";

const real = (name: string) => importReport(readFileSync(realReport(name)), { fileName: `${name}.txt` });
const row = (r: ReturnType<typeof real>, key: string) =>
  ["natural", "business", "research", "nonprofit", "legal", "otherOrg", "total"].map((c) => r.report.cells[`t3.${key}.${c}`]);

describe("tables numbered as an annex (一/二/三), headings worded otherwise", () => {
  const { report, problems } = importReport(fixtureBytes("pipe-2023-annex-numbering.txt"));

  it("reads every table, and a row whose label the converter dropped by its place", () => {
    expect(problems).toEqual([]);
    const json = toJson(report);
    expect(json.t3).toEqual(T3);
    expect(json.t4).toEqual([1, 0, 0, 0, 1, 0, 1, 0, 1, 2, 0, 0, 0, 0, 0]);
    expect(json.t2).toEqual([[0, 0, 0], [2, 1, 15], [120], [45], [3], [12.5]]);
  });

  it("keeps the tables' headings out of the narrative and reads 五 under its longer heading", () => {
    expect(report.narrative["1"]).not.toContain("主动公开政府信息情况");
    expect(report.narrative["5"]).toBe("一是政策解读形式还不够丰富；二是信息更新还不够及时。");
    expect(report).toMatchObject({ year: 2023, agency: "某县水务局" });
  });
});

describeShared("rows of real reports (PDF text)", () => {
  it("a typo (2.其他法律行政止公开), a wrapped 部分公开 label and a page footer inside 表三", () => {
    const r = real("huaian-hongze-2023");
    expect(row(r, "withheld2")).toEqual(Array(7).fill({ kind: "number", value: 0 }));
    expect(row(r, "partial").map((c) => (c.kind === "number" ? c.value : c.kind))).toEqual([4, 0, 0, 0, 0, 0, 4]);
    expect(row(r, "unable3").map((c) => (c.kind === "number" ? c.value : c.kind))).toEqual([0, 0, 0, 0, 0, 0, 0]);
  });

  it("the old single （六）其他处理 row: sub-rows unread, carrying the row's figure, and one warning", () => {
    const r = real("huaian-hongze-2023");
    const c = r.report.cells["t3.other2.natural"];
    expect(c).toEqual({ kind: "unread", share: { keys: ["t3.other1.natural", "t3.other2.natural", "t3.other3.natural"], sum: 0 } });
    const warnings = r.problems.filter((p) => p.msg.id === "import.t3.combinedOther");
    expect(warnings).toHaveLength(1);
    expect(r.problems.filter((p) => p.severity === "error")).toEqual([]);
  });

  it("a label broken by the group label 他处理 between its lines", () => {
    const r = real("huaian-city-2024");
    expect(row(r, "other2").map((c) => (c.kind === "number" ? c.value : c.kind))).toEqual([6, 0, 0, 0, 0, 0, 6]);
    expect(r.problems).toEqual([]);
  });
});

describeShared("a table ends after its own last row", () => {
  it("table 四 ends with its 15th figure, even when the heading after it is missing", () => {
    const text = readFileSync(realReport("huaian-hongze-2023"), "utf8").replace("五、存在的主要问题及改进情况", "");
    const r = importReport(text);
    expect(toJson(r.report).t4).toEqual([10, 1, 0, 0, 0, 0, 0, 0, 0, 0, 5, 0, 0, 0, 0]);
    expect(r.problems.filter((p) => p.table === "t4")).toEqual([]);
  });
});

describeShared("a sentence that starts like a table row", () => {
  it("is not taken for table 三's first row", () => {
    const text = readFileSync(realReport("huaian-city-2024"), "utf8").replace(
      "   一、总体情况\n",
      "   一、总体情况\n本年新收政府信息公开申请3119件，均已按时办理。\n",
    );
    const r = importReport(text);
    expect(r.problems).toEqual([]);
    expect(toJson(r.report).t2).toEqual([[1, 0, 11], [8, 26, 66], [447228], [3985758], [88283], [96171.6]]);
    expect(r.report.narrative["1"]).toContain("本年新收政府信息公开申请3119件");
  });
});

describeShared("table 四 missing", () => {
  it("is reported missing; 行政复议 in the text after the tables is not taken for it", () => {
    const full = readFileSync(realReport("huaian-hongze-2023"), "utf8");
    const from = full.indexOf("     四、政府信息公开行政复议");
    const to = full.indexOf("     五、存在的主要问题及改进情况");
    const text = `${full.slice(0, from)}${full.slice(to).replace("改进情况\n", "改进情况\n行政复议 2 件，行政诉讼 1 件。\n")}`;
    const r = importReport(text);
    expect(r.problems.filter((p) => p.table === "t4").map((p) => p.msg.id)).toEqual(["import.table.missing"]);
    expect(r.report.cells["t4.review.upheld"]).toEqual({ kind: "unread" });
  });
});
