// Workbook-level proxies: worksheets, a worksheet and its protection / freeze panes / page layout,
// defined names, and the application object.
import type { XFreezePanes, XPageLayout, XWorksheet, XWorksheetProtection } from "../../src/excel/api";
import { MAX_COLS, MAX_ROWS, parseArea, splitSheet } from "./address";
import { FakeContext, FakeObject } from "./context";
import { FakeRange } from "./proxies-range";
import { addChangedHandler } from "./events";
import type { ChangedArgs } from "./events";
import { renameSheet } from "./structure";
import { fakeError } from "./workbook-model";
import type { SheetModel } from "./workbook-model";

export class FakeWorksheet extends FakeObject<SheetModel> implements XWorksheet {
  protected readonly kind = "Worksheet";
  protected readonly scalarProps = ["name", "visibility", "position", "id"];
  readonly protection: FakeProtection;
  readonly freezePanes: FakeFreezePanes;
  private readonly layout: FakePageLayout;

  constructor(ctx: FakeContext, resolver: () => SheetModel | null, nullable = false) {
    super(ctx, resolver, nullable);
    const s = () => this.must();
    this.protection = new FakeProtection(ctx, s);
    this.freezePanes = new FakeFreezePanes(ctx, s);
    this.layout = new FakePageLayout(ctx, s);
  }

  protected override children() {
    return { protection: this.protection };
  }

  protected readProp(name: string, s: SheetModel): unknown {
    if (name === "position") return this.ctx.model.sheets.indexOf(s);
    return (s as unknown as Record<string, unknown>)[name];
  }

  /** ExcelApi 1.9. On an older host the real property fails at sync (ApiNotFound); the fake fails at
   *  the call so the stack points at the host code that forgot to check isSetSupported. */
  get pageLayout(): FakePageLayout {
    this.ctx.requireMember("Worksheet.pageLayout");
    return this.layout;
  }

  get name(): string {
    return this.prop("name");
  }
  set name(v: string) {
    this.write((s) => renameSheet(this.ctx.model, s.name, v), "Worksheet.name");
  }
  get visibility(): XWorksheet["visibility"] {
    return this.prop("visibility");
  }
  set visibility(v: XWorksheet["visibility"]) {
    this.ctx.requireMember("Worksheet.visibility (set)");
    this.write((s) => {
      const m = this.ctx.model;
      if (v !== "Visible" && m.sheets.filter((x) => x !== s && x.visibility === "Visible").length === 0)
        throw fakeError("InvalidOperation", "a workbook must keep one visible sheet");
      s.visibility = v as SheetModel["visibility"];
      if (v !== "Visible" && m.activeSheet === s) m.activeSheet = m.sheets.find((x) => x.visibility === "Visible") ?? null;
    }, "Worksheet.visibility");
  }
  get position(): number {
    return this.prop("position");
  }
  set position(p: number) {
    this.write((s) => {
      const list = this.ctx.model.sheets;
      list.splice(list.indexOf(s), 1);
      list.splice(Math.max(0, Math.min(p, list.length)), 0, s);
    }, "Worksheet.position");
  }

  activate(): void {
    this.write((s) => {
      if (s.visibility !== "Visible") throw fakeError("InvalidOperation", `cannot activate hidden sheet ${s.name}`);
      this.ctx.model.activeSheet = s;
    });
  }

  /** Bounding box of the cells holding a value or formula (valuesOnly) or any cell touched at all.
   *  On a null worksheet it is a null range (the fake assumes Office.js propagates null objects). */
  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    this.ctx.requireMember("Worksheet.getUsedRangeOrNullObject");
    return new FakeRange(
      this.ctx,
      () => {
        const s = this.model();
        if (!s) return null;
        let top = Infinity, left = Infinity, bottom = -1, right = -1;
        for (const [k, c] of s.cells) {
          if (valuesOnly && c.value === null && c.formula === undefined) continue;
          const [r, col] = k.split(",").map(Number);
          top = Math.min(top, r);
          left = Math.min(left, col);
          bottom = Math.max(bottom, r);
          right = Math.max(right, col);
        }
        return bottom < 0 ? null : { sheet: s, area: { row: top, col: left, rows: bottom - top + 1, cols: right - left + 1 } };
      },
      true,
    );
  }

  /** ExcelApi 1.7: the handler is registered when the batch syncs; remove() queues its removal. */
  get onChanged(): { add(handler: (args: ChangedArgs) => Promise<unknown>): { remove(): void } } {
    this.ctx.requireMember("Worksheet.onChanged");
    return {
      add: (handler) => {
        let off: (() => void) | null = null;
        this.write((s) => void (off = addChangedHandler(this.ctx.model, s, handler)));
        return { remove: () => this.ctx.enqueue(() => off?.()) };
      },
    };
  }

  getRange(address?: string): FakeRange {
    return new FakeRange(this.ctx, () => {
      const s = this.must();
      if (address === undefined) return { sheet: s, area: { row: 0, col: 0, rows: MAX_ROWS, cols: MAX_COLS } };
      const { sheet, local } = splitSheet(address);
      if (sheet !== undefined && sheet.toLowerCase() !== s.name.toLowerCase())
        throw fakeError("InvalidArgument", `${address} is not on sheet ${s.name}`);
      return { sheet: s, area: parseArea(local) };
    });
  }
}

