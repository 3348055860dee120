/**
 * What the needs finder shows before anything is picked: each built-in need's id, icon and whether it
 * opens the safety path. Its codes (SDOH categories, Open Eligibility terms, SNOMED CT findings) are in
 * ./needs-catalog.ts, which loads only when a result is built or a directory is filtered.
 *
 * `icon`: path data on a 24×24 grid, drawn with a round 1.75 stroke, made for this project (no network,
 * no third-party icon set).
 */

export const NEED_IDS = [
  'food',
  'housing-tonight',
  'housing-keep',
  'housing-quality',
  'household-goods',
  'utilities',
  'transportation',
  'money',
  'work',
  'legal',
  'id-documents',
  'immigration',
  'language',
  'health-care',
  'health-insurance',
  'mental-health',
  'substance-use',
  'someone-to-talk-to',
  'family-caregiving',
  'older-adults',
  'childcare',
  'education',
  'safety',
  'disability',
  'veterans',
  'reentry',
  'phone',
  'digital-access',
  'clothing-hygiene',
] as const;
export type NeedId = (typeof NEED_IDS)[number];

/** The part of a need the finder draws. */
export interface NeedCard {
  id: string;
  /** SVG path data, viewBox 0 0 24 24, stroked. */
  icon: string;
  /** Picking this need opens the safety path (crisis card, `intake-risk`). */
  safety?: boolean;
  /** Host-given needs only: label and description, as one string or per locale (`en` required). */
  label?: string | Record<string, string>;
  description?: string | Record<string, string>;
}

const ICONS: Record<NeedId, string> = {
  food: 'M3 11h18a9 9 0 0 1-18 0ZM8 7c0-1.5 1.5-2 1.5-3.5M13 7c0-1.5 1.5-2 1.5-3.5',
  'housing-tonight': 'M2 19V6M2 15h20v4M22 15v-3a3 3 0 0 0-3-3h-8v6M6.5 13.5a1.5 1.5 0 1 0 0-3 1.5 1.5 0 0 0 0 3Z',
  'housing-keep': 'M3 11 12 3l9 8M5 9.5V21h14V9.5M10 21v-6h4v6',
  'housing-quality': 'M3 11 12 3l9 8M5 9.5V21h14V9.5M12 11c-2 2.5-2 3.5-2 4a2 2 0 0 0 4 0c0-.5 0-1.5-2-4Z',
  'household-goods': 'M4 11V8a2 2 0 0 1 2-2h12a2 2 0 0 1 2 2v3M2 13a2 2 0 0 1 4 0v2h12v-2a2 2 0 0 1 4 0v5H2ZM5 18v2M19 18v2',
  utilities: 'M13 2 4 14h7l-1 8 9-12h-7l1-8Z',
  transportation: 'M5 17V6a3 3 0 0 1 3-3h8a3 3 0 0 1 3 3v11ZM5 11h14M7 17v3M17 17v3M8.5 14h.01M15.5 14h.01',
  money: 'M3 6h18v12H3ZM12 9a3 3 0 1 0 0 6 3 3 0 0 0 0-6ZM6.5 9v.01M17.5 15v.01',
  work: 'M3 8h18v12H3ZM8 8V5a1 1 0 0 1 1-1h6a1 1 0 0 1 1 1v3M3 13h18',
  legal: 'M12 3v18M7 21h10M4 7h16M4 7l-3 7a3 3 0 0 0 6 0ZM20 7l-3 7a3 3 0 0 0 6 0Z',
  'id-documents': 'M3 5h18v14H3ZM9 11a2 2 0 1 0 0-4 2 2 0 0 0 0 4ZM5.5 16a3.5 3.5 0 0 1 7 0M15 9h3M15 13h3',
  immigration: 'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18ZM3 12h18M12 3c3 3 3 15 0 18M12 3c-3 3-3 15 0 18',
  language: 'M3 4h12v9H8l-4 3v-3H3ZM21 9v9h-1v3l-4-3h-5v-3M7 11l2-5 2 5M7.8 9h2.4',
  'health-care': 'M9 3h6v6h6v6h-6v6H9v-6H3V9h6Z',
  'health-insurance': 'M3 6h18v12H3ZM12 9v6M9 12h6',
  'mental-health': 'M12 20s-8-5-8-11a4.5 4.5 0 0 1 8-2.8A4.5 4.5 0 0 1 20 9c0 6-8 11-8 11Z',
  'substance-use': 'M12 21v-9M12 12c0-4 3-7 8-7 0 4-3 7-8 7ZM12 15c0-3-2-5-7-5 0 3 2 5 7 5Z',
  'someone-to-talk-to': 'M4 5h16v10H10l-6 4ZM8 9h8M8 12h5',
  'family-caregiving': 'M9 11a3 3 0 1 0 0-6 3 3 0 0 0 0 6ZM3 20a6 6 0 0 1 12 0M16 11a2.5 2.5 0 1 0 0-5M17 14a5 5 0 0 1 4 6',
  'older-adults': 'M10 6a2 2 0 1 0 0-4 2 2 0 0 0 0 4ZM10 8v6l-2 7M10 14l3 7M10 9l-3 4M10 9l4 2M17 13v8M17 13a2 2 0 0 0-2-2',
  childcare: 'M12 8a2.5 2.5 0 1 0 0-5 2.5 2.5 0 0 0 0 5ZM9 21l1-7-3-3M15 21l-1-7 3-3M9 11h6',
  education: 'M2 5c3-1.5 7-1.5 10 1 3-2.5 7-2.5 10-1v14c-3-1.5-7-1.5-10 1-3-2.5-7-2.5-10-1ZM12 6v15',
  safety: 'M12 3 4 6v6c0 5 3.5 8 8 9 4.5-1 8-4 8-9V6Z',
  disability: 'M12 6.5a1.75 1.75 0 1 0 0-3.5 1.75 1.75 0 0 0 0 3.5ZM5 9l7 1 7-1M12 10v5l-3 6M12 15l3 6',
  veterans: 'M8 3l4 6 4-6M12 10a5.5 5.5 0 1 0 0 11 5.5 5.5 0 0 0 0-11ZM12 13l1 2 2 .3-1.5 1.4.4 2-1.9-1-1.9 1 .4-2L9 15.3l2-.3Z',
  reentry: 'M14 3H5v18h9M10 12h11M17 8l4 4-4 4',
  phone: 'M5 3h4l2 5-2.5 1.5a11 11 0 0 0 6 6L16 13l5 2v4a2 2 0 0 1-2 2A16 16 0 0 1 3 5a2 2 0 0 1 2-2Z',
  'digital-access': 'M7 2h10v20H7ZM11 18h2',
  'clothing-hygiene': 'M8 3 3 6l2 5 3-1v11h8V10l3 1 2-5-5-3a4 4 0 0 1-8 0Z',
};

export const needCards: readonly NeedCard[] = NEED_IDS.map((id) => (id === 'safety' ? { id, icon: ICONS[id], safety: true } : { id, icon: ICONS[id] }));
