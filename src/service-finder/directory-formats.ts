/**
 * What a `src` (or the `services` property) may hold, told apart by content, not by file name or an
 * attribute: a Frictionless data package (`datapackage.json` listing HSDS CSV files, 3.0 or the older
 * 1.1/2.0 layout), Open Referral UK JSON, or HSDS 3.0 JSON. Each becomes compiled HSDS 3.0 records
 * for normalizeServices. The CSV reader (and its parser) is imported only when a data package arrives.
 */
import { isDataPackage } from './tabular-detect.js';
import { fromOruk, isOruk } from './oruk.js';
import type { NormalizeResult } from './hsds.js';

export type DirectoryFormat = 'hsds-json' | 'hsds-3-csv' | 'hsds-2-csv' | 'oruk';

export interface PreparedDirectory {
  data: unknown;
  format: DirectoryFormat;
  /** Parts left out before normalizing (unreadable tables, rows that point at nothing). */
  dropped: number;
  reasons: string[];
}

/** A data package that cannot give any services (no services table, or one that is not CSV). */
export class FormatError extends Error {}

/** Fetch one CSV resource as text: same credentials rule as the directory itself; never a thrown body. */
async function fetchText(url: string): Promise<string> {
  const response = await fetch(url, { credentials: 'same-origin', headers: { accept: 'text/csv, text/plain, */*' } });
  if (!response.ok) throw new Error(`GET answered ${response.status}`);
  return response.text();
}

export async function prepareDirectory(input: unknown, url?: string): Promise<PreparedDirectory> {
  if (url && isDataPackage(input)) {
    const { readDataPackage, PackageError } = await import('./tabular.js');
    try {
      const { records, format, dropped, reasons } = await readDataPackage(input, url, { fetchText });
      return { data: records, format, dropped, reasons };
    } catch (err) {
      throw new FormatError(err instanceof PackageError ? err.message : `the data package could not be read (${String(err).slice(0, 200)})`);
    }
  }
  if (isOruk(input)) return { data: fromOruk(input), format: 'oruk', dropped: 0, reasons: [] };
  return { data: input, format: 'hsds-json', dropped: 0, reasons: [] };
}

/** Reasons kept in one load report (the counts stay exact). */
const MAX_REASONS = 50;

/** The load report of a directory read from another format: its own dropped parts and reasons first, then normalize's. */
export function mergeReport<T extends Omit<NormalizeResult, 'services'>>(prepared: Pick<PreparedDirectory, 'dropped' | 'reasons'>, result: T): T {
  if (!prepared.dropped && !prepared.reasons.length) return result;
  const reasons = [...prepared.reasons, ...result.reasons];
  if (reasons.length > MAX_REASONS) {
    reasons.length = MAX_REASONS;
    reasons.push(`(${prepared.dropped + result.dropped + result.skipped} problems in all; first ${MAX_REASONS} shown)`);
  }
  return { ...result, dropped: prepared.dropped + result.dropped, reasons };
}

