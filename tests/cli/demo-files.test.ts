// `xxgk demo-files DIR`: the sample report and a blank template, so the README's quick starts run.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { SAMPLE_REPORT_NAME, SAMPLE_REPORT_TEXT } from "../../src/demo/sample-report";
import { xxgk } from "../support/cli";

const FIXTURE = join(__dirname, "..", "fixtures", "reports", "sample-2024-panyu-hrss.txt");

it("ships the sample report exactly as the test fixture holds it", () => {
  expect(SAMPLE_REPORT_TEXT).toBe(readFileSync(FIXTURE, "utf8"));
});

it("writes the sample report and a blank template into a new folder; the sample checks clean", async () => {
  const dir = join(mkdtempSync(join(tmpdir(), "xxgk-demo-")), "示例");
  const r = await xxgk(["demo-files", dir]);
  expect(r.code).toBe(0);
  expect(readFileSync(join(dir, SAMPLE_REPORT_NAME), "utf8")).toBe(SAMPLE_REPORT_TEXT);
  expect((await xxgk(["check", join(dir, SAMPLE_REPORT_NAME)])).code).toBe(0);
  const blank = await xxgk(["check", join(dir, "blank-template.xlsx"), "--json"]);
  expect(JSON.parse(blank.out).files[0].status).toBe("errors"); // a template not yet filled in
  expect(blank.out).toContain("R5.tableEmpty");
});

it("keeps files already there unless --force", async () => {
  const dir = mkdtempSync(join(tmpdir(), "xxgk-demo-"));
  writeFileSync(join(dir, SAMPLE_REPORT_NAME), "my own notes");
  const r = await xxgk(["demo-files", dir]);
  expect(r.code).toBe(2);
  expect(r.err).toContain("已存在");
  expect(readFileSync(join(dir, SAMPLE_REPORT_NAME), "utf8")).toBe("my own notes");
  expect(existsSync(join(dir, "blank-template.xlsx"))).toBe(false);
  expect((await xxgk(["demo-files", dir, "--force"])).code).toBe(0);
  expect(readFileSync(join(dir, SAMPLE_REPORT_NAME), "utf8")).toBe(SAMPLE_REPORT_TEXT);
});

it("asks for the folder when none is given", async () => {
  expect(await xxgk(["demo-files"])).toMatchObject({ code: 2, err: expect.stringContaining("文件夹") });
});
