import { useCallback, useRef, useState } from "react";
import type { Text } from "../../domain";
import { errorText } from "../../shared/failure";
import { readPickedFiles, type PickedFile, type Reading } from "../readPickedFiles";

export type { PickedFile } from "../readPickedFiles";

/** Report files the user picked, read on the pane's reading thread (never opened in Excel). */
export function usePickedFiles() {
  const [files, setFiles] = useState<PickedFile[]>([]);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [error, setError] = useState<Text | null>(null);
  const reading = useRef<Reading | null>(null);
  const add = useCallback(async (list: FileList | File[]) => {
    const picked = Array.from(list);
    setError(null);
    setProgress({ done: 0, total: picked.length });
    try {
      reading.current = readPickedFiles(picked, (done, total) => setProgress({ done, total }));
      const read = await reading.current.done;
      setFiles((before) => [...before.filter((f) => !read.some((r) => r.name === f.name)), ...read]);
    } catch (e) {
      setError(errorText(e));
    } finally {
      reading.current = null;
      setProgress(null);
    }
  }, []);
  return {
    files,
    reading: progress !== null,
    progress,
    error,
    add,
    cancel: () => reading.current?.cancel(),
    clear: () => setFiles([]),
    clearError: () => setError(null),
  };
}
