// Types for the untyped CommonJS package `snowball-stemmers` (only what stem.ts uses).
declare module "snowball-stemmers" {
  export interface Stemmer {
    stem(word: string): string;
  }
  export function newStemmer(algorithm: string): Stemmer;
}
