// The pane bundles drop the command line's own messages (scripts/lib/strip-cli-messages.js): no code
// the pane can reach — anything outside src/cli — may ask for a dropped id, or the clerk would see
// the bare id instead of a sentence.
import { readdirSync, readFileSync, statSync } from "fs";
import { join, relative } from "path";
import { messages } from "../../src/i18n";

// eslint-disable-next-line @typescript-eslint/no-require-imports -- the loader is a plain CommonJS build script
const loader = require("../../scripts/lib/strip-cli-messages.js") as ((source: string) => string) & { DROPPED: RegExp };

const SRC = join(__dirname, "..", "..", "src");

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p) : p.endsWith(".ts") ? [p] : [];
  });
}

test("no module outside src/cli names a message id the pane bundle drops", () => {
  const dropped = Object.keys(messages("zh-CN")).filter((id) => loader.DROPPED.test(`  "${id}": ""`));
  expect(dropped.length).toBeGreaterThan(100);
  const outside = files(SRC).filter((f) => !/[\\/]src[\\/](cli|i18n)[\\/]/.test(f));
  const uses: string[] = [];
  for (const f of outside) {
    const text = readFileSync(f, "utf8");
    for (const id of dropped) if (text.includes(`"${id}"`)) uses.push(`${relative(SRC, f)}: ${id}`);
    // An id built from parts (`cli.${x}`) cannot be checked one by one: none may be built at all.
    if (/[`"']cli\.\$\{|[`"']summary\.\$\{/.test(text)) uses.push(`${relative(SRC, f)}: a built cli./summary. id`);
  }
  expect(uses).toEqual([]);
});

test("the loader drops the command line's entries, wrapped ones included, and keeps the rest", () => {
  const source = ['export const X = {', '  "cli.usage.check": "xxgk check",', '  "cli.opt.force":', '    "replace",', '  "cli.read.notXlsx": "not a workbook",', '  "summary.title": "t",', '  "pane.ok": "好",', "};"].join("\n");
  expect(loader(source).split("\n")).toEqual(['export const X = {', '  "cli.read.notXlsx": "not a workbook",', '  "pane.ok": "好",', "};"]);
});
