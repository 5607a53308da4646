// The light reader gives what the ExcelJS reader gives, on every kind of workbook the tests make:
// templates, filled workbooks (prior, explanations), damaged ones, odd cell types; and it refuses a
// zip bomb by the declared and by the actual unpacked size.
import ExcelJS from "exceljs";
import fc from "fast-check";
import JSZip from "jszip";
import { explain } from "../../src/explain/explanations";
import { NAME, SHEET } from "../../src/layout/names";
import { planLayout } from "../../src/layout/plan";
import { priorFrom } from "../../src/model/report";
import type { ReportData } from "../../src/model/report";
import { checkReport } from "../../src/check/engine";
import { readWorkbookLight, workbookReadLight } from "../../src/xlsx/light/read-light";
import { readWorkbook, workbookRead } from "../../src/xlsx/read-workbook";
import { writeWorkbook } from "../../src/xlsx/write-plan";
import { sampleReport } from "../layout/sample";
import { balancedReport } from "../support/reports";

const plan21 = planLayout("2021", { year: 2024, agency: "某区教育局" });

/** Both readers on the same bytes: the same report, findings, prior and explanations — or the same refusal. */
async function expectSame(bytes: Uint8Array, name = "x.xlsx"): Promise<void> {
  const heavy = await readWorkbook(bytes, name).then(
    (r) => ({ ok: r }),
    (e: { msg?: unknown }) => ({ err: e.msg }),
  );
  const light = await readWorkbookLight(bytes, name).then(
    (r) => ({ ok: r }),
    (e: { msg?: unknown }) => ({ err: e.msg }),
  );
  expect(light).toEqual(heavy);
}

