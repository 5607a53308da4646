// The fake ET is as strict as the notes say WPS is, so the host cannot pass here and fail there on
// these points: no Et enums at run time, 1-based, Value2 shapes, BGR colours, numeric enums, no
// "null skips a cell", protection, SheetChange for every write, and the properties-as-methods profile.
import { createFakeWps } from ".";

type Any = any; // eslint-disable-line @typescript-eslint/no-explicit-any -- the fake's surface, poked as a host would

const fresh = (profile: "et" | "methods" = "et") => {
  const f = createFakeWps({ profile });
  return { ...f, app: f.app as Any };
};

test("there is no Et object at run time: a host spelling Et.XlFormatConditionType fails as in WPS", () => {
  expect(() => (globalThis as Any).Et.XlFormatConditionType.xlExpression).toThrow(TypeError);
  const { app } = fresh();
  const r = app.ActiveWorkbook.Worksheets.Item(1).Range("A1:B2");
  expect(() => r.FormatConditions.Add(undefined, undefined, "=A1>0")).toThrow(/xlExpression/);
  expect(() => r.FormatConditions.Add(2, undefined, "=A1>0")).not.toThrow();
});

test("1-based sheets and rows; Value2 a scalar for one cell, a 2-D array for more; empty cells undefined", () => {
  const { app } = fresh();
  const ws = app.ActiveWorkbook.Worksheets.Item(1);
  expect(() => app.ActiveWorkbook.Worksheets.Item(0)).toThrow(/1-based/);
  const r = ws.Range("B2:C3");
  expect([r.Row, r.Column]).toEqual([2, 2]);
  r.Value2 = [[1, "x"], [null, 4]];
  expect(r.Value2).toEqual([[1, "x"], [undefined, 4]]);
  expect(ws.Range("B2").Value2).toBe(1);
  ws.Range("D2").Formula = "=B2+C3";
  expect(ws.Range("D2").Value2).toBe(5);
  expect(ws.Range("D2").Formula).toBe("=B2+C3");
  expect(ws.Range("B2").Formula).toBe("1"); // VBA: a constant's Formula is its text
});

test("null in a written array empties the cell (ET has no Office-style skip)", () => {
  const { app, model } = fresh();
  const ws = app.ActiveWorkbook.Worksheets.Item(1);
  ws.Range("A1").Value2 = 7;
  ws.Range("A1:B1").Value2 = [[null, 1]];
  expect(model.displayValue(model.sheets[0], 0, 0)).toBe("");
});

test("colours are BGR numbers; alignments are XlHAlign numbers", () => {
  const { app, model } = fresh();
  const r = app.ActiveWorkbook.Worksheets.Item(1).Range("A1");
  r.Interior.Color = 0x0000ff; // red in BGR
  expect(model.sheets[0].cells.get("0,0")!.style.fill).toBe("#FF0000");
  expect(() => (r.Interior.Color = "#FF0000")).toThrow(/BGR/);
  expect(() => (r.HorizontalAlignment = "Center")).toThrow(/XlHAlign/);
});

test("Protect refuses writes to locked cells and formatting unless allowed; unlocked cells stay writable", () => {
  const { app } = fresh();
  const ws = app.ActiveWorkbook.Worksheets.Item(1);
  ws.Range("B1").Locked = false;
  ws.Protect("", true, true, undefined, false, true, true, true);
  expect(() => (ws.Range("A1").Value2 = 1)).toThrow(/locked/);
  ws.Range("B1").Value2 = 2;
  ws.Range("A1").Interior.Color = 0; // formatting allowed
  ws.Unprotect();
  ws.Protect("", true, true, undefined, false, false, false, false);
  expect(() => (ws.Range("A1").Interior.Color = 0)).toThrow(/protected/);
});

test("SheetChange is raised for every content write, the add-in's own included", () => {
  const { app, changes, typeIn } = fresh();
  const heard: string[] = [];
  app.ApiEvent.AddApiEventListener("SheetChange", (sheet: Any, range: Any) => heard.push(`${sheet.Name}!${range.Address(false, false)}`));
  app.ActiveWorkbook.Worksheets.Item(1).Range("A1:B2").Value2 = [[1, 2], [3, 4]];
  typeIn("Sheet1", "C3", 5);
  expect(heard).toEqual(["Sheet1!A1:B2", "Sheet1!C3"]);
  expect(changes).toEqual(heard);
});

test("Select needs the sheet active, as in Excel's VBA", () => {
  const { app } = fresh();
  const two = app.ActiveWorkbook.Worksheets.Add(undefined, app.ActiveWorkbook.Worksheets.Item(1));
  expect(() => two.Range("A1").Select()).toThrow(/not the active sheet/);
  two.Activate();
  expect(two.Range("A1").Select()).toBe(true);
});

test("the methods profile: every property read is a zero-argument call; assignments still assign", () => {
  const { app, model } = fresh("methods");
  expect(typeof app.ActiveWorkbook).toBe("function");
  const ws = app.ActiveWorkbook().Worksheets().Item(1);
  expect(ws.Name()).toBe("Sheet1");
  ws.Range("A1").Value2 = 3;
  expect(ws.Range("A1").Value2()).toBe(3);
  expect(model.displayValue(model.sheets[0], 0, 0)).toBe(3);
});
