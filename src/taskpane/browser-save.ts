// Word export in Excel for Mac: its WKWebView ignores download links (OfficeDev/office-js#2700, closed
// "by design"), and a blob cannot cross into another browser. So the file's bytes travel in the
// fragment of a URL of the add-in's own save page (save.html), which Office.context.ui.openBrowserWindow
// (OpenBrowserWindowApi 1.1, Office on Mac 16.0+) opens in the system browser; there an ordinary
// download works. The fragment never reaches any server (browsers do not send it), so the report stays
// on the clerk's Mac. A Word export is some tens of KB: its base64 fits the URL lengths Safari accepts.

/** The save page's URL for `name` and `bytes`: `save.html#n=<name>&b=<base64url>`. */
export function saveUrl(pageUrl: string, name: string, bytes: Uint8Array): string {
  let binary = "";
  const CHUNK = 0x8000; // String.fromCharCode on a huge array overflows the argument limit
  for (let i = 0; i < bytes.length; i += CHUNK) binary += String.fromCharCode.apply(null, Array.prototype.slice.call(bytes.subarray(i, i + CHUNK)) as number[]);
  const b64 = btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
  return `${pageUrl.split("#")[0]}#n=${encodeURIComponent(name)}&b=${b64}`;
}

/** The file a save page's fragment carries, or null when it is missing or damaged. */
export function fileFromHash(hash: string): { name: string; bytes: Uint8Array } | null {
  const m = /^#?n=([^&]*)&b=([A-Za-z0-9_-]*)$/.exec(hash);
  if (!m) return null;
  let name: string;
  let binary: string;
  try {
    name = decodeURIComponent(m[1]);
    const b64 = m[2].replace(/-/g, "+").replace(/_/g, "/");
    binary = atob(b64 + "===".slice((b64.length + 3) % 4));
  } catch {
    return null;
  }
  // Only a Word or text file under a plain name: the page saves nothing else.
  if (!name || /[\\/:*?"<>|]/.test(name) || !/\.(docx|txt)$/i.test(name) || binary.length === 0) return null;
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return { name, bytes };
}
