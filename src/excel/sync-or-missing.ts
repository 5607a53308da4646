// A sync that reaches for a sheet or defined name the workbook may no longer have (it was laid out
// by an older version, or the clerk deleted it): Office reports that with an error code, which the
// pane turns into "please run 生成模板 again" rather than a raw Excel error.
import type { XContext } from "./api";

export async function syncOrMissing(ctx: XContext, codes: string[], missing: (cause: unknown) => Error): Promise<void> {
  try {
    await ctx.sync();
  } catch (e) {
    const code = (e as { code?: string } | null)?.code;
    if (code !== undefined && codes.includes(code)) throw missing(e);
    throw e;
  }
}
