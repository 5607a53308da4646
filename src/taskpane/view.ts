// Which view the pane opens in. The manifest's buttons open the same pane with ?view=export (导出) or
// ?view=help (the LearnMore link); anything else is the main view.
export type ViewName = "main" | "export" | "help";

export function viewFromSearch(search: string): ViewName {
  const v = new URLSearchParams(search).get("view");
  return v === "export" || v === "help" ? v : "main";
}