class FakeProtection extends FakeObject<SheetModel> implements XWorksheetProtection {
  protected readonly kind = "WorksheetProtection";
  protected readonly scalarProps = ["protected", "options"];
  /** Worksheet.protection is ExcelApi 1.2: loading it on 1.1 fails (a collection's item load, at sync). */
  override load(propertyNames?: string | string[]): this {
    this.ctx.requireMember("Worksheet.protection");
    return super.load(propertyNames);
  }
  override loadNow(names: readonly string[]): void {
    this.ctx.requireMember("Worksheet.protection");
    super.loadNow(names);
  }
  protected readProp(name: string, s: SheetModel): unknown {
    return name === "options" ? { ...s.protectionOptions } : s.protected;
  }
  get protected(): boolean {
    return this.prop("protected");
  }
  get options(): Excel.WorksheetProtectionOptions {
    return this.prop("options");
  }
  /** Office.js: "Fails if the worksheet has already been protected." Not undoable: it clears the
   *  clerk's undo stack (excel-add-ins-undo-capabilities). */
  protect(options?: Excel.WorksheetProtectionOptions): void {
    this.ctx.requireMember("WorksheetProtection.protect");
    this.write((s) => {
      if (s.protected) throw fakeError("InvalidOperation", `sheet ${s.name} is already protected`);
      s.protected = true;
      s.protectionOptions = { ...(options ?? {}) };
    }, "WorksheetProtection.protect");
  }
  unprotect(): void {
    this.ctx.requireMember("WorksheetProtection.unprotect");
    this.write((s) => void (s.protected = false), "WorksheetProtection.unprotect");
  }
}

class FakeFreezePanes implements XFreezePanes {
  constructor(
    private ctx: FakeContext,
    private s: () => SheetModel,
  ) {}
  private set(rows: number | null, columns: number | null): void {
    this.ctx.requireMember("Worksheet.freezePanes");
    this.ctx.enqueueWrite(() => {
      const s = this.s();
      s.freeze = { rows: rows ?? s.freeze.rows, columns: columns ?? s.freeze.columns };
    });
  }
  freezeRows(count?: number): void {
    this.set(count ?? 1, 0);
  }
  freezeColumns(count?: number): void {
    this.set(0, count ?? 1);
  }
  freezeAt(frozenRange: string): void {
    const a = parseArea(splitSheet(frozenRange).local);
    if (a.row !== 0 || a.col !== 0) throw fakeError("InvalidArgument", "freezeAt needs a range starting at A1");
    this.set(a.rows, a.cols);
  }
  unfreeze(): void {
    this.set(0, 0);
  }
}

class FakePageLayout extends FakeObject<SheetModel> implements XPageLayout {
  protected readonly kind = "PageLayout";
  protected readonly scalarProps = ["orientation", "paperSize", "zoom", "centerHorizontally", "blackAndWhite", "margins"];
  protected readProp(name: string, s: SheetModel): unknown {
    return (s.pageLayout as unknown as Record<string, unknown>)[name];
  }
  private put(name: string, v: unknown): void {
    this.write((s) => void ((s.pageLayout as unknown as Record<string, unknown>)[name] = v));
  }
  get orientation(): XPageLayout["orientation"] {
    return this.prop("orientation");
  }
  set orientation(v: XPageLayout["orientation"]) {
    this.put("orientation", v);
  }
  get paperSize(): XPageLayout["paperSize"] {
    return this.prop("paperSize");
  }
  set paperSize(v: XPageLayout["paperSize"]) {
    this.put("paperSize", v);
  }
  get zoom(): Excel.PageLayoutZoomOptions {
    return this.prop("zoom");
  }
  set zoom(v: Excel.PageLayoutZoomOptions) {
    this.put("zoom", { ...v });
  }
  get centerHorizontally(): boolean {
    return this.prop("centerHorizontally");
  }
  set centerHorizontally(v: boolean) {
    this.put("centerHorizontally", v);
  }
  get blackAndWhite(): boolean {
    return this.prop("blackAndWhite");
  }
  set blackAndWhite(v: boolean) {
    this.put("blackAndWhite", v);
  }
  /** Margins in points (ExcelApi 1.9), kept in the model's `margins`. */
  private margin(k: "left" | "right" | "top" | "bottom" | "header" | "footer", v: number): void {
    if (!(v >= 0)) throw fakeError("InvalidArgument", `${k} margin ${v}`);
    this.write((s) => void (s.pageLayout.margins = { ...s.pageLayout.margins, [k]: v }));
  }
  private marginOf(k: "left" | "right" | "top" | "bottom" | "header" | "footer"): number {
    // Unset: Excel's default "Normal" margins (0.7" sides, 0.75" top and bottom, 0.3" header/footer).
    const normal = { left: 50.4, right: 50.4, top: 54, bottom: 54, header: 21.6, footer: 21.6 };
    return this.prop<Partial<typeof normal> | undefined>("margins")?.[k] ?? normal[k];
  }
  get leftMargin(): number {
    return this.marginOf("left");
  }
  set leftMargin(v: number) {
    this.margin("left", v);
  }
  get rightMargin(): number {
    return this.marginOf("right");
  }
  set rightMargin(v: number) {
    this.margin("right", v);
  }
  get topMargin(): number {
    return this.marginOf("top");
  }
  set topMargin(v: number) {
    this.margin("top", v);
  }
  get bottomMargin(): number {
    return this.marginOf("bottom");
  }
  set bottomMargin(v: number) {
    this.margin("bottom", v);
  }
  get headerMargin(): number {
    return this.marginOf("header");
  }
  set headerMargin(v: number) {
    this.margin("header", v);
  }
  get footerMargin(): number {
    return this.marginOf("footer");
  }
  set footerMargin(v: number) {
    this.margin("footer", v);
  }
  setPrintArea(printArea: string): void {
    parseArea(splitSheet(printArea).local);
    this.put("printArea", printArea);
  }
  setPrintTitleRows(printTitleRows: string): void {
    if (!/^\$?\d+:\$?\d+$/.test(splitSheet(printTitleRows).local)) throw fakeError("InvalidArgument", `title rows ${printTitleRows}`);
    this.put("printTitleRows", printTitleRows);
  }
}
