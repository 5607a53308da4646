// PDFs made at test time for the bounds of issue 19: many pages of text, many pages sharing one
// content stream, and a small file whose page inflates to far more than any page. Nothing large is
// kept in the repository.
import { deflateSync } from "zlib";
import { minimalPdf, show } from "../import/pdf-fixture";

/** A page of 60 lines of text (as an appendix page). */
export function textPage(n = 60): string {
  return Array.from({ length: n }, (_, i) => show(`Line ${i} of the appendix, item ${i * 7} and ${i * 13}`, 40, 800 - i * 12, 10)).join("\n");
}

/** `count` pages of text. */
export function manyPages(count: number): Uint8Array {
  const page = textPage();
  return minimalPdf(Array.from({ length: count }, () => page));
}

/** A PDF of `count` pages that all draw the one content stream (so the file stays small). */
export function sharedStreamPdf(count: number): Uint8Array {
  const content = show("The same page again", 72, 700);
  const pageObj = `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents 4 0 R >>`;
  const kids = Array.from({ length: count }, () => "5 0 R").join(" ");
  const objects = [
    "",
    "<< /Type /Catalog /Pages 2 0 R >>",
    `<< /Type /Pages /Kids [${kids}] /Count ${count} >>`,
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    pageObj,
  ];
  return assemble(objects.map((o) => Buffer.from(o, "latin1")));
}

/** A one-page PDF whose content stream is `inflated` bytes of spaces after the text, deflated. */
export function inflateBomb(inflated: number): Uint8Array {
  const text = Buffer.from(`${show("A page that inflates far", 72, 700)}\n`, "latin1");
  const body = Buffer.alloc(inflated, 0x20);
  text.copy(body);
  const packed = deflateSync(body, { level: 9 });
  const objects = [
    Buffer.alloc(0),
    Buffer.from("<< /Type /Catalog /Pages 2 0 R >>"),
    Buffer.from("<< /Type /Pages /Kids [5 0 R] /Count 1 >>"),
    Buffer.from("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"),
    Buffer.concat([Buffer.from(`<< /Length ${packed.length} /Filter /FlateDecode >>\nstream\n`), packed, Buffer.from("\nendstream")]),
    Buffer.from("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents 4 0 R >>"),
  ];
  return assemble(objects);
}

function assemble(objects: Buffer[]): Uint8Array {
  const parts: Buffer[] = [Buffer.from("%PDF-1.4\n")];
  let length = parts[0].length;
  const offsets: number[] = [];
  for (let id = 1; id < objects.length; id++) {
    offsets[id] = length;
    const obj = Buffer.concat([Buffer.from(`${id} 0 obj\n`), objects[id], Buffer.from("\nendobj\n")]);
    parts.push(obj);
    length += obj.length;
  }
  let tail = `xref\n0 ${objects.length}\n0000000000 65535 f \n`;
  for (let id = 1; id < objects.length; id++) tail += `${String(offsets[id]).padStart(10, "0")} 00000 n \n`;
  tail += `trailer\n<< /Size ${objects.length} /Root 1 0 R >>\nstartxref\n${length}\n%%EOF\n`;
  parts.push(Buffer.from(tail));
  return new Uint8Array(Buffer.concat(parts));
}
