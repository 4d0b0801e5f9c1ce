import { defaultFramework as fw } from "../domain";
import { readPickedFile } from "./pickedFiles";
import type { PickedFile, ReadAnswer } from "./readFilesMessages";

export type { PickedFile } from "./readFilesMessages";

/** The reading thread's bundle, beside the pane's page (webpack's `readFiles` entry). */
const WORKER_SCRIPT = "readFiles.js";

export interface Reading {
  /** The files read, in the order picked; on cancel, those read until then. */
  done: Promise<PickedFile[]>;
  /** Stops reading now, even in the middle of a file. */
  cancel(): void;
}

/**
 * Reads picked files on a Web Worker, calling `progress(n, N)` after each file. Where no worker can
 * be started (a test's DOM, a host that refuses one) the same reader runs here, a file at a time,
 * letting the pane repaint between files.
 */
export function readPickedFiles(
  files: readonly File[],
  progress: (done: number, total: number) => void,
): Reading {
  const read: PickedFile[] = [];
  let cancelled = false;
  let finish: (files: PickedFile[]) => void = () => {};
  let worker: Worker | null = null;
  const done = new Promise<PickedFile[]>((resolve) => (finish = resolve));

  const inPane = async (from: number) => {
    for (let i = from; i < files.length && !cancelled; i++) {
      await new Promise((r) => setTimeout(r, 0));
      if (cancelled) break;
      read.push({
        name: files[i].name,
        reports: readPickedFile(fw, files[i].name, await files[i].arrayBuffer()),
      });
      progress(read.length, files.length);
    }
    finish(read);
  };

  try {
    if (typeof Worker === "undefined") throw new Error("no worker");
    worker = new Worker(new URL(WORKER_SCRIPT, document.baseURI));
    worker.onmessage = (event: MessageEvent<ReadAnswer>) => {
      read.push(event.data.file);
      progress(read.length, files.length);
      if (read.length === files.length) {
        worker?.terminate();
        finish(read);
      }
    };
    // A thread that cannot start or dies: the files it has not answered for are read here.
    worker.onerror = (event) => {
      event.preventDefault();
      worker?.terminate();
      void inPane(read.length);
    };
    worker.postMessage({ files: [...files] });
  } catch {
    void inPane(0);
  }
  return {
    done,
    cancel() {
      cancelled = true;
      worker?.terminate();
      finish(read);
    },
  };
}
