// Excel's errors as a sentence the clerk can act on. Office.js rejects with OfficeExtension.Error,
// whose `code` names the failure; only the code is read (duck-typed), so this stays free of Office
// globals. An error is never swallowed: an unknown code still shows its own message.
import { MIN_EXCEL_API } from "../excel/requirements";
import { messages, t } from "../i18n";
import type { Lang } from "../i18n";
import { isUserError, userSentence } from "../i18n/user-error";

const KNOWN: Record<string, string> = {
  ItemNotFound: "pane.error.ItemNotFound",
  InvalidArgument: "pane.error.InvalidArgument",
  InvalidReference: "pane.error.InvalidArgument",
  AccessDenied: "pane.error.AccessDenied",
  // Writing into a protected sheet; Excel for the web reports it under this name.
  InsertDeleteConflict: "pane.error.AccessDenied",
  InvalidOperation: "pane.error.InvalidOperation",
  InvalidOperationInCellEditMode: "pane.error.Busy",
  ActivityLimitReached: "pane.error.Busy",
  GeneralException: "pane.error.GeneralException",
  ApiNotFound: "pane.error.ApiNotFound",
};

/** The error's code when it has one (OfficeExtension.Error and the test fake both set `code`). */
export function errorCode(e: unknown): string | null {
  const code = e && typeof e === "object" ? (e as { code?: unknown }).code : undefined;
  return typeof code === "string" && code ? code : null;
}

/** The sentence an error of our own carries (a UserError, or an error with `msg`: an i18n id and its
 *  params, and words rendered in the clerk's language), when it has one. */
function ownSentence(e: unknown, lang: Lang): string | null {
  if (!isUserError(e) || !(e.msg.id in messages(lang))) return null;
  return userSentence(e, lang);
}

export function errorSentence(e: unknown, lang: Lang): string {
  const own = ownSentence(e, lang);
  if (own !== null) return own;
  const code = errorCode(e);
  const id = code ? KNOWN[code] : undefined;
  if (id) return t(lang, id, { version: MIN_EXCEL_API });
  const message = e instanceof Error ? e.message : String(e);
  return t(lang, "pane.error.unknown", { message: code && !message.includes(code) ? `${code}: ${message}` : message });
}
