/** The emulated time: real by default, settable and advanceable so tests of expiry and timeouts are exact. */
export class Clock {
  private offset = 0;
  private frozen: number | undefined;
  now(): number {
    return (this.frozen ?? Date.now()) + this.offset;
  }
  set(date: Date | string): void {
    this.frozen = new Date(date).getTime();
    this.offset = 0;
  }
  advance(ms: number): void {
    this.offset += ms;
  }
}
