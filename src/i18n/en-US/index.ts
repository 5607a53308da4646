import { RULES } from "./rules";

export const EN_US: Record<string, string> = { ...RULES };
