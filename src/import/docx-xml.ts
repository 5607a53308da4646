// The body of a Word document (word/document.xml) as paragraphs and tables, read by one linear pass
// over the XML: only the few WordprocessingML elements that carry text or table shape are looked at
// (w:p, w:t, w:tab, w:br, w:tbl, w:tr, w:tc, w:gridSpan, w:vMerge); everything else (run properties,
// drawings, bookmarks, content controls) is passed through. No tree of the whole document is built,
// so a 10 MB document.xml costs one scan. src/manifest/xml.ts is stricter (it reports line numbers
// and keeps every element) and is meant for manifests, not for this. Tables nested deeper than
// MAX_NESTING are read as if their rows were paragraphs of the cell around them, so the blocks'
// depth is bounded and no walk over them can overflow the stack.
import { MAX_NESTING } from "./limits";

export interface DocxParagraph {
  kind: "p";
  /** The paragraph's text: w:tab as "\t", w:br / w:cr as "\n". */
  text: string;
}

export interface DocxCell {
  /** w:gridSpan: how many grid columns the cell covers. */
  span: number;
  /** w:vMerge: "restart" starts a vertical merge, "continue" is covered by the cell above. */
  merge: "restart" | "continue" | null;
  blocks: DocxBlock[];
}

export interface DocxTable {
  kind: "tbl";
  rows: DocxCell[][];
}

export type DocxBlock = DocxParagraph | DocxTable;

/** document.xml is not well-formed where the walk needs it to be (an unterminated tag or comment). */
export class DocxXmlError extends Error {
  constructor(readonly detail: string) {
    super(`word/document.xml: ${detail}`);
    this.name = "DocxXmlError";
  }
}

const W_NS = ["http://schemas.openxmlformats.org/wordprocessingml/2006/main", "http://purl.oclc.org/ooxml/wordprocessingml/main"];
const MC_NS = "http://schemas.openxmlformats.org/markup-compatibility/2006";
const isLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isNameChar = (c: number): boolean => isLetter(c) || (c >= 48 && c <= 57) || c === 95 || c === 46 || c === 58 || c === 45;

/** Where the tag name ([A-Za-z_][\w.:-]*) starting at `at` ends; `at` itself when none starts there. A scan,
 *  not a sticky RegExp: Babel lowers /…/y to new RegExp(…, "y"), which IE11 (Trident) refuses as the chunk
 *  loads, taking the pane's 汇总 and 导入上年数据 down with it. */
function nameEnd(xml: string, at: number): number {
  if (!(isLetter(xml.charCodeAt(at)) || xml.charCodeAt(at) === 95)) return at;
  let j = at + 1;
  while (j < xml.length && isNameChar(xml.charCodeAt(j))) j++;
  return j;
}
const VAL = /(?:^|\s)[\w.-]*:?val\s*=\s*(?:"([^"]*)"|'([^']*)')/;
const TYPE = /(?:^|\s)[\w.-]*:?type\s*=\s*(?:"([^"]*)"|'([^']*)')/;

/** The prefix the document binds to a namespace (from the root element's xmlns declarations). */
function prefixOf(xml: string, ns: string, fallback: string): string {
  const esc = ns.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
  const m = new RegExp(`xmlns(?::([\\w.-]+))?\\s*=\\s*["']${esc}["']`).exec(xml.slice(0, 20000));
  return m ? (m[1] ?? "") : fallback;
}

export function decodeXmlText(s: string): string {
  if (!s.includes("&")) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|lt|gt|amp|quot|apos);/g, (m, body: string) => {
    if (body[0] !== "#") return ({ lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" } as Record<string, string>)[body];
    const code = body[1] === "x" || body[1] === "X" ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
  });
}

