import { expect } from 'vitest';
import { UnreadableDocument } from '#shared/documents/read-document.ts';

/** The reason an UnreadableDocument gives, failing the test if `read` succeeds or throws anything else. */
export function unreadableReason(read: () => unknown): string {
  try {
    read();
  } catch (error) {
    expect(error).toBeInstanceOf(UnreadableDocument);
    return (error as UnreadableDocument).reason;
  }
  throw new Error('expected the document to be unreadable');
}
