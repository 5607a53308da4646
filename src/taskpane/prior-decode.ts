// The lazily loaded half of 导入上年数据 (its own chunk, like the export code): the published-report
// import (and jszip under it, for .docx) decodes last year's file, then priorFromLastReport takes the
// figures the 上年数据 sheet holds. Never imported statically by the pane: prior-file.ts loads it with import().
import type { FormatId } from "../format";
import { importReportFile } from "../import";
import { priorFromLastReport } from "../model/prior-import";
import type { PriorImport } from "../model/prior-import";

export async function decodePriorFile(bytes: Uint8Array, fileName: string, year: number | null, format: FormatId): Promise<PriorImport> {
  const { report } = await importReportFile(bytes, { fileName });
  return priorFromLastReport(report, year, format);
}
