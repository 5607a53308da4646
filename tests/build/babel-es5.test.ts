// The build's Babel step (scripts/lib/babel-es5.js): a RegExp built from a string with ES2018 features
// — docx's `new RegExp("^\\p{L}[\\p{L}\\p{N}_]*$", "u")`, which threw in EdgeHTML as the export loaded
// (issue #17, defect 1) — becomes an ES5 pattern matching exactly the same strings.
import { transformSync } from "@babel/core";
import { readFileSync } from "fs";

// eslint-disable-next-line @typescript-eslint/no-require-imports -- the webpack config's CommonJS helper
const { babelOptions } = require("../../scripts/lib/babel-es5") as { babelOptions(o?: { pure?: boolean }): object };

function lowered(source: string): string {
  return transformSync(source, { ...babelOptions(), filename: "lib.mjs" })!.code!;
}

/** The RegExp the transformed `var re = new RegExp(...)` builds, from its literal arguments. */
function builtBy(code: string): RegExp {
  const m = /new RegExp\(("(?:[^"\\]|\\.)*"), ("[a-z]*")\)/.exec(code);
  expect(m).not.toBeNull();
  return new RegExp(JSON.parse(m![1]) as string, JSON.parse(m![2]) as string);
}

test("docx's \\p{L} identifier pattern loses the u flag and matches the same strings", () => {
  const code = lowered('var IDENTIFIER = new RegExp("^\\\\p{L}[\\\\p{L}\\\\p{N}_]*$", "u");');
  expect(code).not.toMatch(/\\p\{|"u"\)/);
  const es5 = builtBy(code);
  const original = /^\p{L}[\p{L}\p{N}_]*$/u;
  for (const s of ["abc", "年度报告", "a1_", "_a", "1a", "é9", "𠀀字", "a-b", "", "Ω", "x\u0660"]) expect([s, es5.test(s)]).toEqual([s, original.test(s)]);
});

test("the s flag becomes a class that also matches line breaks", () => {
  const es5 = builtBy(lowered('var re = new RegExp("^a.b$", "is");'));
  expect(es5.flags).toBe("i");
  expect(es5.test("A\nb")).toBe(true);
});

test("a RegExp built from a variable, or with ES5 flags only, is left alone", () => {
  expect(lowered('var re = new RegExp("^[a-z]+$", "gi");')).toContain('new RegExp("^[a-z]+$", "gi")');
  expect(lowered("var re = new RegExp(pattern, flags);")).toContain("new RegExp(pattern, flags)");
});

test("xmlchars' patterns, built from its own exported strings, lose the u flag and match the same strings", () => {
  // saxes (the .xlsx reader's XML parser) loads xmlchars, whose `new RegExp("^[" + exports.NAME_CHAR + "]$", "u")`
  // would throw in Trident (no u flag) and take the pane's 汇总 chunk down with it.
  for (const file of ["xml/1.0/ed5", "xml/1.1/ed2", "xmlns/1.0/ed3"]) {
    const path = require.resolve(`xmlchars/${file}`);
    const code = transformSync(readFileSync(path, "utf8"), { ...babelOptions(), filename: path })!.code!;
    expect([file, /new RegExp\([^;]*"[a-z]*u[a-z]*"\)/.test(code)]).toEqual([file, false]);
    const lowered: Record<string, unknown> = {};
    new Function("exports", "module", "require", code)(lowered, { exports: lowered }, require);
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- the module as published, for comparison
    const original = require(path) as Record<string, unknown>;
    const samples = ["a", "年度报告", "𠀀字", "x-1", ":a", "a:b", "1a", " \t", "\uFFFE", "", "·", "a\u0300"];
    for (const [name, re] of Object.entries(original)) {
      if (!(re instanceof RegExp)) continue;
      const es5 = lowered[name] as RegExp;
      expect([file, name, es5.flags.includes("u")]).toEqual([file, name, false]);
      for (const s of samples) expect([file, name, s, es5.test(s)]).toEqual([file, name, s, re.test(s)]);
    }
  }
});
