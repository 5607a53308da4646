// The save page (save.html): opened in the system browser by the pane in Excel for Mac
// (taskpane/browser-save.ts), it downloads the file its URL fragment carries. Nothing is sent anywhere:
// the fragment never leaves the browser. Only the one small message table, not the pane's.
import { WEBVIEW as ZH } from "../i18n/zh-CN/webview";
import { WEBVIEW as EN } from "../i18n/en-US/webview";
import { fileFromHash } from "../taskpane/browser-save";
import { tryBlobDownload } from "../taskpane/download";

const table = /^zh/i.test(navigator.language || "zh") ? ZH : EN;
const say = (id: string, file = "") => (table[id] ?? ZH[id]).replace("{file}", file);

function show(): void {
  const root = document.getElementById("app") ?? document.body;
  const file = fileFromHash(window.location.hash);
  const lead = document.getElementById("lead");
  if (lead) lead.textContent = say("save.title");
  const p = document.createElement("p");
  root.appendChild(p);
  if (!file) {
    p.textContent = say("save.bad");
    return;
  }
  const mime = /\.docx$/i.test(file.name) ? "application/vnd.openxmlformats-officedocument.wordprocessingml.document" : "text/plain;charset=utf-8";
  tryBlobDownload(document, file.name, mime, file.bytes);
  p.textContent = say("save.done", file.name);
  // A second chance, as in the pane: a link the clerk can click.
  const a = document.createElement("a");
  a.id = "save-link";
  a.textContent = say("save.link", file.name);
  a.href = URL.createObjectURL(new Blob([file.bytes as BlobPart], { type: mime }));
  a.download = file.name;
  root.appendChild(a);
}

show();
