import "server-only";
// Posts per client address per minute, counted in this process's memory (a sliding window).

const windowMs = 60_000;

export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export class RateLimiter {
  private readonly hits = new Map<string, number[]>();

  constructor(private readonly perMinute: number) {}

  take(address: string, now: number): RateDecision {
    if (this.perMinute === 0) return { allowed: true };
    const recent = (this.hits.get(address) ?? []).filter((time) => now - time < windowMs);
    if (recent.length >= this.perMinute) {
      this.hits.set(address, recent);
      const oldest = recent[0] ?? now;
      return {
        allowed: false,
        retryAfterSeconds: Math.max(1, Math.ceil((oldest + windowMs - now) / 1000)),
      };
    }
    recent.push(now);
    this.hits.set(address, recent);
    if (this.hits.size > 10_000) this.forgetIdle(now);
    return { allowed: true };
  }

  private forgetIdle(now: number) {
    for (const [address, times] of this.hits) {
      if (times.every((time) => now - time >= windowMs)) this.hits.delete(address);
    }
  }
}
