import { editDistance, fixLabels, nearestLabel, numberingJoined } from "../../src/ocr/label-fix";
import type { LabelCell } from "../../src/ocr/label-fix";
import type { OcrWord } from "../../src/ocr/engine";
import { textRuns } from "../../src/ocr/runs";
import { layoutPage } from "../../src/import/pdf-layout";
import type { PdfTextItem } from "../../src/import/pdf-layout";
import { tableRows } from "../../src/import/table-rows";
import { textLines } from "../../src/import/lines";

// Readings as the OCR of the scan set gave them (tests/ocr/accuracy.test.ts).
const cell = (text: string, top: number, table = 0): LabelCell => ({ table, left: 0, top, width: 300, height: 30, text });

describe("label-fix", () => {
  it("counts edits", () => {
    expect(editDistance("申请", "中请")).toBe(1);
    expect(editDistance("abc", "abc")).toBe(0);
    expect(editDistance("其他法律行政止公开", "其他法律行政法规禁止公开")).toBe(3);
    expect(editDistance("a", "abcdef", 2)).toBe(3);
  });

  it("finds the one statutory label a reading a character or two off stands for", () => {
    expect(nearestLabel("2.其他法律行政止公开")?.label).toBe("2.其他法律行政法规禁止公开");
    expect(nearestLabel(")-妆来行政机天确认或重新出具已获取信息")?.label).toBe("5.要求行政机关确认或重新出具已获取信息");
    expect(nearestLabel("一、本年新收政府信息公开中请数量")?.label).toBe("一、本年新收政府信息公开申请数量");
    expect(nearestLabel("《一》耶以公开")?.label).toBe("（一）予以公开");
  });

  it("leaves a reading alone when two labels are near it, or it is too far from any", () => {
    // 七总计 is one edit away, 总计 two: not beyond doubt.
    expect(nearestLabel("(七大总计")).toBeNull();
    // A short label allows no edit ("其他" vs "其地").
    expect(nearestLabel("其地")).toBeNull();
    expect(nearestLabel("计TASEE人")).toBeNull();
  });

  it("corrects a table-三 row only in sequence with the rows identified around it", () => {
    const rows = [cell("1.属于国家秘密", 0), cell("2.其他法律行政止公开", 40), cell("3.危及“三安全一稳定”", 80)];
    expect([...fixLabels(rows).values()]).toEqual(["2.其他法律行政法规禁止公开"]);
    // The same reading between rows that come after it in the table: not corrected.
    const outOfOrder = [cell("1.本机关不掌握相关政府信息", 0), cell("2.其他法律行政止公开", 40), cell("1.信访举报投诉类申请", 80)];
    expect(fixLabels(outOfOrder).size).toBe(0);
    // Alone (nothing identified around it in its table): not corrected.
    expect(fixLabels([cell("2.其他法律行政止公开", 40), cell("1.属于国家秘密", 0, 1)]).size).toBe(0);
    // A digit misread in its numbering ("5." for "6."): the neighbours decide.
    const numbered = [cell("5.属于三类内部事务信息", 0), cell("5.属于四类过程性信息", 40), cell("7.属于行政执法案卷", 80)];
    expect([...fixLabels(numbered).values()]).toEqual(["6.属于四类过程性信息"]);
  });

  it("corrects a reading further off only right between the rows before and after it", () => {
    expect(nearestLabel("各咯于四天过程性信息")).toBeNull();
    const between = [cell("5.属于三类内部事务信息", 0), cell("各咯于四天过程性信息", 40), cell("7.属于行政执法案卷", 80)];
    expect([...fixLabels(between).values()]).toEqual(["6.属于四类过程性信息"]);
    // A row missing between them (the sequence jumps): not corrected.
    const gap = [cell("4.保护第三方合法权益", 0), cell("各咯于四天过程性信息", 40), cell("7.属于行政执法案卷", 80)];
    expect(fixLabels(gap).size).toBe(0);
    // Only one neighbour identified: not corrected.
    expect(fixLabels([cell("5.属于三类内部事务信息", 0), cell("各咯于四天过程性信息", 40)]).size).toBe(0);
  });

  it("corrects two misread rows in a row only when both stand in sequence between identified rows", () => {
    const run = [cell("5.属于三类内部事务信息", 0), cell("各咯于四天过程性信息", 40), cell("了7.属于行政执法全大", 80), cell("8.属于行政查询事项", 120)];
    expect([...fixLabels(run).values()]).toEqual(["6.属于四类过程性信息", "7.属于行政执法案卷"]);
    // Without the row after them, the second has one neighbour only, and the first's neighbour is
    // then not confirmed by anything after it: neither is corrected.
    const open = [cell("5.属于三类内部事务信息", 0), cell("各咯于四天过程性信息", 40), cell("了7.属于行政执法全大", 80)];
    expect(fixLabels(open).size).toBe(0);
  });

  it("allows a long row label more misread characters in its place than anywhere", () => {
    const misread = "2、中请人这期本榨履费通知要求缴纳费用、行政机关不再处理其政府信息公开申请";
    expect(nearestLabel(misread)).toBeNull();
    const rows = [cell("1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", 0), cell(misread, 40), cell("3.其他", 80)];
    expect([...fixLabels(rows).values()]).toEqual(["2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"]);
  });

  it("in a row's place, compares the reading with the table's rows only", () => {
    // 七大总计: one edit from （七）总计, two from the column header 总计 — in the place of the row
    // between （六）其他处理 and 四、结转下年度继续办理 (the 2019 sequence), the row.
    const rows = [cell("《六)其他处理", 0), cell("(七大总计", 40), cell("四、结转下年度继续办理", 80)];
    expect([...fixLabels(rows).values()]).toEqual(["（七）总计"]);
  });

  it("does not take a parent cell spanning the row for the row below it", () => {
    // （六）其他处理 spans the three rows beside it (a row of its own in the 2019 format).
    const parent: LabelCell = { table: 0, left: 0, top: 40, width: 80, height: 120, text: "（六）其他处理" };
    const rows = [
      { ...cell("5.要求行政机关确认或重新出具已获取信息", 0), left: 100 },
      parent,
      { ...cell("1、申请人无正当理由这期不衬正、行政机关不再处理其政府信息公开申请", 40), left: 100 },
      { ...cell("2、中请人这期本榨履费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", 80), left: 100 },
      { ...cell("3、其他", 120), left: 100 },
    ];
    expect([...fixLabels(rows).values()]).toEqual(["1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"]);
  });
});

