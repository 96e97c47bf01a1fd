/**
 * `String(x)` for the numbers of a sheet written as ASCII bytes, faster for the Excel serials
 * of instants.
 *
 * A sheet of 100,000 complaints holds ~500,000 date-times, each an Excel serial such as
 * 45962.33436342592; V8 turns each into text through its general shortest-round-trip algorithm
 * (a runtime call and a new string per number), which was a fifth of the whole sheet's time. Every serial from
 * 1989-09-16 to 2079-06-06 lies in [2^15, 2^16), where all doubles are multiples of 2^-37: there
 * the shortest decimal that reads back as `x` is found with a few exact integer operations
 * below. ECMAScript's Number::toString picks the decimal with the fewest significant digits in
 * the interval of numbers that read back as `x` (the closest, when several have as few, ties
 * to even); this does the same. Any other number is left to `String`.
 * tests/unit/xlsxNumberText.test.ts checks it against `String` over millions of doubles.
 */

const LOW = 2 ** 15;
const HIGH = 2 ** 16;
/** 2^37: doubles in [2^15, 2^16) are integers times 2^-37. */
const SCALE = 2 ** 37;
const TWO_20 = 2 ** 20;
const TWO_25 = 2 ** 25;
/** 5^12: the fraction in units of 10^-12 is N·5^12 / 2^25 for x = I + N·2^-37. */
const FIVE_12 = 244_140_625;
const TRILLION = 1e12;
const MILLION = 1_000_000;

/** "00" to "99" as character codes, two per number: digits are written two at a time. */
const PAIRS = new Uint8Array(200);
for (let i = 0; i < 100; i++) {
  PAIRS[2 * i] = 48 + Math.floor(i / 10);
  PAIRS[2 * i + 1] = 48 + (i % 10);
}

/** `value` (< 100^pairs) as exactly 2·pairs digits, zeros in front, at `at`. */
function putPairs(buffer: Uint8Array, at: number, value: number, pairs: number): void {
  for (let p = at + 2 * pairs - 2; p >= at; p -= 2) {
    const q = (value / 100) | 0;
    const pair = 2 * (value - q * 100);
    buffer[p] = PAIRS[pair];
    buffer[p + 1] = PAIRS[pair + 1];
    value = q;
  }
}

/** `text` (ASCII) at `at`; returns the position after it. */
function writeAscii(buffer: Uint8Array, at: number, text: string): number {
  for (let i = 0; i < text.length; i++) buffer[at++] = text.charCodeAt(i);
  return at;
}

/** Writes `x` as `String(x)` writes it at `at` (room for 32 bytes); returns the position after. */
export function writeNumber(buffer: Uint8Array, at: number, x: number): number {
  if (!(x > LOW && x < HIGH)) return writeAscii(buffer, at, String(x));
  let integer = Math.floor(x);
  // Exact: x and its integer part are in the same binade; the fraction is n·2^-37, n < 2^37.
  const n = (x - integer) * SCALE;
  let c = 0;
  if (n !== 0) {
    // fraction · 10^12 = n·5^12/2^25 = d + r/2^25, computed in parts below 2^53 so all is exact.
    const hi = Math.floor(n / TWO_20);
    const t1 = hi * FIVE_12;
    const t2 = (n - hi * TWO_20) * FIVE_12;
    const q1 = Math.floor(t1 / 32);
    const q2 = Math.floor(t2 / TWO_25);
    let r = (t1 - q1 * 32) * TWO_20 + (t2 - q2 * TWO_25);
    let d = q1 + q2;
    if (r >= TWO_25) {
      d++;
      r -= TWO_25;
    }
    // What reads back as x: within half a step (2^-38) of it, i.e. in units of 10^-12 · 2^-26,
    // within 5^12 of d·2^26 + 2r. 5^12 is odd and the rest even: never exactly on a bound.
    // A multiple of 10 units there (at most one: the interval is ~7.3 units wide) has fewer
    // digits than any other candidate, and maybe more zeros at its end.
    const tens = d % 10;
    if (tens <= 3 && Math.abs(-tens * 2 * TWO_25 - 2 * r) < FIVE_12) c = d - tens;
    else if (tens >= 6 && Math.abs((10 - tens) * 2 * TWO_25 - 2 * r) < FIVE_12) c = d + 10 - tens;
    // Else 12 decimals, the nearest to x (r/2^25 is what x has past d). A tie (r = 2^24) takes
    // the even one as the standard says, though none reaches here: its d ends in 2 or 7, and
    // a multiple of 10 then lies in the interval.
    else c = r < TWO_25 / 2 ? d : r > TWO_25 / 2 ? d + 1 : d % 2 === 0 ? d : d + 1;
    if (c >= TRILLION) {
      integer++;
      c -= TRILLION;
    }
  }
  // Five digits (32768–65536), then up to twelve decimals without the zeros at their end.
  const first = (integer / 10_000) | 0;
  buffer[at] = 48 + first;
  putPairs(buffer, at + 1, integer - first * 10_000, 2);
  at += 5;
  if (c === 0) return at;
  buffer[at] = 46; // .
  const top = Math.floor(c / MILLION);
  putPairs(buffer, at + 1, top, 3);
  putPairs(buffer, at + 7, c - top * MILLION, 3);
  let end = at + 13;
  while (buffer[end - 1] === 48) end--;
  return end;
}
