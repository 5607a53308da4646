import { cellInfos, getFormat } from "../../src/format";
import type { FormatId } from "../../src/format";
import { parseCell, parseRange } from "../../src/layout/a1";
import { NAME, SHEET } from "../../src/layout/names";
import { planLayout, sheetOf } from "../../src/layout/plan";
import type { CellPlan, LayoutPlan } from "../../src/layout/types";
import { equations } from "../../src/rules/equations";

const FORMATS: FormatId[] = ["2021", "2019"];
// A label may be broken onto its printed lines ("\n", src/format/print.ts); its words are the format's.
const texts = (plan: LayoutPlan, role: "t2" | "t3" | "t4") =>
  new Set(sheetOf(plan, role).cells.filter((c) => typeof c.value === "string").map((c) => (c.value as string).replace(/\n/g, "")));
const at = (plan: LayoutPlan, role: "t2" | "t3" | "t4", address: string): CellPlan | undefined =>
  sheetOf(plan, role).cells.find((c) => c.address === address);

describe.each(FORMATS)("planLayout(%s)", (id) => {
  const f = getFormat(id);
  const plan = planLayout(id, { year: id === "2021" ? 2024 : 2020, agency: "某区某局" });

  test("sheets are named once and the meta sheet is veryHidden", () => {
    expect(plan.sheets.map((s) => s.name)).toEqual(Object.values(SHEET));
    expect(sheetOf(plan, "meta").visibility).toBe("veryHidden");
    const meta = sheetOf(plan, "meta").cells.filter((c) => c.meta);
    expect(Object.fromEntries(meta.map((c) => [c.meta, c.value]))).toEqual({
      format: id,
      year: plan.year,
      agency: "某区某局",
      layoutVersion: plan.layoutVersion,
    });
  });

  test("every label of the three tables is the format's own", () => {
    const t3 = texts(plan, "t3");
    for (const label of [f.t3.note, f.t3.applicantHeader, f.t3.orgHeader, ...f.t3.columns.map((c) => c.label), ...f.t3.rows.map((r) => r.label)])
      expect(t3).toContain(label);
    for (const p of new Set(f.t3.rows.flatMap((r) => r.parents))) expect(t3).toContain(p);
    const t2 = texts(plan, "t2");
    for (const g of f.t2) for (const label of [g.heading, g.contentLabel, ...g.columns.map((c) => c.label), ...g.rows.map((r) => r.label)]) expect(t2).toContain(label);
    const t4 = texts(plan, "t4");
    for (const label of [f.t4.suitHeader, ...f.t4.groups.map((g) => g.label), ...f.t4.columns.map((c) => c.label)]) expect(t4).toContain(label);
  });

  test("table 三's headers are merged as printed", () => {
    const t3 = sheetOf(plan, "t3");
    const last = 5 + f.t3.rows.length - 1;
    expect(t3.merges).toEqual(expect.arrayContaining(["A2:C4", "D2:J2", "D3:D4", "E3:I3", "J3:J4"]));
    expect(at(plan, "t3", "A2")?.value).toBe("（本列数据的勾稽关系为：第一项加第二项之和，\n等于第三项加第四项之和）");
    expect(at(plan, "t3", "E3")?.value).toBe(f.t3.orgHeader);
    // 三、本年度办理结果 runs from （一）予以公开 to （七）总计; （三）不予公开 over its eight rows.
    expect(t3.merges).toContain(`A7:A${last - 1}`);
    expect(t3.merges).toContain("B9:B16");
    expect(at(plan, "t3", "B9")?.value).toBe("（三）\n不予公开");
  });

  test("table 四 is 行政复议 (5) | 行政诉讼 → 未经复议直接起诉 (5), 复议后起诉 (5) over one row of 15", () => {
    const t4 = sheetOf(plan, "t4");
    expect(t4.merges).toEqual(expect.arrayContaining(["A2:E3", "F2:O2", "F3:J3", "K3:O3"]));
    expect(t4.cells.filter((c) => c.key).map((c) => parseCell(c.address).row)).toEqual(new Array(15).fill(5));
  });

  test("table 二 has one full-width heading row per group", () => {
    const t2 = sheetOf(plan, "t2");
    const headings = f.t2.map((g) => t2.cells.find((c) => c.value === g.heading) as CellPlan);
    expect(headings).toHaveLength(id === "2021" ? 4 : 5);
    for (const h of headings) expect(t2.merges).toContain(`${h.address}:D${parseCell(h.address).row}`);
  });

  test("every canonical key has exactly one input or total cell", () => {
    const figures = plan.sheets.flatMap((s) => s.cells).filter((c) => c.role === "input" || c.role === "total");
    const keys = figures.map((c) => c.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(new Set(keys)).toEqual(new Set(cellInfos(f).keys()));
  });

  test("totals are formulas over the cells the equations name", () => {
    const pos = new Map<string, string>();
    for (const s of plan.sheets) for (const c of s.cells) if (c.key && c.role !== "prior") pos.set(c.key, c.address);
    const byKey = new Map(plan.sheets.flatMap((s) => s.cells).filter((c) => c.key && c.role !== "prior").map((c) => [c.key, c]));
    for (const eq of equations(f)) {
      if (!eq.total || (eq.rule === "R2" && eq.subject === "total")) continue;
      const cell = byKey.get(eq.total) as CellPlan;
      expect(cell.role).toBe("total");
      const covered = (cell.formula as string)
        .replace(/^=SUM\(|\)$/g, "")
        .split(",")
        .flatMap((part) => {
          const r = parseRange(part);
          const out: string[] = [];
          for (let row = r.top; row <= r.bottom; row++) for (let col = r.left; col <= r.right; col++) out.push(`${String.fromCharCode(64 + col)}${row}`);
          return out;
        });
      expect(covered.sort()).toEqual(eq.right.map((k) => pos.get(k)).sort());
    }
    expect(at(plan, "t3", "J5")?.formula).toBe("=SUM(D5:I5)");
    expect(at(plan, "t3", "D" + (5 + f.t3.rows.length - 2))?.formula).toBe(`=SUM(D7:D${5 + f.t3.rows.length - 3})`);
    expect(at(plan, "t4", "E5")?.formula).toBe("=SUM(A5:D5)");
  });

  test("defined names cover each table, its data block and every narrative cell", () => {
    const names = new Map(plan.names.map((n) => [n.name, n]));
    const t3Rows = f.t3.rows.length;
    expect(names.get(NAME.t3)?.range).toBe(`A2:J${4 + t3Rows}`);
    expect(names.get(NAME.t3Data)?.range).toBe(`D5:J${4 + t3Rows}`);
    expect(names.get(NAME.t4Data)?.range).toBe("A5:O5");
    for (const s of plan.sheets)
      for (const c of s.cells.filter((x) => x.role === "narrative"))
        expect(plan.names.some((n) => n.sheet === s.name && n.range === c.address)).toBe(true);
    for (const s of plan.sheets)
      for (const c of s.cells.filter((x) => x.key)) {
        const p = parseCell(c.address);
        const inRegion = plan.names.some((n) => {
          const r = parseRange(n.range);
          return n.sheet === s.name && /^XXGK_(T2|T3|T4|PRIOR)$/.test(n.name) && p.row >= r.top && p.row <= r.bottom && p.col >= r.left && p.col <= r.right;
        });
        expect(inRegion).toBe(true);
      }
  });

  test("input cells are validated, unlocked and styled unlike labels and totals", () => {
    expect(plan.styles.input.locked).toBe(false);
    expect(plan.styles.total.locked).toBe(true);
    expect(plan.styles.label.locked).toBe(true);
    expect(plan.styles.input.fill).not.toEqual(plan.styles.total.fill);
    expect(plan.styles.label.fill).toBeUndefined();
    const t3 = sheetOf(plan, "t3");
    expect(t3.validations.every((v) => v.type === "whole" && v.min === 0 && /整数/.test(v.error))).toBe(true);
    const t2 = sheetOf(plan, "t2");
    const fee = t2.cells.find((c) => c.key?.endsWith(id === "2021" ? "fees.amount" : "procurement.amount")) as CellPlan;
    expect(t2.validations.find((v) => v.range === fee.address)?.type).toBe("decimal");
    if (id === "2019") expect(t2.validations.find((v) => v.range === (t2.cells.find((c) => c.key === "t2.license.change") as CellPlan).address)?.min).toBeLessThan(0);
    // Every sheet but the hidden notes sheet, which 校验 writes its record to without lifting protection,
    // and the 说明 sheet, where the clerk types explanations by hand.
    expect(plan.sheets.filter((s) => s.role !== "meta" && s.role !== "notes" && s.role !== "explanations").every((s) => s.protect)).toBe(true);
    expect(sheetOf(plan, "explanations")).toMatchObject({ visibility: "visible", protect: false });
  });

  test("conditional formats: R1 per column, each total against its parts, blanks among figures", () => {
    const t3 = sheetOf(plan, "t3");
    const last = 4 + f.t3.rows.length;
    const r1 = t3.conditionalFormats.find((c) => c.range === `D5:D${last}`);
    expect(r1?.formula).toBe(`=SUM($D$5:$D$6)<>SUM($D$${last - 1}:$D$${last})`);
    expect(t3.conditionalFormats.find((c) => c.range === "J5")?.formula).toBe("=SUM($J$5)<>SUM($D$5:$I$5)");
    const missing = t3.conditionalFormats.filter((c) => c.kind === "missing");
    expect(missing.map((m) => m.range)).toEqual([`D5:I${last - 2}`, `D${last}:I${last}`]);
    expect(missing[0].formula).toBe(`=AND(ISBLANK(D5),COUNT($D$5:$I$${last - 2},$D$${last}:$I$${last})>0)`);
    expect(sheetOf(plan, "t4").conditionalFormats.filter((c) => c.kind === "error")).toHaveLength(3);
  });

  test("print: A4 settings, table 三 on one portrait page (as the official format prints it) with repeating header rows", () => {
    const t3 = sheetOf(plan, "t3");
    expect(t3.print).toMatchObject({ orientation: "portrait", fitToWidth: true, onePage: true, titleRows: "$2:$4" });
    expect(sheetOf(plan, "narrative").print.fitToWidth).toBe(true);
    // Every printed sheet prints in black and white: the input fill never reaches the paper in Excel or WPS.
    for (const s of plan.sheets.filter((x) => x.visibility === "visible")) expect([s.name, s.print.blackAndWhite]).toEqual([s.name, true]);
  });

  test("the narrative sheet has the title, the opening, 一's five sub-heads, 五 and 六 with the fee prompt", () => {
    const n = sheetOf(plan, "narrative");
    const values = n.cells.map((c) => c.value);
    expect(values[0]).toBe(`某区某局${plan.year}年${f.titleSuffix}`);
    for (const sh of f.sections.find((s) => s.id === "1")?.subheads ?? []) expect(values).toContain(sh.label);
    for (const s of f.sections.filter((x) => x.id !== "0")) expect(values).toContain(s.title);
    expect(values.some((v) => typeof v === "string" && v.includes("信息处理费"))).toBe(true);
    const parts = n.cells.filter((c) => c.role === "narrative").map((c) => `${c.section}${c.part ? "." + c.part : ""}`);
    expect(parts).toEqual(["0", "1.intro", "1.active", "1.request", "1.management", "1.platform", "1.oversight", "5", "6"]);
  });
});
