import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { presentSpeaker } from '#shared/extraction/speakers/speakers.ts';
import { extractClaims } from '#shared/extraction/extract-claims.ts';
import { readDocument } from '#shared/documents/read-document.ts';
import { externalData } from '../../support/external-data.ts';

describe('a speaker as a reader names them', () => {
  it('never leaves a pronoun, clause debris or an article before a name', () => {
    expect(presentSpeaker({ name: 'they', type: 'organisation' })).toEqual({ name: 'unnamed group', type: 'group' });
    expect(presentSpeaker({ name: 'he', type: 'person' })).toEqual({ name: 'unnamed speaker', type: 'anonymous' });
    expect(presentSpeaker({ name: 'Ban Ki-moon, the secretary general of the United Nations', type: 'organisation' }).name).toBe('Ban Ki-moon');
    expect(presentSpeaker({ name: 'Mehmet Oz — Ivy League-trained surgeon and daytime TV star', type: 'organisation' }).name).toBe('Mehmet Oz');
    expect(presentSpeaker({ name: 'the Chicago Police Department', type: 'organisation' })).toEqual({ name: 'Chicago Police Department', type: 'organisation' });
    expect(presentSpeaker({ name: 'rival Donald Trump', type: 'organisation' })).toEqual({ name: 'Donald Trump', type: 'person' });
  });

  it('types a description in lower case for what it is: a group, a document or an unnamed source', () => {
    expect(presentSpeaker({ name: 'critics', type: 'organisation' }).type).toBe('group');
    expect(presentSpeaker({ name: 'dozens of papers', type: 'organisation' }).type).toBe('group');
    expect(presentSpeaker({ name: 'a poll', type: 'document' }).type).toBe('document');
    expect(presentSpeaker({ name: 'the announcer', type: 'organisation' }).type).toBe('anonymous');
  });
});

const POLNEAR = externalData('POLNEAR_DIR');
const splits = POLNEAR ? ['dev', 'train'].filter((s) => existsSync(join(POLNEAR, s, 'text'))) : [];
if (POLNEAR && splits.length === 0) console.warn(`skipped: POLNEAR_DIR=${process.env.POLNEAR_DIR} holds neither dev/text nor train/text of PolNeAR (data/README.md)`);

describe.skipIf(splits.length === 0)('speaker names over PolNeAR dev and train', () => {
  it('names no speaker with a pronoun, by more than eight words, or in lower case unless anonymous, a group or a document', () => {
    const wrong: string[] = [];
    for (const split of splits) {
      for (const file of readdirSync(join(POLNEAR!, split, 'text'))) {
        const document = readDocument(readFileSync(join(POLNEAR!, split, 'text', file)));
        for (const { speaker } of extractClaims(document.text, { bodyStart: document.bodyStart })) {
          const lower = /^\p{Ll}/u.test(speaker.name) && !['anonymous', 'group', 'document'].includes(speaker.type);
          if (/^(he|she|they|it|we|i|you|his|her|their|its|that|this)$/i.test(speaker.name) || speaker.name.split(/\s+/).length > 8 || lower) wrong.push(`${file}: ${speaker.name} (${speaker.type})`);
        }
      }
    }
    expect(wrong.slice(0, 10)).toEqual([]);
  }, 120_000);
});
