import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { writeNumber } from '../../reports/core/xlsx/numberText';

/**
 * The sheet writer writes numbers as bytes itself (`numberText.ts`), with its own shortest
 * round-trip digits for doubles in [2^15, 2^16) — the Excel serials of instants from 1989 to
 * 2079. The text must be exactly JavaScript's `String(x)`, which exceljs and the old writer used.
 */

const scratch = Buffer.alloc(64);
const written = (x: number) => scratch.toString('latin1', 0, writeNumber(scratch, 0, x));

const STEP = 2 ** -37;
/** Any double in [2^15, 2^16): 2^15 + k·2^-37, 0 ≤ k < 2^52 (drawn as two parts). */
const binade = fc
  .tuple(fc.integer({ min: 0, max: 2 ** 26 - 1 }), fc.integer({ min: 0, max: 2 ** 26 - 1 }))
  .map(([hi, lo]) => 2 ** 15 + (hi * 2 ** 26 + lo) * STEP);
/** The serial of an instant, as the datetime cell writer computes it, 1989–2079. */
const serial = fc
  .integer({ min: Date.parse('1989-09-17T00:00:00Z'), max: Date.parse('2079-06-05T00:00:00Z') })
  .map((ms) => (ms + 8 * 3_600_000) / 86_400_000 + 25_569);
/** Doubles a few steps from short decimals: where ties and carries into the integer happen. */
const nearShort = fc
  .tuple(
    fc.integer({ min: 32_768, max: 65_535 }),
    fc.integer({ min: 0, max: 999 }),
    fc.constantFrom(1, 10, 1000, 1e6, 1e9),
    fc.integer({ min: -40, max: 40 }),
  )
  .map(([whole, part, scale, steps]) => whole + part / scale + steps * STEP);

describe('writeNumber', () => {
  it('writes every double of [2^15, 2^16) as String does', () => {
    fc.assert(
      fc.property(fc.oneof(binade, serial, nearShort), (x) => {
        expect(written(x)).toBe(String(x));
      }),
      { numRuns: 200_000 },
    );
  });

  it('writes the binade edges, integers and halves as String does', () => {
    const cases = [
      2 ** 15 + STEP,
      2 ** 16 - STEP,
      2 ** 16 - 2 * STEP,
      32_768.5,
      45_962.25,
      45_962.125,
      45_962,
      65_535,
      65_535.99999999999,
      45_962.33436342592,
      45_962.000000000007,
      45_962.99999999999,
    ];
    for (const x of cases) expect(written(x)).toBe(String(x));
  });

  it('leaves every other number to String', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: false }), (x) => {
        expect(written(x)).toBe(String(x));
      }),
      { numRuns: 20_000 },
    );
    for (const x of [0, -0, 1, -1, 32_768, 65_536, 12.3, 0.1, 1234.56, -45_962.5, 1e21, 5e-7, Infinity])
      expect(written(x)).toBe(String(x));
  });
});
