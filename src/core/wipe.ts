/** Quick exit and reset(): what every element and the storage it was allowed to use forget. */
import type { ReactiveControllerHost } from 'lit';

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
 * Every element that holds state, connected or not: a router may keep a removed check-in and put it
 * back later, so quick exit must wipe it too. Weak references, so a dropped element is still collected
 * (a WeakMap value that points back at its key does not keep the key alive).
 */
const hosts = new Set<WeakRef<object>>();
const wipes = new WeakMap<object, () => void>();
let listening = false;

function onExit(event: Event): void {
  // A microtask later, so that listeners added after ours can still cancel.
  queueMicrotask(() => {
    if (event.defaultPrevented) return;
    for (const ref of hosts) {
      const host = ref.deref();
      if (host) wipes.get(host)?.();
      else hosts.delete(ref);
    }
  });
}

/**
 * Calls `wipe` when someone uses quick exit and no listener canceled it, whether the host element is
 * in the page or was removed and kept (one document listener for all elements).
 */
export class WipeOnQuickExit {
  constructor(host: ReactiveControllerHost, wipe: () => void) {
    if (!wipes.has(host)) hosts.add(new WeakRef(host));
    wipes.set(host, wipe);
    if (!listening && typeof document !== 'undefined') {
      document.addEventListener('intake-quick-exit', onExit);
      listening = true;
    }
  }
}
