import archiver from 'archiver';
import { PassThrough, type Writable } from 'node:stream';

/**
 * The xlsx's zip container, written by archiver: each entry is a stream deflated as it arrives
 * (sizes and CRC in a data descriptor, zip64 when needed), so nothing is buffered to learn a
 * size first. This adapter adds what the sheet writer needs on top: every write waits while
 * archiver or the destination is behind (memory stays flat whatever the workbook's size), and a
 * destination that fails or closes early — a client gone away — fails the pending and later
 * writes instead of leaving them waiting for a drain that never comes.
 */

/** Fast compression: sheet XML is very repetitive, level 1 still shrinks it ~6×. */
const LEVEL = 1;
/** Bytes an entry's stream holds before a write waits (one sheet chunk is 1 MB). */
const ENTRY_BUFFER = 1 << 20;

/** One entry being written: text or bytes in, deflated bytes out to the archive. */
export interface ZipEntryWriter {
  /**
   * Resolves once `chunk` has been taken (its bytes may then be reused), which is also the
   * backpressure: it waits while the compressor or the output is behind.
   */
  write(chunk: string | Buffer): Promise<void>;
}

const closedEarly = () => new Error('the output closed before the workbook was complete');

export class ZipWriter {
  private readonly archive = archiver('zip', { zlib: { level: LEVEL, chunkSize: 64 * 1024 } });
  private failure: Error | undefined;
  private finished = false;
  /** Rejected by the first failure; every wait races it. */
  private readonly failed: Promise<never>;
  private readonly sources = new Set<PassThrough>();

  constructor(private readonly out: Writable) {
    let reject: (error: Error) => void = () => undefined;
    this.failed = new Promise<never>((_resolve, fail) => (reject = fail));
    this.failed.catch(() => undefined); // raced by every wait; only not "unhandled" meanwhile
    const fail = (error: Error) => {
      if (this.failure) return;
      this.failure = error;
      reject(error);
      for (const source of this.sources) source.destroy();
      this.archive.abort();
    };
    out.on('error', fail);
    out.on('close', () => {
      if (!this.finished) fail(closedEarly());
    });
    this.archive.on('error', fail);
    // archiver's warnings are about files on disk (a missing path); none are read here.
    this.archive.on('warning', fail);
    this.archive.pipe(out);
  }

  private check(): void {
    if (this.failure) throw this.failure;
    if (this.out.destroyed) throw closedEarly();
  }

  /** Resolves when `source` drains; rejects if the archive fails first. */
  private drained(source: PassThrough): Promise<void> {
    return Promise.race([new Promise<void>((resolve) => source.once('drain', resolve)), this.failed]);
  }

  /** Adds entry `name`; `produce` writes its content through the given writer. */
  async add(name: string, produce: (entry: ZipEntryWriter) => Promise<void>): Promise<void> {
    this.check();
    const source = new PassThrough({ highWaterMark: ENTRY_BUFFER });
    this.sources.add(source);
    this.archive.append(source, { name });
    const writer: ZipEntryWriter = {
      write: async (chunk) => {
        this.check();
        // A copy: the caller reuses its buffer as soon as this resolves, while archiver's
        // compressor may still hold the chunk in its queue.
        const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk);
        if (!source.write(bytes)) await this.drained(source);
      },
    };
    await produce(writer);
    this.check();
    source.end();
    this.sources.delete(source);
  }

  /** Writes the central directory and ends the output. */
  async finish(): Promise<void> {
    this.check();
    // Marked in the listener itself: a 'close' right after 'finish' is then no failure.
    const flushed = new Promise<void>((resolve) =>
      this.out.once('finish', () => {
        this.finished = true;
        resolve();
      }),
    );
    await Promise.race([this.archive.finalize(), this.failed]);
    await Promise.race([flushed, this.failed]);
  }
}
