// Picture tests' plumbing: convert a file with LibreOffice headless (its own profile) and read the
// PDF back as positioned text lines with poppler's pdftotext -bbox-layout. Without soffice or
// pdftotext the tests skip locally, saying what to install, and fail under CI=true.
import { spawnSync } from "child_process";
import { existsSync } from "fs";
import { basename, join } from "path";

export const SOFFICE = process.env.SOFFICE ?? "soffice";
/** The Linux stand-ins for the Windows fonts the files name, as CI and the README pictures use them. */
export const FONTS_CONF = join(__dirname, "..", "..", "scripts", "lib", "fonts.conf");

function works(cmd: string, args: string[]): boolean {
  return spawnSync(cmd, args, { encoding: "utf8", timeout: 60_000 }).status === 0;
}

/** What is missing for picture tests, as the apt packages to install; empty when all is there. */
export function missingRenderTools(apt: string): string[] {
  const missing: string[] = [];
  if (!works(SOFFICE, ["--version"])) missing.push(apt);
  if (!works("pdftotext", ["-v"])) missing.push("poppler-utils");
  return missing;
}

/** describe() when the tools are there; otherwise a skip locally and a failure under CI. */
export function describeRendered(title: string, apt: string, body: () => void): void {
  const missing = missingRenderTools(apt);
  if (missing.length === 0) {
    describe(title, body);
    return;
  }
  const install = `apt-get install -y ${missing.join(" ")}`;
  if (process.env.CI) {
    describe(title, () => {
      it("needs LibreOffice and poppler under CI", () => {
        throw new Error(`picture tests need ${missing.join(", ")}: add them to .ci/run (${install}).`);
      });
    });
  } else {
    console.warn(`${title}: skipped, ${install} to run it.`);
    describe.skip(`${title} (skipped: ${install})`, () => undefined);
  }
}

/** Converts each file to PDF in `dir` in one LibreOffice run (a profile of its own there); returns the PDFs' paths. */
export function toPdfs(files: string[], dir: string): string[] {
  const run = spawnSync(SOFFICE, [`-env:UserInstallation=file://${join(dir, "lo-profile")}`, "--headless", "--convert-to", "pdf", "--outdir", dir, ...files], {
    encoding: "utf8",
    timeout: 240_000,
    env: { ...process.env, FONTCONFIG_FILE: FONTS_CONF },
  });
  return files.map((file) => {
    const pdf = join(dir, basename(file).replace(/\.[^.]+$/, ".pdf"));
    if (run.status !== 0 || !existsSync(pdf)) throw new Error(`soffice did not convert ${file} (exit ${run.status})\n${run.stdout}\n${run.stderr}`);
    return pdf;
  });
}

export interface PdfLine {
  page: number;
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

export interface PdfText {
  pages: number;
  lines: PdfLine[];
}

const unescape = (s: string): string => s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, "&");

/**
 * Every word of the PDF with its page and box. A word is a run of text without a gap: a cell's line of
 * CJK text is one word, while pdftotext may join cells that share a baseline into one "line".
 */
export function pdfLines(pdf: string): PdfText {
  const run = spawnSync("pdftotext", ["-bbox-layout", pdf, "-"], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  if (run.status !== 0) throw new Error(`pdftotext failed on ${pdf}: ${run.stderr}`);
  const lines: PdfLine[] = [];
  const pages = run.stdout.split(/<page /).slice(1);
  pages.forEach((page, i) => {
    for (const m of page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)) {
      lines.push({ page: i + 1, text: unescape(m[5]), xMin: Number(m[1]), yMin: Number(m[2]), xMax: Number(m[3]), yMax: Number(m[4]) });
    }
  });
  return { pages: pages.length, lines };
}
