/**
 * usage: npm run export-reviews -- --out DIR [--complete]
 * Writes every article a reviewer has worked on, from the running local stack (`npm start`, on
 * DYNAMODB_PORT, default 4570), as evaluation data in the formats of the evaluation tools:
 * DIR/text/NAME.txt, DIR/attributions/NAME_0000.ann (BRAT, METRICS.md conventions, the reviewers'
 * reading) and DIR/NAME.labels.json (speaker and check-worthiness labels). Then
 *   npm run eval -- DIR --labels DIR
 * scores the current extractor against what the reviewers decided (evaluation/review-export.ts
 * says how each review becomes gold). --complete keeps only articles whose every claim a reviewer
 * ruled on, corrected or dismissed. For a deployed stack, GET /reviews/export pages through the same.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { makeDocumentClient } from '#shared/aws/clients.ts';
import { listArticles } from '#shared/store/articles.ts';
import { listArticleClaims } from '#shared/store/claims.ts';
import { readArticleText } from '#shared/store/article-text.ts';
import { reviewedArticleAsGold } from '#shared/evaluation/review-export.ts';
import { orSayTheStackIsDown } from './stack-down.ts';

const { values } = parseArgs({ options: { out: { type: 'string' }, complete: { type: 'boolean', default: false }, table: { type: 'string', default: 'factcheck' } } });
if (!values.out) {
  console.error('usage: npm run export-reviews -- --out DIR [--complete]');
  process.exit(2);
}
const port = process.env.DYNAMODB_PORT ?? 4570;
const store = { client: makeDocumentClient({ AWS_REGION: 'us-east-1', DYNAMODB_ENDPOINT: `http://127.0.0.1:${port}` }), table: values.table! };
const out = values.out;
mkdirSync(join(out, 'text'), { recursive: true });
mkdirSync(join(out, 'attributions'), { recursive: true });

let articles = 0;
let claims = 0;
let reviewed = 0;
await orSayTheStackIsDown('npm run export-reviews', `DYNAMODB_PORT ${port}`, async () => {
  let cursor: string | undefined;
  do {
    const page = await listArticles(store, 20, cursor);
    for (const article of page.items) {
      const [text, all] = await Promise.all([readArticleText(store, article), listArticleClaims(store, article.articleId)]);
      const exported = text === undefined ? null : reviewedArticleAsGold(article, text, all, { complete: values.complete });
      if (!exported) continue;
      writeFileSync(join(out, 'text', `${exported.name}.txt`), exported.text);
      writeFileSync(join(out, 'attributions', `${exported.name}_0000.ann`), exported.ann);
      writeFileSync(join(out, `${exported.name}.labels.json`), `${JSON.stringify(exported.labels, null, 1)}\n`);
      articles++;
      claims += exported.labels.length;
      reviewed += exported.reviewed;
    }
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
});
console.log(`exported ${articles} reviewed article(s) to ${values.out}: ${claims} attributions, ${reviewed} claim(s) reviewed`);
console.log(`score the extractor against them: npm run eval -- ${values.out} --labels ${values.out}`);