/** Edits a written workbook with ExcelJS, as a clerk's spreadsheet program would, and saves it. */
async function edited(bytes: Uint8Array, edit: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  edit(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

const sheet = (wb: ExcelJS.Workbook, name: string) => wb.getWorksheet(name) as ExcelJS.Worksheet;

describe("the light reader equals the ExcelJS reader", () => {
  it.each(["2021", "2019"] as const)("on a blank %s template", async (format) => {
    await expectSame(await writeWorkbook(planLayout(format, { year: format === "2021" ? 2024 : 2020, agency: null }), null));
  });

  it("on the sample, filled, with last year's figures and explanations", async () => {
    const sample = sampleReport();
    const prior = priorFrom(sample);
    const r6 = checkReport(sample, { prior }).filter((f) => f.rule === "R6");
    const explanations = r6.slice(0, 1).map((f) => explain(f, sample, "上年结转的申请已由上级机关统一办理 & <说明>。", new Date("2025-01-10T08:00:00Z")));
    const bytes = await writeWorkbook(plan21, sample, { prior, explanations });
    await expectSame(bytes);
    const light = await readWorkbookLight(bytes, "x.xlsx");
    expect(light.explanations).toHaveLength(explanations.length);
    expect(light.prior?.cells["t3.carriedOut.natural"]).toEqual({ kind: "number", value: 1 });
  });

  it("on random balanced reports, with and without cached totals", async () => {
    await fc.assert(
      fc.asyncProperty(balancedReport(), fc.boolean(), async (report: ReportData, cachedTotals) => {
        await expectSame(await writeWorkbook(plan21, report, { cachedTotals }));
      }),
      { numRuns: 8 },
    );
  });

  it("on text, blanks, units and full-width digits typed into figure cells", async () => {
    const r = sampleReport();
    r.cells["t3.granted.natural"] = { kind: "text", raw: "25件", guess: 25, why: "unit" };
    r.cells["t3.partial.natural"] = { kind: "blank" };
    r.cells["t4.review.upheld"] = { kind: "text", raw: "１２", guess: 12, why: "fullwidth" };
    await expectSame(await writeWorkbook(plan21, r));
  });

  it("on odd cell types: booleans, errors, dates, rich text, formulas over figures, a value in a merge", async () => {
    const bytes = await edited(await writeWorkbook(plan21, sampleReport()), (wb) => {
      const t3 = sheet(wb, SHEET.t3);
      t3.getCell("D5").value = true;
      t3.getCell("E5").value = { error: "#N/A" };
      t3.getCell("F5").value = new Date("2024-03-01T00:00:00Z");
      t3.getCell("G5").value = { richText: [{ text: "1" }, { text: "2", font: { bold: true } }] };
      t3.getCell("H5").value = { formula: "1+1", result: 2 };
      t3.getCell("I5").value = { formula: "\"a\"&\"b\"", result: "ab" };
      t3.getCell("D6").value = { formula: "1/0", result: { error: "#DIV/0!" } };
      sheet(wb, SHEET.narrative).getCell("A6").value = "正文 <b>不是</b> HTML & “引号”\n第二行";
    });
    await expectSame(bytes);
  });

  it("on damaged workbooks: a sheet deleted, the meta sheet gone, a name removed, labels edited, a sheet renamed", async () => {
    const base = await writeWorkbook(plan21, sampleReport());
    const cases: ((wb: ExcelJS.Workbook) => void)[] = [
      (wb) => wb.removeWorksheet(sheet(wb, SHEET.t4).id),
      (wb) => wb.removeWorksheet(sheet(wb, SHEET.meta).id),
      (wb) => {
        wb.definedNames.model = wb.definedNames.model.filter((d) => d.name !== NAME.t3Data && d.name !== NAME.notes);
      },
      (wb) => {
        sheet(wb, SHEET.t3).getCell("C7").value = "（一）同意公开";
        sheet(wb, SHEET.t2).getCell("A4").value = null;
      },
      (wb) => {
        sheet(wb, SHEET.t3).name = "表三";
      },
    ];
    for (const edit of cases) await expectSame(await edited(base, edit));
  });

  it("on a spreadsheet that is no report, and on bytes that are no zip", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Sheet1").getCell("A1").value = "hello";
    await expectSame(new Uint8Array(await wb.xlsx.writeBuffer()), "other.xlsx");
    await expectSame(new TextEncoder().encode("这不是工作簿"), "坏文件.xlsx");
    await expect(readWorkbookLight(new TextEncoder().encode("PK\u0003\u0004garbage"), "坏.xlsx")).rejects.toMatchObject({ msg: { id: "cli.read.notXlsx" } });
  });

  it("reads the same ranges as the host read (values and formulas)", async () => {
    const bytes = await writeWorkbook(plan21, sampleReport());
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
    const { parts, ...read } = await workbookReadLight(bytes, "x.xlsx");
    expect(read).toEqual(workbookRead(wb));
    expect(parts).toBeNull(); // only a consolidated workbook has a 明细 sheet
    // 表三 A2:J29: row 28 is （七）总计, column D 自然人.
    expect((await workbookReadLight(bytes, "x.xlsx")).names[NAME.t3]?.formulas?.[26]?.[3]).toBe("=SUM(D7:D27)");
  });
});

describe("a zip bomb is refused with a sentence", () => {
  /** A workbook whose table-三 sheet carries `pad` bytes of padding (compresses to almost nothing). */
  async function padded(pad: number): Promise<Uint8Array> {
    const zip = await JSZip.loadAsync(await writeWorkbook(plan21, sampleReport()));
    const path = "xl/worksheets/sheet3.xml";
    const xml = (await zip.file(path)?.async("string")) ?? "";
    zip.file(path, xml.replace("<sheetData>", `<sheetData>${" ".repeat(pad)}`));
    return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
  }
  const limits = { maxFile: 2 ** 20, maxPart: 2 ** 20, maxTotal: 4 * 2 ** 20 };

  it("by the size the zip declares", async () => {
    const bytes = await padded(3 * 2 ** 20);
    expect(bytes.length).toBeLessThan(2 ** 20);
    await expect(readWorkbookLight(bytes, "bomb.xlsx", limits)).rejects.toMatchObject({
      msg: { id: "cli.read.partTooBig", params: { file: "bomb.xlsx", part: "xl/worksheets/sheet3.xml", mb: "1" } },
    });
  });

  it("by the bytes actually unpacked, when the zip lies about the size", async () => {
    const bytes = await padded(3 * 2 ** 20);
    // Rewrite the declared size of sheet3.xml in the central directory (and local header) to 1000.
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const name = new TextEncoder().encode("xl/worksheets/sheet3.xml");
    const named = (at: number, nameAt: number) => name.every((b, i) => bytes[at + nameAt + i] === b);
    let patched = 0;
    for (let i = 0; i < bytes.length - 46; i++) {
      const sig = view.getUint32(i, true);
      const at = sig === 0x02014b50 && named(i, 46) ? i + 24 : sig === 0x04034b50 && named(i, 30) ? i + 22 : -1;
      if (at < 0) continue;
      view.setUint32(at, 1000, true);
      patched++;
    }
    expect(patched).toBe(2);
    await expect(readWorkbookLight(bytes, "bomb.xlsx", limits)).rejects.toMatchObject({ msg: { id: "cli.read.partTooBig" } });
  });

  it("a file too big to be a report", async () => {
    await expect(readWorkbookLight(new Uint8Array(2 ** 20 + 1), "huge.xlsx", limits)).rejects.toMatchObject({ msg: { id: "cli.read.tooBig", params: { mb: "1" } } });
  });
});
