import { defaultFramework as fw, unreadableReport } from "../domain";
import { readPickedFile } from "./pickedFiles";
import type { ReadAnswer, ReadRequest } from "./readFilesMessages";

// The pane's reading thread (a Web Worker, its own bundle): picked files are unzipped and parsed here,
// so the pane stays responsive; it answers after each file so the pane can show n of N.

const post = (answer: ReadAnswer) => (self as unknown as Worker).postMessage(answer);

async function reportsOf(file: File) {
  try {
    return readPickedFile(fw, file.name, await file.arrayBuffer());
  } catch (e) {
    // The file could not be read from the disk (moved, or its permission changed since it was picked).
    const why = e instanceof Error ? e.message : String(e);
    return [unreadableReport(file.name, "read_failed", `Lỗi khi đọc (${why})`, `Reading failed (${why})`)];
  }
}

self.onmessage = async (event: MessageEvent<ReadRequest>) => {
  const { files } = event.data;
  for (let i = 0; i < files.length; i++)
    post({ index: i, file: { name: files[i].name, reports: await reportsOf(files[i]) } });
};
