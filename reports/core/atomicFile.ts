import { randomBytes } from 'node:crypto';
import { createWriteStream, type WriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * Writes `file` so that it appears only when complete: the content goes to a hidden temporary
 * file beside it (same directory, so the rename is atomic), which is renamed over `file` once
 * `write` has finished and the stream is closed. On any failure the temporary file is removed
 * and `file` is left as it was (absent, or its previous content): never half a workbook.
 */
export async function writeFileAtomically(
  file: string,
  write: (out: WriteStream) => Promise<void>,
): Promise<void> {
  const temp = join(
    dirname(file),
    `.${basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.part`,
  );
  const out = createWriteStream(temp);
  const closed = new Promise<void>((resolve, reject) => {
    out.once('close', resolve);
    out.once('error', reject);
  });
  // Awaited below; this only keeps an early open error from counting as unhandled meanwhile.
  closed.catch(() => undefined);
  try {
    await write(out);
    if (!out.writableEnded) out.end();
    await closed;
    await rename(temp, file);
  } catch (error) {
    out.destroy();
    await closed.catch(() => undefined);
    await rm(temp, { force: true });
    throw error;
  }
}
