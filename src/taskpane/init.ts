// Wires the placeholder pane's buttons. Takes the document as a parameter (no Office globals),
// so it can be exercised in jsdom and replaced wholesale when the real pane lands.
import { PANE_MESSAGES } from "./messages";

const BUTTON_IDS = ["layout-button", "check-button", "export-button"] as const;

export function init(doc: Document): void {
  const status = doc.getElementById("status");
  for (const id of BUTTON_IDS) {
    doc.getElementById(id)?.addEventListener("click", () => {
      // textContent, never innerHTML: nothing shown in the pane is ever parsed as markup.
      if (status) status.textContent = PANE_MESSAGES["zh-CN"].notReady;
    });
  }
}
