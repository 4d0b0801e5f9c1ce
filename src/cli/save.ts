import { stat } from "node:fs/promises";
import writeFileAtomic from "write-file-atomic";
import { UserError } from "./userError";

/**
 * Writes a file whole or not at all: to a temporary file beside the target, renamed over it only once
 * complete and flushed. A failure or a kill on the way leaves the previous file as it was.
 */
export async function saveFile(file: string, data: Uint8Array): Promise<void> {
  try {
    await writeFileAtomic(file, Buffer.from(data.buffer, data.byteOffset, data.byteLength));
  } catch (e) {
    const why = (e as Error).message;
    throw new UserError(
      `Không ghi được ${file}: ${why} (tệp cũ, nếu có, vẫn nguyên vẹn)`,
      `Cannot write ${file}: ${why} (the previous file, if any, is intact)`,
    );
  }
}

/** A file's identity (device and inode), whatever path names it; `null` when it does not exist. */
export async function fileIdentity(file: string): Promise<string | null> {
  const info = await stat(file).catch(() => null);
  return info ? `${info.dev}:${info.ino}` : null;
}
