// LibreOffice headless for tests that open what the CLI wrote in a real spreadsheet program.
import { execFileSync } from "child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "fs";
import { join } from "path";

export function findSoffice(): string | null {
  for (const p of ["/usr/bin/soffice", "/usr/local/bin/soffice", "/usr/lib/libreoffice/program/soffice"]) if (existsSync(p)) return p;
  return null;
}

/** `src` recalculated and saved again as .xlsx by LibreOffice (into a fresh folder under `work`):
 *  the bytes a real spreadsheet program writes after computing every formula. */
export function recalculatedXlsx(soffice: string, src: string, work: string, name: string): Buffer {
  const out = join(work, `out-${name}`);
  mkdirSync(out);
  execFileSync(
    soffice,
    [`-env:UserInstallation=file://${join(work, "profile")}`, "--headless", "--convert-to", "xlsx", "--outdir", out, src],
    { stdio: "pipe", timeout: 120_000 },
  );
  return readFileSync(join(out, src.split("/").pop() as string));
}

/** Every sheet of `file` as CSV rows, by sheet name, as LibreOffice reads the workbook (7.2+). */
export function sheetsAsCsv(soffice: string, file: string, work: string): Map<string, string[][]> {
  const out = join(work, `csv-${Date.now()}`);
  // Filter options: comma, quote, UTF-8, from line 1, …, and sheet -1 = every sheet to NAME-SHEET.csv.
  execFileSync(
    soffice,
    [`-env:UserInstallation=file://${join(work, "profile")}`, "--headless", "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1", "--outdir", out, file],
    { stdio: "pipe", timeout: 240_000 },
  );
  const base = file.split("/").pop()?.replace(/\.xlsx$/, "") ?? "";
  const sheets = new Map<string, string[][]>();
  for (const f of readdirSync(out)) sheets.set(f.slice(base.length + 1, -".csv".length), parseCsv(readFileSync(join(out, f), "utf8")));
  return sheets;
}

/** RFC 4180 CSV: quoted fields with "" for a quote and line breaks inside. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  const s = text.replace(/^\uFEFF/, "");
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (quoted) {
      if (ch === '"' && s[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(field);
      field = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && s[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += ch;
  }
  if (field !== "" || row.length > 0) rows.push([...row, field]);
  return rows;
}

const xmlText = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;");

/**
 * Edits `file` in place as a clerk would in LibreOffice Calc: opens it, runs `basic` (StarBasic
 * statements with `doc` the open document) and saves it as .xlsx again. The statements run as a
 * macro of the test's own LibreOffice profile under `work` (set up by a first, empty run).
 */
export function editInLibreOffice(soffice: string, file: string, work: string, basic: string): void {
  const profile = join(work, "profile");
  const env = `-env:UserInstallation=file://${profile}`;
  const standard = join(profile, "user", "basic", "Standard");
  if (!existsSync(join(standard, "script.xlb"))) {
    const init = join(work, "init");
    mkdirSync(init, { recursive: true });
    writeFileSync(join(init, "init.csv"), "a\n1\n");
    execFileSync(soffice, [env, "--headless", "--convert-to", "xlsx", "--outdir", init, join(init, "init.csv")], { stdio: "pipe", timeout: 120_000 });
  }
  const macro = `Sub Edit(path As String)
  Dim args(0) As New com.sun.star.beans.PropertyValue
  args(0).Name = "Hidden"
  args(0).Value = True
  url = ConvertToURL(path)
  doc = StarDesktop.loadComponentFromURL(url, "_blank", 0, args())
${basic}
  Dim f(0) As New com.sun.star.beans.PropertyValue
  f(0).Name = "FilterName"
  f(0).Value = "Calc MS Excel 2007 XML"
  doc.storeToURL(url, f())
  doc.close(True)
End Sub
`;
  writeFileSync(
    join(standard, "Module1.xba"),
    `<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE script:module PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "module.dtd">\n<script:module xmlns:script="http://openoffice.org/2000/script" script:name="Module1" script:language="StarBasic">${xmlText(macro)}</script:module>\n`,
  );
  execFileSync(soffice, [env, "--headless", `macro:///Standard.Module1.Edit("${file}")`], { stdio: "pipe", timeout: 180_000 });
}
