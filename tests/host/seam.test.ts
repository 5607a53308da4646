// The host seam (src/host/types.ts) holds: nothing above it names an Office or WPS global or
// imports a host implementation (src/excel/, src/wps/), and the layers' arrows point one way
// (the rule registry above the features it collects; the self-test below the pane). Read with
// TypeScript's own scanner, so a name in a comment or a string is not taken for code.
import { readdirSync, readFileSync, statSync } from "fs";
import { dirname, join, relative, resolve } from "path";
import ts from "typescript";

const ROOT = join(__dirname, "..", "..");
const SRC = join(ROOT, "src");

/** Folders below the seam (host implementations) or beside it (CLI over ExcelJS, build-time code).
 *  memory-host is the third host; demo is its page's composition root (as wps/pane-main.ts is WPS's). */
const HOSTS = ["excel", "wps", "memory-host", "demo"];
const NOT_ABOVE = [...HOSTS, "cli", "xlsx", "manifest", "webview"];

/** The two webpack entries that webpack.config.js names: each is one import of the Office
 *  composition root below the seam (src/excel/pane-main.ts, src/excel/commands-main.ts). */
const ENTRY_SHIMS = new Set(["src/taskpane/taskpane.ts", "src/commands/commands.ts"]);

/** Known remaining import: the "needs ExcelApi N" sentence's version number (a constant). */
const KNOWN_IMPORTS = new Set(["src/taskpane/errors.ts -> src/excel/requirements.ts"]);

const GLOBALS = new Set(["Excel", "Office", "OfficeExtension", "OfficeRuntime", "Application", "wps", "Et", "WPS"]);
const HOLDERS = new Set(["window", "globalThis", "self"]);

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p) : /\.ts$/.test(n) && !n.endsWith(".d.ts") ? [p] : [];
  });
}

const rel = (p: string) => relative(ROOT, p).split("\\").join("/");
const above = files(SRC).filter((f) => !NOT_ABOVE.includes(rel(f).split("/")[1]));

/** Identifiers used as globals: not after a ".", or after window./globalThis./self. */
function globalsNamed(text: string): string[] {
  const scanner = ts.createScanner(ts.ScriptTarget.Latest, true, ts.LanguageVariant.Standard, text);
  const found: string[] = [];
  let prev: ts.SyntaxKind = ts.SyntaxKind.Unknown;
  let prevText = "";
  let prevPrevText = "";
  for (let k = scanner.scan(); k !== ts.SyntaxKind.EndOfFileToken; k = scanner.scan()) {
    const tok = scanner.getTokenText();
    if (k === ts.SyntaxKind.Identifier && GLOBALS.has(tok)) {
      const member = prev === ts.SyntaxKind.DotToken;
      if (!member || HOLDERS.has(prevPrevText)) found.push(tok);
    }
    prevPrevText = prevText;
    prevText = tok;
    prev = k;
  }
  return found;
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, "utf8");
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false);
  const out: string[] = [];
  const visit = (n: ts.Node) => {
    if ((ts.isImportDeclaration(n) || ts.isExportDeclaration(n)) && n.moduleSpecifier && ts.isStringLiteral(n.moduleSpecifier)) out.push(n.moduleSpecifier.text);
    if (ts.isCallExpression(n) && n.arguments.length === 1 && ts.isStringLiteral(n.arguments[0]) && (n.expression.kind === ts.SyntaxKind.ImportKeyword || (ts.isIdentifier(n.expression) && n.expression.text === "require")))
      out.push(n.arguments[0].text);
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return out.filter((s) => s.startsWith(".")).map((s) => {
    const p = resolve(dirname(file), s);
    for (const c of [`${p}.ts`, join(p, "index.ts"), p]) {
      try {
        if (statSync(c).isFile()) return rel(c);
      } catch {
        // not this candidate
      }
    }
    return rel(p);
  });
}

test("there is code above the seam to check (the scan is not empty)", () => {
  expect(above.map(rel)).toEqual(expect.arrayContaining(["src/taskpane/pane.ts", "src/commands/steps.ts", "src/selftest/steps.ts", "src/host/types.ts"]));
});

test("nothing above the seam names an Office or WPS global", () => {
  const named = above.flatMap((f) => globalsNamed(readFileSync(f, "utf8")).map((g) => `${rel(f)}: ${g}`));
  expect(named).toEqual([]);
});

test("the WPS host never names Et (its enums are type-only: a ReferenceError in WPS) nor a bare Application global", () => {
  const named = files(join(SRC, "wps")).flatMap((f) => globalsNamed(readFileSync(f, "utf8")).filter((g) => g !== "Application" || !rel(f).endsWith("main.ts")).map((g) => `${rel(f)}: ${g}`));
  expect(named).toEqual([]);
});

test("the scanner sees a global in code and ignores one in comments and strings", () => {
  expect(globalsNamed('// Excel.run\nconst s = "Office.context"; Excel.run(f); window.Application.X; a.wps;')).toEqual(["Excel", "Application"]);
});

test("nothing above the seam imports a host implementation, except the two webpack entry shims", () => {
  const bad = above.flatMap((f) =>
    importsOf(f)
      .filter((to) => HOSTS.includes(to.split("/")[1]))
      .map((to) => `${rel(f)} -> ${to}`)
      .filter((arrow) => !KNOWN_IMPORTS.has(arrow) && !ENTRY_SHIMS.has(arrow.split(" -> ")[0])),
  );
  expect(bad).toEqual([]);
  // A shim loads the webview polyfills first (tests/tooling/webview-support.test.ts), then the Office root.
  for (const shim of ENTRY_SHIMS) expect(importsOf(join(ROOT, shim)).every((to) => to.startsWith("src/excel/") || to === "src/webview/polyfills.ts")).toBe(true);
});

test("the layers point one way: rules below the features, the self-test below the pane, the seam below both", () => {
  const arrows = files(SRC).flatMap((f) => importsOf(f).map((to) => [rel(f), to] as const));
  const from = (dir: string, to: string[]) => arrows.filter(([a, b]) => a.startsWith(`src/${dir}/`) && to.some((t) => b.startsWith(`src/${t}/`) || b === `src/${t}.ts`)).map((x) => x.join(" -> "));
  // yoy/'s figures sit below the rules (a narrative rule reads them); its rule, like consolidate/'s, sits above.
  expect(from("rules", ["consolidate", "yoy/plausibility", "check", "taskpane"])).toEqual([]);
  expect(from("selftest", ["taskpane", "excel", "wps"])).toEqual([]);
  expect(from("host", ["taskpane", "commands", "selftest", "excel", "wps"])).toEqual([]);
  expect(from("excel", ["wps"])).toEqual([]);
  // The WPS host reuses a few host-neutral pieces that still live in src/excel/ (grids of a sheet
  // plan, text-cell quoting, the highlight regions, error classes, the watched sheets); never the
  // Office.js calls. These modules name no Office global but in types (Excel.RequestContext), checked below.
  const shared = new Set(["src/excel/write-cells.ts", "src/excel/text-cell.ts", "src/excel/highlight-read.ts", "src/excel/events.ts", "src/excel/explanations.ts", "src/excel/insert-text.ts", "src/excel/prior.ts"]);
  expect(from("wps", ["excel"]).filter((a) => !shared.has(a.split(" -> ")[1]))).toEqual([]);
  for (const f of shared) expect([f, globalsNamed(readFileSync(join(ROOT, f), "utf8")).filter((g) => g !== "Excel")]).toEqual([f, []]);
});
