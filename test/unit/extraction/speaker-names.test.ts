import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { presentSpeaker } from '#shared/extraction/speakers/speakers.ts';
import { extractClaims } from '#shared/extraction/extract-claims.ts';
import { readDocument, type ArticleDocument } from '#shared/documents/read-document.ts';
import { UnreadableDocument } from '#shared/documents/unreadable-document.ts';
import { externalData } from '../../support/external-data.ts';

describe('a speaker as a reader names them', () => {
  it('never leaves a pronoun, clause debris or an article before a name', () => {
    expect(presentSpeaker({ name: 'they', type: 'organisation' })).toEqual({ name: 'unnamed group', type: 'group' });
    expect(presentSpeaker({ name: 'he', type: 'person' })).toEqual({ name: 'unnamed speaker', type: 'anonymous' });
    expect(presentSpeaker({ name: 'Ban Ki-moon, the secretary general of the United Nations', type: 'organisation' }).name).toBe('Ban Ki-moon');
    expect(presentSpeaker({ name: 'Mehmet Oz — Ivy League-trained surgeon and daytime TV star', type: 'organisation' }).name).toBe('Mehmet Oz');
    expect(presentSpeaker({ name: 'the Chicago Police Department', type: 'organisation' })).toEqual({ name: 'Chicago Police Department', type: 'organisation' });
    expect(presentSpeaker({ name: 'rival Donald Trump', type: 'organisation' })).toEqual({ name: 'Donald Trump', type: 'person' });
    // a name after a preposition is where they are, not who they are
    expect(presentSpeaker({ name: 'prosecutors in San Francisco and Los Angeles', type: 'organisation' })).toEqual({ name: 'prosecutors in San Francisco and Los Angeles', type: 'group' });
  });

  it('names no number, clause opening or word cut off, and leaves out what the phrase took in from the clause around it', () => {
    for (const name of ['2.8', '4.8 billion', 'which equations', 'how expensive they were to build', '’s what I’m', '-orange Packard', 'their first birthday', 'the third quarter', 'the holiday season']) {
      expect(presentSpeaker({ name, type: 'organisation' }).name, name).toBe('unknown');
    }
    expect(presentSpeaker({ name: 'While taxi drivers', type: 'organisation' }).name).toBe('taxi drivers');
    expect(presentSpeaker({ name: 'what the corporation', type: 'organisation' }).name).toBe('the corporation');
    expect(presentSpeaker({ name: '1947 the country', type: 'organisation' }).name).toBe('the country');
    expect(presentSpeaker({ name: '- Christopher Montgomery', type: 'person' }).name).toBe('Christopher Montgomery');
    expect(presentSpeaker({ name: 'Trump a', type: 'person' }).name).toBe('Trump');
    expect(presentSpeaker({ name: 'The deputy head of China’s delegation to the forum', type: 'person' }).name).toBe('The deputy head of China’s delegation');
  });

  it('gives a first name alone to the one person whose full name it opens, before or after it, and leaves an opening adverb out of a name', () => {
    const speakers = (text: string) => extractClaims(text).map((c) => c.speaker.name);
    expect(speakers('Fiona Parry said the pills were lethal. Later, Fiona said she would campaign.')).toEqual(['Fiona Parry', 'Fiona Parry']);
    expect(speakers('Her mother, Fiona, said the pills were lethal. Later Fiona Parry said she would campaign.')).toEqual(['Fiona Parry', 'Fiona Parry']);
    // two people the name could open: it stays as given
    expect(speakers('Fiona Parry said the pills were lethal. Fiona Hale said the shop was shut. Fiona said it was over.')[2]).toBe('Fiona');
  });

  it('reads a pronoun contracted with its verb as the pronoun: `I’m sure that …` is the writer’s, not a speaker named I’m', () => {
    const speakers = (text: string) => extractClaims(text).map((c) => c.speaker.name);
    expect(speakers("While I'm happy to encourage people to opt out, I do not argue that anyone who signed up gave up their privacy.")).toEqual(['the author', 'the author']);
    expect(speakers('Ana Ruiz said: “The plan will pass. I’m certain that the votes are there.”').every((s) => s === 'Ana Ruiz')).toBe(true);
  });

  it('gives a headline’s short form (`agency admits`) the organisation of its kind the story names after it', () => {
    const claims = extractClaims('Flood wall will not be ready before winter, agency admits\n\nThe wall will not be finished before the winter, the Environment Agency has said.');
    expect(claims.map((c) => c.speaker.name)).toEqual(['Environment Agency', 'Environment Agency']);
  });

  it('types a company named with its legal form (`Corp.`, `Ltd`, `Airlines`) as an organisation, not a person', () => {
    for (const name of ['Andes Lithium Corp.', 'Harbour Freight Ltd', 'Skyward Airlines']) {
      const [claim] = extractClaims(`${name} said that the deal would close in the second quarter.`);
      expect(claim.speaker, name).toMatchObject({ name, type: 'organisation' });
    }
  });

  it('keeps a share of people as their speaker: `26%` of those asked say so', () => {
    expect(presentSpeaker({ name: '26%', type: 'anonymous' }).name).toBe('26%');
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
  it('names no speaker with a pronoun, by more than eight words, in lower case unless anonymous, a group or a document, or by a fragment', () => {
    const wrong: string[] = [];
    for (const split of splits) {
      for (const file of readdirSync(join(POLNEAR!, split, 'text'))) {
        const document = readDocument(readFileSync(join(POLNEAR!, split, 'text', file)));
        for (const { speaker } of extractClaims(document.text, { bodyStart: document.bodyStart })) {
          const lower = /^\p{Ll}/u.test(speaker.name) && !['anonymous', 'group', 'document'].includes(speaker.type);
          if (/^(he|she|they|it|we|i|you|his|her|their|its|that|this)$/i.test(speaker.name) || speaker.name.split(/\s+/).length > 8 || lower || isFragment(speaker.name)) wrong.push(`${file}: ${speaker.name} (${speaker.type})`);
        }
      }
    }
    expect(wrong.slice(0, 10)).toEqual([]);
  }, 120_000);
});

/** A number, a word cut off at either end, a clause's opening, or a phrase stopping on a word that needs another. */
const isFragment = (name: string) =>
  /^[\d.,$€£]+(?: (?:million|billion))?$/.test(name) || /^['’-]|[-–]$/u.test(name) || /^(which|whose|how|why|where) /i.test(name) || / (a|an|the|and|or|of|to|at|in|on|for|with|by|from)$/i.test(name);

const WEB_PAGES = externalData('WEB_PAGES_DIR');

describe.skipIf(!WEB_PAGES)('speaker names over the 124 saved web pages', () => {
  it('names no speaker by a number, a fragment or a clause’s opening on any page', () => {
    const wrong: string[] = [];
    for (const page of readdirSync(WEB_PAGES!).filter((p) => existsSync(join(WEB_PAGES!, p, 'source.html')))) {
      let document: ArticleDocument;
      try {
        document = readDocument(readFileSync(join(WEB_PAGES!, page, 'source.html')), { key: 'page.html' });
      } catch (error) {
        if (error instanceof UnreadableDocument) continue;
        throw error;
      }
      for (const { speaker } of extractClaims(document.text, { bodyStart: document.bodyStart, furniture: document.furniture })) {
        if (isFragment(speaker.name)) wrong.push(`${page}: ${speaker.name}`);
      }
    }
    expect(wrong).toEqual([]);
  }, 120_000);
});