describe("a label's numbering read without its dot (numberingJoined)", () => {
  // huaian-city-2024's second scan set, at 150 dpi: "1.属于国家秘密" read as "1" and "属于国家秘密",
  // 17 px apart (the dot not read); the row above is "（二）部分公开（…）" with its seven figures.
  const figureXs = [553, 629, 704, 786, 883, 971, 1046];
  const figures = (values: string[], top: number): OcrWord[] =>
    values.map((text, i) => ({ text, left: figureXs[i], top, width: 8 * text.length, height: 15, conf: 95, line: `figure${top}.${i}` }));
  const numbered: OcrWord[] = [
    { text: "1", left: 299, top: 213, width: 5, height: 15, conf: 91, line: "1.1.1" },
    { text: "属于国家秘密", left: 321, top: 213, width: 86, height: 15, conf: 90, line: "1.1.1" },
  ];
  const layout = (label: OcrWord[]): string => {
    const words = [
      { text: "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", left: 211, top: 150, width: 300, height: 15, conf: 90, line: "2.1.1" },
      ...figures(["447", "7", "0", "0", "0", "0", "454"], 150),
      ...label,
      ...figures(["2", "0", "0", "0", "0", "0", "2"], 213),
    ];
    // Each word alone through textRuns, as page.ts hands each cell's words over.
    const cells = new Map<string, OcrWord[]>();
    for (const w of words) cells.set(w.line, [...(cells.get(w.line) ?? []), w]);
    const items: PdfTextItem[] = [...cells.values()].flatMap((ws) => textRuns(ws).map((r) => ({ str: r.str, x: r.x * 0.48, y: 842 - r.y * 0.48, width: r.width * 0.48, height: r.height * 0.48, page: 1 })));
    return layoutPage(items);
  };
  const figuresOf = (text: string) => tableRows(textLines(text)).map((r) => r.words.length);

  it("joins a line's leading number to the Chinese word after it", () => {
    const joined = numberingJoined(numbered);
    expect(joined.map((w) => w.text)).toEqual(["1属于国家秘密"]);
    expect(joined[0].left).toBe(299);
    expect(joined[0].left + joined[0].width).toBe(407);
    expect(nearestLabel(joined[0].text)?.label).toBe("1.属于国家秘密");
  });

  it("keeps the row above with its own seven figures (apart, the 1 was taken as an eighth)", () => {
    expect(figuresOf(layout(numbered))).toEqual([8, 7]);
    expect(figuresOf(layout(numberingJoined(numbered)))).toEqual([7, 7]);
  });

  it("joins nothing else: a number not first on its line, a number before no Chinese word", () => {
    const line = (texts: string[]): OcrWord[] => texts.map((text, i) => ({ text, left: 20 * i, top: 0, width: 10, height: 15, conf: 90, line: "1.1.1" }));
    expect(numberingJoined(line(["其他", "2", "件"])).map((w) => w.text)).toEqual(["其他", "2", "件"]);
    expect(numberingJoined(line(["12", "34"])).map((w) => w.text)).toEqual(["12", "34"]);
    expect(numberingJoined(line(["123", "件"])).map((w) => w.text)).toEqual(["123", "件"]);
    // Each line of a cell on its own: the second line's leading number is joined too.
    const twoLines = [...line(["行政"]), { text: "3", left: 0, top: 20, width: 10, height: 15, conf: 90, line: "1.1.2" }, { text: "危及", left: 25, top: 20, width: 30, height: 15, conf: 90, line: "1.1.2" }];
    expect(numberingJoined(twoLines).map((w) => w.text)).toEqual(["行政", "3危及"]);
  });
});
