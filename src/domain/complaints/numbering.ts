import { shanghaiMonth } from '../../schema/time';

/**
 * 患者投诉处理表编号 `TS-{branch code}-{yyyyMM}-{seq:4}`: the month of receipt in Asia/Shanghai,
 * the sequence restarting per branch and month. Which sequence comes next is the caller's
 * bookkeeping (the backend keeps a counter that never goes back, so numbers are never reused).
 */

const NUMBER_RE = /^TS-(.+)-(\d{4})(\d{2})-(\d{4,})$/;

/** The counter a complaint's number is drawn from: branch code and Shanghai month, `BJ01-202611`. */
export function complaintSequenceKey(branchCode: string, receivedAt: string): string {
  return `${branchCode}-${shanghaiMonth(receivedAt).replace('-', '')}`;
}

/** `TS-BJ01-202611-0007` (a sequence past 9999 keeps all its digits rather than wrap). */
export function formatComplaintNo(sequenceKey: string, seq: number): string {
  if (!Number.isInteger(seq) || seq < 1) throw new RangeError(`Invalid complaint sequence ${seq}`);
  return `TS-${sequenceKey}-${String(seq).padStart(4, '0')}`;
}

/** The sequence key and number of a complaint number, or null when it is not one. */
export function parseComplaintNo(no: string): { key: string; seq: number } | null {
  const m = NUMBER_RE.exec(no);
  return m ? { key: `${m[1]}-${m[2]}${m[3]}`, seq: Number(m[4]) } : null;
}

/** The highest sequence already used under `key` among `numbers` (0 when none). */
export function highestSequence(numbers: Iterable<unknown>, key: string): number {
  let max = 0;
  for (const no of numbers) {
    if (typeof no !== 'string') continue;
    const parsed = parseComplaintNo(no);
    if (parsed && parsed.key === key && parsed.seq > max) max = parsed.seq;
  }
  return max;
}
