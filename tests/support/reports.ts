// Report data for tests: the sample report's printed figures, and balanced random tables.
import fc from "fast-check";
import { readFileSync } from "fs";
import { join } from "path";
import { FORMAT_2021, t3Keys, t4Keys } from "../../src/format";
import { fromJson } from "../../src/model/report";
import type { ReportData, ReportJson } from "../../src/model/report";

/** The figures (and narrative) printed in ../shared/reports/sample-2024-panyu-hrss.txt: the golden
 *  file of the import test, hand-checked against the text. The one copy of the sample's figures. */
export const SAMPLE_JSON = JSON.parse(
  readFileSync(join(__dirname, "..", "fixtures", "reports", "sample-2024-panyu-hrss.expected.json"), "utf8"),
) as ReportJson;

export const sampleReport = (): ReportData => fromJson(SAMPLE_JSON);

const T3_RESULT_ROWS = 21; // rows 3–23 of the 2021 table
const APPLICANTS = 6;

/** An arbitrary 2021 report whose tables 三 and 四 balance (R1–R4 hold by construction). */
export const balancedReport = (): fc.Arbitrary<ReportData> =>
  fc
    .record({
      results: fc.array(fc.array(fc.nat(50), { minLength: APPLICANTS, maxLength: APPLICANTS }), {
        minLength: T3_RESULT_ROWS,
        maxLength: T3_RESULT_ROWS,
      }),
      carriedOut: fc.array(fc.nat(20), { minLength: APPLICANTS, maxLength: APPLICANTS }),
      carriedInShare: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: APPLICANTS, maxLength: APPLICANTS }),
      t4: fc.array(fc.array(fc.nat(30), { minLength: 4, maxLength: 4 }), { minLength: 3, maxLength: 3 }),
    })
    .map(({ results, carriedOut, carriedInShare, t4 }) => {
      const withTotal = (row: number[]) => [...row, row.reduce((a, b) => a + b, 0)];
      const total = Array.from({ length: APPLICANTS }, (_, c) => results.reduce((s, r) => s + r[c], 0));
      const handled = total.map((x, c) => x + carriedOut[c]);
      const carriedIn = handled.map((h, c) => Math.floor(h * carriedInShare[c]));
      const fresh = handled.map((h, c) => h - carriedIn[c]);
      const json: ReportJson = {
        format: "2021",
        year: 2024,
        agency: "测试机关",
        t2: [[1, 0, 5], [2, 1, 9], [10], [3], [0], [0.5]],
        t3: [fresh, carriedIn, ...results, total, carriedOut].map(withTotal),
        t4: t4.flatMap(withTotal),
        narrative: {},
      };
      return fromJson(json);
    });

export const T3_KEYS_2021 = t3Keys(FORMAT_2021).flat();
export const T4_KEYS_2021 = t4Keys(FORMAT_2021);
