import { textLines } from "../../src/import/lines";
import type { Line } from "../../src/import/lines";
import { inert, restoreInertLine, restoreInertText } from "../../src/model/inert-text";

/** A line's fields as plain data (a line of running text works its `text` out when read). */
const plain = (l: Line) => ({ text: l.text, raw: l.raw, cells: l.cells, n: l.n });

describe("textLines", () => {
  test("a line of text reads as its NFKC form, trimmed, and keeps its raw text and number", () => {
    const [line] = textLines("  收到申请６２件，全部办结。  ");
    expect(plain(line)).toEqual({ text: "收到申请62件,全部办结。", raw: "  收到申请６２件，全部办结。  ", cells: undefined, n: 1 });
  });

  test("breaks at \\r\\n, \\r and \\n alike, numbering every line and dropping page furniture", () => {
    const lines = textLines("一、总体情况\r\n正文。\r第二行\n\n- 3 -\n末行\r").map(plain);
    expect(lines.map((l) => [l.raw, l.n])).toEqual([
      ["一、总体情况", 1],
      ["正文。", 2],
      ["第二行", 3],
      ["", undefined],
      ["末行", 6],
      ["", undefined],
    ]);
  });

  test("restoring inert marks line by line reads as restoring them in the whole text first", () => {
    const row = ["（一）予以公开", inert("=1+1"), "25", inert("'+5")].join("\t");
    const texts = [
      `标题\n${row}\n正文。`,
      `标题\r\n${row}\r\n${inert("=HYPERLINK(1)")}\r\nIt's done.\r\n`,
      `${inert("@x")}\t${inert("-y")}\r${row}\r\r\n'\n`,
      "没有任何标记。\n",
    ];
    for (const text of texts) {
      expect(textLines(text, restoreInertLine).map(plain)).toEqual(textLines(restoreInertText(text)).map(plain));
    }
    const restored = textLines(`标题\n${row}`, restoreInertLine)[1];
    expect(restored.cells).toEqual(["（一）予以公开", "=1+1", "25", "'+5"]);
  });
});
