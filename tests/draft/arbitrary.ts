// Random 2021 reports whose tables balance, with many zeros (so the drafts' zero cases come up):
// whole tables empty, single result rows empty, no reviews or no suits.
import fc from "fast-check";
import { fromJson } from "../../src/model/report";
import type { ReportData, ReportJson } from "../../src/model/report";

const RESULT_ROWS = 21;
const APPLICANTS = 6;

const count = (max: number) => fc.oneof(fc.constant(0), fc.constant(0), fc.nat(max));
const row = (n: number, max: number) => fc.array(count(max), { minLength: n, maxLength: n });

export const zeroHeavyReport = (): fc.Arbitrary<ReportData> =>
  fc
    .record({
      empty: fc.boolean(),
      results: fc.array(row(APPLICANTS, 30), { minLength: RESULT_ROWS, maxLength: RESULT_ROWS }),
      carriedOut: row(APPLICANTS, 10),
      carriedInShare: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: APPLICANTS, maxLength: APPLICANTS }),
      t4: fc.array(row(4, 10), { minLength: 3, maxLength: 3 }),
      t2: fc.tuple(row(3, 9), row(3, 9), row(1, 900), row(1, 90), row(1, 9), fc.oneof(fc.constant(0), fc.double({ min: 0, max: 99, noNaN: true }))),
      year: fc.constantFrom(2024, null),
    })
    .map(({ empty, results, carriedOut, carriedInShare, t4, t2, year }) => {
      const zero = (rows: number[][]) => rows.map((r) => r.map(() => 0));
      const res = empty ? zero(results) : results;
      const out = empty ? carriedOut.map(() => 0) : carriedOut;
      const withTotal = (r: number[]) => [...r, r.reduce((a, b) => a + b, 0)];
      const total = Array.from({ length: APPLICANTS }, (_, c) => res.reduce((s, r) => s + r[c], 0));
      const handled = total.map((x, c) => x + out[c]);
      const carriedIn = handled.map((h, c) => Math.floor(h * carriedInShare[c]));
      const fresh = handled.map((h, c) => h - carriedIn[c]);
      const json: ReportJson = {
        format: "2021",
        year,
        agency: "测试机关",
        t2: [t2[0], t2[1], t2[2], t2[3], t2[4], [Math.round(t2[5] * 100) / 100]],
        t3: [fresh, carriedIn, ...res, total, out].map(withTotal),
        t4: t4.flatMap(withTotal),
        narrative: {},
      };
      return fromJson(json);
    });
