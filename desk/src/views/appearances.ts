import type { Claim } from '../api';
import { desk, handleError } from '../desk';
import { h } from '../element';
import { isolated, keyText } from '../user-text';

/** How a list names a claim many articles carry: `in 4 articles`. */
export const carriedBy = (c: Claim) => (c.cluster ? [h('span', { class: 'cluster-size', title: 'Other articles carry the same claim: a verdict here rules on every copy still pending' }, `in ${c.cluster.size} articles`)] : []);

/**
 * The articles that carry a claim, in order of appearance, each a link that opens the article at
 * its copy; with, for a reviewer who may write, the way to take this copy out of the cluster when
 * it is not the same claim after all. Loaded when the claim is shown.
 */
export function appearancesOf(c: Claim, onLeft: (updated: Claim) => void): HTMLElement | null {
  if (!c.cluster) return null;
  const list = h('ol', { class: 'appearances' }, h('li', { class: 'muted' }, 'Loading…'));
  void desk.api.cluster(c.cluster.id).then(
    (cluster) =>
      list.replaceChildren(
        ...cluster.claims.map((member) => {
          const article = (member as Claim & { article?: { key: string; title?: string; lead?: string; publishedAt?: string } }).article;
          return h('li', { class: member.claimId === c.claimId ? 'this-copy' : undefined },
            h('a', { href: `#/article/${member.articleId}/${member.claimId}` }, isolated(article?.title ?? article?.lead ?? article?.key ?? member.articleId)),
            article?.key ? keyText(article.key, { class: 'muted key' }) : null,
            h('span', { class: `badge ${member.status}` }, member.status),
            member.claimId === c.claimId ? h('span', { class: 'muted' }, ' (this copy)') : null);
        }),
      ),
    (error) => handleError(error),
  );
  const leave = async () => {
    try {
      onLeft(await desk.api.leaveCluster(c.claimId, c.version));
    } catch (error) {
      handleError(error);
    }
  };
  return h('section', { class: 'cluster', 'aria-label': 'Other articles carrying this claim' },
    h('h4', {}, `Carried by ${c.cluster.size} articles`),
    h('p', { class: 'muted' }, 'A verdict here rules on every pending copy.'),
    list,
    desk.reviewer?.canWrite ? h('button', { type: 'button', class: 'leave-cluster', onclick: (() => void leave()) as EventListener }, 'Not the same claim: take this copy out') : null);
}
