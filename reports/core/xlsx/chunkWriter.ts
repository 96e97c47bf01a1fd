import { writeNumber } from './numberText';
import { escapeXml } from './xml';
import type { ZipEntryWriter } from './zip';

/**
 * The sheet's XML encoded straight into a few reused 1 MB buffers, handed to the zip in turn
 * (one being filled while the others are compressed). A row is written piece by piece — its
 * markup from bytes prepared once per column, its values encoded in place — so no string is
 * built per row or cell: for 100,000 rows × 25 cells that string building and its garbage were
 * half of the sheet's time. Nothing piles up and no buffer is allocated per chunk — in the API
 * server, beside a database of a few GB, either would make V8 run full collections over the
 * whole heap again and again.
 */

const CHUNK_BYTES = 1 << 20;
/** Buffers in turn: one being filled while the others are compressed. */
const BUFFERS = 3;
/** Room kept free for one more row: `full` says so before it is used. */
const ROW_ROOM = 64 * 1024;
/** Texts up to this length are encoded here; longer ones by Node (fewer calls per byte). */
const SHORT_TEXT = 48;

interface Slot {
  buffer: Buffer;
  /** Settles when the compressor is done with the buffer's previous content. */
  free: Promise<void>;
}

/** ASCII markup as bytes, prepared once (per column, per sheet). */
export function markup(text: string): Uint8Array {
  return Buffer.from(text, 'latin1');
}

const ROW_OPEN = markup('<row r="');
const TAG_END = markup('">');

/** UTF-16 units that `text` must not write itself: XML specials and controls XML drops. */
function needsEscape(c: number): boolean {
  return c < 0x20
    ? c !== 0x09 && c !== 0x0a && c !== 0x0d
    : c === 0x26 || c === 0x3c || c === 0x3e || c === 0x22 || c === 0x27 || c === 0x7f;
}

export class ChunkWriter {
  private readonly slots: Slot[] = [];
  private current = 0;
  private buffer: Buffer;
  private used = 0;
  /** Content that went past a buffer, in order, written before the buffer's current content. */
  private queued: Buffer[] = [];

  constructor(private readonly entry: ZipEntryWriter) {
    for (let i = 0; i < BUFFERS; i++)
      this.slots.push({ buffer: Buffer.allocUnsafe(CHUNK_BYTES), free: Promise.resolve() });
    this.buffer = this.slots[0].buffer;
  }

  /** True when the next row may not fit: call `flush` before writing it. */
  get full(): boolean {
    return this.used >= CHUNK_BYTES - ROW_ROOM;
  }

  /**
   * Makes room for `bytes` more. Past the buffer's end (only inside a row longer than
   * `ROW_ROOM`, rare: tens of KB) the content so far is queued as a copy and the buffer starts
   * again; returns false when even an empty buffer is too small.
   */
  private room(bytes: number): boolean {
    if (this.used + bytes <= this.buffer.length) return true;
    if (this.used > 0) this.queued.push(Buffer.from(this.buffer.subarray(0, this.used)));
    this.used = 0;
    return bytes <= this.buffer.length;
  }

  /** Prepared markup (see `markup`). */
  bytes(part: Uint8Array): void {
    const n = part.length;
    this.room(n);
    const buffer = this.buffer;
    let at = this.used;
    for (let i = 0; i < n; i++) buffer[at++] = part[i];
    this.used = at;
  }

  /** The current row's number as digits, which `cellStart` writes into every cell reference. */
  private readonly rowDigits = new Uint8Array(16);
  private rowLength = 0;

  /** Starts row `row` (its number as text, `String(row)`): `<row r="N">`. */
  startRow(row: string): void {
    const n = row.length;
    for (let i = 0; i < n; i++) this.rowDigits[i] = row.charCodeAt(i);
    this.rowLength = n;
    this.bytes(ROW_OPEN);
    this.ascii(row);
    this.bytes(TAG_END);
  }

  /** A cell's markup up to its value: `open` (`<c r="B`), the row's number, then `rest`. */
  cellStart(open: Uint8Array, rest: Uint8Array): void {
    this.room(open.length + this.rowLength + rest.length);
    const buffer = this.buffer;
    let at = this.used;
    for (let i = 0; i < open.length; i++) buffer[at++] = open[i];
    for (let i = 0; i < this.rowLength; i++) buffer[at++] = this.rowDigits[i];
    for (let i = 0; i < rest.length; i++) buffer[at++] = rest[i];
    this.used = at;
  }

  /** Text known to be ASCII without XML specials: numbers, row numbers. */
  ascii(text: string): void {
    const n = text.length;
    this.room(n);
    const buffer = this.buffer;
    let at = this.used;
    for (let i = 0; i < n; i++) buffer[at++] = text.charCodeAt(i);
    this.used = at;
  }

  /** A number as `String(value)` writes it. */
  number(value: number): void {
    this.room(32);
    this.used = writeNumber(this.buffer, this.used, value);
  }

  /** Any text as XML character data (see `escapeXml`), UTF-8. */
  text(text: string): void {
    const n = text.length;
    if (n > SHORT_TEXT || !this.room(n * 3)) {
      this.encoded(escapeXml(text));
      return;
    }
    const buffer = this.buffer;
    let at = this.used;
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c < 0x80) {
        if (needsEscape(c)) return this.encoded(escapeXml(text));
        buffer[at++] = c;
      } else if (c < 0x800) {
        buffer[at++] = 0xc0 | (c >> 6);
        buffer[at++] = 0x80 | (c & 0x3f);
      } else if (c >= 0xd800 && c <= 0xdfff) {
        // Surrogates (pairs, or lone ones Node writes as U+FFFD): Node encodes the whole text.
        return this.encoded(escapeXml(text));
      } else {
        buffer[at++] = 0xe0 | (c >> 12);
        buffer[at++] = 0x80 | ((c >> 6) & 0x3f);
        buffer[at++] = 0x80 | (c & 0x3f);
      }
    }
    this.used = at;
  }

  /** Text already escaped (or markup), encoded by Node. */
  encoded(text: string): void {
    // UTF-8 needs at most 3 bytes per UTF-16 unit: the usual text is written straight in.
    if (this.room(text.length * 3)) {
      this.used += this.buffer.write(text, this.used, 'utf8');
      return;
    }
    const bytes = Buffer.from(text, 'utf8');
    if (this.room(bytes.length)) {
      this.used += bytes.copy(this.buffer, this.used);
      return;
    }
    // Longer than a whole buffer (a cell of hundreds of KB): queued as it is, in order.
    this.queued.push(bytes);
  }

  /** Hands what was written to the zip; waits until the next buffer is free to fill. */
  async flush(): Promise<void> {
    for (const bytes of this.queued) await this.entry.write(bytes);
    this.queued = [];
    if (this.used === 0) return;
    const slot = this.slots[this.current];
    const free = this.entry.write(slot.buffer.subarray(0, this.used));
    // Awaited before the buffer is reused; a failure meanwhile must not count as unhandled.
    free.catch(() => undefined);
    slot.free = free;
    this.current = (this.current + 1) % BUFFERS;
    this.buffer = this.slots[this.current].buffer;
    this.used = 0;
    await this.slots[this.current].free;
  }

  /** Flushes and waits until the compressor has taken everything. */
  async close(): Promise<void> {
    await this.flush();
    await Promise.all(this.slots.map((s) => s.free));
  }
}
