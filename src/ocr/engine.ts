// Tesseract 5 (LSTM) compiled to WebAssembly (tesseract.js-core), with the traineddata of the
// @tesseract.js-data packages: shipped inside the program, read from node_modules or from the
// single-file program's assets, never fetched and never cached on disk (docs/ocr.md says why this
// engine). Two recognisers share each page: "eng" restricted to digits reads figure cells, "chi_sim"
// reads labels and prose. One engine per thread (a worker loads its own).
import { readFileSync } from "fs";
import { gunzipSync } from "zlib";
import { UserError } from "../i18n/user-error";
import { toPgm } from "./gray";
import type { Gray, Rect } from "./gray";

/** One recognised word: its text, its box in page pixels, Tesseract's confidence 0–100. */
export interface OcrWord {
  text: string;
  left: number;
  top: number;
  width: number;
  height: number;
  conf: number;
  /** Tesseract's block.paragraph.line: the words of one line share it. */
  line: string;
}

/** Tesseract's page segmentation modes used here. */
export const PSM = { auto: 3, block: 6, line: 7 } as const;
export type Psm = (typeof PSM)[keyof typeof PSM];

/** The embind surface of tesseract.js-core used here (the package ships no types). */
interface TessApi {
  Init(datapath: string, lang: string): number;
  SetVariable(name: string, value: string): boolean;
  SetPageSegMode(psm: number): void;
  SetImageFile(exif: number, angle: number): void;
  SetSourceResolution(ppi: number): void;
  SetRectangle(left: number, top: number, width: number, height: number): void;
  Recognize(monitor: null): number;
  GetTSVText(page: number): string;
  Clear(): void;
  End(): void;
}
interface TessModule {
  FS: { writeFile(path: string, data: Uint8Array): void; unlink(path: string): void };
  TessBaseAPI: new () => TessApi;
}
type CoreFactory = (options: { wasmBinary: ArrayBuffer; print: (s: string) => void; printErr: (s: string) => void }) => Promise<TessModule>;

/** node:sea's asset reader (a single-file program; Node's types here predate it). */
interface Sea {
  isSea(): boolean;
  getAsset(key: string): ArrayBuffer;
}

/** The asset names a single-file program carries (scripts/release/programs.js). */
export const OCR_ASSETS = {
  wasm: { asset: "tesseract-core-simd-lstm.wasm", module: "tesseract.js-core/tesseract-core-simd-lstm.wasm" },
  eng: { asset: "eng.traineddata.gz", module: "@tesseract.js-data/eng/4.0.0_best_int/eng.traineddata.gz" },
  chi_sim: { asset: "chi_sim.traineddata.gz", module: "@tesseract.js-data/chi_sim/4.0.0_best_int/chi_sim.traineddata.gz" },
} as const;

function assetBytes(which: keyof typeof OCR_ASSETS): Uint8Array {
  const sea = process.getBuiltinModule("node:sea") as Sea | undefined;
  if (sea?.isSea()) return new Uint8Array(sea.getAsset(OCR_ASSETS[which].asset).slice(0));
  const nodeRequire = process.getBuiltinModule("module").createRequire(__filename);
  return readFileSync(nodeRequire.resolve(OCR_ASSETS[which].module));
}

const quiet = (): void => undefined;

export class OcrEngine {
  private constructor(
    private readonly module: TessModule,
    private readonly digits: TessApi,
    private readonly chinese: TessApi,
    private readonly latin: TessApi,
  ) {}

