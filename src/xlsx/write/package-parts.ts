// The small fixed parts around a streamed workbook's sheets (ECMA-376 Part 2, Open Packaging
// Conventions; Part 1, 18.2 the workbook): content types, relationships, the workbook with its sheet
// list and print titles, and the document properties. Sheet i is xl/worksheets/sheet{i+1}.xml.
import { xmlText } from "./xml-text";

const XML_HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

export interface WorkbookSheet {
  name: string;
  /** Rows repeated at the top of every printed page, e.g. "3:3" (the _xlnm.Print_Titles name). */
  printTitleRows?: string;
}

export const sheetPath = (i: number): string => `xl/worksheets/sheet${i + 1}.xml`;

export function contentTypes(sheets: number): string {
  const sheet = (i: number) => `<Override PartName="/${sheetPath(i)}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`;
  return (
    XML_HEAD +
    "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">" +
    "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>" +
    "<Default Extension=\"xml\" ContentType=\"application/xml\"/>" +
    "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>" +
    Array.from({ length: sheets }, (_, i) => sheet(i)).join("") +
    "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>" +
    "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>" +
    "<Override PartName=\"/docProps/app.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\"/>" +
    "</Types>"
  );
}

export function packageRels(): string {
  return (
    XML_HEAD +
    "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
    `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/>` +
    "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>" +
    `<Relationship Id="rId3" Type="${REL}/extended-properties" Target="docProps/app.xml"/>` +
    "</Relationships>"
  );
}

export function workbookRels(sheets: number): string {
  const sheet = (i: number) => `<Relationship Id="rId${i + 2}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`;
  return (
    XML_HEAD +
    "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
    `<Relationship Id="rId1" Type="${REL}/styles" Target="styles.xml"/>` +
    Array.from({ length: sheets }, (_, i) => sheet(i)).join("") +
    "</Relationships>"
  );
}

/** A sheet's name in a formula: quoted, a quote in it doubled. */
const quoted = (name: string) => `'${name.replace(/'/g, "''")}'`;

export function workbookXml(sheets: WorkbookSheet[]): string {
  const list = sheets.map((s, i) => `<sheet name="${xmlText(s.name)}" sheetId="${i + 1}" r:id="rId${i + 2}"/>`).join("");
  const names = sheets
    .map((s, i) => {
      if (!s.printTitleRows) return "";
      const [from, to] = s.printTitleRows.split(":");
      return `<definedName name="_xlnm.Print_Titles" localSheetId="${i}">${xmlText(`${quoted(s.name)}!$${from}:$${to}`)}</definedName>`;
    })
    .join("");
  return (
    XML_HEAD +
    `<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${REL}">` +
    "<bookViews><workbookView activeTab=\"0\"/></bookViews>" +
    `<sheets>${list}</sheets>` +
    (names ? `<definedNames>${names}</definedNames>` : "") +
    "</workbook>"
  );
}

export function coreProps(creator: string, day: Date): string {
  const when = `${day.toISOString().replace(/\.\d{3}Z$/, "Z")}`;
  return (
    XML_HEAD +
    "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">" +
    `<dc:creator>${xmlText(creator)}</dc:creator>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified>` +
    "</cp:coreProperties>"
  );
}

export function appProps(application: string, sheets: string[]): string {
  return (
    XML_HEAD +
    "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\" xmlns:vt=\"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes\">" +
    `<Application>${xmlText(application)}</Application>` +
    `<HeadingPairs><vt:vector size="2" baseType="variant"><vt:variant><vt:lpstr>Worksheets</vt:lpstr></vt:variant><vt:variant><vt:i4>${sheets.length}</vt:i4></vt:variant></vt:vector></HeadingPairs>` +
    `<TitlesOfParts><vt:vector size="${sheets.length}" baseType="lpstr">${sheets.map((s) => `<vt:lpstr>${xmlText(s)}</vt:lpstr>`).join("")}</vt:vector></TitlesOfParts>` +
    "</Properties>"
  );
}
