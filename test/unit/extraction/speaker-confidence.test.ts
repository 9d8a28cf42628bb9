import { describe, expect, it } from 'vitest';
import { extractClaims } from '#shared/extraction/extract-claims.ts';
import { speakerFeatureLists } from '#shared/extraction/speakers/speaker-confidence.ts';

describe('speaker confidence', () => {
  it('is on every claim, between 0 and 1', () => {
    const claims = extractClaims('Ana Ruiz, the finance minister, said taxes would fall. She added that fees would rise. Critics said the plan was thin.');
    expect(claims.length).toBeGreaterThan(1);
    for (const c of claims) expect(c.speaker.confidence).toBeGreaterThanOrEqual(0), expect(c.speaker.confidence).toBeLessThanOrEqual(1);
  });

  it('is surer of a speaker the source names than of one no one in the article is', () => {
    const named = extractClaims('Ana Ruiz, the finance minister, said on Monday that taxes would fall by 3 percent next year.')[0];
    const unnamed = extractClaims('The plan is thin. I know the taxes will rise by 3 percent next year.').at(-1)!;
    expect(named.speaker.confidence).toBeGreaterThan(unnamed.speaker.confidence!);
  });
});

describe('where the article last named a claim’s speaker', () => {
  const text = 'Hillary Clinton spoke first. Bill Clinton said the economy grew. Ana Ruiz said taxes would fall. He said the plan was thin. The striker said the team would win.';
  const claim = (name: string, source: string, content: string, type: 'person' | 'anonymous' = 'person') => ({
    speaker: { name, type },
    source: { start: text.indexOf(source), end: text.indexOf(source) + source.length, text: source },
    cue: null,
    content: { start: text.indexOf(content), end: text.indexOf(content) + content.length, text: content },
    confidence: 0.9,
  });
  const [bill, ruiz, he, striker] = speakerFeatureLists(
    [claim('Bill Clinton', 'Bill Clinton', 'the economy grew'), claim('Ana Ruiz', 'Ana Ruiz', 'taxes would fall'), claim('Bill Clinton', 'He', 'the plan was thin'), claim('the striker', 'The striker', 'the team would win', 'anonymous')],
    text,
  );

  it('tells a name in the source from a pronoun resolved past another person the article quotes', () => {
    expect(bill).toContain('last-named=source');
    expect(he).toContain('last-named=near');
    expect(he).toContain('rivals=1');
    expect(ruiz).toContain('rivals=0');
  });

  it('marks a name another speaker shares the last word of, and a speaker described rather than named', () => {
    const withHillary = speakerFeatureLists([claim('Bill Clinton', 'Bill Clinton', 'the economy grew'), claim('Hillary Clinton', 'Hillary Clinton', 'Hillary Clinton spoke first')], text);
    expect(withHillary[0]).toContain('namesake');
    expect(ruiz).not.toContain('namesake');
    expect(striker).toContain('descriptive');
    expect(ruiz).not.toContain('descriptive');
  });
});
