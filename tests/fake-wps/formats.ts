// The fake ET's Interior, Font, Borders, Validation and FormatConditions of a Range: numeric enum
// values only (XlBordersIndex, XlDVType, xlExpression…), BGR colours, protection enforced.
import { areaA1, overlaps } from "../fake-excel/address";
import type { Area } from "../fake-excel/address";
import { fakeError } from "../fake-excel/workbook-model";
import { styleWrite, toBgr, toHex, uniform } from "./cells";
import type { FakeEtRange } from "./ranges";

export class FakeInterior {
  constructor(private r: FakeEtRange) {}
  get Color(): unknown {
    const f = uniform(this.r, (c) => c.style.fill ?? null);
    return f === null ? (uniform(this.r, (c) => c.style.fill ?? "") === "" ? 0xffffff : null) : toBgr(f);
  }
  set Color(v: unknown) {
    const hex = toHex(v);
    styleWrite(this.r, (c) => void (c.style.fill = hex));
  }
  get ColorIndex(): unknown {
    return uniform(this.r, (c) => (c.style.fill ? 0 : -4142)) ?? null;
  }
  set ColorIndex(v: unknown) {
    if (v !== -4142) throw fakeError("InvalidArgument", "the fake takes ColorIndex xlNone (-4142) only");
    styleWrite(this.r, (c) => void delete c.style.fill);
  }
}

export class FakeFont {
  constructor(private r: FakeEtRange) {}
  get Name(): string | undefined {
    return uniform(this.r, (c) => c.style.fontName) ?? undefined;
  }
  set Name(v: string | undefined) {
    styleWrite(this.r, (c) => void (c.style.fontName = v));
  }
  get Size(): number {
    return uniform(this.r, (c) => c.style.fontSize ?? 11) as number;
  }
  set Size(v: number) {
    styleWrite(this.r, (c) => void (c.style.fontSize = v));
  }
  get Bold(): boolean {
    return uniform(this.r, (c) => c.style.bold ?? false) as boolean;
  }
  set Bold(v: boolean) {
    styleWrite(this.r, (c) => void (c.style.bold = v));
  }
  get Color(): number {
    return toBgr(uniform(this.r, (c) => c.style.fontColor ?? "#000000") ?? "#000000");
  }
  set Color(v: number) {
    const hex = toHex(v);
    styleWrite(this.r, (c) => void (c.style.fontColor = hex));
  }
}

type Edge = "EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight";
/** XlBordersIndex → which edge of which cell (inside lines paint the cells' shared edges). */
function edges(index: number, a: Area, row: number, col: number): Edge[] {
  const lastRow = a.row + a.rows - 1;
  const lastCol = a.col + a.cols - 1;
  switch (index) {
    case 8:
      return row === a.row ? ["EdgeTop"] : [];
    case 9:
      return row === lastRow ? ["EdgeBottom"] : [];
    case 7:
      return col === a.col ? ["EdgeLeft"] : [];
    case 10:
      return col === lastCol ? ["EdgeRight"] : [];
    case 12:
      return [...(row > a.row ? ["EdgeTop" as const] : []), ...(row < lastRow ? ["EdgeBottom" as const] : [])];
    case 11:
      return [...(col > a.col ? ["EdgeLeft" as const] : []), ...(col < lastCol ? ["EdgeRight" as const] : [])];
    default:
      throw fakeError("InvalidArgument", `no XlBordersIndex ${index}`);
  }
}
const LINE = new Map<number, string>([[1, "Continuous"], [-4142, "None"]]);
const WEIGHT = new Map<number, string>([[2, "Thin"], [-4138, "Medium"], [4, "Thick"]]);

export class FakeBorder {
  constructor(
    private r: FakeEtRange,
    private index: number,
  ) {}
  private put(k: "style" | "weight" | "color", v: string): void {
    styleWrite(this.r, (c, row, col) => {
      for (const e of edges(this.index, this.r.area, row, col)) c.style.borders[e] = { ...c.style.borders[e], [k]: v };
    });
  }
  set LineStyle(v: number | boolean) {
    const s = typeof v === "number" ? LINE.get(v) : undefined;
    if (!s) throw fakeError("InvalidArgument", `LineStyle ${String(v)}`);
    this.put("style", s);
  }
  get LineStyle(): number | boolean {
    return 1;
  }
  set Weight(v: number) {
    const s = WEIGHT.get(v);
    if (!s) throw fakeError("InvalidArgument", `Weight ${v}`);
    this.put("weight", s);
  }
  get Weight(): number {
    return 2;
  }
  set Color(v: number) {
    this.put("color", toHex(v));
  }
  get Color(): number {
    return 0;
  }
}

