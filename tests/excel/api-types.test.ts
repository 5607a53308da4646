// Compile-time proof that the host's Office.js subset (src/excel/api.ts) is part of the real API, and
// that the fake implements that subset: if either drifts, this file stops compiling. (ts-jest runs with
// isolatedModules, i.e. without type checking: `npm run typecheck` is what enforces it.)
import type { XContext, XRange, XWorksheet } from "../../src/excel/api";
import { narrow } from "../../src/excel/api";
import { createFakeExcel } from "../fake-excel";

type Assert<T extends true> = T;
type Sub<A, B> = [A] extends [B] ? true : false;

export type RealContextHasSubset = Assert<Sub<Excel.RequestContext, XContext>>;
export type RealRangeHasSubset = Assert<Sub<Excel.Range, XRange>>;
export type RealSheetHasSubset = Assert<Sub<Excel.Worksheet, XWorksheet>>;

test("the fake's context is an XContext, and narrow() accepts a real context type", () => {
  const fake: XContext = createFakeExcel().context;
  expect(typeof fake.sync).toBe("function");
  expect(typeof narrow).toBe("function");
});
