/**
 * Detects a key pressed N times within a time window (pure, clock passed in).
 * Any other key in between starts over, so typing capital letters never triggers it.
 */
export class TriplePress {
  private times: number[] = [];

  constructor(
    readonly count = 3,
    readonly windowMs = 5000,
  ) {}

  /** Records a press at `now` (ms); true when this press completes the sequence. */
  press(now: number): boolean {
    this.times = [...this.times, now].filter((t) => now - t <= this.windowMs).slice(-this.count);
    if (this.times.length === this.count) {
      this.times = [];
      return true;
    }
    return false;
  }

  reset(): void {
    this.times = [];
  }
}
