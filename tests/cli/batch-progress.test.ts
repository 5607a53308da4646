// The progress line shows pages: while a scan or a picture is read by OCR, the line names the file
// and the page begun (drawn at once, as pages come seconds apart), until the file's verdict is out.
// Output to a pipe (no progress writer) is unchanged: no page lines anywhere.
import { writeFileSync } from "fs";
import { join } from "path";
import { progressLine, progressReporter } from "../../src/cli/batch-progress";
import { run } from "../../src/cli/main";
import { describeShared, REAL_REPORTS } from "../support/real-reports";
import { cached, scannedPages, toPng } from "../support/scan-images";

describe("the progress line with pages", () => {
  it("names the file (not its folder) and the page of how many", () => {
    expect(progressLine(2, 6, 20_000, "zh-CN", { file: join("县", "扫描", "a.pdf"), page: 3, pages: 6 })).toMatch(/2\/6 剩余约 0:40 · a\.pdf 文字识别 第 3\/6 页$/);
    expect(progressLine(0, 1, 0, "en-US", { file: "b.tif", page: 1, pages: 2 })).toMatch(/0\/1 about … left · b\.tif OCR page 1\/2$/);
  });

  it("a page begun is drawn at once, even within the redraw interval; the file's verdict ends it", () => {
    let now = 1000;
    const lines: string[] = [];
    const p = progressReporter((l) => lines.push(l), 3, "zh-CN", () => now, 100);
    p.step(0);
    now += 10;
    p.page(0, "scan.pdf", 1, 2);
    now += 10;
    p.page(0, "scan.pdf", 2, 2);
    expect(lines.slice(1)).toEqual([expect.stringMatching(/0\/3 剩余约 … · scan\.pdf 文字识别 第 1\/2 页$/), expect.stringMatching(/第 2\/2 页$/)]);
    // File 0's verdict is out: its pages are no longer named.
    now += 1000;
    p.step(1);
    expect(lines[lines.length - 1]).toMatch(/1\/3 剩余约 0:\d\d$/);
    // A page message of a file already done (late, from a worker) draws nothing.
    const before = lines.length;
    p.page(0, "scan.pdf", 2, 2);
    expect(lines).toHaveLength(before);
    // A later file's page is named with the count so far.
    p.page(2, "photo.jpg", 1, 1);
    expect(lines[lines.length - 1]).toMatch(/1\/3 剩余约 0:\d\d · photo\.jpg 文字识别 第 1\/1 页$/);
  });
});

describeShared("xxgk check draws the pages of a picture on a terminal", () => {
  let png: string;
  beforeAll(async () => {
    png = await cached("huaian-city-2024-s3-p3.png", async (path) => writeFileSync(path, toPng((await scannedPages(join(REAL_REPORTS, "huaian-city-2024.pdf"), [3], 3))[0])));
  }, 300_000);

  it("on a terminal: the page line; to a pipe: the same output as before, no page line", async () => {
    const drawn: string[] = [];
    let tty = "";
    const code = await run(["check", png], { out: (s) => (tty += s), err: (s) => (tty += s), lang: "zh-CN", progress: (l) => drawn.push(l) });
    expect(drawn.some((l) => l.endsWith("huaian-city-2024-s3-p3.png 文字识别 第 1/1 页"))).toBe(true);
    let piped = "";
    const pipedCode = await run(["check", png], { out: (s) => (piped += s), err: (s) => (piped += s), lang: "zh-CN" });
    expect([pipedCode, piped]).toEqual([code, tty]);
    expect(piped).not.toContain("文字识别 第");
  }, 300_000);
});
