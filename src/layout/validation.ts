// Data validation for input cells, by the statutory kind of value, with the prompt and error in Chinese.
import type { ValueKind } from "../format";
import { t } from "../i18n";
import type { Lang } from "../i18n";
import { rangeA1 } from "./a1";
import type { RangePos } from "./a1";
import type { ValidationPlan } from "./types";

/** "Any whole number" for 2019's 本年增/减: the smallest bound Excel's whole-number rule accepts. */
export const WHOLE_ANY_MIN = -2147483648;

export function validationFor(kind: ValueKind, range: RangePos, lang: Lang = "zh-CN"): ValidationPlan {
  const m = (part: string) => t(lang, `layout.validation.${kind}.${part}`);
  return {
    range: rangeA1(range),
    type: kind === "amount" ? "decimal" : "whole",
    min: kind === "delta" ? WHOLE_ANY_MIN : 0,
    promptTitle: m("title"),
    prompt: m("prompt"),
    errorTitle: m("errorTitle"),
    error: m("error"),
  };
}
