/**
 * A ResizeObserver that hands its notes to the callback on the next animation frame. The virtualizer
 * measures cards in its ResizeObserver callback and moves them at once; with a long list the browser then
 * reports "ResizeObserver loop completed with undelivered notifications" on window.onerror (a page's error
 * tracker sees it). Measuring one frame later changes nothing the person sees and leaves no loop to report.
 */
export class FrameResizeObserver implements ResizeObserver {
  private readonly observer: ResizeObserver;
  private frame = 0;
  /** The latest note per element since the last frame. */
  private pending = new Map<Element, ResizeObserverEntry>();

  constructor(callback: ResizeObserverCallback) {
    this.observer = new ResizeObserver((entries) => {
      for (const entry of entries) this.pending.set(entry.target, entry);
      if (this.frame) return;
      this.frame = requestAnimationFrame(() => {
        this.frame = 0;
        const batch = [...this.pending.values()];
        this.pending.clear();
        if (batch.length) callback(batch, this);
      });
    });
  }

  observe(target: Element, options?: ResizeObserverOptions): void {
    this.observer.observe(target, options);
  }

  unobserve(target: Element): void {
    this.pending.delete(target);
    this.observer.unobserve(target);
  }

  disconnect(): void {
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.pending.clear();
    this.observer.disconnect();
  }
}
