// The streaming zip writer read back byte by byte as APPNOTE lays a zip out — local header, deflated
// data, data descriptor; central directory; end record — and by JSZip with its CRC check: every
// entry's text comes back whole whatever the size of the pieces it was given in.
import JSZip from "jszip";
import { crc32, inflateRawSync } from "zlib";
import { crc32Js, ZipStream } from "../../../src/xlsx/write/zip-stream";

const DAY = new Date("2026-12-06T08:30:00Z");

async function zipOf(entries: [string, string[]][]): Promise<Buffer> {
  const chunks: Uint8Array[] = [];
  const zip = new ZipStream(async (c) => void chunks.push(c), DAY);
  for (const [name, pieces] of entries) await zip.entry(name, async (put) => { for (const p of pieces) await put(p); });
  await zip.finish();
  return Buffer.concat(chunks);
}

// 300 KB of CJK text and markup, in pieces of every size from one character to 100 KB.
const big = Array.from({ length: 6000 }, (_, i) => `<row r="${i}"><c><is><t>某县第${i}局“政务公开”</t></is></c></row>`).join("");
const pieces = (text: string): string[] => {
  const out: string[] = [];
  for (let at = 0, n = 1; at < text.length; at += n, n = n > 100_000 ? 1 : n * 3) out.push(text.slice(at, at + n));
  return out;
};
const ENTRIES: [string, string[]][] = [
  ["[Content_Types].xml", ["<Types/>"]],
  ["empty.xml", []],
  ["xl/worksheets/sheet1.xml", pieces(big)],
];

describe("ZipStream", () => {
  it("lays out each entry as local header, deflated data and descriptor, then the central directory", async () => {
    const zip = await zipOf(ENTRIES);
    const end = zip.length - 22;
    expect(zip.readUInt32LE(end)).toBe(0x06054b50);
    const count = zip.readUInt16LE(end + 10);
    const cdSize = zip.readUInt32LE(end + 12);
    const cdStart = zip.readUInt32LE(end + 16);
    expect([count, cdStart + cdSize]).toEqual([3, end]);
    let at = cdStart;
    let local = 0;
    for (const [name, parts] of ENTRIES) {
      const text = Buffer.from(parts.join(""), "utf8");
      expect(zip.readUInt32LE(at)).toBe(0x02014b50);
      const [crc, compressed, size] = [zip.readUInt32LE(at + 16), zip.readUInt32LE(at + 20), zip.readUInt32LE(at + 24)];
      const nameLength = zip.readUInt16LE(at + 28);
      expect(zip.subarray(at + 46, at + 46 + nameLength).toString()).toBe(name);
      const offset = zip.readUInt32LE(at + 42);
      expect(offset).toBe(local); // entries follow each other with nothing between
      // The local header: deflate, flag bit 3, sizes left to the descriptor, the day's DOS time.
      expect(zip.readUInt32LE(offset)).toBe(0x04034b50);
      expect([zip.readUInt16LE(offset + 6), zip.readUInt16LE(offset + 8)]).toEqual([8, 8]);
      expect(zip.readUInt16LE(offset + 10)).toBe((8 << 11) | (30 << 5));
      expect(zip.readUInt16LE(offset + 12)).toBe(((2026 - 1980) << 9) | (12 << 5) | 6);
      const data = offset + 30 + zip.readUInt16LE(offset + 26);
      expect(inflateRawSync(zip.subarray(data, data + compressed)).equals(text)).toBe(true);
      expect([crc, size]).toEqual([crc32(text), text.length]);
      const descriptor = data + compressed;
      expect([zip.readUInt32LE(descriptor), zip.readUInt32LE(descriptor + 4), zip.readUInt32LE(descriptor + 8), zip.readUInt32LE(descriptor + 12)]).toEqual([0x08074b50, crc, compressed, size]);
      local = descriptor + 16;
      at += 46 + nameLength;
    }
    expect(local).toBe(cdStart);
  });

  it("is read back by JSZip with every CRC checked, and gives the same bytes for the same input", async () => {
    const zip = await zipOf(ENTRIES);
    const read = await JSZip.loadAsync(zip, { checkCRC32: true });
    for (const [name, parts] of ENTRIES) expect(await read.file(name)?.async("string")).toBe(parts.join(""));
    expect((await zipOf(ENTRIES)).equals(zip)).toBe(true);
  });

  it("counts CRC-32 as zlib does where Node has no zlib.crc32, in one piece or continued", () => {
    const bytes = Buffer.from(big, "utf8");
    expect(crc32Js(bytes)).toBe(crc32(bytes));
    expect(crc32Js(bytes.subarray(1000), crc32Js(bytes.subarray(0, 1000)))).toBe(crc32(bytes));
    expect([crc32Js(new Uint8Array()), crc32Js(Buffer.from("123456789"))]).toEqual([0, 0xcbf43926]);
  });

  it("holds a bounded window however much text passes, written in few large pieces", async () => {
    const writes: number[] = [];
    const zip = new ZipStream(async (c) => void writes.push(c.length), DAY);
    // ~3.6 MB of text, incompressible enough that the output is large too.
    let seed = 1;
    const noise = () => Array.from({ length: 2000 }, () => String.fromCharCode(0x4e00 + ((seed = (seed * 48271) % 2147483647) % 2000))).join("");
    await zip.entry("big.xml", async (put) => { for (let i = 0; i < 600; i++) await put(noise()); });
    await zip.finish();
    const total = writes.reduce((a, b) => a + b, 0);
    expect(total).toBeGreaterThan(2 ** 20);
    expect(zip.peakBuffered).toBeLessThan(256 * 1024);
    expect(writes.length).toBeLessThan(total / (32 * 1024));
  });
});
