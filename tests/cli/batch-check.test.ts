// What one file of a folder check hands on (from a worker to the main thread, where it may wait for
// an earlier slow file): its size is bounded whatever the report's size, and the summary and the
// verdict line read from it exactly what they read from the whole report.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { serialize } from "v8";
import { checkFile } from "../../src/cli/batch-check";
import { summaryRows } from "../../src/cli/summary-data";
import { importReport } from "../../src/import";
import { planLayout } from "../../src/layout/plan";
import { writeWorkbook } from "../../src/xlsx/write-plan";
import { sampleReport } from "../support/reports";

const root = join(__dirname, "..", "..");
const sampleText = readFileSync(join(root, "tests", "fixtures", "reports", "sample-2024-panyu-hrss.txt"), "utf8");

describe("checkFile's result", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "xxgk-batch-check-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("does not grow with the report: a 400 KB narrative is not carried", async () => {
    // The sample with its last section's paragraph repeated to about 400 KB (as serialized).
    const paragraph = "本机关持续做好政府信息公开工作，依法依规答复申请人，未发生因政府信息公开引起的行政复议和行政诉讼。\n";
    const text = `${sampleText}\n${paragraph.repeat(4000)}`;
    const file = join(dir, "long.txt");
    writeFileSync(file, text);
    const whole = importReport(new Uint8Array(readFileSync(file)), { fileName: file }).report;
    expect(serialize(whole).length).toBeGreaterThan(400_000);

    const one = await checkFile(file, { kind: "own" }, "zh-CN");
    expect(one.json.status).not.toBe("unreadable");
    // The sample's figures and findings take a few KB; the narrative would take 400.
    expect(serialize(one).length).toBeLessThan(32_000);
    expect(one.report).toEqual({ format: whole.format, year: whole.year, agency: whole.agency, cells: expect.any(Object) });

    // The summary's three sheets are the same as from the whole report (every 数据 figure kept).
    const full = summaryRows({ ...one, report: whole }, "zh-CN");
    expect(summaryRows(one, "zh-CN")).toEqual(full);
    expect(full[2][0].slice(3).filter((v) => v !== null).length).toBeGreaterThan(10);
  });

  it("leaves a workbook's cell references behind (its findings keep their own)", async () => {
    const r = sampleReport();
    const file = join(dir, "report.xlsx");
    writeFileSync(file, await writeWorkbook(planLayout("2021", { year: 2024, agency: r.agency }), r));
    const one = await checkFile(file, { kind: "own" }, "zh-CN");
    expect(one.json.status).not.toBe("unreadable");
    expect(Object.keys(one.report ?? {}).sort()).toEqual(["agency", "cells", "format", "year"]);
    expect(Object.keys(one.report?.cells ?? {}).length).toBeLessThan(Object.keys(r.cells).length / 4);
  });
});
