import { inert, restoreInert, restoreInertText } from "../../src/model/inert-text";

/** What restoreInertText means: restoreInert on each tab-separated field of each "\n"-separated line. */
const byLines = (text: string): string =>
  text
    .split("\n")
    .map((line) => line.split("\t").map(restoreInert).join("\t"))
    .join("\n");

describe("restoreInertText", () => {
  test("restores the marked fields of every line holding one, first, middle and last", () => {
    const fields = ["=SUM(A1)", "+1 件", "@cmd", "-x", "plain"];
    const line = fields.map(inert).join("\t");
    const text = [line, "一、总体情况", `标题\t${inert("=HYPERLINK(1)")}`, "", line].join("\n");
    expect(restoreInertText(text)).toBe(byLines(text));
    expect(restoreInertText(text).split("\n")[0]).toBe(fields.join("\t"));
    expect(restoreInertText(text).split("\n")[2]).toBe("标题\t=HYPERLINK(1)");
  });

  test("leaves apostrophes that mark nothing, and lines without any, as they are", () => {
    for (const text of ["It's done.", "a\nIt's\r\nb", "''=x\n'", "'", "\n'\n", "no mark at all", "'a'\t'b'\n'=1'"]) {
      expect(restoreInertText(text)).toBe(byLines(text));
    }
    expect(restoreInertText("本机关\r\nIt's\r\n")).toBe("本机关\r\nIt's\r\n");
  });
});
