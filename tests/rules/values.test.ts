import { num, readCell } from "../../src/model/cell";
import { emptyReport } from "../../src/model/report";
import { checkReport } from "../../src/check/engine";
import { renderFinding } from "../../src/rules/render";
import { sampleReport } from "../support/reports";

const r5 = (r: ReturnType<typeof sampleReport>) => checkReport(r).filter((f) => f.rule === "R5");
const zh = (f: Parameters<typeof renderFinding>[0]) => renderFinding(f, "2021", "zh-CN");

describe("R5: every figure is a number of the right kind", () => {
  it("accepts the sample's figures", () => {
    expect(r5(sampleReport())).toEqual([]);
  });

  it("says an untouched table is not filled in, once per table", () => {
    const findings = r5(emptyReport("2021", 2024));
    expect(findings.map((f) => f.msg.id)).toEqual(["R5.tableEmpty", "R5.tableEmpty", "R5.tableEmpty"]);
    expect(zh(findings[1])).toBe("表三尚未填写任何数字。");
  });

  it("asks for 0 in a blank cell, naming the cell", () => {
    const r = sampleReport();
    r.cells["t3.withheld1.business"] = { kind: "blank" };
    const [f] = r5(r);
    expect(f.cells).toEqual([{ key: "t3.withheld1.business" }]);
    expect(zh(f)).toBe("表三「1.属于国家秘密」·商业企业 为空：没有发生请填写 0。");
  });

  it("reports text with the number it probably meant", () => {
    const r = sampleReport();
    r.cells["t3.granted.natural"] = readCell("25件", "count", true);
    expect(zh(r5(r)[0])).toBe("表三「（一）予以公开」·自然人 填写的“25件”不是数字，可能是 25：请只填写数字。");
  });

  it("reports a no-data mark, a negative count and a fraction in a count", () => {
    const r = sampleReport();
    r.cells["t4.review.upheld"] = readCell("/", "count", true);
    r.cells["t2.penalty.decisions"] = num(-1);
    r.cells["t2.license.decisions"] = num(2.5);
    expect(r5(r).map((f) => f.msg.id).sort()).toEqual(["R5.fraction", "R5.negative", "R5.nodata"]);
  });

  it("allows decimals in the 万元 fee but not a negative fee", () => {
    const r = sampleReport();
    r.cells["t2.fees.amount"] = num(0.35);
    expect(r5(r)).toEqual([]);
    r.cells["t2.fees.amount"] = num(-0.35);
    expect(r5(r).map((f) => f.msg.id)).toEqual(["R5.negative"]);
  });

  it("speaks English when asked", () => {
    const r = sampleReport();
    r.cells["t3.granted.natural"] = readCell("１２", "count", true);
    const f = r5(r)[0];
    expect(renderFinding(f, "2021", "en-US")).toBe(
      "Table 3 “（一）予以公开” · 自然人 holds “１２”, which is not a number; probably 12. Type the number alone.",
    );
  });
});

describe("R5 on a fresh template", () => {
  it("says each table is not filled in, even though its total formulas already read 0", () => {
    const r = emptyReport("2021", 2024);
    for (const key of Object.keys(r.cells)) if (/^t3\.(total\.|\w+\.total$)|^t4\.\w+\.total$/.test(key)) r.cells[key] = num(0);
    expect(r5(r).map((f) => f.msg.id)).toEqual(["R5.tableEmpty", "R5.tableEmpty", "R5.tableEmpty"]);
  });
});
