// The placeholder pane's own strings (zh-CN first, en-US second). They move into src/i18n when
// the real pane replaces this one.
export const PANE_MESSAGES = {
  "zh-CN": { notReady: "此功能尚未完成" },
  "en-US": { notReady: "This feature is not finished yet" },
} as const;
