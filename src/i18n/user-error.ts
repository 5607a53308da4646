// The one error type a clerk may see: it carries a message id and parameters (rendered in the
// clerk's language by whoever catches it), never a stack trace or an errno text. Readers, the output
// writer and the size limits all throw it; anything else reaching a command is a bug.
import { t } from "./index";
import type { Lang } from "./index";

export interface MessageRefLike {
  id: string;
  params: Record<string, string | number>;
}

export class UserError extends Error {
  readonly msg: MessageRefLike;
  /** What a library or the system said, for debugging; never shown. */
  readonly cause?: unknown;
  /** Parameters that are themselves messages (a cause, a kind of file), rendered in the clerk's language. */
  readonly words: Record<string, MessageRefLike> = {};
  constructor(id: string, params: Record<string, string | number> = {}, cause?: unknown) {
    super(t("zh-CN", id, params));
    this.name = "UserError";
    this.msg = { id, params };
    this.cause = cause;
  }

  /** Fills {name} with the message `id` (e.g. {reason} with why a write failed). */
  withWords(name: string, id: string, params: Record<string, string | number> = {}): this {
    this.words[name] = { id, params };
    this.message = userSentence(this, "zh-CN");
    return this;
  }
}

type WithMsg = Error & { msg: MessageRefLike; words?: Record<string, MessageRefLike> };

/** An error that carries a sentence for the clerk: a UserError, told by its shape rather than by
 *  instanceof, which fails when a test loads the module twice. */
export function isUserError(e: unknown): e is WithMsg {
  return e instanceof Error && typeof (e as { msg?: { id?: unknown } }).msg?.id === "string";
}

/** The sentence a UserError says, in `lang`. */
export function userSentence(e: WithMsg, lang: Lang): string {
  const params = { ...e.msg.params };
  for (const [name, ref] of Object.entries(e.words ?? {})) params[name] = t(lang, ref.id, ref.params);
  return t(lang, e.msg.id, params);
}
