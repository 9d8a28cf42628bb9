import { z } from 'zod';
import { UnreadableDocument } from './unreadable-document.ts';

/** A newsroom system's JSON export of one article. */
export const jsonArticleSchema = z.object({
  title: z.string().max(1000),
  text: z.string().min(1),
  /**
   * whatever the export holds: a date that is no ISO 8601 string is dropped by readDocument, not
   * a reason to refuse the article
   */
  publishedAt: z.unknown().transform((value) => (typeof value === 'string' ? value : undefined)),
  author: z.string().max(500).optional(),
  url: z.string().max(2048).optional(),
});

export function jsonArticle(raw: string): z.infer<typeof jsonArticleSchema> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch (error) {
    throw new UnreadableDocument(`the file is not valid JSON (${(error as Error).message})`);
  }
  const result = jsonArticleSchema.safeParse(parsed);
  if (!result.success) {
    throw new UnreadableDocument(`the JSON is not an article { title, text, publishedAt?, author?, url? }: ${result.error.issues.map((i) => `${i.path.join('.') || 'document'} ${i.message}`).join('; ')}`);
  }
  return result.data;
}
