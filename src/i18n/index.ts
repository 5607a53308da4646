// UI text and messages: one folder per language (zh-CN first, en-US second), one file per area,
// every key present in both (a test checks). Templates use {name} placeholders.
import { ZH_CN } from "./zh-CN";
import { EN_US } from "./en-US";

export type Lang = "zh-CN" | "en-US";
export type MessageTable = Record<string, string>;

const TABLES: Record<Lang, MessageTable> = { "zh-CN": ZH_CN, "en-US": EN_US };

export function messages(lang: Lang): MessageTable {
  return TABLES[lang];
}

/**
 * Adds a table only one page needs (the demo's: src/memory-host/messages.ts), registered by that
 * page's own code, so the task pane's bundle — under its 150 KB budget — carries none of it.
 */
export function addMessages(tables: Record<Lang, MessageTable>): void {
  for (const lang of Object.keys(tables) as Lang[]) Object.assign(TABLES[lang], tables[lang]);
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
