// The manifest is written against the dev server (https://localhost:3000/); a production build
// points it at the origin where dist/ is hosted. Kept pure so the rule is unit-tested, and used
// by webpack.config.js.

export const DEV_ORIGIN = "https://localhost:3000/";
/** A placeholder, not a real site: deployers must set XXGK_ORIGIN or package.json config.prodOrigin. */
export const PLACEHOLDER_ORIGIN = "https://xxgk.example.gov.cn/";

/** Accepts "https://host[:port][/path]" and returns it with exactly one trailing slash. */
export function normalizeOrigin(origin: string): string {
  let url: URL;
  try {
    url = new URL(origin.trim());
  } catch {
    throw new Error(`生产地址无效 / Invalid production origin: "${origin}"`);
  }
  if (url.protocol !== "https:") {
    throw new Error(`生产地址必须使用 https / The production origin must use https: "${origin}"`);
  }
  if (url.search || url.hash) {
    throw new Error(`生产地址不能含查询或锚点 / The production origin must not have a query or fragment: "${origin}"`);
  }
  return `${url.origin}${url.pathname.replace(/\/*$/, "")}/`;
}

export function rewriteOrigin(manifest: string, origin: string): string {
  return manifest.split(DEV_ORIGIN).join(normalizeOrigin(origin));
}

export interface OriginSettings {
  /** XXGK_ORIGIN, else package.json config.prodOrigin (either may be unset). */
  configured?: string;
  /** XXGK_ALLOW_PLACEHOLDER=1 or `--env allow-placeholder`: a trial build that will not be deployed. */
  allowPlaceholder?: boolean;
}

export type OriginChoice = { ok: true; origin: string; placeholder: boolean } | { ok: false; message: string };

/**
 * The origin a production build points its manifest at. Without a real one the build stops with one
 * sentence (a manifest naming the placeholder would load nothing once deployed), unless a trial
 * build asked for the placeholder explicitly.
 */
export function chooseProductionOrigin(settings: OriginSettings): OriginChoice {
  const configured = settings.configured?.trim();
  if (configured) {
    try {
      const origin = normalizeOrigin(configured);
      if (origin !== PLACEHOLDER_ORIGIN) return { ok: true, origin, placeholder: false };
    } catch (e) {
      return { ok: false, message: (e as Error).message };
    }
  }
  if (settings.allowPlaceholder) return { ok: true, origin: PLACEHOLDER_ORIGIN, placeholder: true };
  return {
    ok: false,
    message:
      `生产构建需要加载项的真实部署地址：请设置 XXGK_ORIGIN=https://你的服务器/xxgk/（或 package.json 的 config.prodOrigin），` +
      `仅试构建时可设 XXGK_ALLOW_PLACEHOLDER=1 使用占位地址 ${PLACEHOLDER_ORIGIN}。 / ` +
      `A production build needs the add-in's real https origin: set XXGK_ORIGIN=https://your.server/xxgk/ (or package.json ` +
      `config.prodOrigin), or XXGK_ALLOW_PLACEHOLDER=1 for a trial build with the placeholder ${PLACEHOLDER_ORIGIN}.`,
  };
}
