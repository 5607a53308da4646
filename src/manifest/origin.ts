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
