import { NAME, SHEET } from "../../src/layout/names";
import { planLayout } from "../../src/layout/plan";
import { namesToRead, readBack } from "../../src/layout/readback";
import type { RangeRead } from "../../src/layout/read-types";
import { emptyReport, toJson } from "../../src/model/report";
import { checkReport } from "../../src/check/engine";
import { cellAt, deleteRow, insertColumn, insertRow, workbookReadOf } from "./workbook-read";
import { SAMPLE_JSON, sampleReport } from "./sample";

const plan = planLayout("2021", { year: 2024, agency: SAMPLE_JSON.agency });
const intact = () => workbookReadOf(plan, sampleReport());
const r10 = (findings: { rule: string; severity: string; msg: { id: string } }[]) =>
  findings.filter((f) => f.rule === "R10").map((f) => `${f.severity}:${f.msg.id}`);

test("an intact workbook reads back as the report it was filled with, with no findings", () => {
  const { report, findings } = readBack(intact());
  expect(findings).toEqual([]);
  expect(toJson(report)).toEqual({ ...SAMPLE_JSON, title: `${SAMPLE_JSON.agency}2024年政府信息公开工作年度报告` });
  expect(report.refs?.["t3.new.natural"]).toEqual({ sheet: SHEET.t3, address: "D5" });
  expect(report.refs?.["t4.suitAfterReview.total"]).toEqual({ sheet: SHEET.t4, address: "O5" });
});

test("the host loads every name any plan uses", () => {
  expect(namesToRead()).toEqual(expect.arrayContaining(plan.names.map((n) => n.name)));
  expect(namesToRead()).toContain("XXGK_T2_PROCUREMENT_DATA");
});

test("text in a number cell stays text, with the number it probably meant", () => {
  const read = intact();
  const t3 = read.names[NAME.t3] as RangeRead;
  t3.values[3][3] = "57件"; // D5: the range starts at A2
  const { report } = readBack(read);
  expect(report.cells["t3.new.natural"]).toMatchObject({ kind: "text", raw: "57件", guess: 57 });
});

test("a row inserted inside table 三: R10, and every figure is still read by its labels", () => {
  const read = intact();
  read.names[NAME.t3] = insertRow(read.names[NAME.t3] as RangeRead, 8);
  const { report, findings } = readBack(read);
  expect(r10(findings)).toEqual(["error:layout.r10.shape", "info:layout.r10.readByLabel"]);
  expect(toJson(report).t3).toEqual(SAMPLE_JSON.t3);
  expect(report.refs?.["t3.withheld4.natural"]).toEqual({ sheet: SHEET.t3, address: "D13" }); // was D12
  expect(report.refs?.["t3.new.natural"]).toEqual({ sheet: SHEET.t3, address: "D5" });
});

test("a row deleted inside table 三: R10 error and nothing of table 三 is read", () => {
  const read = intact();
  read.names[NAME.t3] = deleteRow(read.names[NAME.t3] as RangeRead, 10);
  const { report, findings } = readBack(read);
  expect(r10(findings)).toEqual(["error:layout.r10.shape", "error:layout.r10.unreadable"]);
  expect(toJson(report).t3.flat().every((v) => v === null)).toBe(true);
  expect(toJson(report).t4).toEqual(SAMPLE_JSON.t4);
});

test("a column inserted in table 四: each group found by its labels", () => {
  const report0 = sampleReport();
  report0.cells["t4.suitDirect.pending"] = { kind: "number", value: 3 };
  report0.cells["t4.suitDirect.total"] = { kind: "number", value: 3 };
  const read = workbookReadOf(plan, report0);
  read.names[NAME.t4] = insertColumn(read.names[NAME.t4] as RangeRead, 6);
  const { report, findings } = readBack(read);
  expect(r10(findings)).toEqual(["error:layout.r10.shape", "info:layout.r10.readByLabel"]);
  expect(report.cells["t4.suitDirect.pending"]).toEqual({ kind: "number", value: 3 });
  expect(report.refs?.["t4.suitDirect.pending"]?.address).toBe("J5");
});

test("a changed label is an R10 error naming the cell; figures are still read in place", () => {
  const read = intact();
  const t3 = read.names[NAME.t3] as RangeRead;
  expect(cellAt(t3, "C12")).toBe("4.保护第三方合法权益");
  t3.values[10][2] = "4.保护第三方权益";
  const extraSpace = read.names[NAME.t2] as RangeRead;
  extraSpace.values[0][0] = " 第二十条 第（一）项 "; // spaces alone do not count as a change
  const { report, findings } = readBack(read);
  const changed = findings.filter((f) => f.msg.id === "layout.r10.labelChanged");
  expect(changed).toHaveLength(1);
  expect(changed[0]).toMatchObject({ severity: "error", cells: [{ sheet: SHEET.t3, address: "C12" }] });
  expect(changed[0].msg.params).toMatchObject({ expected: "4.保护第三方合法权益", actual: "4.保护第三方权益" });
  expect(report.cells["t3.withheld4.natural"]).toEqual({ kind: "number", value: 7 });
});

test("a table whose name is gone is not read, and says so", () => {
  const read = intact();
  read.names[NAME.t4] = null;
  const { report, findings } = readBack(read);
  expect(r10(findings)).toEqual(["error:layout.r10.nameMissing"]);
  expect(toJson(report).t4.every((v) => v === null)).toBe(true);
  expect(report.refs?.["t4.review.upheld"]).toEqual({ sheet: SHEET.t4, address: "A5" });
});

test("a renamed sheet is read through its names, with an info note", () => {
  const read = intact();
  for (const n of Object.values(read.names)) if (n && n.sheet === SHEET.t3) n.sheet = "表三";
  const { report, findings } = readBack(read);
  expect(r10(findings)).toEqual(["info:layout.r10.sheetRenamed"]);
  expect(report.refs?.["t3.total.total"]).toEqual({ sheet: "表三", address: "J28" });
  expect(toJson(report).t3).toEqual(SAMPLE_JSON.t3);
});

test("a 2019-format workbook for a 2021-or-later year is one R10 error, raised by the rules, not by the reader", () => {
  const old = planLayout("2019", { year: 2024 });
  const { report, findings } = readBack(workbookReadOf(old, emptyReport("2019", 2024)));
  expect(report.format).toBe("2019");
  expect(r10(findings)).toEqual([]);
  const all = checkReport(report, { readerFindings: findings }).filter((f) => f.rule === "R10");
  expect(all.map((f) => `${f.severity}:${f.msg.id}`)).toEqual(["error:R10.formatForYear"]);
  expect(all[0].msg.params).toMatchObject({ year: 2024, expected: "2021", actual: "2019" });
});

test("without its meta sheet the format is told by table 三's height", () => {
  const old = planLayout("2019", { year: 2020 });
  const read = workbookReadOf(old, emptyReport("2019", 2020));
  read.names[NAME.meta] = null;
  const { report, findings } = readBack(read);
  expect(report.format).toBe("2019");
  expect(r10(findings)).toEqual(["warning:layout.r10.metaMissing"]);
});

test("section 一's parts join into one text; last year's figures come back as prior", () => {
  const report0 = sampleReport();
  const read = workbookReadOf(plan, report0);
  const prior = read.names[NAME.prior] as RangeRead;
  prior.values[1][1] = 1; // 结转下年度 · 自然人, last year
  const { report, prior: p } = readBack(read);
  expect(report.narrative["1"]).toBe(report0.narrative["1"]);
  expect(p?.cells["t3.carriedOut.natural"]).toEqual({ kind: "number", value: 1 });
  expect(p?.year).toBe(2023);
});
