// `check --json` streamed file by file gives the very text prettyJson gives for the whole object.
import { JsonFilesStream } from "../../src/cli/batch-json";
import type { FileJson } from "../../src/cli/batch-check";
import { prettyJson } from "../../src/cli/json-text";

function streamed(files: FileJson[], rest: Record<string, unknown>): string {
  let out = "";
  const s = new JsonFilesStream((text) => (out += `${text}\n`));
  for (const f of files) s.add(f);
  s.end(rest);
  return out;
}

const file = (name: string, n: number): FileJson => ({
  file: name,
  status: n ? "errors" : "ok",
  year: 2024,
  agency: "某局",
  counts: { errors: n, warnings: 0, info: 0, explained: 0 } as FileJson["counts"],
  findings: Array.from({ length: n }, (_, i) => ({ rule: "R1", code: "R1.balance", severity: "error", cells: [{ key: `t3.new.c${i}` }], left: i, right: i + 1, message: "不平" })),
});

describe("JsonFilesStream", () => {
  it.each([
    ["no file", [] as FileJson[], { summary: { files: 0 } }],
    ["one file", [file("a.txt", 0)], { summary: { files: 1 } }],
    ["three files, skipped ones and an undefined member", [file("a.txt", 2), file("b.txt", 0), file("c.txt", 1)], { summary: { files: 3 }, skipped: [{ file: "x", message: "y" }], none: undefined }],
  ])("%s", (_, files, rest) => {
    expect(streamed(files, rest)).toBe(`${prettyJson({ files, ...rest })}\n`);
  });
});
