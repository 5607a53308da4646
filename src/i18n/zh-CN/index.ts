import { RULES } from "./rules";

export const ZH_CN: Record<string, string> = { ...RULES };
