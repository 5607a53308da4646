// A deliberately small XML parser for add-in manifests: elements, attributes, text, comments,
// CDATA and the five predefined entities. It rejects DOCTYPE (manifests never need one, and it
// closes the door on entity tricks) and reports the line and column of the first error, which
// is what a person fixing a hand-edited manifest needs. No dependency, so the validator stays pure.

export interface XmlElement {
  /** Qualified name as written, e.g. "bt:String". */
  name: string;
  /** Name without its prefix, e.g. "String". */
  localName: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  /** Concatenated character data directly inside this element. */
  text: string;
  line: number;
}

export class XmlSyntaxError extends Error {
  constructor(
    readonly reason: string,
    readonly line: number,
    readonly column: number
  ) {
    super(`${reason} (line ${line}, column ${column})`);
    this.name = "XmlSyntaxError";
  }
}

const NAME = /[A-Za-z_][\w.:-]*/y;
const ENTITIES: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

export function parseXml(source: string): XmlElement {
  return new Parser(source.replace(/^\uFEFF/, "")).document();
}

class Parser {
  private pos = 0;
  constructor(private readonly src: string) {}

  document(): XmlElement {
    this.skipMisc();
    if (this.src.startsWith("<!DOCTYPE", this.pos)) this.fail("DOCTYPE is not allowed");
    if (this.src[this.pos] !== "<") this.fail("expected the root element");
    const root = this.element();
    this.skipMisc();
    if (this.pos < this.src.length) this.fail("content after the root element");
    return root;
  }

  /** Whitespace, comments and processing instructions (including the XML declaration). */
  private skipMisc(): void {
    for (;;) {
      while (/\s/.test(this.src[this.pos] ?? "")) this.pos++;
      if (this.src.startsWith("<!--", this.pos)) this.skipPast("-->", "unterminated comment");
      else if (this.src.startsWith("<?", this.pos)) this.skipPast("?>", "unterminated declaration");
      else return;
    }
  }

  private skipPast(end: string, reason: string): string {
    const at = this.src.indexOf(end, this.pos);
    if (at < 0) this.fail(reason);
    const body = this.src.slice(this.pos, at);
    this.pos = at + end.length;
    return body;
  }

  private element(): XmlElement {
    const line = this.lineAt(this.pos);
    this.pos++; // "<"
    const name = this.name("element name");
    const attrs = this.attributes();
    const el: XmlElement = { name, localName: localName(name), attrs, children: [], text: "", line };
    if (this.src.startsWith("/>", this.pos)) {
      this.pos += 2;
      return el;
    }
    this.expect(">");
    this.content(el);
    return el;
  }

  private attributes(): Record<string, string> {
    const attrs: Record<string, string> = {};
    for (;;) {
      const hadSpace = this.skipSpace();
      const c = this.src[this.pos];
      if (c === ">" || c === "/" || c === undefined) return attrs;
      if (!hadSpace) this.fail("expected whitespace before an attribute");
      const name = this.name("attribute name");
      if (name in attrs) this.fail(`duplicate attribute "${name}"`);
      this.skipSpace();
      this.expect("=");
      this.skipSpace();
      const quote = this.src[this.pos];
      if (quote !== '"' && quote !== "'") this.fail("attribute value must be quoted");
      this.pos++;
      const end = this.src.indexOf(quote, this.pos);
      if (end < 0) this.fail("unterminated attribute value");
      const raw = this.src.slice(this.pos, end);
      if (raw.includes("<")) this.fail('"<" is not allowed in an attribute value');
      attrs[name] = this.decode(raw, this.pos);
      this.pos = end + 1;
    }
  }

  private content(el: XmlElement): void {
    for (;;) {
      const lt = this.src.indexOf("<", this.pos);
      if (lt < 0) this.fail(`element <${el.name}> is not closed`);
      el.text += this.decode(this.src.slice(this.pos, lt), this.pos);
      this.pos = lt;
      if (this.src.startsWith("</", this.pos)) {
        this.pos += 2;
        const name = this.name("closing tag name");
        if (name !== el.name) this.fail(`closing tag </${name}> does not match <${el.name}>`);
        this.skipSpace();
        this.expect(">");
        return;
      }
      if (this.src.startsWith("<!--", this.pos)) this.skipPast("-->", "unterminated comment");
      else if (this.src.startsWith("<![CDATA[", this.pos)) {
        this.pos += 9;
        el.text += this.skipPast("]]>", "unterminated CDATA section");
      } else if (this.src.startsWith("<?", this.pos)) this.skipPast("?>", "unterminated declaration");
      else el.children.push(this.element());
    }
  }

  private decode(raw: string, offset: number): string {
    return raw.replace(/&([^;&\s]*);?/g, (match, ref: string, at: number) => {
      if (!match.endsWith(";")) this.failAt(offset + at, `unescaped "&"`);
      if (ref in ENTITIES) return ENTITIES[ref];
      const num = /^#(x[0-9a-fA-F]+|[0-9]+)$/.exec(ref);
      if (num) {
        const code = num[1].startsWith("x") ? parseInt(num[1].slice(1), 16) : parseInt(num[1], 10);
        if (code > 0 && code <= 0x10ffff) return String.fromCodePoint(code);
      }
      return this.failAt(offset + at, `unknown entity "&${ref};"`);
    });
  }

  private name(what: string): string {
    NAME.lastIndex = this.pos;
    const m = NAME.exec(this.src);
    if (!m) this.fail(`expected ${what}`);
    this.pos += m[0].length;
    return m[0];
  }

  private skipSpace(): boolean {
    const start = this.pos;
    while (/\s/.test(this.src[this.pos] ?? "")) this.pos++;
    return this.pos > start;
  }

  private expect(s: string): void {
    if (!this.src.startsWith(s, this.pos)) this.fail(`expected "${s}"`);
    this.pos += s.length;
  }

  private lineAt(offset: number): number {
    let line = 1;
    for (let i = 0; i < offset; i++) if (this.src.charCodeAt(i) === 10) line++;
    return line;
  }

  private fail(reason: string): never {
    return this.failAt(this.pos, reason);
  }

  private failAt(offset: number, reason: string): never {
    const line = this.lineAt(offset);
    const column = offset - this.src.lastIndexOf("\n", offset - 1);
    throw new XmlSyntaxError(reason, line, column);
  }
}

function localName(name: string): string {
  const colon = name.indexOf(":");
  return colon < 0 ? name : name.slice(colon + 1);
}

/** Every element below `el`, depth first, in document order. */
export function descendants(el: XmlElement): XmlElement[] {
  const out: XmlElement[] = [];
  const walk = (e: XmlElement): void => {
    for (const c of e.children) {
      out.push(c);
      walk(c);
    }
  };
  walk(el);
  return out;
}
