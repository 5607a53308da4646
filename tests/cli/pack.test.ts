// xxgk runs from any folder (issue 12): the package npm would publish or install (`npm pack`) holds
// the built CLI, and its bin runs from a folder outside the checkout. No network here, so instead of
// `npm install -g` (which fetches the dependencies) the tarball is unpacked and given this checkout's
// node_modules; README documents `npm install -g .` for a machine with the registry or a mirror.
import { execFileSync } from "child_process";
import { mkdtempSync, readFileSync, rmSync, symlinkSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";

const repo = join(__dirname, "..", "..");
const { version } = JSON.parse(readFileSync(join(repo, "package.json"), "utf8")) as { version: string };

describe("the packed xxgk", () => {
  const work = mkdtempSync(join(tmpdir(), "xxgk-pack-"));
  afterAll(() => rmSync(work, { recursive: true, force: true }));
  let bin: string;
  let files: string[];

  beforeAll(() => {
    // `npm pack` runs the prepare script, which builds lib/ from src/.
    const out = execFileSync("npm", ["pack", "--pack-destination", work, "--json"], { cwd: repo, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], timeout: 300_000 });
    const [info] = JSON.parse(out.slice(out.indexOf("["))) as { filename: string; files: { path: string }[] }[];
    files = info.files.map((f) => f.path);
    execFileSync("tar", ["-xzf", join(work, info.filename), "-C", work]);
    symlinkSync(join(repo, "node_modules"), join(work, "package", "node_modules"), "dir");
    bin = join(work, "package", "bin", "xxgk.js");
  }, 300_000);

  it("holds the bin and the built CLI, not the sources or the tests", () => {
    expect(files).toEqual(expect.arrayContaining(["package.json", "bin/xxgk.js", "lib/cli/main.js", "lib/xlsx/light/read-light.js"]));
    expect(files.filter((f) => /^(src|tests|bench)\//.test(f))).toEqual([]);
  });

  it("prints its version and checks a report from a folder outside the checkout", () => {
    const elsewhere = mkdtempSync(join(tmpdir(), "xxgk-cwd-"));
    expect(execFileSync("node", [bin, "--version"], { cwd: elsewhere, encoding: "utf8" })).toBe(`xxgk ${version}\n`);
    const sample = join(repo, "tests", "fixtures", "reports", "sample-2024-panyu-hrss.txt");
    const out = execFileSync("node", [bin, "check", sample, "--lang", "en"], { cwd: elsewhere, encoding: "utf8" });
    expect(out).toContain("passes, no problems found");
    rmSync(elsewhere, { recursive: true, force: true });
  });
});
