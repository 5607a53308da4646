// Live checking: every edit in the report's sheets asks for a re-check, but the check runs only once
// the clerk pauses (DELAY_MS after the last edit), never two at a time, and once more if edits came in
// while one was running — so the list always ends up describing the latest figures. Pure: timers are
// injected, the check is a callback; no Office globals.

export const DELAY_MS = 400;

export interface Timers {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const realTimers: Timers = {
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
};

export interface Debounced {
  /** (Re)starts the wait. */
  trigger(): void;
  cancel(): void;
  readonly pending: boolean;
}

export function debounce(fn: () => void, ms: number, timers: Timers = realTimers): Debounced {
  let handle: unknown = null;
  return {
    trigger() {
      if (handle !== null) timers.clearTimeout(handle);
      handle = timers.setTimeout(() => {
        handle = null;
        fn();
      }, ms);
    },
    cancel() {
      if (handle !== null) timers.clearTimeout(handle);
      handle = null;
    },
    get pending() {
      return handle !== null;
    },
  };
}

export interface LiveCheck {
  /** An edit happened in a watched sheet. Ignored while switched off. */
  edit(): void;
  readonly enabled: boolean;
  setEnabled(on: boolean): void;
  dispose(): void;
}

/** `run` performs one check; its failure is reported by the caller's own handling (run must not throw
 *  past it, but if it does the live check keeps working for the next edit). */
export function createLiveCheck(run: () => Promise<void>, opts: { enabled: boolean; delayMs?: number; timers?: Timers }): LiveCheck {
  let enabled = opts.enabled;
  let running = false;
  let again = false;
  const fire = async () => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    try {
      await run();
    } catch {
      // The caller shows errors; a rejected run must not stop later edits from being checked.
    } finally {
      running = false;
    }
    if (again && enabled) {
      again = false;
      timer.trigger();
    }
  };
  const timer = debounce(() => void fire(), opts.delayMs ?? DELAY_MS, opts.timers);
  return {
    edit() {
      if (enabled) timer.trigger();
    },
    get enabled() {
      return enabled;
    },
    setEnabled(on) {
      enabled = on;
      if (!on) {
        timer.cancel();
        again = false;
      }
    },
    dispose() {
      enabled = false;
      timer.cancel();
    },
  };
}
