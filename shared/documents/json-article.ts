import { z } from 'zod';
import { UnreadableDocument } from './unreadable-document.ts';

/** A newsroom system's JSON export of one article. */
export const jsonArticleSchema = z.object({
  title: z.string().max(1000),
  text: z.string().min(1),
  publishedAt: z.string().max(100).optional(),
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
