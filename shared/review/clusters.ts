import type { ClaimStatus, ClusterLeftEntry, HistoryEntry, VerdictEntry } from '../api/schemas.ts';
import { Forbidden, StateConflict, VersionConflict } from '../errors.ts';
import { saysTheSame, signatureOf, type Signature } from './seen-before.ts';
import type { Review, Reviewer } from './verdicts.ts';
import { speakersCompatible } from './claim-identity.ts';

/**
 * One claim, many articles. A wire story runs in dozens of outlets, each copy retitled, trimmed and
 * reworded at the edges; the quote in it is the same quote, and a reviewer should rule on it once.
 *
 * The rule: two claims of different articles are one claim when they say the same, by seen-before's
 * matcher (the same figures, and at least half of their content words shared: the words around the
 * quote are free to differ, `said` and `told reporters` are both reporting words), and their speakers
 * are compatible: the same name, names that share a name word (`Ruiz` and `Ana Ruiz`), or one side
 * unresolved (`unknown`, `a spokeswoman`, a pronoun a copy's trimming left without its name).
 * Two different speakers saying the same words are two claims: each is checked for who said it.
 *
 * Candidates are found through the LSH keys of the claim's words (seen-before.ts `bands`), never by
 * reading every claim: a claim is filed under each of its keys, and a new claim reads only the
 * claims that share one.
 */
export interface ClusterCandidate {
  articleId: string;
  text: string;
  speaker: { name: string };
}

export interface Signed extends ClusterCandidate {
  signature: Signature;
}

export const signed = <C extends ClusterCandidate>(claim: C): C & Signed => ({ ...claim, signature: signatureOf(claim.text) });

/** The keys a claim is filed and found under: a shared key makes two claims candidates. */
export const clusterKeys = (claim: Signed) => claim.signature.bands;

export function sameClaim(a: Signed, b: Signed): boolean {
  if (!a.signature.bands.some((k) => b.signature.bands.includes(k))) return false;
  return oneClaim({ articleId: a.articleId, speaker: a.speaker.name, ...a.signature }, { articleId: b.articleId, speaker: b.speaker.name, ...b.signature });
}

type Compared = Pick<Signature, 'words' | 'numbers'> & { articleId: string; speaker: string };
const oneClaim = (a: Compared, b: Compared) => a.articleId !== b.articleId && saysTheSame(a, b) && speakersCompatible(a.speaker, b.speaker);

/** A claim filed under a cluster key: what a later claim compares itself with, without reading the claim. */
export interface FiledClaim {
  claimId: string;
  articleId: string;
  clusterId: string;
  createdAt: string;
  words: string[];
  numbers: string[];
  speaker: string;
}

/**
 * The cluster a claim joins: of the filed claims that say the same (`sameClaim`), the cluster of
 * the earliest, so that a claim matching members of two clusters joins the older one; none when
 * nothing filed says the same, and the claim founds a cluster of its own.
 */
export function clusterToJoin(claim: Signed, filed: FiledClaim[]): string | undefined {
  const mine = { articleId: claim.articleId, speaker: claim.speaker.name, ...claim.signature };
  const matches = filed
    .filter((f) => oneClaim(mine, f))
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.claimId.localeCompare(b.claimId));
  return matches[0]?.clusterId;
}

/** A member of a cluster as settling it needs: its status, score and current place. */
export interface Member {
  claimId: string;
  createdAt: string;
  status: string;
  checkworthiness?: number;
  clusterRole?: 'lead' | 'member';
  clusterCheckworthiness?: number;
  clusterSize?: number;
}

export interface Settlement {
  /** the member the pending queue shows for the cluster: its earliest pending one */
  lead?: string;
  /** the highest score of the pending members: the lead's rank in the queue */
  checkworthiness?: number;
  /** how many articles carry the claim: the members not dismissed */
  size: number;
  /** the pending members whose place must change, with the place; the lead carries the size, so that the queue shows it without reading the cluster */
  moves: Array<{ claimId: string; clusterRole: 'lead' | 'member'; clusterCheckworthiness?: number; clusterSize?: number }>;
}

