/**
 * Validation of a needs catalog: the bundled one (in tests) and one a host sets as the `catalog` property.
 * Loaded on demand, only when a host sets `catalog`, so zod stays out of the finder's first load.
 */
import * as z from 'zod/mini';
import { LOCALES } from '../core/locales.js';
import { NEED_IDS, SDOH_CATEGORIES, needsCatalog, type NeedDefinition } from '../data/needs-catalog.js';

const text = (max: number) => z.string().check(z.trim(), z.minLength(1), z.maxLength(max));

/** A plain string, or one string per locale with English required. */
const LocalizedText = (max: number) =>
  z.union([
    text(max),
    z
      .partialRecord(z.enum(LOCALES), text(max))
      .check(z.refine((r) => typeof r.en === 'string', 'an "en" text is required')),
  ]);

/** SVG path data only: commands, numbers, separators (no markup, no url()). */
const PathData = z.string().check(z.maxLength(2000), z.regex(/^[MmLlHhVvCcSsQqTtAaZz0-9 ,.eE+-]+$/, 'SVG path data only'));

export const NeedDefinitionSchema = z
  .object({
    id: z.string().check(z.regex(/^[a-z][a-z0-9-]{0,39}$/, 'lowercase letters, digits and dashes')),
    icon: z.optional(PathData),
    sdoh: z.optional(z.enum(SDOH_CATEGORIES)),
    alsoSdoh: z.optional(z.array(z.enum(SDOH_CATEGORIES)).check(z.maxLength(5))),
    findings: z.optional(
      z.array(z.object({ code: z.string().check(z.regex(/^\d{6,18}$/, 'a SNOMED CT concept id')), display: text(200) })).check(z.maxLength(10)),
    ),
    taxonomy: z.optional(
      z.array(z.object({ code: text(40), name: text(120) })).check(z.maxLength(50)),
    ),
    keywords: z.optional(z.array(text(60)).check(z.maxLength(30))),
    safety: z.optional(z.boolean()),
    label: z.optional(LocalizedText(80)),
    description: z.optional(LocalizedText(200)),
  })
  .check(
    z.refine(
      (n) => n.label !== undefined || (NEED_IDS as readonly string[]).includes(n.id),
      'a need that is not built in needs a label',
    ),
  );

export const CatalogSchema = z.array(NeedDefinitionSchema).check(
  z.minLength(1),
  z.maxLength(60),
  z.refine((list) => new Set(list.map((n) => n.id)).size === list.length, 'need ids must be unique'),
);

/** A generic outline icon for host needs without one. */
const DEFAULT_ICON = 'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18ZM12 8v8M8 12h8';

export type CatalogCheck = { ok: true; catalog: NeedDefinition[] } | { ok: false; problems: string[] };

/** Checks a whole catalog; one bad entry rejects it (the finder then keeps the built-in one). Never throws. */
export function checkCatalog(input: unknown): CatalogCheck {
  try {
    return check(input);
  } catch {
    // A getter or a Proxy trap that throws: the host's value cannot be read.
    return { ok: false, problems: ['catalog could not be read (a getter or Proxy threw)'] };
  }
}

function check(input: unknown): CatalogCheck {
  const r = CatalogSchema.safeParse(input);
  if (!r.success) {
    return {
      ok: false,
      problems: r.error.issues.slice(0, 5).map((iss) => `catalog${iss.path.map((p) => `[${String(p)}]`).join('')}: ${iss.message}`),
    };
  }
  return {
    ok: true,
    // A built-in id keeps its built-in icon, codes, terms and texts unless the host gives its own.
    catalog: r.data.map((n) => {
      const builtIn = needsCatalog.find((b) => b.id === n.id);
      const defined = Object.fromEntries(Object.entries(n).filter(([, v]) => v !== undefined)) as Partial<NeedDefinition>;
      return { icon: DEFAULT_ICON, taxonomy: [], keywords: [], ...builtIn, ...defined, id: n.id };
    }),
  };
}
