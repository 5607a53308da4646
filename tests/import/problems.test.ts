// What cannot be read as printed is reported by row, never guessed; the checker shows it as R10.
import { importReport, problemFindings } from "../../src/import";
import type { ImportProblem } from "../../src/import";
import { messages } from "../../src/i18n";
import { renderMessage } from "../../src/rules/render";
import { fixtureBytes } from "./fixtures";

const faults = importReport(fixtureBytes("pdf-2024-row-faults.txt"));
/** Problems are message refs; where they are is rendered with the message (here in Chinese). */
const text = (p: ImportProblem): string => renderMessage(p.msg, "2021", "zh-CN");
const about = (where: string): ImportProblem[] => faults.problems.filter((p) => text(p).startsWith(`${where}：`));

describe("rows whose figures do not fit their columns", () => {
  it("reports a row with a number missing, naming it, and leaves its cells unread", () => {
    const [p] = about("表三「4.保护第三方合法权益」");
    expect(p).toMatchObject({ severity: "error", msg: { id: "import.row.tooFew", params: { count: 6, expected: 7 } } });
    expect(text(p)).toMatch(
      /^表三「4\.保护第三方合法权益」：只读到 6 个数（2 0 0 0 0 2），这一行应有 7 个；无法判断缺的是哪一格，这一行未读入（原文第 \d+ 行）。$/,
    );
    // Unread, not blank: R5 does not call it empty, and the sums that need it are not evaluated.
    expect(faults.report.cells["t3.withheld4.natural"]).toEqual({ kind: "unread" });
  });

  it("reports a row with an extra number that no single join explains", () => {
    const [p] = about("表三「（二）部分公开（区分处理的，只计这一情形，不计其他情形）」");
    expect(p.msg).toMatchObject({ id: "import.row.tooMany", params: { count: 8, expected: 7 } });
    expect(p.severity).toBe("error");
  });

  it("says a number was probably split in two when joining two digits makes the row total agree", () => {
    const [p] = about("表三「（一）予以公开」");
    expect(p).toMatchObject({ severity: "warning", msg: { id: "import.row.maybeSplit", params: { a: "1", b: "2", joined: 12, column: 1 } } });
    expect(text(p)).toContain("可能是一个数被拆成了两个");
    // Read as 12 but kept as text, so R5 still shows the cell for checking.
    expect(faults.report.cells["t3.granted.natural"]).toEqual({ kind: "text", raw: "1 2", guess: 12, why: "spaces" });
    expect(faults.report.cells["t3.granted.total"]).toEqual({ kind: "number", value: 12 });
  });

  it("reports a row the PDF dropped because all its cells were blank", () => {
    expect(about("表三「2.重复申请」")[0]).toMatchObject({ severity: "error", msg: { id: "import.row.noValues" } });
    expect(faults.report.cells["t3.refused3.natural"]).toEqual({ kind: "number", value: 0 });
  });

  it("reads the rows that fit", () => {
    expect(faults.report.cells["t3.unable1.total"]).toEqual({ kind: "number", value: 10 });
  });
});

describe("a text without tables", () => {
  const result = importReport(fixtureBytes("text-without-tables.txt"));

  it("is readable but reports table 三 missing as an error", () => {
    const missing = result.problems.find((p) => p.table === "t3" && p.msg.id === "import.table.missing");
    expect(missing?.severity).toBe("error");
    expect(missing && text(missing)).toBe(
      "没有找到表三（三、收到和处理政府信息公开申请情况）：文中没有可以对应到该表各行的数字。",
    );
    expect(result.report.year).toBe(2024);
    expect(result.report.narrative["1"]).toBe("本镇2024年收到政府信息公开申请5件，均已按时答复。");
  });
});

describe("problemFindings", () => {
  it("turns problems into R10 findings that name the row's cells", () => {
    const findings = problemFindings(faults.problems, "faults.txt");
    const split = findings.find((f) => f.msg.id === "import.row.maybeSplit");
    expect(split).toMatchObject({ rule: "R10", severity: "warning", file: "faults.txt" });
    expect(split?.cells.map((c) => c.key)).toContain("t3.granted.natural");
    expect(findings.filter((f) => f.severity === "error")).toHaveLength(
      faults.problems.filter((p) => p.severity === "error").length,
    );
  });

  it("uses only messages present in both languages", () => {
    for (const p of [...faults.problems, ...importReport("").problems]) {
      expect(messages("zh-CN")[p.msg.id]).toBeDefined();
      expect(messages("en-US")[p.msg.id]).toBeDefined();
    }
  });
});
