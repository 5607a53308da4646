// The English table on demand (index.ts says why it is not built in). Its own module: a dynamic
// import makes webpack add chunk loading to every bundle that holds it, and a bundle that loads no
// chunk (the WPS ribbon's) must not carry that — it needs a script URL that page does not give.
import { hasLanguage } from "./index";
import type { Lang } from "./index";

/** Resolves once `lang`'s table is there: the English chunk is fetched from the add-in's own
 *  origin on first use. Should it fail to load, the text falls back to Chinese (t), never to ids. */
export function whenLang(lang: Lang): Promise<void> {
  if (hasLanguage(lang)) return Promise.resolve();
  return import(/* webpackChunkName: "en-US" */ "./english").then(
    () => undefined,
    () => undefined,
  );
}

