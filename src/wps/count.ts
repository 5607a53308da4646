// Counting the calls the add-in makes into ET, as the Office host counts context.sync(): every
// member read that yields a value, every assignment and every method call crosses into WPS (the
// task pane's JS runs apart from the spreadsheet engine), so their number is what a layout or a check
// costs. A Proxy around the Application object counts them all without touching the code that calls.

export interface CallCounter {
  readonly calls: number;
}

export function countCalls<T extends object>(root: T): { app: T; counter: CallCounter } {
  const counter = { calls: 0 };
  const wrapped = new WeakMap<object, object>();
  const wrap = <V>(v: V): V => {
    // Value2/Formula grids come back as plain JS arrays: reading them is no call into ET.
    if (v === null || (typeof v !== "object" && typeof v !== "function") || Array.isArray(v)) return v;
    const o = v as unknown as object;
    const seen = wrapped.get(o);
    if (seen) return seen as V;
    const p = new Proxy(o, {
      get(target, key, receiver) {
        const value: unknown = Reflect.get(target, key, receiver === p ? target : receiver);
        if (typeof value !== "function") counter.calls++;
        return wrap(value);
      },
      set(target, key, value) {
        counter.calls++;
        return Reflect.set(target, key, bare(value));
      },
      apply(target, self, args) {
        counter.calls++;
        // `self` is the proxy of the object the method was read from: call on the real object.
        // WPS gets its own objects back, never our proxies (Sheets.Add(After:=sheet), say).
        return wrap(Reflect.apply(target as (...a: unknown[]) => unknown, bare(self), args.map(bare)));
      },
    });
    wrapped.set(o, p);
    unwrap.set(p, o);
    return p as unknown as V;
  };
  const unwrap = new WeakMap<object, object>();
  const bare = (v: unknown): unknown => (v !== null && (typeof v === "object" || typeof v === "function") ? unwrap.get(v) ?? v : v);
  return { app: wrap(root), counter };
}
