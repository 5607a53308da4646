// The ribbon's ExecuteFunction commands: registered under the names the manifest uses, and each
// completes its event (otherwise Office shows the command as running forever) — also when it fails.
import { readFileSync } from "fs";
import { join } from "path";

describe("ribbon commands", () => {
  const associate = jest.fn();
  beforeAll(async () => {
    // The module registers itself on load, so Office must exist before it is imported. Without
    // Excel.run the steps fail, which must still complete the event.
    (globalThis as unknown as { Office: unknown }).Office = { actions: { associate } };
    jest.spyOn(console, "error").mockImplementation(() => undefined);
    await import("../../src/commands/commands");
  });
  afterAll(() => {
    delete (globalThis as unknown as { Office?: unknown }).Office;
    jest.restoreAllMocks();
  });

  it.each(["layoutReport", "checkReport"])("%s is associated, exposed globally and completes its event", async (name) => {
    const registered = associate.mock.calls.find(([id]) => id === name);
    expect(registered).toBeDefined();
    expect((globalThis as unknown as Record<string, unknown>)[name]).toBe(registered![1]);
    const completed = jest.fn();
    await (registered![1] as (e: unknown) => Promise<void>)({ completed });
    expect(completed).toHaveBeenCalledTimes(1);
  });

  it("uses exactly the function names in the manifest", () => {
    const manifest = readFileSync(join(__dirname, "..", "..", "manifest.xml"), "utf8");
    const names = [...manifest.matchAll(/<FunctionName>(\w+)<\/FunctionName>/g)].map((m) => m[1]).sort();
    expect(associate.mock.calls.map(([id]) => id).sort()).toEqual(names);
  });
});
