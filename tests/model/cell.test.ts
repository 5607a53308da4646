import { BLANK, cellJson, cellText, numericValue, readCell, UNREAD, valueProblem } from "../../src/model/cell";

describe("readCell: what a typed or printed cell means", () => {
  it("takes numbers typed as numbers", () => {
    expect(readCell(12)).toEqual({ kind: "number", value: 12 });
    expect(readCell(0.5, "amount")).toEqual({ kind: "number", value: 0.5 });
  });

  it("takes a clean token of a published report's text as a number", () => {
    expect(readCell("57", "count", true)).toEqual({ kind: "number", value: 57 });
  });

  it("keeps blanks and explicit no-data marks apart", () => {
    expect(readCell(null)).toEqual({ kind: "blank" });
    expect(readCell("   ")).toEqual({ kind: "blank" });
    expect(readCell("\u00a0", "count", true)).toEqual({ kind: "blank" });
    for (const mark of ["/", "-", "—", "无"]) expect(readCell(mark, "count", true)).toEqual({ kind: "nodata", raw: mark });
  });

  it("reads 12件 as text that probably means 12", () => {
    expect(readCell("12件", "count", true)).toEqual({ kind: "text", raw: "12件", guess: 12, why: "unit" });
  });

  it("reads full-width digits as text that probably means the number", () => {
    expect(readCell("１２", "count", true)).toEqual({ kind: "text", raw: "１２", guess: 12, why: "fullwidth" });
  });

  it("reads thousands separators as text that probably means the number", () => {
    expect(readCell("1,234", "count", true)).toEqual({ kind: "text", raw: "1,234", guess: 1234, why: "thousands" });
  });

  it("reports a number padded with spaces, or stored as text, in a workbook cell", () => {
    expect(readCell(" 12 ")).toEqual({ kind: "text", raw: " 12 ", guess: 12, why: "spaces" });
    expect(readCell("12")).toEqual({ kind: "text", raw: "12", guess: 12, why: "textNumber" });
  });

  it("reads yuan typed into a 万元 cell as 万元", () => {
    expect(readCell("251000元", "amount", true)).toEqual({ kind: "text", raw: "251000元", guess: 25.1, why: "unit" });
  });

  it("keeps text with no number as text, with nothing guessed", () => {
    expect(readCell("见附件", "count", true)).toEqual({ kind: "text", raw: "见附件", why: "notNumber" });
  });

  it("keeps negative numbers and decimals as numbers (R5 judges them by the cell's kind)", () => {
    expect(readCell("-3", "count", true)).toEqual({ kind: "number", value: -3 });
    expect(readCell("2.5", "count", true)).toEqual({ kind: "number", value: 2.5 });
  });
});

describe("an unread cell (the reader did not find it)", () => {
  it("has no number, no R5 problem, no text, and is null in JSON like a blank", () => {
    expect(numericValue(UNREAD)).toBeNull();
    expect(valueProblem(UNREAD, "count")).toBeNull();
    expect(cellText(UNREAD)).toBe("");
    expect(cellJson(UNREAD)).toBeNull();
    // A blank is different: it counts 0 and R5 asks for 0.
    expect(numericValue(BLANK)).toBe(0);
    expect(valueProblem(BLANK, "count")).toBe("blank");
  });
});
