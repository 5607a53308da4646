import { parseXml, XmlSyntaxError } from "../../src/manifest/xml";

const syntaxError = (xml: string): XmlSyntaxError => {
  try {
    parseXml(xml);
  } catch (e) {
    if (e instanceof XmlSyntaxError) return e;
    throw e;
  }
  throw new Error("expected a syntax error");
};

describe("parseXml", () => {
  it("reads elements, prefixed names, attributes, entities, CDATA and comments", () => {
    const root = parseXml(
      '\uFEFF<?xml version="1.0"?>\n<!-- c --><a x="1 &amp; 2" y=\'&#x4E2D;\'><bt:b/>t&lt;<![CDATA[<raw>]]><!-- skip --></a>\n'
    );
    expect(root.name).toBe("a");
    expect(root.attrs).toEqual({ x: "1 & 2", y: "中" });
    expect(root.children.map((c) => [c.name, c.localName, c.line])).toEqual([["bt:b", "b", 2]]);
    expect(root.text).toBe("t<<raw>");
  });

  it.each([
    ["<a><b></a>", /closing tag <\/a> does not match <b>/],
    ["<a>", /element <a> is not closed/],
    ["<a x=1/>", /attribute value must be quoted/],
    ['<a x="1" x="2"/>', /duplicate attribute "x"/],
    ["<a>&nbsp;</a>", /unknown entity "&nbsp;"/],
    ["<a>fish & chips</a>", /unescaped "&"/],
    ["<a/><b/>", /content after the root element/],
    ['<!DOCTYPE a [<!ENTITY e "x">]><a/>', /DOCTYPE is not allowed/],
    ["<a><!-- open </a>", /unterminated comment/],
  ])("rejects %s", (xml, reason) => {
    expect(syntaxError(xml).message).toMatch(reason);
  });

  it("gives the line and column of the error", () => {
    const e = syntaxError("<a>\n  <b>\n  </c>\n</a>");
    expect([e.line, e.column]).toEqual([3, 6]);
  });
});
