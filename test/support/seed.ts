import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const fixture = (name: string) => fileURLToPath(new URL(`../../examples/${name}`, import.meta.url));

/** The project's own sample article and its gold claims (examples/, which the README uploads too). */
export const seedText = readFileSync(fixture('pakistan-china-ukraine.txt'), 'utf8');
export const seedGold = JSON.parse(readFileSync(fixture('pakistan-china-ukraine.claims.json'), 'utf8')) as {
  article: { date: string; dateline: string };
  claims: Array<{
    content: { start: number; end: number; text: string };
    cue: { start: number; end: number; text: string };
    source: { start: number; end: number; text: string };
    speaker: { name: string; title?: string };
    kind: 'direct' | 'indirect' | 'mixed';
  }>;
};
