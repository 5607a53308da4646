// The reader `xxgk check` uses: a workbook through the light reader (only the parts a report needs,
// size-limited; read at once, since a batch reads one file after another), every other file through
// the shared readers of read-file.ts.
import { extname } from "path";
import { isUserError, UserError } from "../i18n/user-error";
import { readInput } from "../import/read-input";
import { isEncryptedOffice } from "../import/decode";
import { checkZip } from "../import/limits";
import { LightReadError } from "../xlsx/light/errors";
import { readWorkbookLight } from "../xlsx/light/read-light";
import { DEFAULT_LIMITS } from "../xlsx/light/zip-parts";
import { readReportFile } from "./read-file";
import type { ReadFileResult } from "./read-file";
import type { ScanOptions } from "../ocr/read-scan";

export async function readForCheck(path: string, options: ScanOptions = {}): Promise<ReadFileResult> {
  if (extname(path).toLowerCase() !== ".xlsx") return readReportFile(path, options);
  // Read no further than the light reader's limit, whatever size the file reports.
  const bytes = await readInput(path, "xlsx", DEFAULT_LIMITS.maxFile).catch((e: unknown) => {
    throw isUserError(e) && e.msg.id === "io.limit.tooLarge" ? new LightReadError(path, "cli.read.tooBig", { mb: DEFAULT_LIMITS.maxFile / 2 ** 20 }) : e;
  });
  // The same refusals as every other reader (read-file.ts): a password, a zip bomb by its directory.
  if (isEncryptedOffice(bytes)) throw new UserError("io.read.encrypted", { file: path });
  checkZip("xlsx", bytes);
  const { report, findings, prior, explanations } = await readWorkbookLight(bytes, path);
  return prior ? { report, findings, prior, explanations } : { report, findings, explanations };
}