/**
 * Who stands for a cluster in the pending queue, after any change to its members: the earliest
 * pending member (its first appearance), ranked as the most check-worthy pending member, so that a
 * cluster is one entry however many copies carry it and sinks no lower than its best member.
 */
export function settle(members: Member[]): Settlement {
  const size = members.filter((m) => m.status !== 'dismissed').length;
  const pending = members.filter((m) => m.status === 'pending').sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.claimId.localeCompare(b.claimId));
  if (pending.length === 0) return { size, moves: [] };
  const lead = pending[0].claimId;
  const checkworthiness = Math.max(...pending.map((m) => m.checkworthiness ?? 0));
  const moves: Settlement['moves'] = [];
  for (const m of pending) {
    const want = m.claimId === lead ? { clusterRole: 'lead' as const, clusterCheckworthiness: checkworthiness, clusterSize: size } : { clusterRole: 'member' as const };
    if (m.clusterRole !== want.clusterRole || m.clusterCheckworthiness !== want.clusterCheckworthiness || m.clusterSize !== want.clusterSize) moves.push({ claimId: m.claimId, ...want });
  }
  return { lead, checkworthiness, size, moves };
}

/**
 * The rules of taking a claim out of its cluster: a reviewer who may write, at the version they
 * saw, of a claim that is in one. It stays in review as it was, on its own.
 */
export function takeOutOfCluster(claim: { claimId: string; version: number; clusterId?: string }, clusterSize: number, expectedVersion: number, reviewer: Reviewer, at: Date): { version: number; entry: ClusterLeftEntry } {
  if (!reviewer.canWrite) throw new Forbidden('this token may read but not change claims');
  if (claim.version !== expectedVersion) throw new VersionConflict(claim.version, expectedVersion);
  // a claim no other article carries is filed as a cluster of one, which is no cluster to a reviewer
  if (!claim.clusterId || clusterSize < 2) throw new StateConflict(`claim ${claim.claimId} is in no cluster: no other article carries it`);
  return { version: claim.version + 1, entry: { action: 'left-cluster', reviewer: reviewer.id, at: at.toISOString(), clusterId: claim.clusterId } };
}

/**
 * A verdict given to a cluster, as each other member receives it: the same verdict, note and
 * evidence, at the member's own version (the reviewer ruled on the cluster, not on each copy's
 * version), its entry naming the cluster and the claim it was given through. Only a pending
 * member receives it: one already ruled keeps its own verdict, which a reviewer gave it knowingly.
 */
export function memberReview(member: { version: number; status: ClaimStatus }, given: Review, cluster: { id: string; via: string }): Review | undefined {
  if (member.status !== 'pending') return undefined;
  return { status: given.status, version: member.version + 1, entry: { ...given.entry, cluster } };
}

/**
 * Whether a member receives a dismissal or a correction given to its cluster: as with a verdict,
 * only a pending one; and a correction not one a reviewer corrected through itself, whose own
 * correction was made knowingly and stands (the cluster's earlier corrections it received do not).
 */
export function receivesClusterChange(member: { claimId: string; status: ClaimStatus; history: HistoryEntry[] }, change: 'dismissal' | 'correction'): boolean {
  if (member.status !== 'pending') return false;
  if (change === 'dismissal') return true;
  return !member.history.some((e) => e.action === 'corrected' && (!e.cluster || e.cluster.via === member.claimId));
}

/**
 * Which of a cluster's members carrying the same verdict publishes it, so that the list of reviews
 * gives the cluster once with every appearance: the one ruled first among those a reviewer ruled
 * directly (the members ruled through it are not listed); ties by claim id.
 */
export function publishingMember<M extends { claimId: string; history: HistoryEntry[] }>(sameVerdict: M[]): M | undefined {
  const ruledAt = (m: M) => {
    const verdict = [...m.history].reverse().find((e): e is VerdictEntry => (e.action === undefined || e.action === 'verdict') && !('reread' in e && e.reread));
    return verdict && !(verdict.cluster && verdict.cluster.via !== m.claimId) ? verdict.at : undefined;
  };
  const direct = sameVerdict.filter((m) => ruledAt(m) !== undefined);
  return direct.sort((a, b) => ruledAt(a)!.localeCompare(ruledAt(b)!) || a.claimId.localeCompare(b.claimId))[0];
}
