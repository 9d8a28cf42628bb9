import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isoDateOf, isoDayOf } from '#shared/publishing/iso-date.ts';
import { readDocument } from '#shared/documents/read-document.ts';

describe('the published-date rule', () => {
  it('keeps an ISO 8601 calendar date as it is', () => {
    expect(isoDateOf('2022-03-24')).toBe('2022-03-24');
    expect(isoDateOf(' 2024-02-29 ')).toBe('2024-02-29');
  });

  it('writes a date-time with a zone as the same instant in UTC', () => {
    expect(isoDateOf('2026-03-02T09:30:00Z')).toBe('2026-03-02T09:30:00Z');
    expect(isoDateOf('2026-03-02T10:30:00+01:00')).toBe('2026-03-02T09:30:00Z');
    expect(isoDateOf('2026-03-02T10:30+0100')).toBe('2026-03-02T09:30:00Z');
    expect(isoDateOf('2026-03-01T22:00:00-05:00')).toBe('2026-03-02T03:00:00Z');
    expect(isoDateOf('2026-03-02 09:30:00.250z')).toBe('2026-03-02T09:30:00.250Z');
  });

  it('keeps only the day of a date-time that names no zone', () => {
    expect(isoDateOf('2026-03-02T23:59:59')).toBe('2026-03-02');
    expect(isoDateOf('2026-03-02T10:30')).toBe('2026-03-02');
  });

  it('drops what is no ISO 8601 date: words, markup, impossible days and times, other forms', () => {
    for (const bad of [
      '',
      'yesterday',
      'March 24, 2022',
      '24/03/2022',
      '20220324',
      '2022-03',
      '2022-03-24</script><script>alert(1)</script>',
      '</script><script>alert(1)</script>',
      '2022-02-29',
      '2022-13-01',
      '2022-04-31',
      '2022-03-24T24:00:00Z',
      '2022-03-24T10:60Z',
      '2022-03-24T10:00:00+25:00',
      '2022-03-24T10:00\u2028:00Z',
      '2022-03-24\u202E',
      '0999-01-01',
      '+002022-03-24',
    ]) expect(isoDateOf(bad), JSON.stringify(bad)).toBeUndefined();
    expect(isoDateOf(undefined)).toBeUndefined();
  });

  it('gives the day of a verdict time for a review date', () => {
    expect(isoDayOf('2026-03-02T09:30:00.123Z')).toBe('2026-03-02');
    expect(isoDayOf('not a time')).toBeUndefined();
  });

  it('for any string, gives an ISO 8601 date or date-time in UTC, or nothing, and gives it again when read again (fuzz)', () => {
    const digits = (n: number) => fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: n, maxLength: n });
    const nearlyDates = fc.tuple(digits(4), digits(2), digits(2), fc.option(fc.tuple(fc.constantFrom('T', ' ', 't'), digits(2), digits(2), digits(2), fc.constantFrom('', 'Z', '+01:00', '-0930', '.5Z', 'x')))).map(
      ([y, m, d, time]) => `${y}-${m}-${d}${time ? `${time[0]}${time[1]}:${time[2]}:${time[3]}${time[4]}` : ''}`,
    );
    const published = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}(\.\d{3})?Z)?$/;
    fc.assert(
      fc.property(fc.oneof(nearlyDates, fc.string()), (value) => {
        const date = isoDateOf(value);
        if (date === undefined) return;
        expect(date).toMatch(published);
        expect(isoDateOf(date)).toBe(date);
        expect(Number.isNaN(Date.parse(date))).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('an upload\'s published date', () => {
  const json = (publishedAt: unknown) => readDocument(Buffer.from(JSON.stringify({ title: 'T', text: 'The mayor said it was fair.', publishedAt })), { key: 'a.json' });

  it('reads a JSON upload\'s publishedAt by the rule: kept, normalised, or dropped with the article still read', () => {
    expect(json('2026-01-01').publishedAt).toBe('2026-01-01');
    expect(json('2026-01-01T12:00:00+02:00').publishedAt).toBe('2026-01-01T10:00:00Z');
    for (const bad of ['</script><script>alert(1)</script>', 'Jan 1st', '2026-02-30', 1767225600, { $date: '2026-01-01' }, 'x'.repeat(500)]) {
      const doc = json(bad);
      expect(doc.text).toBe('The mayor said it was fair.');
      expect(doc, JSON.stringify(bad)).not.toHaveProperty('publishedAt');
    }
  });

  it('reads the date of an HTML page and of a wire story\'s header by the same rule', () => {
    const page = (datetime: string) =>
      readDocument(Buffer.from(`<html><head><meta property="article:published_time" content="${datetime}"></head><body><article><h1>Budget</h1><p>${'The mayor said that the budget keeps every branch library open and every bus on the road this year. '.repeat(3)}</p></article></body></html>`), { key: 'a.html' });
    expect(page('2026-03-02T10:30:00+01:00').publishedAt).toBe('2026-03-02T09:30:00Z');
    expect(page('&lt;/script&gt;').publishedAt).toBeUndefined();
    expect(readDocument(Buffer.from('date 2022-03-24 BEIJING: The minister said it was fair.'), { key: 'a.txt' }).publishedAt).toBe('2022-03-24');
    expect(readDocument(Buffer.from('date 2022-02-31 BEIJING: The minister said it was fair.'), { key: 'a.txt' })).not.toHaveProperty('publishedAt');
  });
});
