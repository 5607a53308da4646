// The task pane runs in Office's WebView: EdgeHTML for Office 2019 on Windows, and the system
// Safari on older Macs. Neither can parse regular-expression lookbehind or named groups, and a
// single such literal makes the whole bundle fail to load — so none may appear in src/.
import { readdirSync, readFileSync, statSync } from "fs";
import { join } from "path";

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? sources(p) : /\.ts$/.test(name) ? [p] : [];
  });
}

describe("source code the WebViews can parse", () => {
  it("uses no regex lookbehind, named capture groups or property escapes", () => {
    const offending = sources(join(__dirname, "..", "..", "src")).flatMap((file) =>
      readFileSync(file, "utf8")
        .split("\n")
        .map((line, i) => ({ file, line: i + 1, text: line }))
        .filter((l) => !/^\s*(\/\/|\*|\/\*)/.test(l.text))
        .filter((l) => /\(\?<[=!]|\(\?<[A-Za-z]|\\[pP]\{/.test(l.text)),
    );
    expect(offending).toEqual([]);
  });
});

describe("entry points", () => {
  it.each(["src/taskpane/taskpane.ts", "src/commands/commands.ts"])("%s loads the WebView polyfills before anything else", (entry) => {
    const firstImport = readFileSync(join(__dirname, "..", "..", entry), "utf8")
      .split("\n")
      .find((l) => l.startsWith("import "));
    expect(firstImport).toMatch(/^import "\.\.\/webview\/polyfills";/);
  });
});
