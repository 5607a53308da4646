// UI text and messages: one folder per language (zh-CN first, en-US second), one file per area,
// every key present in both (a test checks). Templates use {name} placeholders.
//
// Only the Chinese table is built in. The English one is registered by whoever needs it
// (./english.ts): statically by the command line, WPS, the demo and the tests; by the Office task
// pane only when Office's display language is not Chinese, as a chunk loaded on demand (when-lang.ts) —
// its ~20 KB would not fit the pane's 150 KB initial-script budget (issue 17) for a language most
// clerks never see.
import { ZH_CN } from "./zh-CN";

export type Lang = "zh-CN" | "en-US";
export type MessageTable = Record<string, string>;

const TABLES: Record<Lang, MessageTable> = { "zh-CN": ZH_CN, "en-US": {} };
const whole = new Set<Lang>(["zh-CN"]);

/** Whether a language's whole table is there (when-lang.ts fetches English when it is not). */
export const hasLanguage = (lang: Lang): boolean => whole.has(lang);

export function messages(lang: Lang): MessageTable {
  return TABLES[lang];
}

/**
 * Adds a table only one page needs (the demo's: src/memory-host/messages.ts), registered by that
 * page's own code, so the task pane's bundle — under its 150 KB budget — carries none of it.
 */
export function addMessages(tables: Partial<Record<Lang, MessageTable>>): void {
  for (const lang of Object.keys(tables) as Lang[]) Object.assign(TABLES[lang], tables[lang]);
}

/** A language's whole table (./english.ts), as against the few entries one page adds. */
export function addLanguage(lang: Lang, table: MessageTable): void {
  Object.assign(TABLES[lang], table);
  whole.add(lang);
}


/** Fills a template's {name} placeholders; an unknown id shows as itself so nothing is lost silently. */
export function t(lang: Lang, id: string, params: Record<string, string | number> = {}): string {
  const template = TABLES[lang][id] ?? TABLES["zh-CN"][id] ?? id;
  return template.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
}

/** Office's display language (e.g. "zh-CN", "zh-TW", "en-US") to one of ours: any Chinese → zh-CN. */
export function langFor(displayLanguage: string | undefined): Lang {
  return displayLanguage && /^zh/i.test(displayLanguage) ? "zh-CN" : "en-US";
}
