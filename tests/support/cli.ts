// Runs the CLI in-process and collects what it printed.
import { run } from "../../src/cli/main";
import type { Lang } from "../../src/i18n";

export interface CliRun {
  code: number;
  out: string;
  err: string;
}

export async function xxgk(argv: string[], lang: Lang = "zh-CN"): Promise<CliRun> {
  let out = "";
  let err = "";
  const code = await run(argv, { out: (s) => (out += `${s}\n`), err: (s) => (err += `${s}\n`), lang });
  return { code, out, err };
}
