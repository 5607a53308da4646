// Workbook-level proxies: the worksheet and defined-name collections, a defined name, the application.
import type { XApplication, XNamedItem, XNamedItems, XRange, XWorkbook, XWorksheets } from "../../src/excel/api";
import { parseArea, splitSheet } from "./address";
import { FakeContext, FakeObject } from "./context";
import { FakeRange } from "./proxies-range";
import { FakeWorksheet } from "./proxies-sheet";
import { addAddedHandler, raiseAdded } from "./events";
import { fakeError } from "./workbook-model";
import type { NameModel, SheetModel } from "./workbook-model";

/** Collections load their items' properties: "items/name", or plain "name". */
function itemProps(propertyNames?: string | string[]): string[] {
  const list = propertyNames === undefined ? [] : Array.isArray(propertyNames) ? propertyNames : propertyNames.split(",");
  return list.map((s) => s.trim().replace(/^items\//, "")).filter(Boolean);
}

export class FakeWorksheets implements XWorksheets {
  private loadedItems: FakeWorksheet[] | undefined;
  constructor(private ctx: FakeContext) {}

  get items(): FakeWorksheet[] {
    if (!this.loadedItems) throw fakeError("PropertyNotLoaded", "WorksheetCollection.items was read without load() and sync()");
    return this.loadedItems;
  }
  load(propertyNames?: string | string[]): this {
    const props = itemProps(propertyNames);
    this.ctx.enqueue(() => {
      this.loadedItems = this.ctx.model.sheets.map((s) => {
        const w = new FakeWorksheet(this.ctx, () => s);
        FakeObject.resolvedWith(w, s);
        w.loadNow(props.length ? props : ["name", "visibility", "position", "id"]);
        return w;
      });
    });
    return this;
  }
  getItem(key: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => this.find(key) ?? this.ctx.model.sheetOrThrow(key));
  }
  getItemOrNullObject(key: string): FakeWorksheet {
    this.ctx.requireMember("WorksheetCollection.getItemOrNullObject");
    return new FakeWorksheet(this.ctx, () => this.find(key) ?? null, true);
  }
  /** ExcelApi 1.7: "Occurs when a new worksheet is added to the workbook"; registered at sync time. */
  get onAdded(): { add(handler: (args: { worksheetId: string }) => Promise<unknown>): { remove(): void } } {
    this.ctx.requireMember("WorksheetCollection.onAdded");
    return {
      add: (handler) => {
        let off: (() => void) | null = null;
        this.ctx.enqueue(() => void (off = addAddedHandler(this.ctx.model, handler)));
        return { remove: () => this.ctx.enqueue(() => off?.()) };
      },
    };
  }
  private find(key: string): SheetModel | undefined {
    return this.ctx.model.sheets.find((s) => s.id === key) ?? this.ctx.model.sheet(key);
  }
  add(name?: string): FakeWorksheet {
    let created: SheetModel | undefined;
    this.ctx.enqueueWrite(() => {
      created = this.ctx.model.addSheet(name ?? `Sheet${this.ctx.model.sheets.length + 1}`);
      raiseAdded(this.ctx.model, created);
    });
    return new FakeWorksheet(this.ctx, () => {
      if (!created) throw fakeError("InvalidOperation", "worksheet not added");
      return created;
    });
  }
}

export class FakeNamedItem extends FakeObject<NameModel> implements XNamedItem {
  protected readonly kind = "NamedItem";
  protected readonly scalarProps = ["name", "type", "formula", "value", "visible"];
  protected readProp(name: string, n: NameModel): unknown {
    const m = this.ctx.model;
    switch (name) {
      case "name":
        return n.name;
      case "type":
        return n.sheet && n.area ? "Range" : "Error";
      case "formula":
        return m.nameFormula(n);
      case "value":
        return m.nameFormula(n).slice(1);
      case "visible":
        return true;
    }
    return undefined;
  }
  get name(): string {
    return this.prop("name");
  }
  get type(): XNamedItem["type"] {
    return this.prop("type");
  }
  get formula(): string {
    return this.prop("formula");
  }
  delete(): void {
    this.ctx.requireMember("NamedItem.delete");
    this.write((n) => void this.ctx.model.names.delete(n.name.toLowerCase()));
  }
  getRange(): FakeRange {
    return new FakeRange(this.ctx, () => {
      const n = this.must();
      if (!n.sheet || !n.area) throw fakeError("InvalidOperation", `name ${n.name} does not refer to a range`);
      return { sheet: n.sheet, area: n.area };
    });
  }
  getRangeOrNullObject(): FakeRange {
    this.ctx.requireMember("NamedItem.getRangeOrNullObject");
    return new FakeRange(
      this.ctx,
      () => {
        const n = this.model();
        return n && n.sheet && n.area ? { sheet: n.sheet, area: n.area } : null;
      },
      true,
    );
  }
}

export class FakeNamedItems implements XNamedItems {
  private loadedItems: FakeNamedItem[] | undefined;
  constructor(private ctx: FakeContext) {}
  get items(): FakeNamedItem[] {
    if (!this.loadedItems) throw fakeError("PropertyNotLoaded", "NamedItemCollection.items was read without load() and sync()");
    return this.loadedItems;
  }
  load(propertyNames?: string | string[]): this {
    const props = itemProps(propertyNames);
    this.ctx.enqueue(() => {
      this.loadedItems = [...this.ctx.model.names.values()].map((n) => {
        const item = new FakeNamedItem(this.ctx, () => n);
        FakeObject.resolvedWith(item, n);
        item.loadNow(props.length ? props : ["name", "type", "formula"]);
        return item;
      });
    });
    return this;
  }
  add(name: string, reference: XRange | string): FakeNamedItem {
    this.ctx.requireMember("NamedItemCollection.add");
    let created: NameModel | undefined;
    this.ctx.enqueueWrite(() => {
      const m = this.ctx.model;
      let target: { sheet: SheetModel; area: ReturnType<typeof parseArea> };
      if (typeof reference === "string") {
        const { sheet, local } = splitSheet(reference.replace(/^=/, ""));
        if (sheet === undefined) throw fakeError("InvalidArgument", `name reference ${reference} needs a sheet`);
        target = { sheet: m.sheetOrThrow(sheet), area: parseArea(local) };
      } else if (reference instanceof FakeRange) {
        target = reference.resolvedNow();
      } else throw fakeError("InvalidArgument", "reference must be a range of this context");
      created = m.addName(name, target.sheet, target.area);
    });
    return new FakeNamedItem(this.ctx, () => created ?? null);
  }
  getItem(name: string): FakeNamedItem {
    return new FakeNamedItem(this.ctx, () => {
      const n = this.ctx.model.names.get(name.toLowerCase());
      if (!n) throw fakeError("ItemNotFound", `no name ${name}`);
      return n;
    });
  }
  getItemOrNullObject(name: string): FakeNamedItem {
    this.ctx.requireMember("NamedItemCollection.getItemOrNullObject");
    return new FakeNamedItem(this.ctx, () => this.ctx.model.names.get(name.toLowerCase()) ?? null, true);
  }
}

export class FakeApplication implements XApplication {
  constructor(private ctx: FakeContext) {}
  suspendApiCalculationUntilNextSync(): void {
    this.ctx.requireMember("Application.suspendApiCalculationUntilNextSync");
    this.ctx.enqueue(() => void this.ctx.model.calcSuspensions++);
  }
  suspendScreenUpdatingUntilNextSync(): void {
    this.ctx.requireMember("Application.suspendScreenUpdatingUntilNextSync");
    this.ctx.enqueue(() => void this.ctx.model.screenSuspensions++);
  }
}

export class FakeWorkbook implements XWorkbook {
  readonly worksheets: FakeWorksheets;
  readonly names: FakeNamedItems;
  readonly application: FakeApplication;
  constructor(ctx: FakeContext) {
    this.worksheets = new FakeWorksheets(ctx);
    this.names = new FakeNamedItems(ctx);
    this.application = new FakeApplication(ctx);
  }
}
