// PaddleOCR as the third reader of a figure (src/ocr/paddle-vote.ts): taken only when it is sure of
// every character and a Tesseract model reads the same figure. Readings from the scan set's crops
// (bench/ocr-engines.ts printed them).
import type { OcrWord } from "../../src/ocr/engine";
import { MIN_PADDLE_CONF, paddleAgreed } from "../../src/ocr/paddle-vote";

const word = (text: string, conf: number): OcrWord => ({ text, conf, left: 0, top: 0, width: 10, height: 10, line: "1.1.1" });
const rec = (text: string, minConf: number) => ({ text, conf: minConf, minConf });

describe("PaddleOCR in the figure vote (paddleAgreed)", () => {
  it("takes a figure PaddleOCR and one Tesseract model read alike", () => {
    // huaian-city-2024: "447" read "47" by the Latin model, "447" by the Chinese one and PaddleOCR.
    expect(paddleAgreed(rec("447", 85), word("47", 55), ["447", "447"]).value).toBe("447");
    // A lone "4" the Chinese model read as "要": PaddleOCR and the Latin model (73) agree.
    expect(paddleAgreed(rec("4", 92), word("4", 73), ["要", "卫"])).toEqual({ value: "4", confidence: 73 });
    // "61" the Latin model missed entirely.
    expect(paddleAgreed(rec("61", 96), null, ["61", ""]).value).toBe("61");
  });

  it("leaves the cell unread when PaddleOCR is unsure, reads no figure, or no Tesseract model agrees", () => {
    expect(paddleAgreed(rec("0", MIN_PADDLE_CONF - 1), word("0", 96), ["0", "0"]).value).toBeNull();
    expect(paddleAgreed(rec("o", 99), word("0", 96), ["0", "0"]).value).toBeNull();
    expect(paddleAgreed(rec("12", 99), word("13", 90), ["13", ""]).value).toBeNull();
    // The Latin model agreeing without its own confidence (70) is no agreement.
    expect(paddleAgreed(rec("34", 96), word("34", 60), ["", ""]).value).toBeNull();
    expect(paddleAgreed(rec("", 0), null, ["", ""]).value).toBeNull();
  });
});
