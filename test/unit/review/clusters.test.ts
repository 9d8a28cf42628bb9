import { describe, expect, it } from 'vitest';
import { clusterToJoin, memberReview, publishingMember, receivesClusterChange, sameClaim, settle, signed, takeOutOfCluster, type FiledClaim } from '#shared/review/clusters.ts';
import { signatureOf } from '#shared/review/seen-before.ts';
import { Forbidden, StateConflict, VersionConflict } from '#shared/errors.ts';
import { measureClusters } from '../../syndication/measure.ts';

const claim = (articleId: string, text: string, speaker: string) => signed({ articleId, text, speaker: { name: speaker } });

describe('one claim across articles', () => {
  it('joins the same quote in two copies of a story, whatever the words around it and the quotation marks', () => {
    expect(sameClaim(claim('a', '“Storage is 12 percent fuller than a year ago and no factory will ration supplies,”', 'Laura Finch'), claim('b', '"Storage is 12 percent fuller than a year ago and no factory will ration supplies,"', 'Finch'))).toBe(true);
    // a copy that kept only the pronoun leaves the speaker unresolved on one side
    expect(sameClaim(claim('a', 'imports from Norway would cover any shortfall in February', 'Laura Finch'), claim('b', 'that imports from Norway would cover any shortfall in February', 'unnamed speaker'))).toBe(true);
  });

  it('keeps apart other words, other figures, another speaker and two claims of one article', () => {
    const quote = 'Storage is 12 percent fuller than a year ago';
    expect(sameClaim(claim('a', quote, 'Laura Finch'), claim('b', 'Storage is 15 percent fuller than a year ago', 'Laura Finch'))).toBe(false);
    expect(sameClaim(claim('a', quote, 'Laura Finch'), claim('b', 'the government would publish a new plan for offshore wind', 'Laura Finch'))).toBe(false);
    expect(sameClaim(claim('a', quote, 'Laura Finch'), claim('b', quote, 'Dev Raman'))).toBe(false);
    expect(sameClaim(claim('a', quote, 'Laura Finch'), claim('a', quote, 'Laura Finch'))).toBe(false);
  });

  it('on the syndication set, joins claims at precision 0.98 and recall 0.95 or better, one queue entry for about one distinct claim', () => {
    const { precision, recall, queueOverDistinct, claims, distinctClaims } = measureClusters();
    expect(precision).toBeGreaterThanOrEqual(0.98);
    expect(recall).toBeGreaterThanOrEqual(0.95);
    // without clusters the queue would hold every claim of every copy
    expect(claims / distinctClaims).toBeGreaterThan(2);
    expect(queueOverDistinct).toBeLessThan(1.1);
  }, 60_000);
});

describe('the cluster a claim joins', () => {
  const filed = (claimId: string, articleId: string, createdAt: string, clusterId: string, text: string, speaker: string): FiledClaim => {
    const { words, numbers } = signatureOf(text);
    return { claimId, articleId, clusterId, createdAt, words, numbers, speaker };
  };
  const quote = 'The 2.4 billion dollar offer values our mines fairly and protects every job';

  it('is the cluster of the earliest filed claim that says the same, by a compatible speaker in another article', () => {
    const mine = claim('z', quote, 'Mendes');
    const found = [
      filed('b-1', 'b', '2026-12-02T10:05:00Z', 'cb', quote, 'Carla Mendes'),
      filed('a-1', 'a', '2026-12-02T10:00:00Z', 'ca', quote, 'Carla Mendes'),
      filed('c-1', 'c', '2026-12-02T09:00:00Z', 'cc', quote, 'Dev Raman'),
      filed('d-1', 'd', '2026-12-02T08:00:00Z', 'cd', 'The offer undervalues the mines and puts jobs at risk', 'Carla Mendes'),
      filed('z-2', 'z', '2026-12-02T07:00:00Z', 'cz', quote, 'Carla Mendes'),
    ];
    expect(clusterToJoin(mine, found)).toBe('ca');
    expect(clusterToJoin(mine, found.slice(2))).toBeUndefined();
  });
});

describe('settling who leads a cluster', () => {
  const member = (claimId: string, createdAt: string, status: string, checkworthiness: number, clusterRole?: 'lead' | 'member', clusterCheckworthiness?: number, clusterSize?: number) => ({ claimId, createdAt, status, checkworthiness, clusterRole, clusterCheckworthiness, clusterSize });

  it('gives the lead to the earliest pending member, ranked as the most check-worthy pending one, with the number of articles not dismissed, and moves only who must move', () => {
    const settled = settle([
      member('a', '2026-12-02T10:00:00Z', 'verified', 0.99, 'lead', 0.5),
      member('b', '2026-12-02T10:01:00Z', 'pending', 0.2, 'member'),
      member('c', '2026-12-02T10:02:00Z', 'pending', 0.7, 'member'),
      member('d', '2026-12-02T10:03:00Z', 'dismissed', 0.9, 'member'),
    ]);
    expect(settled.lead).toBe('b');
    expect(settled.checkworthiness).toBe(0.7);
    expect(settled.size).toBe(3);
    expect(settled.moves).toEqual([{ claimId: 'b', clusterRole: 'lead', clusterCheckworthiness: 0.7, clusterSize: 3 }]);
    expect(settle([member('b', 'x', 'pending', 0.2, 'lead', 0.2, 1)]).moves).toEqual([]);
  });

  it('moves the lead again when only the number of articles changed', () => {
    const joined = settle([member('a', 'x', 'pending', 0.2, 'lead', 0.2, 1), member('b', 'y', 'pending', 0.1)]);
    expect(joined.moves).toEqual([{ claimId: 'a', clusterRole: 'lead', clusterCheckworthiness: 0.2, clusterSize: 2 }, { claimId: 'b', clusterRole: 'member' }]);
  });

  it('leaves no lead when no member is pending', () => {
    expect(settle([member('a', 'x', 'verified', 0.5, 'lead', 0.5)])).toEqual({ size: 1, moves: [] });
  });
});

