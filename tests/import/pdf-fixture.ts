// Hand-made PDFs for the PDF import tests: one page per content stream, the standard Helvetica font
// and a non-embedded Chinese one, a cross-reference table with true offsets. Small enough to read in a test; nothing else in them.

/** A text-showing operator: `text` (ASCII) at x, y (points, y up) in Helvetica of `size`. */
export function show(text: string, x: number, y: number, size = 12): string {
  const esc = text.replace(/[\\()]/g, (c) => `\\${c}`);
  return `BT /F1 ${size} Tf ${x} ${y} Td (${esc}) Tj ET`;
}

/** An image-only page, as a scanner makes: a 2×2 grey picture drawn over the page, no text. */
export const SCANNED_PAGE = "q 595 0 0 842 0 0 cm BI /W 2 /H 2 /CS /G /BPC 8 ID \x80\x40\x40\x80 EI Q";

/** Chinese text in a font the PDF does not embed, addressed through Adobe's predefined CMap
 *  UniGB-UCS2-H (as older Chinese PDF producers write it): readable only with the CMap files. */
export function showChinese(text: string, x: number, y: number, size = 12): string {
  const hex = [...text].map((c) => c.charCodeAt(0).toString(16).padStart(4, "0")).join("");
  return `BT /F2 ${size} Tf ${x} ${y} Td <${hex}> Tj ET`;
}

/** Text turned a quarter left: upright on a page shown turned a quarter right (/Rotate 90), the
 *  way landscape table pages are made. x, y in the page's unturned space. */
export function showTurned(text: string, x: number, y: number, size = 12): string {
  const esc = text.replace(/[\\()]/g, (c) => `\\${c}`);
  return `BT /F1 ${size} Tf 0 1 -1 0 ${x} ${y} Tm (${esc}) Tj ET`;
}

export interface FxPage {
  content: string;
  /** The page's /Rotate (0, 90, 180, 270). */
  rotate?: number;
}

/** A PDF (A4 pages) whose pages draw the given content streams. */
export function minimalPdf(pages: (string | FxPage)[]): Uint8Array {
  const objects: string[] = [];
  const pageIds = pages.map((_, i) => 7 + 2 * i);
  objects[1] = "<< /Type /Catalog /Pages 2 0 R >>";
  objects[2] = `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(" ")}] /Count ${pages.length} >>`;
  objects[3] = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>";
  objects[4] = "<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [5 0 R] >>";
  objects[5] =
    "<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 2 >> /FontDescriptor 6 0 R /DW 1000 >>";
  objects[6] =
    "<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [0 -200 1000 900] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 700 /StemV 80 >>";
  pages.forEach((page, i) => {
    const { content, rotate = 0 } = typeof page === "string" ? { content: page } : page;
    const id = pageIds[i];
    objects[id] = `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Rotate ${rotate} /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents ${id + 1} 0 R >>`;
    objects[id + 1] = `<< /Length ${content.length} >>\nstream\n${content}\nendstream`;
  });
  let out = "%PDF-1.4\n";
  const offsets: number[] = [];
  for (let id = 1; id < objects.length; id++) {
    offsets[id] = out.length;
    out += `${id} 0 obj\n${objects[id]}\nendobj\n`;
  }
  const xref = out.length;
  out += `xref\n0 ${objects.length}\n0000000000 65535 f \n`;
  for (let id = 1; id < objects.length; id++) out += `${String(offsets[id]).padStart(10, "0")} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  // Latin-1: one byte per character, so the offsets above are byte offsets.
  return Uint8Array.from(out, (c) => c.charCodeAt(0));
}
