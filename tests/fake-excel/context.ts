// The fake RequestContext and the base of every proxy object. Office.js semantics kept strictly:
// - calls on proxies only queue work; the queue runs, in order, inside `sync()`;
// - a property can be read only after `load()` and a `sync()` (otherwise PropertyNotLoaded);
// - `isNullObject` of an ...OrNullObject proxy is known only after a `sync()`;
// - the first failing operation rejects `sync()`; earlier operations stay applied (no rollback);
// - a member the host's ExcelApi version lacks throws ApiNotFound (requirements.ts);
// - while the clerk is in cell-edit mode a batch fails (InvalidOperationInCellEditMode by default;
//   Microsoft's how-to, excel-add-ins-delay-in-cell-edit, names it `InvalidOperation`, which a model
//   can choose), unless the run asked for delayForCellEdit AND the host has the "DelayForCellEdit"
//   set — office.js sends the flag only then (onBeforeExcelRun) — in which case it waits until the
//   edit ends (Excel.RunOptions reference: "When false, if the user is in cell edit when the batch
//   request is processed by the host, the batch automatically fails.");
// - after the sync, onChanged fires for the cells whose data its writes changed — values and
//   formulas, not formats ("onChanged: Occurs when the data of individual cells or comments has
//   changed"; format changes are onFormatChanged's, excel-add-ins-events.md);
// - writes clear the clerk's undo stack below ExcelApi 1.20 (the set that "adds undo support for
//   Excel JavaScript APIs"), and anywhere when they are among the APIs Microsoft lists as not
//   undoable (excel-add-ins-undo-capabilities).
import type { XContext } from "../../src/excel/api";
import { raiseChanged } from "./events";
import { profileSupports } from "./profiles";
import { MEMBER_SETS } from "./requirements";
import type { Member } from "./requirements";
import { fakeError } from "./workbook-model";
import type { ChangeSink, WorkbookModel } from "./workbook-model";
import { compareVersions } from "../../src/excel/requirements";

/** ExcelApi 1.20 "adds undo support for Excel JavaScript APIs" (excel-api-1-20-requirement-set). */
export const UNDOABLE_WRITES = "1.20";

/** Excel.run's options as the fake honours them. */
export interface FakeRunOptions {
  delayForCellEdit?: boolean;
}

/** Operations that clear the undo stack even where add-in writes are undoable. Worksheet name,
 *  position and visibility are undoable on the web only; the fake's profiles model the desktop. */
const NOT_UNDOABLE = new Set<string>([
  "WorksheetProtection.protect",
  "WorksheetProtection.unprotect",
  "Worksheet.name",
  "Worksheet.position",
  "Worksheet.visibility",
]);

export interface SyncStats {
  /** Operations (writes, loads, resolutions) run by each sync, in order. */
  opsPerSync: number[];
  /** Range-level writes of values/formulas (a 2-D block counts once). */
  blockWrites: number;
  /** Cells those writes covered. */
  cellsWritten: number;
  /** Syncs that carried at least one write (the rest only read). */
  writeSyncs: number;
}

interface Op {
  run: () => void;
  /** A write to the workbook, and which member wrote (for the undo table). */
  write?: { member?: string };
}

/** The fake's host of queued operations; the workbook proxy is attached by index.ts. */
export class FakeContext implements Pick<XContext, "sync"> {
  syncCount = 0;
  readonly stats: SyncStats = { opsPerSync: [], blockWrites: 0, cellsWritten: 0, writeSyncs: 0 };
  private queue: Op[] = [];

  constructor(
    readonly model: WorkbookModel,
    readonly apiVersion: string,
    readonly runOptions: FakeRunOptions = {},
  ) {}

  /** Queues a read (or anything that does not change the workbook). */
  enqueue(op: () => void): void {
    this.queue.push({ run: op });
  }

  /** Queues a change to the workbook; `member` names it when it matters to Undo. */
  enqueueWrite(op: () => void, member?: string): void {
    this.queue.push({ run: op, write: { member } });
  }

  /** Throws ApiNotFound unless the host's ExcelApi has `member` (the table in requirements.ts). */
  requireMember(member: Member): void {
    this.requireApi(MEMBER_SETS[member], member);
  }

  /** ExcelApi `version` is available in this fake host. */
  supports(version: string): boolean {
    return compareVersions(this.apiVersion, version) >= 0;
  }

  /** Throws (as calling an API the host lacks does) unless ExcelApi `version` is available. */
  requireApi(version: string, what: string): void {
    if (!this.supports(version)) throw fakeError("ApiNotFound", `${what} needs ExcelApi ${version}; this host has ${this.apiVersion}`);
  }

