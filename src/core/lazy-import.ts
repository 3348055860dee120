/**
 * A module an element loads on demand, once per page: later calls share the same promise, and a
 * failed download is tried again next time instead of being remembered.
 */
export function lazyImport<T>(importer: () => Promise<T>, onLoad: (module: T) => void): () => Promise<T> {
  let pending: Promise<T> | undefined;
  return () =>
    (pending ??= importer().then(
      (module) => {
        onLoad(module);
        return module;
      },
      (err: unknown) => {
        pending = undefined; // try again next time
        throw err;
      },
    ));
}
