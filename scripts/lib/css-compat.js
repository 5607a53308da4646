// The pane's stylesheet as every Office webview can use it (issue #17, defect 11). The source keeps
// Fluent's tokens as custom properties and spaces flex children with `gap`; the shipped file has:
//  - every var(--token) replaced by its :root value (Trident/IE11 has no custom properties and would
//    drop each declaration using one: no colours, no padding);
//  - every flex `gap` replaced by margins between the children (neither Trident nor EdgeHTML has flex
//    gap: the pane's spacing collapsed to nothing);
//  - no selector list that mixes `:focus-visible` with other selectors (a browser that does not know
//    the pseudo-class drops the whole rule: EdgeHTML lost the focus ring of .finding-main too).
// The stylesheet is flat (rules and one level of @media at most), so a small rule splitter suffices.
"use strict";

function splitRules(css) {
  const rules = [];
  const re = /([^{}]+)\{([^{}]*)\}/g;
  let m;
  while ((m = re.exec(css))) rules.push({ selector: m[1].trim(), body: m[2] });
  return rules;
}

function declarations(body) {
  return body
    .split(";")
    .map((d) => d.trim())
    .filter(Boolean)
    .map((d) => {
      const i = d.indexOf(":");
      return [d.slice(0, i).trim(), d.slice(i + 1).trim()];
    });
}

const childRule = (selectors, child, decl) => `${selectors.map((s) => `${s} > ${child}`).join(", ")} { ${decl} }`;

/** `gap` on a flex container → margins on its children (in-flow children only have margins that count). */
function gapToMargins(selectors, decls) {
  const gap = decls.find(([k]) => k === "gap");
  if (!gap) return { decls, extra: [] };
  const [rowGap, colGap = rowGap] = gap[1].split(/\s+/);
  const dir = (decls.find(([k]) => k === "flex-direction") || [])[1] || "row";
  const wraps = /wrap/.test((decls.find(([k]) => k === "flex-wrap") || [])[1] || "");
  const extra = [];
  if (dir.startsWith("column")) {
    if (rowGap !== "0") extra.push(childRule(selectors, "* + *", `margin-top: ${rowGap};`));
  } else if (wraps) {
    // Each child keeps its space to the right and below, so a wrapped line starts flush left.
    extra.push(childRule(selectors, "*", `${colGap !== "0" ? `margin-right: ${colGap}; ` : ""}${rowGap !== "0" ? `margin-bottom: ${rowGap};` : ""}`));
  } else if (colGap !== "0") {
    extra.push(childRule(selectors, "* + *", `margin-left: ${colGap};`));
  }
  return { decls: decls.filter(([k]) => k !== "gap"), extra };
}

/** The shipped stylesheet from the source one. */
function compatCss(source) {
  // @keyframes blocks nest one level: kept as written, after the rules.
  const keyframes = [];
  const css = source
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .replace(/@keyframes[^{]*\{(?:[^{}]*\{[^{}]*\})*\s*\}/g, (block) => {
      keyframes.push(block.trim());
      return "";
    });
  const tokens = new Map();
  for (const r of splitRules(css)) {
    if (r.selector !== ":root") continue;
    for (const [k, v] of declarations(r.body)) if (k.startsWith("--")) tokens.set(k, v);
  }
  const resolve = (v) =>
    v.replace(/var\((--[\w-]+)\)/g, (all, name) => {
      if (!tokens.has(name)) throw new Error(`taskpane.css: var(${name}) has no value in :root`);
      return tokens.get(name);
    });
  const out = [];
  for (const r of splitRules(css)) {
    if (r.selector === ":root") continue;
    const selectors = r.selector.split(",").map((s) => s.trim());
    const decls = declarations(r.body).map(([k, v]) => [k, resolve(v)]);
    const { decls: kept, extra } = gapToMargins(selectors, decls);
    const body = kept.map(([k, v]) => `${k}: ${v};`).join(" ");
    // A list with :focus-visible is split: one rule per selector, so only that one can be dropped.
    const groups = selectors.some((s) => s.includes(":focus-visible")) && selectors.length > 1 ? selectors.map((s) => [s]) : [selectors];
    for (const g of groups) out.push(`${g.join(", ")} { ${body} }`);
    out.push(...extra);
  }
  out.push(...keyframes);
  if (/var\(|(^|[\s;{])gap\s*:/.test(out.join("\n"))) throw new Error("taskpane.css: var() or gap left after the rewrite");
  return out.join("\n") + "\n";
}

module.exports = { compatCss };
