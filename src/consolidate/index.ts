// 汇总 (consolidation): many bodies' reports added into one, with a 明细 sheet of the parts that the
// report's tables are formulas over, and R12 to catch a table figure typed over its formula.
export { consolidate, sumCell, UNKNOWN_MARK } from "./sum";
export type { Consolidated, SumGap } from "./sum";
export { mergeParts, partOf, statusOf } from "./parts";
export { consolidatedPlan, partsSheet } from "./sheet";
export { partsFromValues } from "./read-parts";
export { partKeys } from "./keys";
export { tableFormulas } from "./table-formulas";
export type { TableFormula } from "./table-formulas";
export { CONSOLIDATED_SUM_RULE } from "./rule";
export { PARTS_NAME, PARTS_SHEET } from "./names";