  async sync<T>(passThroughValue?: T): Promise<T> {
    this.syncCount++;
    const ops = this.queue;
    this.queue = [];
    this.stats.opsPerSync.push(ops.length);
    if (ops.length > 0 && this.model.inCellEdit) {
      if (!this.runOptions.delayForCellEdit || !profileSupports(this.model.profile, "DelayForCellEdit"))
        throw fakeError(this.model.cellEditErrorCode, "Excel is in cell-editing mode; the batch was not run");
      await this.model.cellEditEnded();
    }
    const writes = ops.filter((o) => o.write);
    if (writes.length > 0) this.stats.writeSyncs++;
    const sink: ChangeSink = new Map();
    this.model.changeSink = sink;
    let done = 0;
    try {
      for (const op of ops) {
        op.run();
        done++;
      }
    } finally {
      this.model.changeSink = null;
      // What ran stays applied (no rollback), so its effects on Undo and its events stay too.
      const ran = ops.slice(0, done + 1).filter((o) => o.write);
      const undoable = this.supports(UNDOABLE_WRITES);
      if (ran.length > 0 && (!undoable || ran.some((o) => NOT_UNDOABLE.has(o.write?.member ?? "")))) this.model.clearUndo();
      for (const [sheet, area] of sink) raiseChanged(this.model, sheet, area, "ThisLocalAddin");
    }
    return passThroughValue as T;
  }

  /** Operations queued and not yet synced (a test can assert nothing is left behind). */
  get pending(): number {
    return this.queue.length;
  }
}


const notLoaded = (prop: string, where: string) =>
  fakeError("PropertyNotLoaded", `${where}.${prop} was read without load() and sync()`);

function clone<T>(v: T): T {
  return Array.isArray(v) ? (v.map((x) => clone(x)) as unknown as T) : v && typeof v === "object" ? { ...v } : v;
}

/**
 * A proxy for an Excel object of model type M. `resolver` finds the model object when the queue runs
 * (it may throw ItemNotFound; an ...OrNullObject resolver returns null instead).
 */
export abstract class FakeObject<M> {
  private loaded = new Map<string, unknown>();
  private resolved: { m: M | null } | undefined;
  protected abstract readonly kind: string;
  protected abstract readonly scalarProps: readonly string[];

  constructor(
    protected readonly ctx: FakeContext,
    private readonly resolver: () => M | null,
    nullable = false,
  ) {
    // An OrNullObject proxy learns whether it exists at its place in the batch.
    if (nullable) ctx.enqueue(() => void this.model());
  }

  /** The model object (sync time only). */
  protected model(): M | null {
    if (!this.resolved) this.resolved = { m: this.resolver() };
    return this.resolved.m;
  }

  /** The model object, or the error Office raises when acting on a null object. */
  protected must(): M {
    const m = this.model();
    if (m === null) throw fakeError("InvalidOperation", `${this.kind} is a null object`);
    return m;
  }

  /** Used by collections loading their items: the item already knows its model. */
  static resolvedWith<M>(obj: FakeObject<M>, m: M): void {
    obj.resolved = { m };
  }

  get isNullObject(): boolean {
    if (!this.resolved) throw notLoaded("isNullObject", this.kind);
    return this.resolved.m === null;
  }

  protected abstract readProp(name: string, m: M): unknown;

  /** Sub-objects reachable by load paths such as "format/fill/color". */
  protected children(): Record<string, { load(p: string): unknown; loadNow(names: readonly string[]): void }> {
    return {};
  }

  protected prop<T>(name: string): T {
    if (!this.loaded.has(name)) throw notLoaded(name, this.kind);
    return this.loaded.get(name) as T;
  }

  /** Reads properties now (sync time): for collections filling in their items. */
  loadNow(names: readonly string[]): void {
    const m = this.model();
    if (m === null) return;
    for (const n of names) {
      // A path ("protection/protected") loads a child: collections loading their items need it.
      const slash = n.indexOf("/");
      const child = slash >= 0 ? this.children()[n.slice(0, slash)] : undefined;
      if (slash >= 0 && !child) throw fakeError("InvalidArgument", `${this.kind} has no ${n.slice(0, slash)}`);
      if (child) child.loadNow([n.slice(slash + 1)]);
      else this.loaded.set(n, clone(this.readProp(n, m)));
    }
  }

  load(propertyNames?: string | string[]): this {
    const list =
      propertyNames === undefined
        ? [...this.scalarProps]
        : (Array.isArray(propertyNames) ? propertyNames : propertyNames.split(",")).map((s) => s.trim()).filter(Boolean);
    const own: string[] = [];
    for (const n of list) {
      const slash = n.indexOf("/");
      if (slash >= 0) {
        const child = this.children()[n.slice(0, slash)];
        if (!child) throw fakeError("InvalidArgument", `${this.kind} has no ${n.slice(0, slash)}`);
        child.load(n.slice(slash + 1));
      } else if (!this.scalarProps.includes(n)) {
        throw fakeError("InvalidArgument", `${this.kind}.${n} cannot be loaded (not a scalar property of the fake)`);
      } else own.push(n);
    }
    if (own.length) this.ctx.enqueue(() => this.loadNow(own));
    return this;
  }

  /** Queues a write against the resolved model object; `member` names it for the undo table. */
  protected write(apply: (m: M) => void, member?: string): void {
    this.ctx.enqueueWrite(() => apply(this.must()), member);
  }
}
