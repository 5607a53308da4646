// LibreOffice headless for tests that open what the CLI wrote in a real spreadsheet program.
import { execFileSync } from "child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync } from "fs";
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
