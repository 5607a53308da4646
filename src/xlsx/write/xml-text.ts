// Text as XML character data or an attribute value: the five markup characters escaped, and the
// characters XML 1.0 cannot carry at all (C0 controls but tab, LF and CR; lone surrogates; U+FFFE/F)
// left out — a report's text may hold them, and one would make the whole workbook unreadable.
const MARKUP: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };

// A surrogate pair is matched whole and kept; a surrogate left alone is dropped. No lookbehind: the
// WebViews' engines (Trident) cannot parse one, and all of src/ is held to what they parse.
// eslint-disable-next-line no-control-regex -- these are exactly the characters XML 1.0 forbids
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF][\uDC00-\uDFFF]?|[\uDC00-\uDFFF]/g;

export function xmlText(text: string): string {
  return text.replace(NOT_XML, (m) => (m.length === 2 ? m : "")).replace(/[&<>"']/g, (c) => MARKUP[c]);
}