  /** Loads the engine (about half a second); throws UserError when its files are missing. */
  static async load(): Promise<OcrEngine> {
    let module: TessModule;
    try {
      const wasm = assetBytes("wasm");
      // A static require, so a bundler (the single-file program) takes the JavaScript glue in.
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const factory = require("tesseract.js-core/tesseract-core-simd-lstm.js") as CoreFactory;
      // Tesseract prints warnings about parameters of the legacy engine and resolution guesses: the
      // reviewer hears findings, never the engine's own lines.
      module = await factory({ wasmBinary: wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) as ArrayBuffer, print: quiet, printErr: quiet });
      for (const lang of ["eng", "chi_sim"] as const) module.FS.writeFile(`/${lang}.traineddata`, gunzipSync(assetBytes(lang)));
    } catch {
      throw new UserError("import.ocr.unavailable");
    }
    const digits = new module.TessBaseAPI();
    const chinese = new module.TessBaseAPI();
    const latin = new module.TessBaseAPI();
    if (digits.Init("/", "eng") !== 0 || chinese.Init("/", "chi_sim") !== 0 || latin.Init("/", "eng") !== 0) throw new UserError("import.ocr.unavailable");
    digits.SetVariable("tessedit_char_whitelist", "0123456789.");
    // No dictionary for figures: "1O" must not become a word.
    digits.SetVariable("load_system_dawg", "0");
    return new OcrEngine(module, digits, chinese, latin);
  }

  /** The page both recognisers read from now on (SetRectangle then picks a part of it). */
  setPage(img: Gray): void {
    // tesseract.js-core's SetImageFile reads the file "/input" of its own (in-memory) file system.
    this.module.FS.writeFile("/input", toPgm(img));
    for (const api of [this.digits, this.chinese]) {
      api.SetImageFile(1, 0);
      api.SetSourceResolution(img.dpi);
    }
  }

  /** A figure cell's words, read with digits only (one line). */
  figure(r: Rect): OcrWord[] {
    return this.read(this.digits, r, PSM.line);
  }

  /** A figure read from its own (enlarged) image three times: by the digit reader, the unrestricted
   *  Latin one, and the Chinese one (page.ts agreedFigure weighs them). The page set before is
   *  replaced: call setPage again before reading the page. */
  figureImage(img: Gray): { digits: OcrWord[]; general: OcrWord[]; chinese: OcrWord[] } {
    this.module.FS.writeFile("/input", toPgm(img));
    const whole = { left: 0, top: 0, width: img.width, height: img.height };
    const out = { digits: [] as OcrWord[], general: [] as OcrWord[], chinese: [] as OcrWord[] };
    for (const [api, key] of [[this.digits, "digits"], [this.latin, "general"], [this.chinese, "chinese"]] as const) {
      api.SetImageFile(1, 0);
      api.SetSourceResolution(img.dpi);
      out[key] = this.read(api, whole, PSM.line);
    }
    return out;
  }

  /** The same cell read with the Chinese model and no restriction (a second opinion on a figure). */
  text(r: Rect, psm: Psm): OcrWord[] {
    return this.read(this.chinese, r, psm);
  }

  private read(api: TessApi, r: Rect, psm: Psm): OcrWord[] {
    api.SetPageSegMode(psm);
    api.SetRectangle(Math.round(r.left), Math.round(r.top), Math.round(r.width), Math.round(r.height));
    if (api.Recognize(null) !== 0) return [];
    return parseTsv(api.GetTSVText(0));
  }

  /** Frees the WebAssembly engine's recognisers. */
  end(): void {
    this.digits.End();
    this.chinese.End();
    this.latin.End();
  }
}

// TSV columns: level page block par line word left top width height conf text; level 5 is a word.
const WORD_LEVEL = "5";

/** The words of Tesseract's TSV output (boxes in page pixels). */
export function parseTsv(tsv: string): OcrWord[] {
  const words: OcrWord[] = [];
  for (const line of tsv.split("\n")) {
    const f = line.split("\t");
    if (f.length < 12 || f[0] !== WORD_LEVEL) continue;
    const text = f.slice(11).join("\t").trim();
    if (text === "") continue;
    words.push({ text, left: Number(f[6]), top: Number(f[7]), width: Number(f[8]), height: Number(f[9]), conf: Number(f[10]), line: `${f[2]}.${f[3]}.${f[4]}` });
  }
  return words;
}
