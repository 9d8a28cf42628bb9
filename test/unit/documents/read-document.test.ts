import { describe, expect, it } from 'vitest';
import { readDocument } from '#shared/documents/read-document.ts';
import { unreadableReason } from '../../support/unreadable-reason.ts';

const unreadable = (bytes: Uint8Array, max?: number) => unreadableReason(() => readDocument(bytes, { maxBytes: max }));

describe('readDocument', () => {
  it('reads a wire header as date and dateline, and starts the body after it', () => {
    const text = ' date 2022-03-24 BEIJING: Talks went well, he said.';
    const doc = readDocument(Buffer.from(text));
    expect(doc).toMatchObject({ publishedAt: '2022-03-24', dateline: 'BEIJING', text });
    expect(text.slice(doc.bodyStart)).toBe('Talks went well, he said.');
  });

  it('takes a short first line above a blank line as the title', () => {
    const doc = readDocument(Buffer.from('Obama Sees Insult in Apathy.\n\nThe president said it.'));
    expect(doc.title).toBe('Obama Sees Insult in Apathy');
    expect(doc.bodyStart).toBe(0);
  });

  it('keeps a byte-order mark so offsets match the file as read', () => {
    const doc = readDocument(Buffer.from('\uFEFFHello there.'));
    expect(doc.text).toBe('\uFEFFHello there.');
  });

  it('refuses empty, binary, wordless and oversized files with a reason a person understands', () => {
    expect(unreadable(new Uint8Array())).toBe('the file is empty');
    expect(unreadable(Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01]))).toMatch(/binary/);
    expect(unreadable(Buffer.from('.... ---- !!!!'))).toMatch(/no words/);
    expect(unreadable(Buffer.from('x'.repeat(100)), 10)).toMatch(/over the limit of 10 bytes/);
  });
});
