// Issue 11, exports: a .txt export runs no formula when a spreadsheet opens it, and still reads back
// through the importer to exactly what was typed.
import { readFileSync, writeFileSync } from "fs";
import { buildDocument } from "../../src/export/document";
import { renderText } from "../../src/export/text";
import { importReport } from "../../src/import";
import { textLines } from "../../src/import/lines";
import { inert, restoreInert, restoreInertText } from "../../src/model/inert-text";
import { sampleReport } from "../export/sample-report";
import { xxgk } from "../support/cli";
import { scratch } from "./support";

// Generous: these make large inputs, and the machine is shared; no test here asserts a time.
jest.setTimeout(60_000);

const s = scratch("exports");
afterAll(() => s.done());

const HOSTILE = [
  '=HYPERLINK("http://evil.example","点击")',
  "=cmd|' /C calc'!A0",
  "+SUM(1,2)",
  "-2+3+cmd|' /C calc'!A0",
  "@SUM(A1)",
  "'=already quoted",
  "''+twice",
];

describe("inert", () => {
  it("marks every field a spreadsheet would run, and restoreInert undoes it exactly", () => {
    for (const h of HOSTILE) {
      expect(inert(h)).toMatch(/^'/);
      expect(restoreInert(inert(h))).toBe(h);
    }
  });

  it("leaves plain numbers, dash marks and ordinary text alone", () => {
    for (const v of ["-3", "+5", "0.5", "-", "--", "2024年", "'quoted text", "/"]) {
      expect(inert(v)).toBe(v);
      expect(restoreInert(v)).toBe(v);
    }
  });
});

describe("the .txt export", () => {
  const report = sampleReport();
  // Each a paragraph of its own (the import joins lines that do not end a sentence).
  const paragraphs = HOSTILE.map((h) => `${h}。`);
  report.narrative["6"] = paragraphs.join("\n");
  report.cells["t3.new.legal"] = { kind: "text", raw: "=1+1", why: "notNumber" };
  report.cells["t3.new.otherOrg"] = { kind: "text", raw: "@cmd", why: "notNumber" };
  const text = renderText(buildDocument(report));

  it("has no line and no tab-separated field that starts a formula", () => {
    for (const line of text.replace(/^\ufeff/, "").split("\n")) {
      for (const field of line.split("\t")) expect([field, /^[=+@]|^-(?![\d-]*$)/.test(field)]).toEqual([field, false]);
    }
  });

  it("reads back through the importer to exactly the text typed", () => {
    const back = importReport(text).report;
    expect(back.narrative["6"]?.split("\n")).toEqual(paragraphs);
    // The table row as the importer splits it (how it then judges a text cell is the table reader's).
    const row = textLines(restoreInertText(text)).find((l) => l.text.startsWith("一、本年新收"));
    expect(row?.cells).toEqual(["一、本年新收政府信息公开申请数量", "57", "0", "0", "0", "=1+1", "@cmd", "57"]);
  });

  it("xxgk export writes the inert form", async () => {
    const src = s.path("hostile.txt");
    writeFileSync(src, text);
    const out = s.path("out.txt");
    const r = await xxgk(["export", src, "-o", out]);
    expect(r.code).toBe(0);
    const written = readFileSync(out, "utf8");
    expect(written).toContain(`'=HYPERLINK("http://evil.example","点击")`);
    expect(written).not.toMatch(/^=HYPERLINK/m);
  });
});