describe('the rules of a cluster’s review', () => {
  const alice = { id: 'alice', canWrite: true };
  const given = { status: 'verified' as const, version: 3, entry: { verdict: 'verified' as const, reviewer: 'alice', at: '2026-12-02T10:00:00Z', note: 'checked' } };

  it('gives a cluster verdict to a pending member at its own version, naming the cluster, and to no ruled member', () => {
    expect(memberReview({ version: 7, status: 'pending' }, given, { id: 'cx', via: 'a-1' })).toEqual({ status: 'verified', version: 8, entry: { ...given.entry, cluster: { id: 'cx', via: 'a-1' } } });
    expect(memberReview({ version: 7, status: 'disputed' }, given, { id: 'cx', via: 'a-1' })).toBeUndefined();
    expect(memberReview({ version: 7, status: 'dismissed' }, given, { id: 'cx', via: 'a-1' })).toBeUndefined();
  });

  it('takes a claim out of its cluster only for a writer, at the version they saw, if another article carries it', () => {
    const at = new Date('2026-12-02T10:00:00Z');
    expect(takeOutOfCluster({ claimId: 'a-1', version: 2, clusterId: 'cx' }, 3, 2, alice, at)).toEqual({ version: 3, entry: { action: 'left-cluster', reviewer: 'alice', at: at.toISOString(), clusterId: 'cx' } });
    expect(() => takeOutOfCluster({ claimId: 'a-1', version: 2, clusterId: 'cx' }, 3, 1, alice, at)).toThrow(VersionConflict);
    expect(() => takeOutOfCluster({ claimId: 'a-1', version: 2 }, 0, 2, alice, at)).toThrow(StateConflict);
    // the cluster of one every claim no other article carries is filed in
    expect(() => takeOutOfCluster({ claimId: 'a-1', version: 2, clusterId: 'ca-1' }, 1, 2, alice, at)).toThrow(StateConflict);
    expect(() => takeOutOfCluster({ claimId: 'a-1', version: 2, clusterId: 'cx' }, 3, 2, { id: 'rita', canWrite: false }, at)).toThrow(Forbidden);
  });

  it('gives a dismissal or a correction to pending members only, and no correction to a copy a reviewer corrected through itself', () => {
    const corrected = (cluster?: { id: string; via: string }) => ({ action: 'corrected' as const, reviewer: 'bob', at: '2026-12-02T09:00:00Z', before: {}, after: { speaker: { id: 'karen-wu', name: 'Karen Wu', type: 'person' as const } }, ...(cluster ? { cluster } : {}) });
    expect(receivesClusterChange({ claimId: 'b-1', status: 'pending', history: [] }, 'dismissal')).toBe(true);
    expect(receivesClusterChange({ claimId: 'b-1', status: 'verified', history: [] }, 'dismissal')).toBe(false);
    expect(receivesClusterChange({ claimId: 'b-1', status: 'dismissed', history: [] }, 'dismissal')).toBe(false);
    expect(receivesClusterChange({ claimId: 'b-1', status: 'pending', history: [] }, 'correction')).toBe(true);
    expect(receivesClusterChange({ claimId: 'b-1', status: 'disputed', history: [] }, 'correction')).toBe(false);
    expect(receivesClusterChange({ claimId: 'b-1', status: 'pending', history: [corrected()] }, 'correction')).toBe(false);
    expect(receivesClusterChange({ claimId: 'b-1', status: 'pending', history: [corrected({ id: 'cx', via: 'b-1' })] }, 'correction')).toBe(false);
    // an earlier correction given to the whole cluster through another copy is the cluster's, which a later one may change
    expect(receivesClusterChange({ claimId: 'b-1', status: 'pending', history: [corrected({ id: 'cx', via: 'a-1' })] }, 'correction')).toBe(true);
  });

  it('publishes a cluster’s verdict through the member ruled first among those ruled directly', () => {
    const verdict = (at: string, extra: object = {}) => ({ verdict: 'disputed' as const, reviewer: 'alice', at, ...extra });
    const a = { claimId: 'a-1', history: [verdict('2026-12-02T10:00:00Z')] };
    const b = { claimId: 'b-1', history: [verdict('2026-12-02T10:00:00Z', { cluster: { id: 'cx', via: 'a-1' } })] };
    const late = { claimId: 'c-1', history: [verdict('2026-12-02T11:00:00Z', { sameAs: 'a-1' })] };
    expect(publishingMember([late, b, a])?.claimId).toBe('a-1');
    // ruled through a member no longer carrying the verdict: the next one ruled directly publishes it
    expect(publishingMember([late, b])?.claimId).toBe('c-1');
    expect(publishingMember([b])).toBeUndefined();
  });
});
