// Just enough XML for the parts of an .xlsx a report needs: attributes, text, entities. The parts are
// machine-written (Excel, WPS, LibreOffice, ExcelJS), so a few regular expressions read them; an
// optional namespace prefix ("x:c") is allowed.

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

export function decodeXml(s: string): string {
  if (!s.includes("&")) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|\w+);/g, (m, e: string) => {
    if (e[0] === "#") {
      const code = e[1] === "x" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : m;
    }
    return ENTITIES[e] ?? m;
  });
}

/** The attributes of a start tag's inside (`r="A1" t="s"`), names without their prefix. */
export function attrs(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of tag.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    const name = m[1].includes(":") && !m[1].startsWith("xmlns") ? m[1].slice(m[1].indexOf(":") + 1) : m[1];
    out[name] = decodeXml(m[2] ?? m[3] ?? "");
  }
  return out;
}

/** Every element `name` (any prefix): its attributes and its inner XML ("" when self-closing). */
export function* elements(xml: string, name: string): Generator<{ attrs: Record<string, string>; inner: string }> {
  const re = new RegExp(`<(?:\\w+:)?${name}\\b([^>]*?)(?:/>|>([\\s\\S]*?)</(?:\\w+:)?${name}>)`, "g");
  for (const m of xml.matchAll(re)) yield { attrs: attrs(m[1]), inner: m[2] ?? "" };
}

/** The text of the <t> runs inside, without phonetic guides (<rPh>), as Excel shows it. */
export function runText(inner: string): string {
  const noPhonetic = inner.includes("rPh") ? inner.replace(/<(?:\w+:)?rPh\b[\s\S]*?<\/(?:\w+:)?rPh>/g, "") : inner;
  let out = "";
  for (const m of noPhonetic.matchAll(/<(?:\w+:)?t\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?t>)/g)) out += decodeXml(m[1] ?? "");
  return out;
}
