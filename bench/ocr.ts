// OCR seconds per page: a real report's pages rendered at 150 dpi as a scan (tests/support/scan-set.ts
// makes the image-only PDF, cached under test-artifacts/ocr) and read by `importPdfFile`, as a
// reviewer's `xxgk check scan.pdf` reads it. Never pass/fail.
import { join } from "path";
import { importPdfFile } from "../src/import/pdf";
import { scannedCopy } from "../tests/support/scan-set";

type Line = (zh: string, en: string, value: string, budget?: string) => void;

export async function benchOcr(line: Line, real: string | null | undefined): Promise<void> {
  if (!real) return;
  const name = "huaian-city-2024";
  const scan = await scannedCopy(join(real, `${name}.pdf`), name, 3);
  const start = process.hrtime.bigint();
  const cpu = process.cpuUsage();
  const read = await importPdfFile(scan);
  const wall = Number(process.hrtime.bigint() - start) / 1e9;
  const used = process.cpuUsage(cpu);
  const pages = read.ocr?.pages.length ?? 1;
  line(`OCR 扫描件 ${name}（秒/页，墙钟）`, `OCR of a scanned ${name} (s/page, wall)`, (wall / pages).toFixed(1));
  line(`OCR 扫描件 ${name}（秒/页，CPU）`, `OCR of a scanned ${name} (s/page, CPU)`, ((used.user + used.system) / 1e6 / pages).toFixed(1));
}
