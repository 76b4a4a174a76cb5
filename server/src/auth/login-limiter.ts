/**
 * Failed sign-ins per account and per client address in a sliding window, in memory (one server
 * process). An account is refused after `perAccount` failures within the window, an address after
 * `perAddress`, until the oldest failure leaves the window; a success clears the account's count.
 */
export class LoginLimiter {
  private readonly failures = new Map<string, number[]>();

  constructor(
    private readonly options: { perAccount: number; perAddress: number; windowMs: number } = {
      perAccount: 5,
      perAddress: 20,
      windowMs: 15 * 60_000,
    },
    private readonly now: () => number = Date.now,
  ) {}

  /** Seconds until a sign-in for this account from this address may be tried again; 0 when it may now. */
  retryAfterSeconds(username: string, address: string): number {
    const waits = [
      this.wait(`account:${username.toLowerCase()}`, this.options.perAccount),
      this.wait(`address:${address}`, this.options.perAddress),
    ];
    return Math.max(...waits);
  }

  recordFailure(username: string, address: string): void {
    for (const key of [`account:${username.toLowerCase()}`, `address:${address}`]) {
      this.failures.set(key, [...this.recent(key), this.now()]);
    }
  }

  recordSuccess(username: string): void {
    this.failures.delete(`account:${username.toLowerCase()}`);
  }

  private recent(key: string): number[] {
    const since = this.now() - this.options.windowMs;
    const times = (this.failures.get(key) ?? []).filter((t) => t > since);
    if (times.length === 0) this.failures.delete(key);
    else this.failures.set(key, times);
    return times;
  }

  private wait(key: string, limit: number): number {
    const times = this.recent(key);
    if (times.length < limit) return 0;
    const oldest = times[times.length - limit]!;
    return Math.max(1, Math.ceil((oldest + this.options.windowMs - this.now()) / 1000));
  }
}
