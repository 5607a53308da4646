// ET colours are BGR numbers (VBA's RGB(r,g,b) = r + g*256 + b*65536); the plan speaks "#RRGGBB".

export function bgr(hex: string): number {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) throw new Error(`not a #RRGGBB colour: ${hex}`);
  return parseInt(m[1], 16) + parseInt(m[2], 16) * 256 + parseInt(m[3], 16) * 65536;
}

/** "#RRGGBB" for a BGR number; null for anything else (no fill, a mixed range). */
export function hexOf(bgrValue: unknown): string | null {
  if (typeof bgrValue !== "number" || !Number.isInteger(bgrValue) || bgrValue < 0 || bgrValue > 0xffffff) return null;
  const r = bgrValue & 0xff;
  const g = (bgrValue >> 8) & 0xff;
  const b = (bgrValue >> 16) & 0xff;
  return `#${[r, g, b].map((x) => x.toString(16).padStart(2, "0")).join("").toUpperCase()}`;
}
