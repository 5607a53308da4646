// 同比 (year over year): key figures beside last year's, implausible jumps as information (R11),
// and — in src/rules/narrative/yoy-claims.ts — R8's check of the narrative's 同比 claims.
export { compareYears, comparedRows, percentChange } from "./compare";
export type { YoyRow } from "./compare";
export { yoyFigures } from "./figures";
export type { YoyFigure, YoyFigureId } from "./figures";
export { YOY_PLAUSIBILITY_RULE } from "./plausibility";
export { changeText } from "./change-text";
