// Data validation and conditional format proxies.
import type { XConditionalFormat, XConditionalFormats, XDataValidation } from "../../src/excel/api";
import { areaA1, overlaps } from "./address";
import type { Area } from "./address";
import { FakeContext, FakeObject } from "./context";
import { parse } from "./formula";
import type { RangeRef, Resolve } from "./proxies-format";
import { fakeError } from "./workbook-model";
import type { ConditionalFormatModel, ValidationModel } from "./workbook-model";

export class FakeDataValidation extends FakeObject<RangeRef> implements XDataValidation {
  protected readonly kind = "DataValidation";
  protected readonly scalarProps = ["rule", "prompt", "errorAlert", "ignoreBlanks", "type"];
  constructor(ctx: FakeContext, r: Resolve) {
    super(ctx, r);
  }
  private exact(r: RangeRef): ValidationModel | undefined {
    return r.sheet.validations.find((v) => areaA1(v.area) === areaA1(r.area));
  }
  protected readProp(name: string, r: RangeRef): unknown {
    const v = this.exact(r);
    if (name === "type") return v?.rule ? Object.keys(v.rule as object)[0] : "None";
    return v ? (v as unknown as Record<string, unknown>)[name] ?? null : null;
  }
  /** Stricter than Excel may be: a rule over a range that partly overlaps another rule needs clear() first. */
  private put(field: "rule" | "prompt" | "errorAlert" | "ignoreBlanks", value: unknown): void {
    this.write((r) => {
      this.ctx.requireMember("Range.dataValidation");
      // Never allowed on a protected sheet, whatever its options (Excel greys out 数据验证 there).
      this.ctx.model.assertUnprotected(r.sheet, "dataValidation");
      // Excel's limits: a prompt title of 32 characters, a message of 255.
      const text = value as { title?: string; message?: string };
      if ((field === "prompt" || field === "errorAlert") && ((text.title?.length ?? 0) > 32 || (text.message?.length ?? 0) > 255))
        throw fakeError("InvalidArgument", `${field} too long: title ≤ 32, message ≤ 255 characters`);
      if (field === "rule") {
        const f = value as { wholeNumber?: { formula1: unknown }; decimal?: { formula1: unknown } };
        const basic = f.wholeNumber ?? f.decimal;
        if (basic && typeof basic.formula1 === "string" && basic.formula1.startsWith("=")) parse(basic.formula1);
      }
      let v = this.exact(r);
      if (!v) {
        const clash = r.sheet.validations.find((x) => overlaps(x.area, r.area));
        if (clash) throw fakeError("InvalidOperation", `validation on ${areaA1(r.area)} overlaps ${areaA1(clash.area)}; clear() first`);
        r.sheet.validations.push((v = { area: r.area }));
      }
      (v as unknown as Record<string, unknown>)[field] = value;
    });
  }
  get rule(): Excel.DataValidationRule {
    return this.prop("rule");
  }
  set rule(v: Excel.DataValidationRule) {
    this.put("rule", v);
  }
  get prompt(): Excel.DataValidationPrompt {
    return this.prop("prompt");
  }
  set prompt(v: Excel.DataValidationPrompt) {
    this.put("prompt", v);
  }
  get errorAlert(): Excel.DataValidationErrorAlert {
    return this.prop("errorAlert");
  }
  set errorAlert(v: Excel.DataValidationErrorAlert) {
    this.put("errorAlert", v);
  }
  get ignoreBlanks(): boolean {
    return this.prop("ignoreBlanks");
  }
  set ignoreBlanks(v: boolean) {
    this.put("ignoreBlanks", v);
  }
  /** As Excel: only the cells of this range lose their validation; the rest of a rule's area keeps it. */
  clear(): void {
    this.write((r) => {
      this.ctx.requireMember("Range.dataValidation");
      this.ctx.model.assertUnprotected(r.sheet, "dataValidation.clear");
      r.sheet.validations = r.sheet.validations.flatMap((v) => (overlaps(v.area, r.area) ? subtract(v.area, r.area).map((area) => ({ ...v, area })) : [v]));
    });
  }
}

/** A conditional format added by the host; its settings apply to the model entry created at sync. */
class FakeConditionalFormat implements XConditionalFormat {
  readonly custom;
  constructor(ctx: FakeContext, entry: () => ConditionalFormatModel) {
    const set = (fn: (m: ConditionalFormatModel) => void) => ctx.enqueueWrite(() => fn(entry()));
    const writeOnly = (what: string) => fakeError("PropertyNotLoaded", `ConditionalFormat ${what} is write-only in the fake`);
    this.custom = {
      rule: {
        get formula(): string {
          throw writeOnly("rule.formula");
        },
        set formula(f: string) {
          set((m) => {
            try {
              parse(f);
            } catch (e) {
              throw fakeError("InvalidArgument", `conditional format formula ${f}: ${(e as Error).message}`);
            }
            m.formula = f;
          });
        },
      },
      format: {
        fill: {
          get color(): string {
            throw writeOnly("fill.color");
          },
          set color(c: string) {
            set((m) => (m.fill = c.toUpperCase()));
          },
        },
        font: {
          get color(): string {
            throw writeOnly("font.color");
          },
          set color(c: string) {
            set((m) => (m.fontColor = c.toUpperCase()));
          },
          get bold(): boolean {
            throw writeOnly("font.bold");
          },
          set bold(b: boolean) {
            set((m) => (m.bold = b));
          },
        },
      },
    };
  }
}

export class FakeConditionalFormats implements XConditionalFormats {
  constructor(
    private ctx: FakeContext,
    private r: Resolve,
  ) {}
  add(type: "Custom"): FakeConditionalFormat {
    let entry: ConditionalFormatModel | undefined;
    this.ctx.enqueueWrite(() => {
      this.ctx.requireMember("Range.conditionalFormats");
      const r = this.r();
      this.ctx.model.assertUnprotected(r.sheet, `conditionalFormats.add(${type})`, "allowFormatCells");
      r.sheet.conditionalFormats.push((entry = { area: r.area }));
    });
    return new FakeConditionalFormat(this.ctx, () => entry!);
  }
  clearAll(): void {
    this.ctx.enqueueWrite(() => {
      this.ctx.requireMember("Range.conditionalFormats");
      const r = this.r();
      this.ctx.model.assertUnprotected(r.sheet, "conditionalFormats.clearAll", "allowFormatCells");
      r.sheet.conditionalFormats = r.sheet.conditionalFormats.filter((c) => !overlaps(c.area, r.area));
    });
  }
}

/** `a` without the cells of `b`, as up to four rectangles (bands above and below, parts left and right). */
function subtract(a: Area, b: Area): Area[] {
  const top = Math.max(a.row, b.row);
  const bottom = Math.min(a.row + a.rows, b.row + b.rows);
  const left = Math.max(a.col, b.col);
  const right = Math.min(a.col + a.cols, b.col + b.cols);
  const out: Area[] = [];
  if (top > a.row) out.push({ row: a.row, col: a.col, rows: top - a.row, cols: a.cols });
  if (bottom < a.row + a.rows) out.push({ row: bottom, col: a.col, rows: a.row + a.rows - bottom, cols: a.cols });
  if (left > a.col) out.push({ row: top, col: a.col, rows: bottom - top, cols: left - a.col });
  if (right < a.col + a.cols) out.push({ row: top, col: right, rows: bottom - top, cols: a.col + a.cols - right });
  return out;
}