export class FakeValidation {
  private pending: { title?: string; message?: string; errTitle?: string; errMessage?: string } = {};
  constructor(private r: FakeEtRange) {}
  private entry() {
    const e = this.r.sheet.validations.find((v) => v.area.row === this.r.area.row && v.area.col === this.r.area.col && v.area.rows === this.r.area.rows && v.area.cols === this.r.area.cols);
    if (!e) throw fakeError("InvalidOperation", `no validation on ${areaA1(this.r.area)}: Add() first`);
    return e as { prompt?: { showPrompt?: boolean; title?: string; message?: string }; errorAlert?: { showAlert?: boolean; style?: string; title?: string; message?: string }; ignoreBlanks?: boolean };
  }
  Add(Type: number, AlertStyle?: number, Operator?: number, Formula1?: string): void {
    this.r.host.model.assertUnprotected(this.r.sheet, "Validation.Add");
    if (this.r.sheet.validations.some((v) => overlaps(v.area, this.r.area))) throw fakeError("InvalidOperation", "Validation.Add over an existing validation: Delete() first");
    const kind = Type === 1 ? "wholeNumber" : Type === 2 ? "decimal" : null;
    if (!kind || Operator !== 7 || AlertStyle !== 1) throw fakeError("InvalidArgument", `the fake knows whole/decimal ≥ with a stop alert, not ${Type}/${Operator}/${AlertStyle}`);
    this.r.sheet.validations.push({
      area: { ...this.r.area },
      rule: { [kind]: { formula1: Number(Formula1), operator: "GreaterThanOrEqualTo" } },
      prompt: { showPrompt: false },
      errorAlert: { showAlert: false, style: "Stop" },
    });
  }
  Delete(): void {
    this.r.host.model.assertUnprotected(this.r.sheet, "Validation.Delete");
    this.r.sheet.validations = this.r.sheet.validations.filter((v) => !overlaps(v.area, this.r.area));
  }
  set IgnoreBlank(v: boolean) {
    this.entry().ignoreBlanks = v;
  }
  set InputTitle(v: string) {
    const e = this.entry();
    e.prompt = { ...e.prompt, title: v };
  }
  set InputMessage(v: string) {
    const e = this.entry();
    e.prompt = { ...e.prompt, message: v };
  }
  set ShowInput(v: boolean) {
    const e = this.entry();
    e.prompt = { ...e.prompt, showPrompt: v };
  }
  set ErrorTitle(v: string) {
    const e = this.entry();
    e.errorAlert = { ...e.errorAlert, title: v };
  }
  set ErrorMessage(v: string) {
    const e = this.entry();
    e.errorAlert = { ...e.errorAlert, message: v };
  }
  set ShowError(v: boolean) {
    const e = this.entry();
    e.errorAlert = { ...e.errorAlert, showAlert: v };
  }
}

export class FakeFormatConditions {
  constructor(private r: FakeEtRange) {}
  get Count(): number {
    return this.r.sheet.conditionalFormats.filter((c) => overlaps(c.area, this.r.area)).length;
  }
  Add(Type: number, _Operator?: unknown, Formula1?: unknown): unknown {
    if (Type !== 2) throw fakeError("InvalidArgument", `FormatConditions.Add type ${String(Type)}: the fake knows xlExpression (2) only`);
    if (typeof Formula1 !== "string" || !Formula1.startsWith("=")) throw fakeError("InvalidArgument", `xlExpression wants "=formula", not ${String(Formula1)}`);
    this.r.host.model.assertUnprotected(this.r.sheet, "FormatConditions.Add", "allowFormatCells");
    const entry: { area: Area; formula?: string; fill?: string; fontColor?: string; bold?: boolean } = { area: { ...this.r.area }, formula: Formula1 };
    this.r.sheet.conditionalFormats.push(entry);
    return {
      Interior: {
        set Color(v: unknown) {
          entry.fill = toHex(v);
        },
      },
      Font: {
        set Color(v: unknown) {
          entry.fontColor = toHex(v);
        },
        set Bold(v: boolean) {
          entry.bold = v;
        },
      },
    };
  }
  Delete(): void {
    this.r.host.model.assertUnprotected(this.r.sheet, "FormatConditions.Delete", "allowFormatCells");
    this.r.sheet.conditionalFormats = this.r.sheet.conditionalFormats.filter((c) => !overlaps(c.area, this.r.area));
  }
}
