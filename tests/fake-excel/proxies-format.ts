// Range format proxies: fill, font, borders, alignment, wrap, sizes, cell protection. Each property
// reads as one value for the range (null when its cells differ, as Office.js reports mixed formats).
import type { BorderSide, XFormatProtection, XRangeBorder, XRangeBorders, XRangeFill, XRangeFont, XRangeFormat } from "../../src/excel/api";
import type { Area } from "./address";
import { FakeContext, FakeObject } from "./context";
import type { CellModel, CellStyle, SheetModel } from "./workbook-model";

export interface RangeRef {
  sheet: SheetModel;
  area: Area;
}
export type Resolve = () => RangeRef;

export function eachCell(ctx: FakeContext, r: RangeRef, fn: (c: CellModel, row: number, col: number) => void): void {
  for (let i = 0; i < r.area.rows; i++)
    for (let j = 0; j < r.area.cols; j++) fn(ctx.model.cell(r.sheet, r.area.row + i, r.area.col + j), r.area.row + i, r.area.col + j);
}

/** One value for the range, or null when its cells differ (as Office.js reports mixed formats). */
export function uniform<T>(ctx: FakeContext, r: RangeRef, get: (c: CellModel) => T): T | null {
  let first: { v: T } | undefined;
  let mixed = false;
  eachCell(ctx, r, (c) => {
    const v = get(c);
    if (!first) first = { v };
    else if (first.v !== v) mixed = true;
  });
  return mixed || !first ? null : first.v;
}

/** A format write: on a protected sheet only when it was protected with allowFormatCells (cell
 *  protection itself never). It changes no data, so it raises no onChanged ("Occurs when the data of
 *  individual cells or comments has changed"; formats have onFormatChanged, excel-add-ins-events.md). */
export function styleWrite(
  ctx: FakeContext,
  r: RangeRef,
  what: string,
  fn: (s: CellStyle, row: number, col: number) => void,
  allowedBy: "allowFormatCells" | undefined = "allowFormatCells",
): void {
  ctx.model.assertUnprotected(r.sheet, what, allowedBy);
  eachCell(ctx, r, (c, row, col) => fn(c.style, row, col));
}

/** A leaf of a range's format: each property reads as a uniform value and writes to every cell. */
abstract class StyleLeaf extends FakeObject<RangeRef> {
  protected abstract readonly map: Record<string, keyof CellStyle>;
  /** The protection option that lets this format be changed on a protected sheet. */
  protected readonly allowedBy: "allowFormatCells" | undefined = "allowFormatCells";
  constructor(ctx: FakeContext, r: Resolve) {
    super(ctx, r);
  }
  protected readProp(name: string, r: RangeRef): unknown {
    const k = this.map[name];
    return uniform(this.ctx, r, (c) => c.style[k] ?? null);
  }
  protected get_<T>(name: string): T {
    return this.prop<T>(name);
  }
  protected set_(name: string, v: unknown): void {
    const k = this.map[name];
    this.write((r) => styleWrite(this.ctx, r, `format ${name}`, (s) => ((s as unknown as Record<string, unknown>)[k] = v), this.allowedBy));
  }
}

class FakeFill extends StyleLeaf implements XRangeFill {
  protected readonly kind = "RangeFill";
  protected readonly scalarProps = ["color"];
  protected readonly map = { color: "fill" } as const;
  get color(): string {
    return this.get_("color");
  }
  set color(v: string) {
    this.set_("color", v.toUpperCase());
  }
  clear(): void {
    this.write((r) => styleWrite(this.ctx, r, "fill.clear", (s) => delete s.fill));
  }
}

class FakeFont extends StyleLeaf implements XRangeFont {
  protected readonly kind = "RangeFont";
  protected readonly scalarProps = ["bold", "color", "name", "size"];
  protected readonly map = { bold: "bold", color: "fontColor", name: "fontName", size: "fontSize" } as const;
  get bold(): boolean {
    return this.get_("bold");
  }
  set bold(v: boolean) {
    this.set_("bold", v);
  }
  get color(): string {
    return this.get_("color");
  }
  set color(v: string) {
    this.set_("color", v.toUpperCase());
  }
  get name(): string {
    return this.get_("name");
  }
  set name(v: string) {
    this.set_("name", v);
  }
  get size(): number {
    return this.get_("size");
  }
  set size(v: number) {
    this.set_("size", v);
  }
}

class FakeFormatProtection extends StyleLeaf implements XFormatProtection {
  protected readonly kind = "FormatProtection";
  protected readonly scalarProps = ["locked"];
  protected readonly map = { locked: "locked" } as const;
  protected override readonly allowedBy = undefined;
  get locked(): boolean {
    return this.get_("locked");
  }
  set locked(v: boolean) {
    this.ctx.requireMember("FormatProtection.locked");
    this.set_("locked", v);
  }
}

/** Which cells' which edge a border side paints. */
function sideCells(side: BorderSide, a: Area, row: number, col: number): ("EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight")[] {
  const last = { row: a.row + a.rows - 1, col: a.col + a.cols - 1 };
  switch (side) {
    case "EdgeTop":
      return row === a.row ? ["EdgeTop"] : [];
    case "EdgeBottom":
      return row === last.row ? ["EdgeBottom"] : [];
    case "EdgeLeft":
      return col === a.col ? ["EdgeLeft"] : [];
    case "EdgeRight":
      return col === last.col ? ["EdgeRight"] : [];
    case "InsideHorizontal":
      return [...(row > a.row ? ["EdgeTop" as const] : []), ...(row < last.row ? ["EdgeBottom" as const] : [])];
    case "InsideVertical":
      return [...(col > a.col ? ["EdgeLeft" as const] : []), ...(col < last.col ? ["EdgeRight" as const] : [])];
  }
}

