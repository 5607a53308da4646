// A published report saved as a Word document (.docx): the zip is opened, the main document part
// read (docx-xml.ts), and its paragraphs and tables turned into the same lines an HTML page gives
// (html-lines.ts): a paragraph is a hard line, a table row one line with its cells explicit. A cell
// covered by a vertical merge (w:vMerge continue) is left out, as a rowspan'd cell is absent from
// the HTML rows under it; a w:gridSpan cell is one cell, as a colspan'd <td> is.
import JSZip from "jszip";
import { UserError } from "../i18n/user-error";
import { DocxXmlError, decodeXmlText, parseDocumentXml } from "./docx-xml";
import type { DocxBlock, DocxTable } from "./docx-xml";
import { checkZip } from "./limits";
import type { Line } from "./lines";
import { nfkc } from "./normalize";

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

/** A zip archive by its first bytes (a .docx, but also an .xlsx or any other zip). */
export function isZip(bytes: Uint8Array): boolean {
  return ZIP_MAGIC.every((b, i) => bytes[i] === b);
}

const OFFICE_DOCUMENT = /relationships\/officeDocument$/;

/** The main document part: the package relationship of type officeDocument, else word/document.xml. */
async function mainPartName(zip: JSZip): Promise<string> {
  const rels = zip.file("_rels/.rels");
  if (rels) {
    const xml = await rels.async("string");
    for (const m of xml.matchAll(/<(?:\w+:)?Relationship\b([^>]*)>/g)) {
      const type = /\bType\s*=\s*"([^"]*)"/.exec(m[1])?.[1] ?? "";
      const target = /\bTarget\s*=\s*"([^"]*)"/.exec(m[1])?.[1];
      if (OFFICE_DOCUMENT.test(type) && target) return decodeXmlText(target).replace(/^\/+/, "");
    }
  }
  return "word/document.xml";
}

/** The document's lines and its stored title (docProps/core.xml dc:title, the fallback title). */
export async function docxLines(bytes: Uint8Array): Promise<{ lines: Line[]; title: string }> {
  // A zip bomb is refused by its declared sizes before anything is inflated.
  checkZip("docx", bytes);
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    throw new UserError("import.docx.corrupt");
  }
  let xml: string;
  let title = "";
  try {
    // A workbook renamed .docx: its package's main part is xl/workbook.xml, not a document.
    const main = await mainPartName(zip);
    const part = main.startsWith("xl/") ? null : (zip.file(main) ?? zip.file("word/document.xml"));
    if (!part) {
      const workbook = zip.file("xl/workbook.xml") !== null;
      throw new UserError(workbook ? "import.docx.workbook" : "import.docx.noDocument");
    }
    xml = await part.async("string");
    const core = zip.file("docProps/core.xml");
    if (core) title = decodeXmlText(/<dc:title>([^<]*)<\/dc:title>/.exec(await core.async("string"))?.[1] ?? "").trim();
  } catch (e) {
    if (e instanceof UserError) throw e;
    throw new UserError("import.docx.corrupt");
  }
  try {
    return { lines: blockLines(parseDocumentXml(xml)), title };
  } catch (e) {
    if (e instanceof DocxXmlError) throw new UserError("import.docx.badXml", {}, e); // where it broke stays in `cause`: English offsets mean nothing to a clerk
    throw e;
  }
}

/** Paragraphs as hard lines (a line break inside one starts a new line); data tables one line per row. */
export function blockLines(blocks: DocxBlock[]): Line[] {
  const lines: Line[] = [];
  const walk = (bs: DocxBlock[]) => {
    for (const b of bs) {
      if (b.kind === "p") {
        for (const piece of b.text.split("\n")) {
          const raw = piece.replace(/[ \t\r]+/g, (s) => (s.includes("\t") ? "\t" : " ")).trim();
          const text = nfkc(raw).replace(/\s+/g, " ").trim();
          if (text !== "") lines.push({ text, raw, hard: true });
        }
      } else if (holdsTable(b)) {
        // A layout table around the report (or part of it): its cells are read as running text.
        for (const row of b.rows) for (const cell of row) if (cell.merge !== "continue") walk(cell.blocks);
      } else for (const l of tableLines(b)) lines.push(l); // no spread: a table may have any number of rows
    }
  };
  walk(blocks);
  return lines;
}

function holdsTable(table: DocxTable): boolean {
  return table.rows.some((r) => r.some((c) => c.blocks.some((b) => b.kind === "tbl")));
}

function tableLines(table: DocxTable): Line[] {
  const out: Line[] = [];
  for (const row of table.rows) {
    const cells = row.filter((c) => c.merge !== "continue").map((c) => cellText(c.blocks));
    if (cells.some((x) => x.trim() !== "")) {
      const raw = cells.join(" ");
      out.push({ text: nfkc(raw).replace(/\s+/g, " ").trim(), raw, cells, hard: true });
    }
  }
  return out;
}

/** A cell's text as typed: its paragraphs (and any nested table's) joined by line breaks, tabs as spaces. */
function cellText(blocks: DocxBlock[]): string {
  const parts: string[] = [];
  const walk = (bs: DocxBlock[]) => {
    for (const b of bs) {
      if (b.kind === "p") parts.push(b.text.replace(/\t/g, " "));
      else for (const row of b.rows) for (const c of row) if (c.merge !== "continue") walk(c.blocks);
    }
  };
  walk(blocks);
  return parts
    .join("\n")
    .replace(/[ \t]*\n[ \t\n]*/g, "\n")
    .replace(/^[ \t\n]+|[ \t\n]+$/g, "");
}
