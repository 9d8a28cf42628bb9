import { desk, handleError } from '../desk';
import { h } from '../element';
import { claimWords } from './claim-parts';
import { isolated } from '../user-text';

const app = document.getElementById('app')!;

/** A speaker's page: who they are, their record (verified, disputed, pending), and every claim they made, newest first. */
export async function speakerView(speakerId: string): Promise<void> {
  const { api } = desk;
  try {
    const [speaker, first] = await Promise.all([api.speaker(speakerId), api.speakerClaims(speakerId)]);
    if (!location.hash.startsWith(`#/speaker/${speakerId}`)) return;
    const claims = [...first.items];
    let cursor = first.nextCursor;
    const list = h('ol', { class: 'claims', 'aria-label': `Claims by ${speaker.name}` });
    const more = h('button', { type: 'button', class: 'more' }, 'Load more claims') as HTMLButtonElement;
    const draw = () => {
      list.replaceChildren(...claims.map((c) =>
        h('li', {},
          h('a', { href: `#/article/${c.articleId}/${c.claimId}`, class: `claim-link ${c.status}` }, claimWords(c)),
          h('span', { class: `badge ${c.status}` }, c.status),
          // where and when it was said: the article's title and publication date (its upload's when it gives none)
          h('span', { class: 'muted' }, ' — ', isolated(c.article ? (c.article.title ?? c.article.lead ?? c.article.key) : ''), ' · ',
            h('time', { datetime: c.article?.publishedAt ?? c.createdAt, title: c.article?.publishedAt ? 'published' : 'uploaded (the article gives no date)' }, new Date(c.article?.publishedAt ?? c.createdAt).toLocaleDateString())))));
      more.hidden = !cursor;
    };
    more.addEventListener('click', async () => {
      const page = await api.speakerClaims(speakerId, cursor ?? undefined);
      claims.push(...page.items);
      cursor = page.nextCursor;
      draw();
    });
    const { verified, disputed, pending } = speaker.counts;
    app.replaceChildren(
      h('section', { class: 'speaker' },
        h('p', {}, h('a', { href: '#/' }, '← Queue')),
        h('h2', { dir: 'auto' }, speaker.name),
        speaker.title ? h('p', { dir: 'auto' }, speaker.title) : null,
        h('p', { class: 'muted' }, speaker.type),
        h('p', { class: 'record', 'aria-label': 'Record' },
          h('span', { class: 'badge verified' }, `${verified} verified`),
          h('span', { class: 'badge disputed' }, `${disputed} disputed`),
          h('span', { class: 'badge pending' }, `${pending} pending`)),
        h('h3', {}, 'Claims, newest first'),
        list,
        more),
    );
    draw();
  } catch (error) {
    handleError(error);
  }
}
