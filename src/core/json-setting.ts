/**
 * A setting a host gives as JSON text (an attribute) or as the object itself (a property): `encrypt-to`,
 * `point-person`. No Lit.
 */

/** A checked value, or what is wrong with it (never the value itself). */
export type Checked<T> = { ok: true; value: T } | { ok: false; problem: string };

/**
 * Parses JSON text (an object is taken as it is), then checks the value with `check`. Never throws, even
 * for a host object whose getters or traps throw. `name` and `shape` word the problems ("`name` is not
 * JSON (`shape`)").
 */
export function checkJsonSetting<T>(raw: unknown, name: string, shape: string, check: (value: unknown) => Checked<T>): Checked<T> {
  try {
    let value = raw;
    if (typeof raw === 'string') {
      try {
        value = JSON.parse(raw);
      } catch {
        return { ok: false, problem: `${name} is not JSON (${shape})` };
      }
    }
    return check(value);
  } catch {
    // A host object whose getters or traps throw.
    return { ok: false, problem: `${name} could not be read` };
  }
}
