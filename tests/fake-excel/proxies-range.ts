// The Range proxy: values, formulas, number formats, clear, merge, select; its format, data
// validation and conditional formats live in proxies-format.ts and proxies-rules.ts.
import type { Scalar, XRange } from "../../src/excel/api";
import { areaA1, overlaps, quoteSheet } from "./address";
import type { Area } from "./address";
import { FakeContext, FakeObject } from "./context";
import { FakeRangeFormat, styleWrite } from "./proxies-format";
import type { RangeRef } from "./proxies-format";
import { FakeConditionalFormats, FakeDataValidation } from "./proxies-rules";
import { fakeError } from "./workbook-model";

export type { RangeRef } from "./proxies-format";

function grid<T>(v: T[][], area: Area, what: string): T[][] {
  if (!Array.isArray(v) || v.length !== area.rows || v.some((row) => !Array.isArray(row) || row.length !== area.cols))
    throw fakeError("InvalidArgument", `${what}: expected ${area.rows}×${area.cols} array for ${areaA1(area)}`);
  return v;
}

export class FakeRange extends FakeObject<RangeRef> implements XRange {
  protected readonly kind = "Range";
  protected readonly scalarProps = ["address", "values", "formulas", "numberFormat", "rowCount", "columnCount", "rowIndex", "columnIndex"];
  readonly format: FakeRangeFormat;
  readonly dataValidation: FakeDataValidation;
  readonly conditionalFormats: FakeConditionalFormats;

  constructor(ctx: FakeContext, resolver: () => RangeRef | null, nullable = false) {
    super(ctx, resolver, nullable);
    const r = () => this.must();
    this.format = new FakeRangeFormat(ctx, r);
    this.dataValidation = new FakeDataValidation(ctx, r);
    this.conditionalFormats = new FakeConditionalFormats(ctx, r);
  }

  protected override children() {
    return { format: this.format, dataValidation: this.dataValidation };
  }

  protected readProp(name: string, r: RangeRef): unknown {
    const m = this.ctx.model;
    const cells = <T>(fn: (row: number, col: number) => T): T[][] =>
      Array.from({ length: r.area.rows }, (_, i) => Array.from({ length: r.area.cols }, (_, j) => fn(r.area.row + i, r.area.col + j)));
    switch (name) {
      case "address":
        return `${quoteSheet(r.sheet.name)}!${areaA1(r.area)}`;
      case "values":
        return cells((row, col) => m.displayValue(r.sheet, row, col));
      case "formulas":
        return cells((row, col) => m.peek(r.sheet, row, col)?.formula ?? m.displayValue(r.sheet, row, col));
      case "numberFormat":
        return cells((row, col) => m.peek(r.sheet, row, col)?.numberFormat ?? "General");
      case "rowCount":
        return r.area.rows;
      case "columnCount":
        return r.area.cols;
      case "rowIndex":
        return r.area.row;
      case "columnIndex":
        return r.area.col;
    }
    return undefined;
  }

  get address(): string {
    return this.prop("address");
  }
  get rowCount(): number {
    return this.prop("rowCount");
  }
  get columnCount(): number {
    return this.prop("columnCount");
  }
  get values(): (Scalar | null)[][] {
    return this.prop("values");
  }
  set values(v: (Scalar | null)[][]) {
    this.writeCells(v, "values");
  }
  get formulas(): (Scalar | null)[][] {
    return this.prop("formulas");
  }
  set formulas(v: (Scalar | null)[][]) {
    this.writeCells(v, "formulas");
  }
  get numberFormat(): (string | null)[][] {
    return this.prop("numberFormat");
  }
  set numberFormat(v: (string | null)[][]) {
    this.write((r) => {
      grid(v, r.area, "numberFormat");
      styleWrite(this.ctx, r, "numberFormat", () => undefined);
      v.forEach((row, i) => row.forEach((f, j) => f !== null && (this.ctx.model.cell(r.sheet, r.area.row + i, r.area.col + j).numberFormat = f)));
    });
  }

  private writeCells(v: (Scalar | null)[][], what: "values" | "formulas"): void {
    this.write((r) => {
      grid(v, r.area, what);
      this.ctx.stats.blockWrites++;
      this.ctx.stats.cellsWritten += r.area.rows * r.area.cols;
      v.forEach((row, i) => row.forEach((x, j) => this.ctx.model.write(r.sheet, r.area.row + i, r.area.col + j, x, what === "formulas")));
    });
  }

  /** One cell by 0-based offsets from the top-left; like Office.js it may lie outside this range. */
  getCell(row: number, column: number): FakeRange {
    return new FakeRange(this.ctx, () => {
      const r = this.must();
      return { sheet: r.sheet, area: { row: r.area.row + row, col: r.area.col + column, rows: 1, cols: 1 } };
    });
  }

  /** The cells this proxy stands for (sync time only): names.add accepts a Range object. */
  resolvedNow(): RangeRef {
    return this.must();
  }

  /** "All" (default), "Contents" or "Formats"; merges and conditional formats count as formats. */
  clear(applyTo?: "All" | "Formats" | "Contents" | "Hyperlinks" | "RemoveHyperlinks" | "ResetContents"): void {
    this.write((r) => {
      const what = applyTo ?? "All";
      const m = this.ctx.model;
      if (what !== "Contents") m.assertUnprotected(r.sheet, `clear(${what})`);
      if (what !== "Formats") m.noteChange(r.sheet, r.area); // clearing formats changes no data
      for (const [k, c] of [...r.sheet.cells]) {
        const [row, col] = k.split(",").map(Number);
        if (row < r.area.row || row >= r.area.row + r.area.rows || col < r.area.col || col >= r.area.col + r.area.cols) continue;
        if (what === "All") r.sheet.cells.delete(k);
        else if (what === "Formats") {
          c.style = { locked: true, borders: {} };
          c.numberFormat = "General";
        }
        else m.write(r.sheet, row, col, "", false);
      }
      if (what === "All" || what === "Formats") {
        r.sheet.merges = r.sheet.merges.filter((x) => !overlaps(x, r.area));
        r.sheet.conditionalFormats = r.sheet.conditionalFormats.filter((x) => !overlaps(x.area, r.area));
      }
    });
  }

  merge(across?: boolean): void {
    this.ctx.requireMember("Range.merge");
    this.write((r) => this.ctx.model.merge(r.sheet, r.area, across === true));
  }
  unmerge(): void {
    this.ctx.requireMember("Range.merge");
    this.write((r) => this.ctx.model.unmerge(r.sheet, r.area));
  }
  select(): void {
    this.write((r) => {
      if (r.sheet.visibility !== "Visible") throw fakeError("InvalidOperation", `cannot select on hidden sheet ${r.sheet.name}`);
      this.ctx.model.activeSheet = r.sheet;
      this.ctx.model.selection = { sheet: r.sheet, area: r.area };
    });
  }
}
