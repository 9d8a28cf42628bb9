import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

/** One attribution from a BRAT standoff file; ranges are [start, end) in code points. */
export interface GoldAttribution {
  content: Array<[number, number]>;
  source: Array<[number, number]>;
  cue: Array<[number, number]>;
}

export interface GoldArticle {
  name: string;
  textPath: string;
  text: string;
  attributions: GoldAttribution[];
}

type Role = keyof GoldAttribution;
const roleOf: Record<string, Role> = { Content: 'content', Source: 'source', Cue: 'cue' };

export function parseAnn(ann: string): GoldAttribution[] {
  const spans = new Map<string, Array<[number, number]>>();
  const events: Array<Record<string, string[]>> = [];
  for (const line of ann.split('\n')) {
    // A span's text may hold a newline, so its tail lands on a line of its own: skip such lines.
    const cols = line.split('\t');
    if (cols.length < 2) continue;
    if (/^T\d+$/.test(cols[0])) {
      const [, ...rest] = cols[1].split(' ');
      const ranges = rest.join(' ').split(';').map((r) => r.split(' ').map(Number) as [number, number]);
      spans.set(cols[0], ranges);
    } else if (/^E\d+$/.test(cols[0])) {
      const roles: Record<string, string[]> = {};
      for (const pair of cols[1].split(' ')) {
        const [k, v] = pair.split(':');
        (roles[k.replace(/\d+$/, '')] ??= []).push(v);
      }
      events.push(roles);
    }
  }
  return events
    .map((roles) => {
      const a: GoldAttribution = { content: [], source: [], cue: [] };
      for (const [name, role] of Object.entries(roleOf)) {
        a[role] = (roles[name] ?? []).flatMap((id) => spans.get(id) ?? []);
      }
      return a;
    })
    .filter((a) => a.content.length > 0);
}

/**
 * Reads GOLD_DIR/text/NAME.txt with GOLD_DIR/attributions/NAME_ANNOTATOR.ann.
 * Where several annotators marked one article, the first by file name counts, as in score.mjs.
 */
export function readGoldDir(dir: string): GoldArticle[] {
  const articles = new Map<string, GoldArticle>();
  const annDir = join(dir, 'attributions');
  for (const file of readdirSync(annDir).sort()) {
    const name = file.replace(/_[0-9a-f]{4}\.ann$/, '');
    if (articles.has(name)) continue;
    const textPath = join(dir, 'text', `${name}.txt`);
    if (!existsSync(textPath)) continue;
    articles.set(name, {
      name,
      textPath,
      text: readFileSync(textPath, 'utf8'),
      attributions: parseAnn(readFileSync(join(annDir, file), 'utf8')),
    });
  }
  return [...articles.values()];
}

/** Maps code-point offsets (BRAT) to JavaScript string indices. */
export function codePointToStringIndex(text: string): (cp: number) => number {
  const map: number[] = [];
  let i = 0;
  for (const ch of text) {
    map.push(i);
    i += ch.length;
  }
  map.push(i);
  return (cp) => map[Math.min(cp, map.length - 1)];
}

/** JavaScript string index → code point index (BRAT offsets), for every index of the text and its end. */
export function codePointIndex(text: string): Int32Array {
  const map = new Int32Array(text.length + 1);
  let cp = 0;
  for (let i = 0; i < text.length; i++) {
    map[i] = cp;
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) map[++i] = cp;
    cp++;
  }
  map[text.length] = cp;
  return map;
}
