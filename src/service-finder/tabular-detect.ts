/** Telling a Frictionless data package apart from HSDS JSON without loading the CSV reader. */

/** A data package: an object whose `resources` list has at least one `path` (a CSV file). */
export function isDataPackage(value: unknown): value is { resources: unknown[] } {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return false;
  const resources = (value as { resources?: unknown }).resources;
  return Array.isArray(resources) && resources.some((r) => !!r && typeof r === 'object' && typeof (r as { path?: unknown }).path === 'string');
}
