import type { Report } from "../domain";

/** A picked file and the reports read from it. */
export interface PickedFile {
  name: string;
  reports: Report[];
}

/** What the pane sends its reading thread: the files themselves (the thread reads their bytes). */
export interface ReadRequest {
  files: File[];
}

/** What the thread answers after each file. */
export interface ReadAnswer {
  index: number;
  file: PickedFile;
}
