import type { PreviewWorkbook } from "./previewWorkbook";
import { openFile, saveFile } from "./workbookFile";

/** Where the work in progress is kept between visits: this browser's storage for the page's address. */
const KEY = "chitieu-preview-workbook";
const DELAY_MS = 1000;

const toBase64 = (bytes: ArrayBuffer) => {
  let text = "";
  new Uint8Array(bytes).forEach((b) => (text += String.fromCharCode(b)));
  return btoa(text);
};
const fromBase64 = (text: string) => Uint8Array.from(atob(text), (c) => c.charCodeAt(0)).buffer;

/** The workbook kept on an earlier visit, if any; false when there was none or it could not be read. */
export async function restoreFromBrowser(workbook: PreviewWorkbook, storage: Storage): Promise<boolean> {
  const kept = storage.getItem(KEY);
  if (!kept) return false;
  try {
    await openFile(workbook, fromBase64(kept));
    return true;
  } catch {
    return false;
  }
}

/**
 * Keeps the workbook in the browser a second after each change (the user's entries and the pane's
 * writes alike). Returns a function that stops keeping it. A full storage is reported, never thrown.
 */
export function keepInBrowser(
  workbook: PreviewWorkbook,
  storage: Storage,
  onFailure: (e: unknown) => void,
): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const keep = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      saveFile(workbook).then((bytes) => storage.setItem(KEY, toBase64(bytes)), onFailure);
    }, DELAY_MS);
  };
  const stop = workbook.subscribe(keep);
  return () => {
    clearTimeout(timer);
    stop();
  };
}

export const forgetInBrowser = (storage: Storage) => storage.removeItem(KEY);
