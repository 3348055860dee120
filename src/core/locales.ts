/** The shipped locales (no zod here: elements import this at run time). */
export const LOCALES = ['en', 'es', 'zh-Hant', 'zh-Hans', 'tl', 'vi', 'ru', 'ko', 'ar'] as const;
export type Locale = (typeof LOCALES)[number];
