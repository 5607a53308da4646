// The resources of a Windows PE executable (the .rsrc section's directory tree), read from its bytes:
// how the release test sees that the Windows program carries the application (NODE_SEA_BLOB) without
// running it. Layout as in Microsoft's "PE Format" (IMAGE_RESOURCE_DIRECTORY and its entries).

export interface PeResource {
  /** Type: a number (10 = RT_RCDATA) or a name. */
  type: number | string;
  name: number | string;
  data: Buffer;
}

export function isPe(b: Buffer): boolean {
  if (b.length < 0x40 || b.toString("latin1", 0, 2) !== "MZ") return false;
  const pe = b.readUInt32LE(0x3c);
  return b.toString("latin1", pe, pe + 4) === "PE\0\0";
}

export function peResources(b: Buffer): PeResource[] {
  if (!isPe(b)) throw new Error("not a PE file");
  const pe = b.readUInt32LE(0x3c);
  const coff = pe + 4;
  const sectionCount = b.readUInt16LE(coff + 2);
  const optional = coff + 20;
  const optionalSize = b.readUInt16LE(coff + 16);
  const magic = b.readUInt16LE(optional);
  // The data directories start after the standard and Windows-specific fields: 96 bytes in PE32, 112 in PE32+.
  const dirs = optional + (magic === 0x20b ? 112 : 96);
  const rsrcRva = b.readUInt32LE(dirs + 2 * 8);
  const sections = Array.from({ length: sectionCount }, (_, i) => {
    const at = optional + optionalSize + i * 40;
    return { va: b.readUInt32LE(at + 12), size: Math.max(b.readUInt32LE(at + 8), b.readUInt32LE(at + 16)), raw: b.readUInt32LE(at + 20) };
  });
  const offsetOf = (rva: number) => {
    const s = sections.find((x) => rva >= x.va && rva < x.va + x.size);
    if (!s) throw new Error(`RVA ${rva} in no section`);
    return rva - s.va + s.raw;
  };
  if (rsrcRva === 0) return [];
  const root = offsetOf(rsrcRva);
  const nameAt = (field: number): number | string => {
    if (!(field & 0x80000000)) return field;
    const at = root + (field & 0x7fffffff);
    return b.toString("utf16le", at + 2, at + 2 + 2 * b.readUInt16LE(at));
  };
  const entries = (dir: number) => {
    const count = b.readUInt16LE(dir + 12) + b.readUInt16LE(dir + 14);
    return Array.from({ length: count }, (_, i) => ({ id: nameAt(b.readUInt32LE(dir + 16 + i * 8)), to: b.readUInt32LE(dir + 20 + i * 8) }));
  };
  const sub = (to: number) => root + (to & 0x7fffffff);
  const out: PeResource[] = [];
  for (const type of entries(root)) {
    for (const name of entries(sub(type.to))) {
      for (const lang of entries(sub(name.to))) {
        const entry = root + lang.to; // a leaf: IMAGE_RESOURCE_DATA_ENTRY (RVA, size)
        const at = offsetOf(b.readUInt32LE(entry));
        out.push({ type: type.id, name: name.id, data: b.subarray(at, at + b.readUInt32LE(entry + 4)) });
      }
    }
  }
  return out;
}
