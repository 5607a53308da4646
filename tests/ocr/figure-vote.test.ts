// The second vote on an unsure figure cell, on the readings measured on the OCR test set (docs/ocr.md).
import { joinedReading, latinReading, votedFigure } from "../../src/ocr/figure-vote";
import type { FigureReading } from "../../src/ocr/figure-vote";

const r = (model: string, view: string, text: string, conf: number): FigureReading => ({ model, view, text, conf });

describe("votedFigure", () => {
  it("takes a figure two models read surely when one dissenting reading is far outnumbered (a \"4\" read \"1\" at 96 on one image)", () => {
    const readings = [
      r("latin", "zoom2", "1", 96),
      r("chinese", "zoom2", "了", 32),
      r("chinese", "page", "4", 90),
      r("latin", "native", "4", 97),
      r("chinese", "native", "4", 97),
      r("latin", "binary2", "4", 97),
      r("chinese", "binary2", "4", 95),
    ];
    expect(votedFigure(readings)).toEqual({ value: "4", confidence: 90 });
  });

  it("takes a grey \"0\" the Latin model read \"|\" on the 2× image but \"0\" on the others", () => {
    const readings = [r("latin", "zoom2", "|", 90), r("chinese", "zoom2", "0", 95), r("chinese", "page", "0", 88), r("latin", "binary2", "0", 94), r("chinese", "binary2", "0", 96)];
    expect(votedFigure(readings).value).toBe("0");
  });

  it("leaves unread a figure the readings dispute (\"454\" also read \"453\" and \"154\")", () => {
    const readings = [
      r("latin", "zoom2", "454", 69),
      r("chinese", "zoom2", "453", 86),
      r("chinese", "page", "454", 90),
      r("latin", "native", "154", 76),
      r("chinese", "native", "454", 83),
      r("latin", "binary2", "454", 89),
      r("chinese", "binary2", "454", 93),
    ];
    expect(votedFigure(readings).value).toBeNull();
  });

  it("never takes a figure one model alone reads on some images, or reads unsure", () => {
    // A "4" the Latin model reads "1" on every image, the Chinese model as no figure: not sure enough.
    const fourAsOne = [r("latin", "zoom2", "1", 77), r("chinese", "zoom2", "竹", 0), r("latin", "native", "1", 78), r("latin", "binary2", "1", 65), r("chinese", "page", "于", 60)];
    expect(votedFigure(fourAsOne).value).toBeNull();
    // Many sure readings, all of one model.
    expect(votedFigure([r("latin", "zoom2", "7", 83), r("latin", "native", "7", 88), r("chinese", "native", "加", 47)]).value).toBeNull();
    // Two models, but one of them unsure.
    expect(votedFigure([r("latin", "zoom2", "0", 63), r("chinese", "zoom2", "0", 92), r("chinese", "native", "0", 93)]).value).toBeNull();
  });

  it("takes the Latin model alone only when every one of at least three images reads the figure very surely and no reading says another", () => {
    const lone = [r("latin", "zoom2", "1", 93), r("chinese", "zoom2", "]", 75), r("latin", "native", "1", 97), r("latin", "binary2", "1", 95), r("chinese", "binary2", "1", 41), r("latin", "binary4", "1", 94)];
    expect(votedFigure(lone)).toEqual({ value: "1", confidence: 93 });
    expect(votedFigure(lone.slice(0, 3)).value).toBeNull();
    expect(votedFigure([...lone, r("chinese", "page", "4", 30)]).value).toBeNull();
    expect(votedFigure(lone.map((x) => (x.view === "native" ? { ...x, conf: 85 } : x))).value).toBeNull();
  });
});

describe("the readings of one image", () => {
  it("takes the unrestricted Latin reading when it is a figure, else the digits-only one", () => {
    expect(latinReading("v", [{ text: "0", conf: 80 }], [{ text: "|", conf: 90 }])).toEqual(r("latin", "v", "0", 80));
    expect(latinReading("v", [{ text: "10", conf: 80 }], [{ text: "16", conf: 90 }])).toEqual(r("latin", "v", "16", 90));
    expect(latinReading("v", [], [{ text: "|", conf: 90 }])).toEqual(r("latin", "v", "|", 90));
    expect(latinReading("v", [{ text: "1", conf: 80 }, { text: "2", conf: 80 }], [])).toBeNull();
  });
  it("joins a model's words into one reading at their lowest confidence", () => {
    expect(joinedReading("chinese", "page", [{ text: "4", conf: 90 }, { text: "47", conf: 60 }])).toEqual(r("chinese", "page", "447", 60));
    expect(joinedReading("chinese", "page", [])).toBeNull();
  });
});
