// Hand-made Word documents for the .docx import tests: a minimal package ([Content_Types].xml and
// word/document.xml, nothing else) written with jszip from paragraphs and tables described in code.
import JSZip from "jszip";

export interface FxCell {
  text: string;
  span?: number;
  /** w:vMerge: "restart" starts a vertical merge, "continue" is a covered cell. */
  merge?: "restart" | "continue";
}
export type FxRow = (FxCell | string)[];
export type FxBlock = { p: string } | { xml: string } | { rows: FxRow[] };

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** A paragraph; "\n" in the text becomes w:br, "\t" w:tab, and each "|" starts a new run. */
export function paragraphXml(text: string): string {
  const runs = text.split("|").map((part) => {
    const pieces = part.split(/(\n|\t)/).map((x) =>
      x === "\n" ? "<w:br/>" : x === "\t" ? "<w:tab/>" : x === "" ? "" : `<w:t xml:space="preserve">${esc(x)}</w:t>`,
    );
    return `<w:r><w:rPr><w:rFonts w:hint="eastAsia"/></w:rPr>${pieces.join("")}</w:r>`;
  });
  return `<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="420"/></w:tabs></w:pPr>${runs.join("")}</w:p>`;
}

function cellXml(c: FxCell | string): string {
  const cell = typeof c === "string" ? { text: c } : c;
  const span = cell.span && cell.span > 1 ? `<w:gridSpan w:val="${cell.span}"/>` : "";
  const merge = cell.merge === "restart" ? '<w:vMerge w:val="restart"/>' : cell.merge === "continue" ? "<w:vMerge/>" : "";
  const paras = cell.text.split("\n").map((line) => (line === "" ? "<w:p/>" : paragraphXml(line)));
  return `<w:tc><w:tcPr><w:tcW w:w="800" w:type="dxa"/>${span}${merge}</w:tcPr>${paras.join("")}</w:tc>`;
}

export function tableXml(rows: FxRow[]): string {
  const trs = rows.map((r) => `<w:tr><w:trPr><w:cantSplit/></w:trPr>${r.map(cellXml).join("")}</w:tr>`);
  return `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr>${trs.join("")}</w:tbl>`;
}

export function documentXml(blocks: FxBlock[]): string {
  const body = blocks.map((b) => ("p" in b ? paragraphXml(b.p) : "xml" in b ? b.xml : tableXml(b.rows))).join("");
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ' +
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">' +
    `<w:body>${body}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>`
  );
}

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
  '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
  "</Types>";

/** A .docx of the given parts; `document` may be a list of blocks or the XML itself. */
export async function makeDocx(document: FxBlock[] | string | null, extra: Record<string, string> = {}): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file("[Content_Types].xml", CONTENT_TYPES);
  if (document !== null) zip.file("word/document.xml", typeof document === "string" ? document : documentXml(document));
  for (const [path, text] of Object.entries(extra)) zip.file(path, text);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}
