import { describe, expect, it } from 'vitest';
import { wireFurniture, withoutFurniture } from '#shared/documents/wire-furniture.ts';
import { readDocument } from '#shared/documents/read-document.ts';
import { extractClaims } from '#shared/extraction/extract-claims.ts';

const stretches = (text: string) => wireFurniture(text).map(([s, e]) => text.slice(s, e));

describe('wire furniture', () => {
  it('finds datelines with their agency, bylines, credits, photo credits and live-blog times', () => {
    const text = [
      'UPDATE 2-Headline here',
      'By Jane Doe and Tom Roe',
      'LONDON, Nov 30 (Reuters) - Energy minister Ana Ruiz told parliament that reserves were adequate.',
      'SISTERS, Ore. (AP) — Officials said the fire grew.',
      'Feb. 11 (UPI) -- The Coast Guard said six were rescued.',
      '(Reporting by Jane Doe; Editing by Tom Roe)',
      '— With assistance from Ben Hart',
      'Photograph: Ana Ruiz/Agency',
      '15:40 Energy firm says power is back.',
    ].join('\n\n');
    expect(stretches(text)).toEqual(['UPDATE 2-', 'By Jane Doe and Tom Roe', 'LONDON, Nov 30 (Reuters) - ', 'SISTERS, Ore. (AP) — ', 'Feb. 11 (UPI) -- ', '(Reporting by Jane Doe; Editing by Tom Roe)', '— With assistance from Ben Hart', 'Photograph: Ana Ruiz/Agency', '15:40 ']);
  });

  it('leaves a story that has none as it is', () => {
    expect(wireFurniture('The mayor said taxes would fall (by 3 percent) - or so she hoped.\n\nBy then, officials said, it was late.')).toEqual([]);
  });

  it('blanks furniture without moving any other offset', () => {
    const text = 'LONDON (Reuters) - Ana said so.';
    const blank = withoutFurniture(text, wireFurniture(text));
    expect(blank).toHaveLength(text.length);
    expect(blank.trimStart()).toBe('Ana said so.');
  });

  it('keeps a dateline out of every speaker, title and claim, and gives the article its place', () => {
    const text = 'LONDON, Nov 30 (Reuters) - Energy minister Ana Ruiz told Reuters that gas reserves were adequate for the winter.';
    const document = readDocument(Buffer.from(text));
    expect(document.dateline).toBe('LONDON');
    const [claim] = extractClaims(document.text, { bodyStart: document.bodyStart, furniture: document.furniture });
    expect(claim.speaker.name).toBe('Ana Ruiz');
    expect(`${claim.speaker.title ?? ''} ${claim.content.text}`).not.toMatch(/Reuters\)|LONDON|^-/);
  });
});
