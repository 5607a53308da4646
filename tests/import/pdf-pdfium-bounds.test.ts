// PDFium (the CLI's PDF reader) within issue 19's bounds, as pdf.js was: too many pages refused before
// any page is read, the reading stopped past the time bound, and its WebAssembly heap running out
// ending as one sentence with the reader still usable for the next file.
import { PDF_BOUNDS } from "../../src/import/limits";
import { pdfiumItems } from "../../src/import/pdf-pdfium";
import { manyPages } from "../reliability/pdf-inputs";

// PDFium loads its WebAssembly on first use: slow on a busy machine.
jest.setTimeout(60_000);

const refusedWith = (id: string) => expect.objectContaining({ msg: expect.objectContaining({ id }) });

describe("PDFium within the PDF bounds", () => {
  it("refuses a PDF of more pages than the bound, naming both counts", async () => {
    await expect(pdfiumItems(manyPages(PDF_BOUNDS.pages + 1))).rejects.toEqual(
      expect.objectContaining({ msg: { id: "import.pdf.tooManyPages", params: { pages: PDF_BOUNDS.pages + 1, limit: PDF_BOUNDS.pages } } }),
    );
  });

  it("reads a PDF of exactly the bound", async () => {
    expect((await pdfiumItems(manyPages(3), { pages: 3, millis: 60_000 })).pages).toBe(3);
  });

  it("stops between pages once the time bound has passed", async () => {
    await expect(pdfiumItems(manyPages(2), { pages: 100, millis: 0 })).rejects.toEqual(refusedWith("import.pdf.tooSlow"));
  });

  it("a file larger than PDFium's 2 GB heap is one sentence, and the next file is read", async () => {
    // Never touched: the zero pages of a large typed array cost no memory until written.
    const huge = new Uint8Array(2 ** 31 + 1);
    await expect(pdfiumItems(huge)).rejects.toEqual(refusedWith("import.pdf.damaged"));
    expect((await pdfiumItems(manyPages(2))).pages).toBe(2);
  });
});
