/**
 * usage: npm run --silent extract -- FILE...
 * Prints one JSON line per file: { file, claims: [{ text, content, source, cue, speaker, kind, confidence }] }
 * (`text`: the words said, a split claim's pieces joined by ` … `),
 * offsets being JavaScript string indices into the file's text (CONTRACT.md §5).
 */
import { readFileSync } from 'node:fs';
import { readDocument, UnreadableDocument } from '#shared/documents/read-document.ts';
import { extractClaims } from '#shared/extraction/extract-claims.ts';
import { wordsSaid } from '#shared/extraction/attributions/split-quotes.ts';
import { speakerOf } from '#shared/review/speaker-identity.ts';

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: npm run --silent extract -- FILE...');
  process.exit(2);
}
let failed = 0;
for (const file of files) {
  try {
    const document = readDocument(readFileSync(file), { key: file });
    const claims = extractClaims(document.text, { bodyStart: document.bodyStart, furniture: document.furniture }).map((c) => ({ text: wordsSaid(c.content), ...c, speaker: speakerOf(c, file) }));
    process.stdout.write(JSON.stringify({ file, claims }) + '\n');
  } catch (error) {
    failed++;
    const reason = error instanceof UnreadableDocument ? error.reason : (error as Error).message;
    process.stdout.write(JSON.stringify({ file, claims: [], error: reason }) + '\n');
  }
}
process.exitCode = failed > 0 ? 1 : 0;
