// 汇总's part reader (the pane's lazy chunk): a workbook made by this tool through the light .xlsx
// reader, a published report through the import; each checked, named by its body, with its status
// and its problems as sentences.
import { readFileSync } from "fs";
import { join } from "path";
import { planLayout } from "../../src/layout/plan";
import { decodePart } from "../../src/taskpane/consolidate-decode";
import { writeWorkbook } from "../../src/xlsx/write-plan";
import { scaledSample } from "../consolidate/parts";

const workbookOf = async (k: number, agency: string, edit?: (r: ReturnType<typeof scaledSample>) => void) => {
  const r = scaledSample(k, agency);
  edit?.(r);
  return new Uint8Array(await writeWorkbook(planLayout("2021", { year: 2024, agency }), r));
};

describe("a 汇总 part, read in the pane", () => {
  it("reads a workbook made by this tool with the light reader, named by its agency", async () => {
    const d = await decodePart(await workbookOf(2, "某区甲局"), "甲局.xlsx", "zh-CN");
    expect(d.format).toBe("2021");
    expect(d.part.body).toBe("某区甲局");
    expect(d.part.file).toBe("甲局.xlsx");
    expect(d.part.year).toBe(2024);
    expect(d.part.cells["t3.new.natural"]).toEqual({ kind: "number", value: 2 * 57 });
    expect(d.part.status).not.toBe("errors");
  });

  it("a workbook whose tables do not add up is a part with errors, each said in a sentence", async () => {
    const bad = await workbookOf(1, "某区乙局", (r) => void (r.cells["t3.granted.natural"] = { kind: "number", value: 999 }));
    const d = await decodePart(bad, "乙局.xlsx", "zh-CN");
    expect(d.part.status).toBe("errors");
    expect(d.problems.some((p) => p.startsWith("错误："))).toBe(true);
  });

  it("reads a published report through the import", async () => {
    const bytes = new Uint8Array(readFileSync(join(__dirname, "..", "fixtures", "reports", "sample-2024-panyu-hrss.txt")));
    const d = await decodePart(bytes, "番禺.txt", "zh-CN");
    expect(d.part.body).toBe("广州市番禺区人力资源和社会保障局");
    expect(d.part.cells["t3.new.natural"]).toEqual({ kind: "number", value: 57 });
  });

  it("refuses a file that is not a report, with the reader's own sentence", async () => {
    await expect(decodePart(new Uint8Array([1, 2, 3]), "x.xlsx", "zh-CN")).rejects.toHaveProperty("msg");
  });
});
