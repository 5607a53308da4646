// The README is for people: short, and every shell command of its quick starts runs as written, in an
// empty folder, with `xxgk` being the CLI built from this checkout (compiled afresh into a temp folder:
// lib/ may be stale). A block preceded by `<!-- not run: why -->` is skipped (the reason stays in the README).
import { spawnSync } from "child_process";
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { dirname, join } from "path";

const ROOT = join(__dirname, "..", "..");
const README = readFileSync(join(ROOT, "README.md"), "utf8");

/** The ```sh blocks under each "## 快速上手…" heading, but those after a `<!-- not run: … -->` note. */
function quickStartBlocks(md: string): { section: string; commands: string }[] {
  const out: { section: string; commands: string }[] = [];
  for (const s of md.split(/^## /m).slice(1)) {
    const title = s.slice(0, s.indexOf("\n"));
    if (!title.startsWith("快速上手")) continue;
    let from = 0;
    for (const m of s.matchAll(/```sh\n([\s\S]*?)```/g)) {
      if (!s.slice(from, m.index).includes("<!-- not run:")) out.push({ section: title, commands: m[1] });
      from = m.index! + m[0].length;
    }
  }
  return out;
}

const tools = mkdtempSync(join(tmpdir(), "xxgk-readme-cli-"));

beforeAll(() => {
  // bin/xxgk.js requires ../lib/cli/main.js, and the CLI reads ../../package.json: the same layout here.
  const tsc = spawnSync(process.execPath, [require.resolve("typescript/bin/tsc"), "-p", join(ROOT, "tsconfig.cli.json"), "--outDir", join(tools, "lib")], { encoding: "utf8" });
  if (tsc.status !== 0) throw new Error(tsc.stdout + tsc.stderr);
  mkdirSync(join(tools, "bin"));
  copyFileSync(join(ROOT, "bin", "xxgk.js"), join(tools, "bin", "xxgk.js"));
  copyFileSync(join(ROOT, "package.json"), join(tools, "package.json"));
  // `xxgk` on PATH, as the single-file program is; node_modules found from the checkout.
  writeFileSync(join(tools, "bin", "xxgk"), `#!/bin/sh\nNODE_PATH=${JSON.stringify(join(ROOT, "node_modules"))} exec ${JSON.stringify(process.execPath)} ${JSON.stringify(join(tools, "bin", "xxgk.js"))} "$@"\n`);
  chmodSync(join(tools, "bin", "xxgk"), 0o755);
}, 120_000);

it("stays under 200 lines, and its links to docs/ resolve", () => {
  expect(README.split("\n").length).toBeLessThan(200);
  const links = [...README.matchAll(/\]\(((?:docs\/)[^)#]*)/g)].map((m) => m[1]);
  expect(links.length).toBeGreaterThan(3);
  for (const l of links) expect([l, existsSync(join(ROOT, l))]).toEqual([l, true]);
});

it("runs every quick-start command as written, each block in an empty folder", () => {
  const blocks = quickStartBlocks(README);
  expect(blocks.map((b) => b.section)).toContain("快速上手：xxgk 程序");
  for (const b of blocks) {
    const dir = mkdtempSync(join(tmpdir(), "xxgk-readme-"));
    const r = spawnSync("bash", ["-euo", "pipefail", "-c", b.commands], {
      cwd: dir,
      env: { ...process.env, PATH: `${join(tools, "bin")}:${dirname(process.execPath)}:/usr/bin:/bin` },
      encoding: "utf8",
      timeout: 120_000,
    });
    expect({ section: b.section, code: r.status, err: r.stderr }).toMatchObject({ section: b.section, code: 0 });
  }
}, 300_000);
