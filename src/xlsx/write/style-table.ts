// The styles part (xl/styles.xml) of a workbook written as a stream: each distinct cell look gets an
// index the moment a cell first needs it, and the part is written after the sheets (a zip's entries
// may come in any order). A summary has a dozen looks whatever its length, so this stays small.
import { xmlText } from "./xml-text";

export interface FontLook {
  name: string;
  size: number;
  bold?: boolean;
  /** ARGB, e.g. FF9C0006. */
  color?: string;
}

export interface CellLook {
  font: FontLook;
  /** Solid fill, ARGB. */
  fill?: string;
  /** Thin border on all four sides, ARGB. */
  border?: string;
  horizontal?: "left" | "right";
  vertical?: "top" | "center";
  wrap?: boolean;
  /** A number format code ("0", "0.######"). */
  numFmt?: string;
}

// Built-in number formats (ECMA-376 Part 1, 18.8.30) need no numFmt element.
const BUILT_IN: Record<string, number> = { General: 0, "0": 1, "0.00": 2 };
const FIRST_CUSTOM = 164;

// The Normal style's font: Excel's default, whose digit width is the unit of every column width
// (ECMA-376 Part 1, 18.3.1.13), so the widths fitted to Chinese text mean what they meant before.
const NORMAL_FONT = "<font><sz val=\"11\"/><color rgb=\"FF000000\"/><name val=\"Calibri\"/><family val=\"2\"/></font>";

export class StyleTable {
  private readonly looks = new Map<string, number>();
  private readonly xfs: string[] = ["<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"];
  private readonly fonts = new Map<string, number>([[NORMAL_FONT, 0]]);
  // Fills 0 and 1 are reserved (none, gray125): Excel expects them whatever the workbook uses.
  private readonly fills = new Map<string, number>([
    ["<fill><patternFill patternType=\"none\"/></fill>", 0],
    ["<fill><patternFill patternType=\"gray125\"/></fill>", 1],
  ]);
  private readonly borders = new Map<string, number>([["<border><left/><right/><top/><bottom/><diagonal/></border>", 0]]);
  private readonly numFmts = new Map<string, number>();

  /** The index (the `s` attribute) of a cell look. */
  index(look: CellLook): number {
    const key = JSON.stringify(look);
    const known = this.looks.get(key);
    if (known !== undefined) return known;
    const font = idOf(this.fonts, fontXml(look.font));
    const fill = look.fill ? idOf(this.fills, `<fill><patternFill patternType="solid"><fgColor rgb="${look.fill}"/></patternFill></fill>`) : 0;
    const border = look.border ? idOf(this.borders, borderXml(look.border)) : 0;
    const numFmt = look.numFmt === undefined ? 0 : (BUILT_IN[look.numFmt] ?? idOf(this.numFmts, look.numFmt, FIRST_CUSTOM));
    const align = [look.horizontal && `horizontal="${look.horizontal}"`, look.vertical && `vertical="${look.vertical}"`, look.wrap && "wrapText=\"1\""].filter(Boolean).join(" ");
    const applies = [numFmt !== 0 && "applyNumberFormat=\"1\"", "applyFont=\"1\"", fill !== 0 && "applyFill=\"1\"", border !== 0 && "applyBorder=\"1\"", align && "applyAlignment=\"1\""].filter(Boolean).join(" ");
    const xf = `<xf numFmtId="${numFmt}" fontId="${font}" fillId="${fill}" borderId="${border}" xfId="0" ${applies}>${align ? `<alignment ${align}/>` : ""}</xf>`;
    this.xfs.push(xf);
    this.looks.set(key, this.xfs.length - 1);
    return this.xfs.length - 1;
  }

  /** xl/styles.xml with every look asked for so far. */
  xml(): string {
    const list = (tag: string, m: Map<string, number>) => `<${tag} count="${m.size}">${[...m.keys()].join("")}</${tag}>`;
    const fmts = [...this.numFmts].map(([code, id]) => `<numFmt numFmtId="${id}" formatCode="${xmlText(code)}"/>`).join("");
    return (
      "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n" +
      "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">" +
      (this.numFmts.size ? `<numFmts count="${this.numFmts.size}">${fmts}</numFmts>` : "") +
      list("fonts", this.fonts) +
      list("fills", this.fills) +
      list("borders", this.borders) +
      "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>" +
      `<cellXfs count="${this.xfs.length}">${this.xfs.join("")}</cellXfs>` +
      "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>" +
      "</styleSheet>"
    );
  }
}

function idOf(m: Map<string, number>, key: string, first = 0): number {
  const known = m.get(key);
  if (known !== undefined) return known;
  const id = first + m.size;
  m.set(key, id);
  return id;
}

function fontXml(f: FontLook): string {
  return `<font>${f.bold ? "<b/>" : ""}<sz val="${f.size}"/>${f.color ? `<color rgb="${f.color}"/>` : ""}<name val="${xmlText(f.name)}"/></font>`;
}

function borderXml(argb: string): string {
  const side = (s: string) => `<${s} style="thin"><color rgb="${argb}"/></${s}>`;
  return `<border>${side("left")}${side("right")}${side("top")}${side("bottom")}<diagonal/></border>`;
}
