/** Quick exit and reset(): what every element and the storage it was allowed to use forget. */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Every key this library writes to sessionStorage/localStorage starts with this. */
export const STORAGE_PREFIX = 'compassionate-intake:';

export function wipeStorage(): void {
  for (const store of [globalThis.sessionStorage, globalThis.localStorage]) {
    try {
      for (const key of Object.keys(store ?? {})) if (key.startsWith(STORAGE_PREFIX)) store.removeItem(key);
    } catch {
      // Storage can be disabled (privacy mode); nothing of ours is there then.
    }
  }
}

/**
 * Calls `wipe` when someone uses quick exit and no listener canceled it.
 * The check waits a microtask so that listeners added after ours can still cancel.
 */
export class WipeOnQuickExit implements ReactiveController {
  constructor(
    host: ReactiveControllerHost,
    private readonly wipe: () => void,
  ) {
    host.addController(this);
  }

  private readonly onExit = (event: Event) => {
    queueMicrotask(() => {
      if (!event.defaultPrevented) this.wipe();
    });
  };

  hostConnected(): void {
    document.addEventListener('intake-quick-exit', this.onExit);
  }

  hostDisconnected(): void {
    document.removeEventListener('intake-quick-exit', this.onExit);
  }
}
