// The reader `xxgk check` uses: a workbook through the light reader (only the parts a report needs,
// size-limited; read at once, since a batch reads one file after another), every other file through the shared readers of read-file.ts.
import { readFileSync } from "fs";
import { extname } from "path";
import { readWorkbookLight } from "../xlsx/light/read-light";
import { readReportFile } from "./read-file";
import type { ReadFileResult } from "./read-file";

export async function readForCheck(path: string): Promise<ReadFileResult> {
  if (extname(path).toLowerCase() !== ".xlsx") return readReportFile(path);
  const { report, findings, prior, explanations } = await readWorkbookLight(new Uint8Array(readFileSync(path)), path);
  return prior ? { report, findings, prior, explanations } : { report, findings, explanations };
}
