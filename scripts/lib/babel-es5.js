// Babel options for the ES5 build that Trident (IE11) parses: Office 2016/2019 volume-licensed hosts
// add-ins in Trident whatever the Windows version (docs/compatibility.md). One ES5 bundle serves every
// webview (see docs/compatibility.md "为何只有一个 ES5 构建").
"use strict";
const rewritePattern = require("regexpu-core");

// ES2015+/ES2018 RegExp features a pattern handed to the RegExp constructor may use. Babel's own regex
// transforms only see literals; docx builds `new RegExp("^\\p{L}[\\p{L}\\p{N}_]*$", "u")` when its
// module loads, which throws in EdgeHTML (no \p{…}) and in Trident (no `u` flag), and takes the whole
// export chunk down with it (issue #17, defect 1).
const REWRITE = { unicodeFlag: "transform", unicodePropertyEscapes: "transform", dotAllFlag: "transform", namedGroups: "transform", unicodeSetsFlag: "transform" };

/** `new RegExp("…", "…u")` / `RegExp("…", "s")` with constant strings → the same set of strings matched
 *  by an ES5 pattern (regexpu-core expands \p{…} and astral ranges into surrogate-pair alternatives). */
function regexpConstructorToEs5({ types: t }) {
  /** A constant string: a literal, a `+` of constant strings, or `exports.NAME` assigned one at the top
   *  of the module. xmlchars (under saxes, the .xlsx reader's XML parser) builds its `u` patterns as
   *  `new RegExp("^[" + exports.NAME_CHAR + "]$", "u")` when it loads; undefined for anything else. */
  const constant = (node, path, depth = 0) => {
    if (depth > 20) return undefined;
    if (t.isStringLiteral(node)) return node.value;
    if (t.isBinaryExpression(node, { operator: "+" })) {
      const left = constant(node.left, path, depth + 1);
      const right = left === undefined ? undefined : constant(node.right, path, depth + 1);
      return right === undefined ? undefined : left + right;
    }
    if (t.isMemberExpression(node) && !node.computed && t.isIdentifier(node.object, { name: "exports" }) && !path.scope.getBinding("exports")) {
      const name = node.property.name;
      let found;
      for (const st of path.scope.getProgramParent().path.node.body) {
        const e = t.isExpressionStatement(st) ? st.expression : null;
        if (e && t.isAssignmentExpression(e, { operator: "=" }) && t.isMemberExpression(e.left) && !e.left.computed &&
            t.isIdentifier(e.left.object, { name: "exports" }) && t.isIdentifier(e.left.property, { name })) {
          if (found !== undefined) return undefined; // assigned twice: not a constant
          found = e.right;
        }
      }
      return found === undefined ? undefined : constant(found, path, depth + 1);
    }
    return undefined;
  };
  const visit = (path) => {
    const { callee, arguments: args } = path.node;
    // getBinding, not hasBinding: hasBinding counts the global RegExp as a binding too.
    if (!t.isIdentifier(callee, { name: "RegExp" }) || path.scope.getBinding("RegExp")) return;
    if (args.length !== 2 || !t.isStringLiteral(args[1])) return;
    const source = constant(args[0], path);
    if (source === undefined) return;
    const flags = args[1].value;
    if (!/[us]/.test(flags) && !/\(\?<[^=!]/.test(source)) return;
    const pattern = rewritePattern(source, flags, REWRITE);
    path.node.arguments = [t.stringLiteral(pattern), t.stringLiteral(flags.replace(/[usv]/g, ""))];
  };
  return { name: "regexp-constructor-to-es5", visitor: { NewExpression: visit, CallExpression: visit } };
}

// core-js's IE 11 list includes fixes of spec corners IE 11 already does well enough for this code
// (Symbol.species and @@isConcatSpreadable on Array methods, sticky/named-group RegExp plumbing the
// code never reaches — Babel lowers regex literals —, Number("0b1"), well-formed JSON.stringify…).
// Each costs bytes Trident must parse before the first paint; leaving them out keeps the pane within
// its 150 KB gzip budget. Everything IE 11 truly lacks (Promise, Symbol, Map/Set iteration,
// Object.assign, Array.from/includes/find…) is still polyfilled.
const NOT_NEEDED_IN_IE11 = [
  "es.array.concat",
  "es.array.filter",
  "es.array.map",
  "es.array.slice",
  "es.array.splice",
  "es.array.push",
  "es.array.unshift",
  "es.array.index-of",
  "es.array.join",
  "es.array.reverse",
  "es.number.constructor",
  "es.number.to-fixed",
  "es.object.to-string",
  "es.function.name",
  "es.regexp.to-string",
  "es.regexp.exec",
  "es.regexp.constructor",
  "es.regexp.sticky",
  "es.regexp.flags",
  "es.regexp.dot-all",
  "es.string.replace",
  "es.string.split",
  "es.string.match",
  "es.string.search",
  "es.json.stringify",
  "es.parse-int",
  "es.parse-float",
  "es.date.to-string",
  "es.date.to-json",
  "es.error.cause",
  "es.error.to-string",
  "es.regexp.test",
  "es.object.keys",
  "es.string.bold",
  "es.json.parse",
  "web.btoa",
  /^web\.dom-exception\./,
  // Library additions newer than the TypeScript lib the code is checked against (ES2020): usage
  // detection adds them for every `.map(`/`.find(` or `new Set`, though nothing here can call them.
  /^es\.iterator\./,
  /^es\.set\..+\.v2$/,
  /^es\.(weak-)?map\.get-or-insert/,
  /^es\.uint8-array\./,
  /^es\.array-buffer\./,
  // IE 11 has Uint8Array with subarray/set; core-js would replace the constructor itself. Babel's
  // spread and for-of helpers copy typed arrays without their iterators.
  "es.typed-array.uint8-array",
  /^es\.typed-array\.(at|to-reversed|to-sorted|with|find-last|find-last-index|to-locale-string|to-string|copy-within|reduce-right|last-index-of|sort|reverse|set|subarray|every|some|reduce|filter|iterator)$/,
];

/**
 * preset-env for IE 11. `usage`: core-js polyfills only what the code (ours and the libraries') uses,
 * installed globally. `pure`: ponyfills that never touch globals (the browser suite's fake office.js,
 * which must not hide what the pane itself lacks).
 */
function babelOptions({ pure = false } = {}) {
  return {
    babelrc: false,
    configFile: false,
    sourceType: "unambiguous",
    presets: [
      [
        require.resolve("@babel/preset-env"),
        {
          targets: { ie: "11" },
          modules: false,
          bugfixes: true,
          ...(pure ? {} : { useBuiltIns: "usage", corejs: require("core-js/package.json").version, exclude: NOT_NEEDED_IN_IE11 }),
        },
      ],
    ],
    plugins: [
      regexpConstructorToEs5,
      // Helpers (regenerator, classes, spread…) imported once from @babel/runtime instead of copied into
      // every module: half the growth of the ES5 bundle otherwise.
      [require.resolve("@babel/plugin-transform-runtime"), { corejs: pure ? 3 : false, helpers: true, regenerator: true }],
    ],
  };
}

module.exports = { babelOptions, regexpConstructorToEs5 };
