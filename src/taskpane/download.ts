// Getting an export out of Excel's WebView. A blob URL on an <a download> works in browsers and in
// WebView2, but some Office WebViews ignore it silently; so the pane also always shows a data: URL
// link (a second chance the clerk can click) and, for text, a copy-to-clipboard button. Whether each
// of these works in every Office WebView is unproven without Office (README).

/** IE11's own way to save a blob: Trident has no `download` attribute (Office 2016/2019 volume-licensed). */
interface MsNavigator {
  msSaveOrOpenBlob?: (blob: Blob, name: string) => boolean;
}

/** Tries a blob download; false when the WebView refused outright (a silent no-op cannot be seen). */
export function tryBlobDownload(doc: Document, name: string, mime: string, bytes: Uint8Array): boolean {
  const win = doc.defaultView;
  const ms = win?.navigator as MsNavigator | undefined;
  if (ms && typeof ms.msSaveOrOpenBlob === "function") {
    try {
      return ms.msSaveOrOpenBlob(new Blob([bytes as BlobPart], { type: mime }), name);
    } catch {
      return false;
    }
  }
  if (!win || typeof win.URL?.createObjectURL !== "function") return false;
  try {
    const url = win.URL.createObjectURL(new Blob([bytes as BlobPart], { type: mime }));
    const a = doc.createElement("a");
    a.href = url;
    a.download = name;
    a.rel = "noopener";
    a.style.display = "none";
    doc.body.appendChild(a);
    a.click();
    doc.body.removeChild(a); // not a.remove(): Trident has no ChildNode.remove
    // Revoked later: revoking at once cancels the download in some engines.
    win.setTimeout(() => win.URL.revokeObjectURL(url), 60_000);
    return true;
  } catch {
    return false;
  }
}

export function dataUrl(mime: string, bytes: Uint8Array): string {
  let binary = "";
  const CHUNK = 0x8000; // String.fromCharCode on a huge array overflows the argument limit
  // apply over a plain array: spreading a typed array needs its iterator, which Trident lacks.
  for (let i = 0; i < bytes.length; i += CHUNK) binary += String.fromCharCode.apply(null, Array.prototype.slice.call(bytes.subarray(i, i + CHUNK)) as number[]);
  return `data:${mime};base64,${btoa(binary)}`;
}

/** navigator.clipboard first (needs permission, often missing in WebViews), then the old execCommand
 *  way through a temporary textarea. */
export async function copyText(doc: Document, text: string): Promise<boolean> {
  const clip = doc.defaultView?.navigator?.clipboard;
  if (clip && typeof clip.writeText === "function") {
    try {
      await clip.writeText(text);
      return true;
    } catch {
      // fall through to the textarea way
    }
  }
  const ta = doc.createElement("textarea");
  ta.value = text;
  ta.setAttribute("readonly", "");
  ta.style.position = "fixed";
  ta.style.opacity = "0";
  doc.body.appendChild(ta);
  try {
    ta.select();
    return typeof doc.execCommand === "function" && doc.execCommand("copy");
  } catch {
    return false;
  } finally {
    doc.body.removeChild(ta);
  }
}
