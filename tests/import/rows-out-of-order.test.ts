// Table rows out of order in PDF-converter text: converters emit a table's lines in another order
// than printed, split labels around their figures, print several labels before their figure lines
// and lose labels. Each figure is placed by the label it was printed under, or left unread: never
// assigned to a row whose label it was not printed under.
import { importReport } from "../../src/import";
import { getFormat, t3Keys } from "../../src/format";
import { fixtureText } from "./fixtures";
import { seededRandom } from "../support/random";

const F = getFormat("2021");
const ROWS = F.t3.rows;
const KEYS = t3Keys(F);


/** Row i's figures: unique to the row (so a figure under another row shows), balanced (total = sum). */
const figures = (i: number) => [100 + i, i % 3, 0, 0, 0, 0, 100 + i + (i % 3)];

const HEAD = `某区测试局
2024 年政府信息公开工作年度报告

三、收到和处理政府信息公开申请情况

（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）
申请人情况
自然人 法人或其他组织 总计
商业企业 科研机构 社会公益组织 法律服务机构 其他
`;
const TAIL = `
四、政府信息公开行政复议、行政诉讼情况
行政复议 行政诉讼
0 0 0 0 0 0 0 0 0 0 0 0 0 0 0

五、存在的主要问题及改进情况
无。
`;

type Block = string[];
const SEEDS = 250;

/** One row as a converter may print it: label then figures; label split around its figures;
 *  figures before the label; label lost. */
function rowBlock(i: number, rand: () => number): Block {
  const label = ROWS[i].label;
  const figs = figures(i).join(" ");
  const r = rand();
  if (r < 0.45) return [`${label} ${figs}`];
  if (r < 0.7) {
    const cut = 1 + Math.floor(rand() * (label.length - 1));
    return [label.slice(0, cut), figs, label.slice(cut)];
  }
  if (r < 0.8) return [figs, label];
  if (r < 0.9) return [label, figs];
  return [figs];
}

function converterText(seed: number): string {
  const rand = seededRandom(seed);
  const blocks: Block[] = ROWS.map((_, i) => rowBlock(i, rand));
  // Lines moved: some blocks swapped with a neighbour or sent elsewhere; sometimes two rows'
  // labels printed together before their two lines of figures.
  for (let n = 0; n < 4; n++) {
    const a = Math.floor(rand() * blocks.length);
    const b = rand() < 0.6 ? Math.min(blocks.length - 1, a + 1) : Math.floor(rand() * blocks.length);
    [blocks[a], blocks[b]] = [blocks[b], blocks[a]];
  }
  if (rand() < 0.5) {
    const a = Math.floor(rand() * (blocks.length - 1));
    const [x, y] = [ROWS.indexOf(ROWS[a]), a + 1];
    blocks.splice(a, 2, [ROWS[x].label, ROWS[y].label, figures(x).join(" "), "-3-", figures(y).join(" ")]);
  }
  return `${HEAD}${blocks.map((b) => b.join("\n")).join("\n\n")}\n${TAIL}`;
}

describe("rows out of order in PDF-converter text", () => {
  test(`${SEEDS} shuffled converter texts: every figure read stands under its own row`, () => {
    let read = 0;
    for (let seed = 1; seed <= SEEDS; seed++) {
      const { report } = importReport(converterText(seed));
      KEYS.forEach((row, i) =>
        row.forEach((key, c) => {
          const cell = report.cells[key];
          if (cell.kind === "number") {
            read++;
            if (cell.value !== figures(i)[c]) throw new Error(`seed ${seed}: ${key} read ${cell.value}, printed ${figures(i)[c]}`);
          } else expect([seed, key, cell.kind]).toEqual([seed, key, "unread"]);
        }),
      );
    }
    // Rows are still read (about half of these heavily shuffled tables; every row of the real
    // reports): leaving everything unread would pass the check above trivially.
    expect(read / (SEEDS * KEYS.length * 7)).toBeGreaterThan(0.45);
  });

  describe("the fixture pdf-2024-rows-reordered.txt", () => {
    const { report, problems } = importReport(fixtureText("pdf-2024-rows-reordered.txt"));
    const row = (key: string) => F.t3.columns.map((c) => {
      const cell = report.cells[`t3.${key}.${c.key}`];
      return cell.kind === "number" ? cell.value : cell.kind;
    });
    const ids = (key: string) => problems.filter((p) => p.keys?.some((k) => k.startsWith(`t3.${key}.`))).map((p) => p.msg.id);

    test("a row moved below others is read by its label", () => {
      expect(row("withheld3")).toEqual([1, 0, 0, 0, 0, 0, 1]);
      expect(row("withheld4")).toEqual([3, 1, 0, 0, 0, 0, 4]);
    });

    test("a label split around its figures is read", () => {
      expect(row("unable1")).toEqual([9, 0, 0, 0, 0, 0, 9]);
    });

    test("lines of figures whose labels were lost are not placed by order", () => {
      // The line after 1.属于国家秘密 is 5.'s (2 … 2); the one after 4. is 2.'s (0 … 0).
      expect(row("withheld1")).toEqual([0, 0, 0, 0, 0, 0, 0]);
      expect(row("withheld2")).toEqual(Array(7).fill("unread"));
      expect(row("withheld5")).toEqual(Array(7).fill("unread"));
      expect(problems.filter((p) => p.msg.id === "import.row.unlabelled")).toHaveLength(2);
    });

    test("two labels printed before their two lines of figures: neither row is guessed", () => {
      expect(row("refused2")).toEqual(Array(7).fill("unread"));
      expect(row("refused3")).toEqual(Array(7).fill("unread"));
      expect(ids("refused2")).toEqual(["import.row.outOfOrder"]);
      expect(ids("refused3")).toEqual(["import.row.outOfOrder"]);
    });
  });
});
