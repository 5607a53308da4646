// The self-test's result as plain text, ready to paste into a support request: when, the host
// (version, platform, requirement sets), then each step with its outcome and sentence.
import { t } from "../i18n";
import type { Lang } from "../i18n";
import type { SelftestReport, StepStatus } from "./types";

/** "校验：通过 — <sentence>". */
export function stepText(lang: Lang, step: { id: string; status: StepStatus; detail: string }): string {
  return `${t(lang, `selftest.name.${step.id}`)}：${t(lang, `selftest.status.${step.status}`)} — ${step.detail}`;
}

export function reportText(r: SelftestReport, lang: Lang, at: Date): string {
  const env = r.environment;
  const unknown = t(lang, "selftest.text.unknown");
  const sets = (supported: boolean) =>
    env.sets
      .filter((s) => s.supported === supported)
      .map((s) => `${s.name} ${s.version}`)
      .join(", ") || "—";
  const lines = [
    t(lang, "selftest.text.title", { time: at.toISOString() }),
    t(lang, "selftest.text.office", { version: env.version ?? unknown, platform: env.platform ?? unknown }),
    t(lang, "selftest.text.sets", { sets: sets(true) }),
    t(lang, "selftest.text.unsupported", { sets: sets(false) }),
    "",
  ];
  if (r.refused) return [...lines, r.refused].join("\n");
  r.steps.forEach((s, i) => lines.push(`${i + 1}. ${stepText(lang, s)}`));
  const count = (st: StepStatus) => r.steps.filter((s) => s.status === st).length;
  const unavailable = count("unavailable");
  const totals = { steps: r.steps.length, pass: count("pass"), fail: count("fail"), unverified: count("unverified"), unavailable };
  lines.push("", t(lang, unavailable > 0 ? "selftest.text.totalWithUnavailable" : "selftest.text.total", totals));
  lines.push(t(lang, "selftest.text.discard"));
  return lines.join("\n");
}
