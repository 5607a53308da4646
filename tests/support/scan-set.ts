// The OCR test set: each real report's pages rendered at 150 dpi (PDFium, as the product renders),
// turned by up to 2°, speckled with noise, saved as JPEG (its artefacts) and wrapped in an image-only
// PDF — a scan, with no text layer. Made in test set-up and cached under test-artifacts/ocr (never
// committed); deterministic (seeded), so a cached copy is the same as a fresh one.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "fs";
import { join } from "path";
import * as jpeg from "jpeg-js";
import { pdfiumItems } from "../../src/import/pdf-pdfium";
import { rotate } from "../../src/ocr/deskew";
import type { Gray } from "../../src/ocr/gray";
import { renderPages } from "../../src/ocr/render";
import { seededRandom } from "./random";

export const SCAN_DIR = join(__dirname, "..", "..", "test-artifacts", "ocr");
const DPI = 150;
const JPEG_QUALITY = 70;
/** Noise: this share of pixels moved by up to ±NOISE grey levels. */
const NOISE = 40;
const NOISE_SHARE = 0.3;


/** A page as a scanner might give it: turned by `angle` degrees, with noise. */
export function scanLike(img: Gray, angle: number, rnd: () => number): Gray {
  const turned = rotate(img, -angle);
  const data = turned.data.slice();
  for (let i = 0; i < data.length; i++) {
    if (rnd() >= NOISE_SHARE) continue;
    data[i] = Math.max(0, Math.min(255, data[i] + Math.round((rnd() * 2 - 1) * NOISE)));
  }
  return { ...turned, data };
}

/** A JPEG of a grey page (jpeg-js takes RGBA and writes three components: the PDF says DeviceRGB). */
export function toJpeg(img: Gray, quality = JPEG_QUALITY): Uint8Array {
  const rgba = Buffer.alloc(img.width * img.height * 4);
  for (let i = 0; i < img.data.length; i++) {
    rgba[4 * i] = rgba[4 * i + 1] = rgba[4 * i + 2] = img.data[i];
    rgba[4 * i + 3] = 255;
  }
  return jpeg.encode({ data: rgba, width: img.width, height: img.height }, quality).data;
}

/** An image-only PDF: one page per JPEG, each drawn over the whole page (sizes in points). */
export function imagePdf(pages: { jpeg: Uint8Array; width: number; height: number; widthPt: number; heightPt: number }[]): Uint8Array {
  const parts: Buffer[] = [];
  const offsets: number[] = [];
  let length = 0;
  const add = (b: Buffer) => {
    parts.push(b);
    length += b.length;
  };
  const object = (n: number, body: Buffer[]) => {
    offsets[n] = length;
    add(Buffer.from(`${n} 0 obj\n`, "latin1"));
    body.forEach(add);
    add(Buffer.from("\nendobj\n", "latin1"));
  };
  add(Buffer.from("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n", "latin1"));
  const kids = pages.map((_, i) => `${3 + 3 * i} 0 R`).join(" ");
  object(1, [Buffer.from("<< /Type /Catalog /Pages 2 0 R >>")]);
  object(2, [Buffer.from(`<< /Type /Pages /Kids [${kids}] /Count ${pages.length} >>`)]);
  pages.forEach((p, i) => {
    const page = 3 + 3 * i;
    const w = p.widthPt.toFixed(2);
    const h = p.heightPt.toFixed(2);
    object(page, [Buffer.from(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${w} ${h}] /Resources << /XObject << /Im0 ${page + 1} 0 R >> >> /Contents ${page + 2} 0 R >>`)]);
    object(page + 1, [Buffer.from(`<< /Type /XObject /Subtype /Image /Width ${p.width} /Height ${p.height} /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /DCTDecode /Length ${p.jpeg.length} >>\nstream\n`), Buffer.from(p.jpeg), Buffer.from("\nendstream")]);
    const content = `q ${w} 0 0 ${h} 0 0 cm /Im0 Do Q`;
    object(page + 2, [Buffer.from(`<< /Length ${content.length} >>\nstream\n${content}\nendstream`)]);
  });
  const xref = length;
  const count = 3 + 3 * pages.length;
  let table = `xref\n0 ${count}\n0000000000 65535 f \n`;
  for (let n = 1; n < count; n++) table += `${String(offsets[n]).padStart(10, "0")} 00000 n \n`;
  add(Buffer.from(`${table}trailer\n<< /Size ${count} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`, "latin1"));
  return Buffer.concat(parts);
}

/** The scanned copy of a text PDF (made once, then read from the cache). `seed` picks angles and noise. */
export async function scannedCopy(pdfPath: string, name: string, seed: number, pages?: number[]): Promise<string> {
  // The seed is in the name: two tests asking for one report with different seeds get two files.
  const out = join(SCAN_DIR, `${name}-s${seed}${pages ? `-p${pages.join("_")}` : ""}.pdf`);
  if (existsSync(out)) return out;
  mkdirSync(SCAN_DIR, { recursive: true });
  const bytes = readFileSync(pdfPath);
  const rnd = seededRandom(seed);
  const { pages: count } = await pdfiumItems(bytes);
  const wanted = pages ?? Array.from({ length: count }, (_, i) => i + 1);
  const made: Parameters<typeof imagePdf>[0] = [];
  await renderPages(bytes, wanted, DPI, (p) => {
    // Within ±2°, never exactly straight (the deskew must do its work).
    const angle = (rnd() < 0.5 ? -1 : 1) * (0.3 + rnd() * 1.7);
    const img = scanLike(p.image, angle, rnd);
    made.push({ jpeg: toJpeg(img), width: img.width, height: img.height, widthPt: p.widthPt, heightPt: p.heightPt });
  });
  writeFileSync(out, imagePdf(made));
  return out;
}
