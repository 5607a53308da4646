// The parts of an .xlsx through saxes, the streaming XML parser jsdom and ExcelJS are built on: a
// well-formedness check and entity decoding by the parser, events instead of a tree (a DOM of a sheet
// would cost more than the reading). Element and attribute names come without their namespace prefix
// ("x:c" → "c", "r:id" → "id"): Excel, WPS, LibreOffice and ExcelJS write the same parts with and without one.
import { SaxesParser } from "saxes";

export interface XmlEvents {
  open(name: string, attrs: Record<string, string>): void;
  close?(name: string): void;
  text?(text: string): void;
}

/** XML that is not well-formed: which part, and the parser's own (English, technical) reason. */
export class XmlPartError extends Error {
  /** The sheet's name, when the part is a worksheet (set by the reader that knows it). */
  sheet?: string;

  constructor(
    readonly part: string,
    reason: string,
  ) {
    super(`${part}: ${reason}`);
  }
}

const local = (name: string): string => {
  const at = name.indexOf(":");
  return at < 0 ? name : name.slice(at + 1);
};

function localAttrs(attrs: Record<string, string>): Record<string, string> {
  let prefixed = false;
  for (const k in attrs) if (k.includes(":")) prefixed = true;
  if (!prefixed) return attrs;
  const out: Record<string, string> = {};
  // xmlns:x declarations are no data; a prefixed attribute (r:id) is read by its local name.
  for (const k in attrs) if (!k.startsWith("xmlns")) out[local(k)] = attrs[k];
  return out;
}

/** Reads `xml` (part `part` of the zip) start to end, calling `on` for each element and text. */
export function parseXml(xml: string, part: string, on: XmlEvents): void {
  const parser = new SaxesParser({ xmlns: false, position: false });
  // Stop at the first fault (saxes would otherwise go on, guessing): a damaged part is refused whole.
  parser.on("error", (e) => {
    throw new XmlPartError(part, e.message);
  });
  parser.on("opentag", (tag) => on.open(local(tag.name), localAttrs(tag.attributes)));
  if (on.close) {
    const close = on.close.bind(on);
    parser.on("closetag", (tag) => close(local(tag.name)));
  }
  if (on.text) {
    const text = on.text.bind(on);
    parser.on("text", text);
    parser.on("cdata", text);
  }
  parser.write(xml).close();
}

/**
 * The text of the <t> runs of one string item (<si> or <is>) without its phonetic guides (<rPh>),
 * as Excel shows it: fed the events inside the item, it collects the text.
 */
export class RunText {
  private inT = 0;
  private inPhonetic = 0;
  text = "";

  reset(): void {
    this.inT = 0;
    this.inPhonetic = 0;
    this.text = "";
  }

  open(name: string): void {
    if (name === "rPh") this.inPhonetic++;
    else if (name === "t") this.inT++;
  }

  close(name: string): void {
    if (name === "rPh") this.inPhonetic--;
    else if (name === "t") this.inT--;
  }

  add(text: string): void {
    if (this.inT > 0 && this.inPhonetic === 0) this.text += text;
  }
}
