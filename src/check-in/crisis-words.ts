/**
 * Crisis words in free text, in every shipped language. Loaded with the views that let a person type
 * (views.ts), the result builder and a resume: free text cannot exist before, so the first paint does
 * not carry the lists. Pure: no Lit.
 *
 * The word lists are short and curated on purpose: they are a prompt to offer
 * help, never a judgement, and a false alarm only shows crisis lines. They have
 * not been reviewed by native speakers yet. Terms ending in '*' match word starts.
 */
import type { Answer } from './engine.js';
import { riskSignals, type RiskAssessment } from './risk.js';
import type { Step } from './script-schema.js';

/**
 * Languages written with spaces between words get word-boundary matching;
 * Chinese, Korean (particles attach to words) and Arabic (prefixes attach) match
 * anywhere in the text.
 */
const SPACED: Record<string, string[]> = {
  en: [
    'suicid*',
    'kill myself',
    'killing myself',
    'end my life',
    'end it all',
    'take my own life',
    'want to die',
    'wanna die',
    'better off dead',
    'hurt myself',
    'hurting myself',
    'harm myself',
    'self harm*',
    'cut myself',
    'cutting myself',
    'overdos*',
    'no reason to live',
    'dont want to live',
    'do not want to live',
    'dont want to be alive',
    'im not safe',
    'i am not safe',
  ],
  es: [
    'suicid*',
    'matarme',
    'me quiero matar',
    'quiero morir*',
    'me quiero morir',
    'no quiero vivir',
    'quitarme la vida',
    'acabar con mi vida',
    'hacerme dano',
    'lastimarme',
    'cortarme',
    'sobredosis',
    'no estoy a salvo',
    'no vale la pena vivir',
  ],
  tl: [
    'magpakamatay',
    'pakamatay*',
    'nagpapakamatay',
    'magpapakamatay',
    'gusto ko nang mamatay',
    'gusto ko ng mamatay',
    'ayoko nang mabuhay',
    'ayoko ng mabuhay',
    'saktan ang sarili',
    'sasaktan ko ang sarili',
    'wakasan ang buhay',
    'patayin ang sarili',
    'hindi ako ligtas',
  ],
  vi: [
    'tu tu',
    'tu sat',
    'muon chet',
    'khong muon song',
    'ket lieu',
    'tu lam hai',
    'tu hai ban than',
    'lam hai ban than',
    'khong an toan',
  ],
  ru: [
    'суицид*',
    'самоубийств*',
    'покончить с собой',
    'покончу с собой',
    'убить себя',
    'убью себя',
    'хочу умереть',
    'не хочу жить',
    'навредить себе',
    'причинить себе вред',
    'порезать себя',
    'передозировк*',
    'я не в безопасности',
  ],
};

// Folded Vietnamese drops tones, and 'tu tu' is also 'từ từ' (slowly). These
// Vietnamese terms therefore must match with their diacritics when the text has any.
const VI_NEEDS_MARKS: Record<string, string> = { 'tu tu': 'tự tử', 'tu sat': 'tự sát' };

const UNSPACED: string[] = [
  // zh-Hant and zh-Hans
  '自殺',
  '自杀',
  '想死',
  '不想活',
  '輕生',
  '轻生',
  '結束生命',
  '结束生命',
  '結束自己的生命',
  '结束自己的生命',
  '傷害自己',
  '伤害自己',
  '割腕',
  '活不下去',
  '尋死',
  '寻死',
  '我不安全',
  // ko
  '자살',
  '죽고 싶',
  '죽고싶',
  '살고 싶지 않',
  '살고싶지않',
  '살기 싫',
  '자해',
  '목숨을 끊',
  '안전하지 않아',
  // ar (folded: no harakat, alef variants as ا, ة as ه, ى as ي)
  'انتحار',
  'انتحر',
  'اقتل نفسي',
  'قتل نفسي',
  'اريد ان اموت',
  'اريد الموت',
  'ايذاء نفسي',
  'اذي نفسي',
  'اوذي نفسي',
  'انهي حياتي',
  'لا اريد ان اعيش',
  'لست بامان',
];

/**
 * Folds case and accents so 'SUICIDIO', 'suicidio' and 'súicidio' match alike.
 * Hangul survives (NFKD splits syllables into letters, NFC puts them back).
 */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .normalize('NFC')
    .toLowerCase()
    .replace(/đ/g, 'd')
    .replace(/ё/g, 'е')
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ؤ/g, 'و')
    .replace(/ئ/g, 'ي')
    .replace(/ة/g, 'ه')
    .replace(/ى/g, 'ي')
    .replace(/ـ/g, '')
    .replace(/[’'`´]/g, '')
    .replace(/[-_]+/g, ' ')
    .replace(/\s+/g, ' ');
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function compile(term: string, fold = true): RegExp {
  const prefix = term.endsWith('*');
  const raw = prefix ? term.slice(0, -1) : term;
  const body = escape(fold ? foldText(raw) : raw).replace(/ /g, '\\s+');
  return new RegExp(`(?<![\\p{L}\\p{N}])${body}${prefix ? '' : '(?![\\p{L}\\p{N}])'}`, 'u');
}

const SPACED_RES: Array<{ lang: string; term: string; re: RegExp }> = Object.entries(SPACED).flatMap(([lang, terms]) =>
  terms.map((term) => ({ lang, term, re: compile(term) })),
);
const UNSPACED_FOLDED = UNSPACED.map(foldText);
const VI_MARKED = Object.fromEntries(
  Object.entries(VI_NEEDS_MARKS).map(([folded, marked]) => [folded, compile(marked.normalize('NFC'), false)]),
);

const hasVietnameseMarks = (text: string): boolean => /[\u0300-\u0323]/.test(text.normalize('NFD'));

/** Finds crisis words in free text. Returns the matched terms (folded), or [] when none. */
export function findCrisisWords(text: string): string[] {
  if (typeof text !== 'string' || !text.trim()) return [];
  const sample = text.length > 5000 ? text.slice(0, 5000) : text;
  const folded = foldText(sample);
  const hits: string[] = [];
  for (const { lang, term, re } of SPACED_RES) {
    if (!re.test(folded)) continue;
    const marked = lang === 'vi' ? VI_MARKED[term] : undefined;
    // Typed with tone marks: check the real word, so 'từ từ' (slowly) is not 'tự tử'.
    if (marked && hasVietnameseMarks(sample) && !marked.test(sample.normalize('NFC').toLowerCase())) continue;
    hits.push(term);
  }
  for (const term of UNSPACED_FOLDED) if (folded.includes(term)) hits.push(term);
  return hits;
}

/** All danger signs among the answers (choices and typed words), or null when there are none. */
export function assessRisk(entries: ReadonlyArray<{ step: Step; answer: Answer | undefined }>): RiskAssessment | null {
  const signals = entries.flatMap(({ step, answer }) => riskSignals(step, answer, findCrisisWords));
  if (!signals.length) return null;
  return {
    level: signals.some((s) => s.level === 'emergency') ? 'emergency' : 'urgent',
    reasons: [...new Set(signals.map((s) => s.reason))],
    signals,
  };
}
