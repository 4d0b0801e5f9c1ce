import { closeSync, constants, fstatSync, openSync, readFileSync } from "node:fs";
import type { Text } from "../domain";

/** Why a file could not be read, as a code and a message in both languages. */
export class FileProblem extends Error {
  constructor(
    readonly code: string,
    readonly reason: Text,
  ) {
    super(`${reason.vi}\n${reason.en}`);
    this.name = "FileProblem";
  }
}

export const NOT_REGULAR: Text = {
  vi: "Không phải tệp thông thường (ống dẫn, thiết bị, socket…): không mở",
  en: "Not a regular file (a pipe, a device, a socket…): not opened",
};

/** The reason of a failed read or write, in the users' words where the system's code is a common one. */
export function fileErrorReason(e: unknown): FileProblem {
  if (e instanceof FileProblem) return e;
  const code = String((e as NodeJS.ErrnoException).code ?? "");
  switch (code) {
    case "ENOENT":
      return new FileProblem("file_gone", {
        vi: "Tệp không còn ở đó (bị xóa hoặc di chuyển sau khi liệt kê)",
        en: "The file is gone (removed or moved after it was listed)",
      });
    case "EACCES":
    case "EPERM":
      return new FileProblem("no_permission", {
        vi: "Không có quyền đọc tệp",
        en: "No permission to read the file",
      });
    case "EISDIR":
      return new FileProblem("is_folder", { vi: "Đây là thư mục", en: "This is a folder" });
    default: {
      const why = `${code ? `${code}: ` : ""}${(e as Error)?.message ?? String(e)}`;
      return new FileProblem("read_failed", { vi: `Lỗi khi đọc (${why})`, en: `Reading failed (${why})` });
    }
  }
}

/**
 * The bytes of a regular file. The file is opened without blocking and checked after opening, so a
 * pipe or a device put in its place is never read (reading one would hang or never end). The calls
 * are synchronous: files are read one at a time per thread anyway, and a promise per step cost more
 * than the read of a report. Throws a FileProblem.
 */
export async function readRegularFile(file: string): Promise<Buffer> {
  try {
    const fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
    try {
      if (!fstatSync(fd).isFile()) throw new FileProblem("not_regular_file", NOT_REGULAR);
      return readFileSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch (e) {
    throw fileErrorReason(e);
  }
}
