/**
 * Failed sign-ins, counted per username and per client address over a sliding window: after
 * `max` failures of either within `windowMs`, sign-in is refused (429) until the oldest failure
 * leaves the window — even with the right password, so guessing cannot go on. A success clears
 * the counts of that username and address.
 */
export class LoginLimiter {
  private readonly failures = new Map<string, number[]>();

  constructor(
    private readonly max: number,
    private readonly windowMs: number,
    private readonly now: () => Date,
  ) {}

  private keys(username: string, ip: string): string[] {
    return [`user:${username.toLowerCase()}`, `ip:${ip}`];
  }

  private recent(key: string): number[] {
    const since = this.now().getTime() - this.windowMs;
    const list = (this.failures.get(key) ?? []).filter((t) => t > since);
    if (list.length === 0) this.failures.delete(key);
    else this.failures.set(key, list);
    return list;
  }

  /** Seconds until another attempt is allowed, or 0 when it is allowed now. */
  retryAfter(username: string, ip: string): number {
    let wait = 0;
    for (const key of this.keys(username, ip)) {
      const list = this.recent(key);
      if (list.length >= this.max) {
        const oldest = list[list.length - this.max];
        wait = Math.max(wait, Math.ceil((oldest + this.windowMs - this.now().getTime()) / 1000));
      }
    }
    return wait;
  }

  fail(username: string, ip: string): void {
    if (this.failures.size > 50_000) this.failures.clear(); // bounded memory under a flood
    const at = this.now().getTime();
    for (const key of this.keys(username, ip)) this.failures.set(key, [...this.recent(key), at]);
  }

  succeed(username: string, ip: string): void {
    for (const key of this.keys(username, ip)) this.failures.delete(key);
  }
}
