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

  it('finds a dateline printed with no dash, the first sentence straight after its agency, and gives its claim to the sentence’s subject', () => {
    const text = 'Monsoon warning\n\nNew Delhi, Jul 1 (PTI) The weather office on Tuesday warned that several states could face flash floods.\n\nMUMBAI, Dec 2 (IANS) “Inflation will ease,” the governor said.';
    expect(stretches(text)).toEqual(['New Delhi, Jul 1 (PTI) ', 'MUMBAI, Dec 2 (IANS) ']);
    const document = readDocument(Buffer.from(text));
    expect(document.dateline).toBe('New Delhi');
    expect(extractClaims(document.text, { bodyStart: document.bodyStart, furniture: document.furniture }).map((c) => c.speaker.name)).toEqual(['The weather office', 'the governor']);
  });

  it('leaves a story that has none as it is', () => {
    expect(wireFurniture('The mayor said taxes would fall (by 3 percent) - or so she hoped.\n\nBy then, officials said, it was late.\n\nThe agency (AP) Reports said so.')).toEqual([]);
  });

  it('blanks furniture without moving any other offset', () => {
    const text = 'LONDON (Reuters) - Ana said so.';
    const blank = withoutFurniture(text, wireFurniture(text));
    expect(blank).toHaveLength(text.length);
    expect(blank.trimStart()).toBe('Ana said so.');
  });

  it('finds a page’s labels and promotions, each on a line of its own', () => {
    const text = [
      'Read more: Farmers say the drought will cut yields',
      'Related: Why rents rose fastest in the north',
      'Gallery: The new stadium | 12 Photos',
      'Video shows flooding at a Lagos market',
      'Photo by Ana Ruiz',
      'Credit Tom Roe',
    ].join('\n\n');
    expect(stretches(text)).toEqual(text.split('\n\n'));
  });

  it('finds a photo caption by the credit that ends it or the words that open it', () => {
    const caption = 'A worker repairs a cable in Queens, the utility said.CreditJane Doe for The Daily';
    const wire = 'The rocket on its pad on Tuesday, the agency said.(Ana Ruiz/ Space Agency photo via AP)';
    const opening = 'In this photo taken on May 3, the minister speaks to reporters, an aide said.';
    expect(stretches([caption, wire, opening].join('\n\n'))).toEqual([caption, wire, opening]);
  });

  it('leaves a sentence of the story that opens with such a word alone', () => {
    expect(wireFurniture('Video shows that the officer had his hands raised, the lawyer said.\n\nWatch the council meet tonight, the mayor said.')).toEqual([]);
  });

  it('gives no claim from a caption or a promotion line', () => {
    const text = 'The mayor said the bridge would reopen.\n\nThe bridge at dusk, the mayor said.CreditJane Doe for The Daily\n\nRead more: Critics say the bridge is unsafe';
    const document = readDocument(Buffer.from(text));
    expect(extractClaims(document.text, { bodyStart: document.bodyStart, furniture: document.furniture }).map((c) => c.content.text)).toEqual(['the bridge would reopen']);
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
