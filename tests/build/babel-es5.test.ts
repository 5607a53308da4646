// The build's Babel step (scripts/lib/babel-es5.js): a RegExp built from a string with ES2018 features
// — docx's `new RegExp("^\\p{L}[\\p{L}\\p{N}_]*$", "u")`, which threw in EdgeHTML as the export loaded
// (issue #17, defect 1) — becomes an ES5 pattern matching exactly the same strings.
import { transformSync } from "@babel/core";

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
