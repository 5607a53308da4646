// `--lang en`: every sentence the tool writes is English; the only Chinese left is the report's own
// words (its agency, quoted sentences, the statutory labels it prints). Messages are rendered late,
// from message ids, so nothing Chinese is frozen into a finding at import time.
import { readFileSync } from "fs";
import { join } from "path";
import { FORMAT_2019, FORMAT_2021 } from "../../src/format";
import type { FormatSpec } from "../../src/format";
import { labelKey } from "../../src/import/normalize";
import { xxgk } from "../support/cli";
import { REAL_NAMES, realReport, SHARED_RUNS } from "../support/real-reports";

const FIXTURES = join(__dirname, "..", "fixtures", "reports");

function formatWords(f: FormatSpec): string[] {
  return [
    ...f.sections.flatMap((s) => [s.title, ...(s.subheads ?? []).flatMap((h) => [h.label, ...h.topic])]),
    ...f.t2.flatMap((g) => [g.heading, g.contentLabel, ...g.columns.map((c) => c.label), ...g.rows.map((r) => r.label)]),
    ...f.t3.rows.flatMap((r) => [r.label, ...r.parents]),
    ...f.t3.columns.map((c) => c.label),
    ...f.t4.groups.flatMap((g) => [g.label, g.parent ?? ""]),
    ...f.t4.columns.map((c) => c.label),
    f.source,
    f.titleSuffix,
  ];
}

const STATUTE = labelKey([...formatWords(FORMAT_2021), ...formatWords(FORMAT_2019)].join("|"));
const CJK_RUN = /[\u3400-\u9fff\u3000-\u303f\uff00-\uffef“”‘’·]+/g;

/** Chinese runs in `out` that are neither the source's words nor the statute's labels (a message may
 *  join labels: 「一、本年新收…·总计」, so each run is taken apart at punctuation first). */
function foreignChinese(out: string, source: string): string[] {
  const allowed = labelKey(source) + STATUTE;
  const pieces = [...out.matchAll(CJK_RUN)].flatMap((m) => m[0].split(/[·；「」“”，、]/));
  return pieces.filter((p) => labelKey(p) !== "" && !allowed.includes(labelKey(p)));
}

const cases = [
  ...(SHARED_RUNS ? REAL_NAMES.map((n) => realReport(n)) : []),
  join(FIXTURES, "pdf-2024-row-faults.txt"),
  join(FIXTURES, "html-2023-spans.html"),
  join(FIXTURES, "text-without-tables.txt"),
];

describe.each(cases)("xxgk check %s --lang en", (file) => {
  const source = readFileSync(file, "utf8");

  it("holds no Chinese but the report's own words, in text and in JSON", async () => {
    const text = await xxgk(["check", file, "--lang", "en"], "en-US");
    const json = await xxgk(["check", file, "--json", "--lang", "en"], "en-US");
    expect(foreignChinese(text.out + text.err, source)).toEqual([]);
    const findings = JSON.parse(json.out).files[0].findings as { code: string; message: string }[];
    expect(findings.length).toBeGreaterThan(0);
    for (const f of findings) {
      expect(f.code).toMatch(/^[\w.]+$/);
      expect(foreignChinese(f.message, source)).toEqual([]);
    }
  });
});
