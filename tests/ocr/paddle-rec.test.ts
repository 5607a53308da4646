// PaddleOCR's recogniser (src/ocr/paddle-rec.ts): the model's input and the CTC decoding on hand-made
// values, and the model itself loaded offline from node_modules and run by the WebAssembly runtime.
import { ctcDecode, figureClasses, PaddleRec, parseDict, recInput, REC_HEIGHT, REC_MIN_WIDTH } from "../../src/ocr/paddle-rec";
import type { Gray } from "../../src/ocr/gray";

/** A crop `width` × `height`, white with a black left half. */
function halfBlack(width: number, height: number): Gray {
  const data = new Uint8Array(width * height).fill(255);
  for (let y = 0; y < height; y++) data.fill(0, y * width, y * width + width / 2);
  return { width, height, data, dpi: 300 };
}

/** Probabilities for `steps` time steps over `classes` classes, each step sure of one class. */
function steps(classes: number, picks: [number, number][]): Float32Array {
  const out = new Float32Array(picks.length * classes);
  picks.forEach(([k, p], t) => {
    for (let c = 0; c < classes; c++) out[t * classes + c] = (1 - p) / (classes - 1);
    out[t * classes + k] = p;
  });
  return out;
}

describe("the recogniser's input (recInput)", () => {
  it("scales to height 48 keeping the aspect, pads narrow crops, and maps white to 1 and black to -1 in three equal channels", () => {
    const { data, width } = recInput(halfBlack(20, 40));
    // 20 × 40 → 24 × 48, padded to the minimum width with 0 (mid-grey once normalised).
    expect(width).toBe(REC_MIN_WIDTH);
    expect(data.length).toBe(3 * REC_HEIGHT * width);
    const at = (c: number, y: number, x: number) => data[c * REC_HEIGHT * width + y * width + x];
    expect(at(0, 10, 0)).toBeCloseTo(-1);
    expect(at(0, 10, 23)).toBeCloseTo(1);
    expect(at(0, 10, 30)).toBe(0);
    for (const [y, x] of [[0, 0], [47, 5], [20, 23]]) expect(at(1, y, x)).toBe(at(0, y, x));
    for (const [y, x] of [[0, 0], [47, 5], [20, 23]]) expect(at(2, y, x)).toBe(at(0, y, x));
  });

  it("keeps a wide crop's own width (a long figure is not squeezed)", () => {
    expect(recInput(halfBlack(400, 40)).width).toBe(480);
    expect(recInput(halfBlack(20, 40), 320).width).toBe(320);
  });
});

describe("CTC decoding (ctcDecode)", () => {
  const dict = ["0", "1", "o", "."];
  // Classes: 0 blank, 1 "0", 2 "1", 3 "o", 4 ".", 5 space.
  it("collapses repeats, drops blanks, keeps a repeat split by a blank, and reads the class after the dictionary as a space", () => {
    const r = ctcDecode(steps(6, [[2, 0.9], [2, 0.9], [0, 0.9], [2, 0.8], [1, 0.99], [5, 0.9], [4, 0.7], [1, 0.9]]), 8, 6, dict);
    expect(r.text).toBe("110 .0");
    // Mean and lowest of the kept characters' probabilities (the first of a repeat).
    expect(r.conf).toBeCloseTo((100 * (0.9 + 0.8 + 0.99 + 0.9 + 0.7 + 0.9)) / 6, 3);
    expect(r.minConf).toBeCloseTo(70, 3);
  });

  it("reads nothing from blanks only, and reads only allowed classes when told (a figure reader)", () => {
    expect(ctcDecode(steps(6, [[0, 0.9], [0, 0.9]]), 2, 6, dict)).toEqual({ text: "", conf: 0, minConf: 0 });
    // "o" most likely, "0" second: the figure reader takes the "0".
    const probs = new Float32Array([0.1, 0.3, 0.0, 0.6, 0.0, 0.0]);
    expect(ctcDecode(probs, 1, 6, dict).text).toBe("o");
    expect(ctcDecode(probs, 1, 6, dict, figureClasses(dict)).text).toBe("0");
    expect(figureClasses(dict)).toEqual([1, 2, 4]);
  });

  it("reads the dictionary file one character a line, with or without a last newline", () => {
    expect(parseDict("a\r\nb\n")).toEqual(["a", "b"]);
    expect(parseDict("a\nb")).toEqual(["a", "b"]);
  });
});

describe("the PP-OCRv4 recogniser from node_modules", () => {
  let rec: PaddleRec;
  beforeAll(async () => {
    rec = await PaddleRec.load();
  }, 120_000);
  afterAll(() => rec?.end());

  it("loads offline and reads no text on a blank crop", async () => {
    const blank: Gray = { width: 60, height: 30, data: new Uint8Array(60 * 30).fill(255), dpi: 300 };
    const r = await rec.read(blank);
    expect(r.text.text).toBe("");
    expect(r.figure.text).toBe("");
  });
});
