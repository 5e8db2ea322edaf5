/**
 * Progress for a long byte count, reported often enough for a progress bar and rarely enough not
 * to flood the IPC channel: at most once per `step` bytes, and always at the end.
 */
export class Progress {
  private done = 0;
  private reportedAt = 0;

  constructor(
    private readonly onProgress: ((done: number, total: number) => void) | undefined,
    public total: number,
    private readonly step = 1024 * 1024,
  ) {}

  add(bytes: number): void {
    this.done += bytes;
    if (this.done - this.reportedAt >= this.step) this.report();
  }

  finish(): void {
    if (this.done !== this.reportedAt || this.done === 0) this.report();
  }

  private report(): void {
    this.reportedAt = this.done;
    this.onProgress?.(this.done, Math.max(this.total, this.done));
  }
}