export function parseDocumentXml(xml: string): DocxBlock[] {
  const w = W_NS.map((ns) => prefixOf(xml, ns, "")).find((p) => p !== "") ?? (xml.includes("<w:") ? "w" : "");
  const q = (local: string) => (w === "" ? local : `${w}:${local}`);
  const [P, T, TAB, PTAB, BR, CR, TBL, TR, TC, R, GRID_SPAN, V_MERGE, NB_HYPHEN] =
    ["p", "t", "tab", "ptab", "br", "cr", "tbl", "tr", "tc", "r", "gridSpan", "vMerge", "noBreakHyphen"].map(q);
  const mc = prefixOf(xml, MC_NS, "mc");
  // Text that is not the document's current text: deleted or moved-away revisions, and the fallback
  // copy of a text box that Word writes beside its modern form.
  const SKIPPED = new Set([q("del"), q("moveFrom"), q("delText"), q("instrText"), `${mc}:Fallback`]);

  const body: DocxBlock[] = [];
  const containers: DocxBlock[][] = [body]; // where blocks go: the body, or the innermost cell
  const tables: { table: DocxTable; row: DocxCell[] | null }[] = [];
  const cells: DocxCell[] = [];
  const paras: string[] = [];
  let runDepth = 0;
  let inText = false;
  let depth = 0;
  let skipUntil = -1; // while > -1: inside a skipped element opened at this depth
  let flatTables = 0; // tables opened past MAX_NESTING and not yet closed

  const addText = (s: string) => {
    if (paras.length > 0) paras[paras.length - 1] += s;
  };
  const open = (name: string, attrs: string) => {
    if (name === P) paras.push("");
    else if (name === T) inText = true;
    else if (name === R) runDepth++;
    else if (runDepth > 0 && (name === TAB || name === PTAB)) addText("\t");
    else if (runDepth > 0 && (name === BR || name === CR)) {
      // A column break is layout; a line or page break ends a line.
      if ((TYPE.exec(attrs)?.slice(1).find((x) => x !== undefined) ?? "") !== "column") addText("\n");
    } else if (runDepth > 0 && name === NB_HYPHEN) addText("-");
    else if (name === TBL && (flatTables > 0 || tables.length >= MAX_NESTING)) flatTables++;
    else if ((name === TR || name === TC) && flatTables > 0) return;
    else if (name === TBL) {
      const table: DocxTable = { kind: "tbl", rows: [] };
      containers[containers.length - 1].push(table);
      tables.push({ table, row: null });
    } else if (name === TR && tables.length > 0) {
      const top = tables[tables.length - 1];
      top.row = [];
      top.table.rows.push(top.row);
    } else if (name === TC && tables.length > 0) {
      const top = tables[tables.length - 1];
      if (!top.row) top.table.rows.push((top.row = []));
      const cell: DocxCell = { span: 1, merge: null, blocks: [] };
      top.row.push(cell);
      cells.push(cell);
      containers.push(cell.blocks);
    } else if (name === GRID_SPAN && cells.length > 0) {
      const n = Number(VAL.exec(attrs)?.slice(1).find((x) => x !== undefined));
      if (Number.isInteger(n) && n > 1) cells[cells.length - 1].span = n;
    } else if (name === V_MERGE && cells.length > 0) {
      const v = VAL.exec(attrs)?.slice(1).find((x) => x !== undefined) ?? "continue";
      cells[cells.length - 1].merge = v === "restart" ? "restart" : "continue";
    }
  };
  const close = (name: string) => {
    if (name === P) {
      const text = paras.pop();
      if (text !== undefined) containers[containers.length - 1].push({ kind: "p", text });
    } else if (name === T) inText = false;
    else if (name === R) runDepth = Math.max(0, runDepth - 1);
    else if (flatTables > 0 && (name === TBL || name === TR || name === TC)) {
      if (name === TBL) flatTables--;
    } else if (name === TC && cells.length > 0) {
      cells.pop();
      containers.pop();
    } else if (name === TR && tables.length > 0) tables[tables.length - 1].row = null;
    else if (name === TBL) tables.pop();
  };

  const n = xml.length;
  let i = 0;
  while (i < n) {
    const lt = xml.indexOf("<", i);
    if (lt < 0) break;
    if (inText && skipUntil < 0 && lt > i) addText(decodeXmlText(xml.slice(i, lt)));
    const c = xml.charCodeAt(lt + 1);
    if (c === 33 /* ! */) {
      const cdata = xml.startsWith("<![CDATA[", lt);
      const endMark = xml.startsWith("<!--", lt) ? "-->" : cdata ? "]]>" : ">";
      const end = xml.indexOf(endMark, lt + 2);
      if (end < 0) throw new DocxXmlError(`unterminated markup at offset ${lt}`);
      if (cdata && inText && skipUntil < 0) addText(xml.slice(lt + 9, end));
      i = end + endMark.length;
      continue;
    }
    if (c === 63 /* ? */) {
      const end = xml.indexOf("?>", lt + 2);
      if (end < 0) throw new DocxXmlError(`unterminated processing instruction at offset ${lt}`);
      i = end + 2;
      continue;
    }
    const closing = c === 47; /* / */
    const nameAt = lt + (closing ? 2 : 1);
    const nameStop = nameEnd(xml, nameAt);
    if (nameStop === nameAt) throw new DocxXmlError(`"<" that starts no tag at offset ${lt}`);
    const name = xml.slice(nameAt, nameStop);
    // The tag's end: the first ">" outside a quoted attribute value.
    let j = nameStop;
    let quote = 0;
    for (; j < n; j++) {
      const ch = xml.charCodeAt(j);
      if (quote !== 0) {
        if (ch === quote) quote = 0;
      } else if (ch === 34 || ch === 39) quote = ch;
      else if (ch === 62) break;
    }
    if (j >= n) throw new DocxXmlError(`unterminated tag <${name}> at offset ${lt}`);
    i = j + 1;
    if (closing) {
      depth--;
      if (skipUntil >= 0) {
        if (depth === skipUntil) skipUntil = -1;
        continue;
      }
      close(name);
      continue;
    }
    const selfClosing = xml.charCodeAt(j - 1) === 47;
    if (skipUntil >= 0) {
      if (!selfClosing) depth++;
      continue;
    }
    if (SKIPPED.has(name)) {
      if (!selfClosing) skipUntil = depth++;
      continue;
    }
    open(name, xml.slice(nameStop, selfClosing ? j - 1 : j));
    if (selfClosing) close(name);
    else depth++;
  }
  return body;
}
