import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ChunkWriter, markup } from '../../reports/core/xlsx/chunkWriter';
import { startsLikeFormula } from '../../reports/core/xlsx/format';
import { escapeXml } from '../../reports/core/xlsx/xml';
import type { ZipEntryWriter } from '../../reports/core/xlsx/zip';

/**
 * The streaming sheet writer encodes its XML itself, piece by piece, into reused buffers
 * (`chunkWriter.ts`). Whatever is written must come out as Node's own UTF-8 of the escaped
 * text, in order, however the pieces fall across buffers.
 */

/** An entry that keeps copies of what it is given (the writer reuses its buffers after). */
function collector(): { entry: ZipEntryWriter; bytes: () => Buffer } {
  const chunks: Buffer[] = [];
  return {
    entry: {
      write: async (chunk) => {
        chunks.push(Buffer.from(chunk));
      },
    },
    bytes: () => Buffer.concat(chunks),
  };
}

type Piece = { kind: 'text' | 'ascii' | 'markup' | 'encoded'; value: string };

/** Writes the pieces as the sheet writer does (flushing whenever `full`), returns the bytes. */
async function written(pieces: readonly Piece[]): Promise<Buffer> {
  const { entry, bytes } = collector();
  const out = new ChunkWriter(entry);
  for (const p of pieces) {
    if (p.kind === 'text') out.text(p.value);
    else if (p.kind === 'ascii') out.ascii(p.value);
    else if (p.kind === 'markup') out.bytes(markup(p.value));
    else out.encoded(p.value);
    if (out.full) await out.flush();
  }
  await out.close();
  return bytes();
}

/** What each piece must become, each on its own: text escaped, everything else as is, in UTF-8. */
const expected = (pieces: readonly Piece[]) =>
  Buffer.concat(pieces.map((p) => Buffer.from(p.kind === 'text' ? escapeXml(p.value) : p.value, 'utf8')));

const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 80 }), // any code point, surrogate pairs included
  fc.string({ unit: 'binary-ascii', maxLength: 80 }), // controls and XML specials
  fc.string({
    unit: fc.constantFrom('投', '诉', '\uD800', '\uDC00', '😀', 'é', '&', '<', '\x7F', '\t', 'a'),
    maxLength: 80,
  }),
);
const asciiText = fc.string({ unit: fc.constantFrom(...'0123456789.-E+'), maxLength: 30 });
const markupText = fc.string({ unit: fc.constantFrom(...'<c r="AZ19" s=t/>'), maxLength: 40 });

const piece: fc.Arbitrary<Piece> = fc.oneof(
  anyText.map((value) => ({ kind: 'text' as const, value })),
  asciiText.map((value) => ({ kind: 'ascii' as const, value })),
  markupText.map((value) => ({ kind: 'markup' as const, value })),
  anyText.map((value) => ({ kind: 'encoded' as const, value: escapeXml(value) })),
);

describe('ChunkWriter', () => {
  it("writes any text as Node's UTF-8 of the escaped text, in order", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(piece, { maxLength: 60 }), async (pieces) => {
        expect((await written(pieces)).equals(expected(pieces))).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it('escapes XML specials and drops the controls XML cannot carry, keeping tab, LF and CR', async () => {
    const bytes = await written([{ kind: 'text', value: 'a&b<c>d"e\'f\x00g\x1Fh\x7Fi\tj\nk\rl' }]);
    expect(bytes.toString('utf8')).toBe('a&amp;b&lt;c&gt;d&quot;e&apos;fghi\tj\nk\rl');
  });

  it('writes a lone surrogate as U+FFFD and a pair as one 4-byte character, as Node does', async () => {
    const bytes = await written([
      { kind: 'text', value: 'x\uD800y' },
      { kind: 'text', value: '😀' },
    ]);
    expect([...bytes]).toEqual([0x78, 0xef, 0xbf, 0xbd, 0x79, 0xf0, 0x9f, 0x98, 0x80]);
  });

  it('keeps the order when rows run past a buffer and when one text is longer than a buffer', async () => {
    // ~1.3 MB without a flush in between (one "row"), then a 1.5 MB cell, then more rows.
    const pieces: Piece[] = [];
    for (let i = 0; i < 30_000; i++) pieces.push({ kind: 'text', value: `行${i}：处理中` });
    const row = pieces.splice(0, pieces.length);
    const written1 = async () => {
      const { entry, bytes } = collector();
      const out = new ChunkWriter(entry);
      for (const p of row) out.text(p.value); // no flush: a row longer than the room kept
      out.encoded('很'.repeat(500_000));
      out.text('&end');
      for (let i = 0; i < 1000; i++) {
        out.ascii(String(i));
        if (out.full) await out.flush();
      }
      await out.close();
      return bytes();
    };
    const want = Buffer.from(
      row.map((p) => p.value).join('') +
        '很'.repeat(500_000) +
        '&amp;end' +
        Array.from({ length: 1000 }, (_, i) => String(i)).join(''),
      'utf8',
    );
    expect((await written1()).equals(want)).toBe(true);
  });
});

describe('startsLikeFormula (read by character code for every text cell)', () => {
  it('is true exactly for strings starting with = + - @, tab or CR', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 4 }), fc.string({ unit: 'binary', maxLength: 4 })), (s) => {
        expect(startsLikeFormula(s)).toBe(/^[=+\-@\t\r]/.test(s));
      }),
      { numRuns: 5000 },
    );
    for (const s of ['=1', '+1', '-1', '@A', '\t1', '\r1']) expect(startsLikeFormula(s)).toBe(true);
    for (const v of ['', ' =1', '1', '\n=', 5, null, undefined]) expect(startsLikeFormula(v)).toBe(false);
  });
});
