import { useCallback, useState } from "react";
import { defaultFramework as fw, type Report, type Text } from "../../domain";
import { errorText } from "../errorText";
import { readPickedFile } from "../pickedFiles";

export interface PickedFile {
  name: string;
  reports: Report[];
}

/** Report files the user picked, read in the pane (never opened in Excel). */
export function usePickedFiles() {
  const [files, setFiles] = useState<PickedFile[]>([]);
  const [reading, setReading] = useState(false);
  const [error, setError] = useState<Text | null>(null);
  const add = useCallback(async (list: FileList | File[]) => {
    setReading(true);
    setError(null);
    try {
      const read: PickedFile[] = [];
      for (const file of Array.from(list)) {
        read.push({
          name: file.name,
          reports: await readPickedFile(fw, file.name, await file.arrayBuffer()),
        });
      }
      setFiles((before) => [...before.filter((f) => !read.some((r) => r.name === f.name)), ...read]);
    } catch (e) {
      setError(errorText(e));
    } finally {
      setReading(false);
    }
  }, []);
  return { files, reading, error, add, clear: () => setFiles([]), clearError: () => setError(null) };
}
