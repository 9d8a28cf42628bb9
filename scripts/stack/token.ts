/**
 * usage: npm run --silent token -- NAME [--read-only]
 * Prints a reviewer JWT for the local stack (CONTRACT.md §3). NAME becomes the token's subject:
 * the name every verdict made with it is recorded under.
 */
import { existingSigningKey, signReviewerToken } from '../../local/reviewer-tokens.ts';

const args = process.argv.slice(2);
const readOnly = args.includes('--read-only');
const names = args.filter((a) => !a.startsWith('--'));
if (names.length !== 1 || !/^[\w.@+-]{1,64}$/.test(names[0])) {
  console.error('usage: npm run --silent token -- NAME [--read-only]   (NAME: letters, digits, . _ @ + -)');
  process.exit(2);
}
let key: Uint8Array;
try {
  key = existingSigningKey(process.env.DATA_DIR ?? '.local');
} catch (error) {
  console.error(`token: ${(error as Error).message}`);
  process.exit(1);
}
console.log(await signReviewerToken(key, names[0], { readOnly }));
