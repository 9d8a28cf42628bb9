/**
 * usage: npm run --silent token -- NAME [--read-only]
 * Prints a reviewer JWT for the local stack (CONTRACT.md §3). NAME becomes the token's subject:
 * the name every verdict made with it is recorded under.
 */
import { signingKey, signReviewerToken } from '../local/reviewer-tokens.ts';

const args = process.argv.slice(2);
const readOnly = args.includes('--read-only');
const names = args.filter((a) => !a.startsWith('--'));
if (names.length !== 1 || !/^[\w.@+-]{1,64}$/.test(names[0])) {
  console.error('usage: npm run --silent token -- NAME [--read-only]   (NAME: letters, digits, . _ @ + -)');
  process.exit(2);
}
const dataDir = process.env.DATA_DIR ?? '.local';
console.log(await signReviewerToken(signingKey(dataDir), names[0], { readOnly }));
