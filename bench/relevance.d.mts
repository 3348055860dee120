// Types for relevance.mjs (the test imports it).
export declare const WORDS: string[];
export declare function benchQueries(): string[];
export declare const SHORT_TYPOS: { typo: string; word: string }[];
interface JudgedDoc {
  name: string;
  organization?: string;
  description: string;
  categories: readonly { name: string }[];
}
export declare const docText: (d: JudgedDoc) => string;
export declare function judge(docs: readonly JudgedDoc[], tokenize: (s: string) => string[]): (query: string) => Set<number>;
export declare function relevanceAt10(
  queries: readonly string[],
  relevantFor: (query: string) => Set<number>,
  run: (query: string) => number[],
): { precision: number; recall: number; queries: number };
