import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toCellValue } from '../../reports/core/xlsx/format';
import { formatShanghai, parseInstant, shanghaiDate, storedInstantMs } from '../../src/schema/time';

/**
 * The stored form of an instant (`YYYY-MM-DDTHH:MM:SS.sssZ`) is read digit by digit in
 * `src/schema/time.ts` (reports format hundreds of thousands of them). These properties pin that
 * fast path to two independent references: the Date arithmetic it replaced, and the platform's
 * own time-zone database (Intl) for the years since China's last daylight saving time (1991).
 */

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** What formatShanghai computed before the fast path (kept here as the reference). */
function dateArithmetic(instant: string, withSeconds = false): string {
  const iso = new Date(Date.parse(instant) + 8 * HOUR).toISOString();
  return `${iso.slice(0, 10)} ${iso.slice(11, withSeconds ? 19 : 16)}`;
}

const SHANGHAI = new Intl.DateTimeFormat('en-US', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/** The Shanghai wall clock by the tz database: `YYYY-MM-DD HH:mm:ss`. */
function intlShanghai(ms: number): string {
  const part: Record<string, string> = {};
  for (const p of SHANGHAI.formatToParts(ms)) part[p.type] = p.value;
  return `${part.year.padStart(4, '0')}-${part.month}-${part.day} ${part.hour}:${part.minute}:${part.second}`;
}

const ms = (iso: string) => Date.parse(iso);
/** Instants from 1992 (no DST in China since 1991) to 2100, the range Intl is compared over. */
const modern = fc.integer({ min: ms('1992-01-01T00:00:00Z'), max: ms('2100-12-31T23:59:59.999Z') });
/** Every instant ISO writes with a four-digit year. */
const anyFourDigitYear = fc.integer({ min: ms('0000-01-01T00:00:00Z'), max: ms('9999-12-31T23:59:59.999Z') });
/** Instants within two hours of a Shanghai midnight (the date changes at 16:00 UTC). */
const nearMidnight = fc
  .tuple(fc.integer({ min: 0, max: 80 * 366 }), fc.integer({ min: -2 * HOUR, max: 2 * HOUR }))
  .map(([day, offset]) => ms('1992-01-01T16:00:00Z') + day * DAY + offset);

const RUNS = { numRuns: 3000 };

describe('formatShanghai on stored instants', () => {
  it('matches the tz database over 1992–2100', () => {
    fc.assert(
      fc.property(fc.oneof(modern, nearMidnight), (t) => {
        const iso = new Date(t).toISOString();
        const wall = intlShanghai(t);
        expect(formatShanghai(iso, true)).toBe(wall);
        expect(formatShanghai(iso)).toBe(wall.slice(0, 16));
        expect(shanghaiDate(iso)).toBe(wall.slice(0, 10));
      }),
      RUNS,
    );
  });

  it('matches the Date arithmetic it replaced for every four-digit year', () => {
    fc.assert(
      fc.property(anyFourDigitYear, fc.boolean(), (t, withSeconds) => {
        const iso = new Date(t).toISOString();
        expect(formatShanghai(iso, withSeconds)).toBe(dateArithmetic(iso, withSeconds));
        expect(shanghaiDate(iso)).toBe(dateArithmetic(iso).slice(0, 10));
        expect(storedInstantMs(iso) ?? Date.parse(iso)).toBe(t);
      }),
      RUNS,
    );
  });

  it('turns the date at 16:00 UTC, across months, years and leap days', () => {
    const cases: [string, string][] = [
      ['2025-12-31T15:59:59.999Z', '2025-12-31 23:59:59'],
      ['2025-12-31T16:00:00.000Z', '2026-01-01 00:00:00'],
      ['2026-10-31T16:30:00.000Z', '2026-11-01 00:30:00'],
      ['2026-02-28T16:00:00.000Z', '2026-03-01 00:00:00'],
      ['2024-02-28T16:00:00.000Z', '2024-02-29 00:00:00'],
      ['2024-02-29T16:00:00.000Z', '2024-03-01 00:00:00'],
      ['2000-02-28T16:00:00.000Z', '2000-02-29 00:00:00'],
      ['2100-02-28T16:00:00.000Z', '2100-03-01 00:00:00'],
      ['2026-04-30T23:59:59.000Z', '2026-05-01 07:59:59'],
      ['2026-06-15T00:00:00.000Z', '2026-06-15 08:00:00'],
      ['0999-12-31T16:00:00.000Z', '1000-01-01 00:00:00'],
    ];
    for (const [instant, wall] of cases) {
      expect(formatShanghai(instant, true)).toBe(wall);
      expect(shanghaiDate(instant)).toBe(wall.slice(0, 10));
    }
    // Past year 9999 ISO needs six digits: the general path answers, as before.
    expect(formatShanghai('9999-12-31T16:00:00.000Z')).toBe(dateArithmetic('9999-12-31T16:00:00.000Z'));
  });
});

/** Strings near the stored form: one character of a valid instant replaced. */
const nearlyStored = fc
  .tuple(anyFourDigitYear, fc.nat({ max: 23 }), fc.constantFrom(...'0123456789-:.TZ+ x'))
  .map(([t, i, c]) => {
    const iso = new Date(t).toISOString();
    return iso.slice(0, i) + c + iso.slice(i + 1);
  });

/** Stored-form shapes with out-of-range fields: day 31 of short months, hour 24, second 60, … */
const outOfRange = fc
  .tuple(
    fc.integer({ min: 1990, max: 2030 }),
    fc.integer({ min: 0, max: 13 }),
    fc.integer({ min: 0, max: 32 }),
    fc.integer({ min: 0, max: 25 }),
    fc.integer({ min: 0, max: 61 }),
    fc.integer({ min: 0, max: 61 }),
  )
  .map(
    ([y, mo, d, h, mi, s]) =>
      `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}T${String(h).padStart(2, '0')}:` +
      `${String(mi).padStart(2, '0')}:${String(s).padStart(2, '0')}.000Z`,
  );

/** Other instants the API accepts: offsets, no seconds, no milliseconds. */
const otherForms = fc
  .tuple(modern, fc.constantFrom('+08:00', '-05:30', 'Z', '+0800'), fc.constantFrom(16, 19, 23))
  .map(([t, zone, cut]) => new Date(t).toISOString().slice(0, cut) + zone);

describe('every other string takes the general path', () => {
  it('reads the stored form only when Date.parse reads it the same', () => {
    fc.assert(
      fc.property(fc.oneof(nearlyStored, outOfRange, otherForms, fc.string({ maxLength: 30 })), (s) => {
        const fast = storedInstantMs(s);
        if (fast !== null) expect(fast).toBe(Date.parse(s));
        const parsed = parseInstant(s);
        if (parsed === null) return;
        // Anything the API accepts is shown as the Date arithmetic shows it, whichever path.
        expect(formatShanghai(s)).toBe(dateArithmetic(s));
        expect(shanghaiDate(s)).toBe(dateArithmetic(s).slice(0, 10));
      }),
      { numRuns: 5000 },
    );
  });

  it('stores an instant in a datetime cell as the serial of its Shanghai wall clock, or as text', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          anyFourDigitYear.map((t) => new Date(t).toISOString()),
          outOfRange,
          otherForms,
        ),
        (s) => {
          const t = parseInstant(s);
          const expected = t === null ? s : (t + 8 * HOUR) / DAY + 25_569;
          expect(toCellValue('datetime', s, 'zh')).toBe(expected);
        },
      ),
      RUNS,
    );
  });
});
