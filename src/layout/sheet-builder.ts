// Collects one sheet's cells, merges, validations and highlights while a table is laid out, so each
// table module reads as "put this label here, that input there" rather than as array plumbing.
import type { CellKey, NarrativeSectionId } from "../format";
import { a1, coverRanges, parseCell, rangeA1 } from "./a1";
import type { CellPos, RangePos } from "./a1";
import type { CellPlan, CellRole, ConditionalFormatPlan, NamePlan, SheetPlan, SheetRole, ValidationPlan } from "./types";

export class SheetBuilder {
  readonly cells: CellPlan[] = [];
  readonly merges: string[] = [];
  readonly validations: ValidationPlan[] = [];
  readonly conditionalFormats: ConditionalFormatPlan[] = [];
  readonly names: NamePlan[] = [];
  readonly columnWidths: Record<string, number> = {};
  readonly rowHeights: Record<number, number> = {};
  private readonly byKey = new Map<CellKey, CellPos>();

  constructor(
    readonly name: string,
    readonly role: SheetRole,
  ) {}

  /** Puts a text cell; a range (bottom/right beyond the cell) is merged. */
  text(role: CellRole, row: number, col: number, value: string, bottom = row, right = col): CellPlan {
    const cell: CellPlan = { address: a1(row, col), role, value };
    this.cells.push(cell);
    if (bottom !== row || right !== col) this.merges.push(rangeA1({ top: row, left: col, bottom, right }));
    return cell;
  }

  /** An input, total or prior cell holding the figure `key`. */
  figure(role: "input" | "total" | "prior", row: number, col: number, key: CellKey, right = col): CellPlan {
    const cell: CellPlan = { address: a1(row, col), role, key };
    this.cells.push(cell);
    if (role !== "prior") this.byKey.set(key, { row, col });
    if (right !== col) this.merges.push(rangeA1({ top: row, left: col, bottom: row, right }));
    return cell;
  }

  narrative(row: number, col: number, section: NarrativeSectionId, part?: string, right = col): CellPlan {
    const cell: CellPlan = { address: a1(row, col), role: "narrative", section };
    if (part) cell.part = part;
    this.cells.push(cell);
    if (right !== col) this.merges.push(rangeA1({ top: row, left: col, bottom: row, right }));
    return cell;
  }

  posOf(key: CellKey): CellPos {
    const p = this.byKey.get(key);
    if (!p) throw new Error(`Layout: ${key} is not on sheet ${this.name}`);
    return p;
  }

  /** The input cells of this sheet as ranges (for validations and the "missing" highlight). */
  inputRanges(filter: (c: CellPlan) => boolean = () => true): RangePos[] {
    const cells = this.cells.filter((c) => c.role === "input" && filter(c)).map((c) => this.pos(c));
    return coverRanges(cells);
  }

  pos(c: CellPlan): CellPos {
    return parseCell(c.address);
  }

  name_(name: string, range: RangePos): void {
    this.names.push({ name, sheet: this.name, range: rangeA1(range) });
  }

  build(rest: Pick<SheetPlan, "print" | "protect"> & Partial<Pick<SheetPlan, "freeze" | "visibility">>): SheetPlan {
    const sheet: SheetPlan = {
      name: this.name,
      role: this.role,
      visibility: rest.visibility ?? "visible",
      columnWidths: this.columnWidths,
      rowHeights: this.rowHeights,
      cells: this.cells,
      merges: this.merges,
      validations: this.validations,
      conditionalFormats: this.conditionalFormats,
      print: rest.print,
      protect: rest.protect,
    };
    if (rest.freeze) sheet.freeze = rest.freeze;
    return sheet;
  }
}