class FakeBorder extends FakeObject<RangeRef> implements XRangeBorder {
  protected readonly kind = "RangeBorder";
  protected readonly scalarProps = ["style", "color", "weight"];
  constructor(
    ctx: FakeContext,
    r: Resolve,
    private side: BorderSide,
  ) {
    super(ctx, r);
  }
  protected readProp(name: string, r: RangeRef): unknown {
    const k = name as "style" | "color" | "weight";
    let out: unknown;
    let mixed = false;
    let seen = false;
    eachCell(this.ctx, r, (c, row, col) => {
      for (const e of sideCells(this.side, r.area, row, col)) {
        const v = c.style.borders[e]?.[k] ?? (k === "style" ? "None" : null);
        if (seen && v !== out) mixed = true;
        out = v;
        seen = true;
      }
    });
    return mixed ? null : out;
  }
  private set_(k: "style" | "color" | "weight", v: string): void {
    this.write((r) =>
      styleWrite(this.ctx, r, "borders", (s, row, col) => {
        for (const e of sideCells(this.side, r.area, row, col)) s.borders[e] = { ...s.borders[e], [k]: v };
      }),
    );
  }
  get style(): XRangeBorder["style"] {
    return this.prop("style");
  }
  set style(v: XRangeBorder["style"]) {
    this.set_("style", v);
  }
  get color(): string {
    return this.prop("color");
  }
  set color(v: string) {
    this.set_("color", v.toUpperCase());
  }
  get weight(): XRangeBorder["weight"] {
    return this.prop("weight");
  }
  set weight(v: XRangeBorder["weight"]) {
    this.set_("weight", v);
  }
}

class FakeBorders implements XRangeBorders {
  constructor(
    private ctx: FakeContext,
    private r: Resolve,
  ) {}
  getItem(index: BorderSide): FakeBorder {
    return new FakeBorder(this.ctx, this.r, index);
  }
}

export class FakeRangeFormat extends StyleLeaf implements XRangeFormat {
  protected readonly kind = "RangeFormat";
  protected readonly scalarProps = ["wrapText", "horizontalAlignment", "verticalAlignment", "columnWidth", "rowHeight"];
  protected readonly map = { wrapText: "wrap", horizontalAlignment: "horizontal", verticalAlignment: "vertical" } as const;
  readonly fill: FakeFill;
  readonly font: FakeFont;
  readonly borders: FakeBorders;
  readonly protection: FakeFormatProtection;
  constructor(ctx: FakeContext, r: Resolve) {
    super(ctx, r);
    this.fill = new FakeFill(ctx, r);
    this.font = new FakeFont(ctx, r);
    this.borders = new FakeBorders(ctx, r);
    this.protection = new FakeFormatProtection(ctx, r);
  }
  protected override children() {
    return { fill: this.fill, font: this.font, protection: this.protection };
  }
  protected override readProp(name: string, r: RangeRef): unknown {
    if (name === "columnWidth") return sizes(r.area.col, r.area.cols, r.sheet.columnWidths, 48);
    if (name === "rowHeight") return sizes(r.area.row, r.area.rows, r.sheet.rowHeights, 15);
    return super.readProp(name, r);
  }
  get wrapText(): boolean {
    return this.get_("wrapText");
  }
  set wrapText(v: boolean) {
    this.set_("wrapText", v);
  }
  get horizontalAlignment(): XRangeFormat["horizontalAlignment"] {
    return this.get_("horizontalAlignment");
  }
  set horizontalAlignment(v: XRangeFormat["horizontalAlignment"]) {
    this.set_("horizontalAlignment", v);
  }
  get verticalAlignment(): XRangeFormat["verticalAlignment"] {
    return this.get_("verticalAlignment");
  }
  set verticalAlignment(v: XRangeFormat["verticalAlignment"]) {
    this.set_("verticalAlignment", v);
  }
  get columnWidth(): number {
    return this.get_("columnWidth");
  }
  set columnWidth(v: number) {
    this.ctx.requireMember("RangeFormat.columnWidth");
    this.write((r) => {
      this.ctx.model.assertUnprotected(r.sheet, "columnWidth", "allowFormatColumns");
      for (let c = 0; c < r.area.cols; c++) r.sheet.columnWidths.set(r.area.col + c, v);
    });
  }
  get rowHeight(): number {
    return this.get_("rowHeight");
  }
  set rowHeight(v: number) {
    this.ctx.requireMember("RangeFormat.rowHeight");
    this.write((r) => {
      this.ctx.model.assertUnprotected(r.sheet, "rowHeight", "allowFormatRows");
      for (let i = 0; i < r.area.rows; i++) r.sheet.rowHeights.set(r.area.row + i, v);
    });
  }
}

function sizes(from: number, count: number, m: Map<number, number>, standard: number): number | null {
  const all = Array.from({ length: count }, (_, i) => m.get(from + i) ?? standard);
  return all.every((x) => x === all[0]) ? all[0] : null;
}
