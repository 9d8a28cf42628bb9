/** The reviewer API, as the desk uses it: same origin locally, the stack's API URL in AWS. */
export interface Span {
  start: number;
  end: number;
  text: string;
}
export type ClaimStatus = 'pending' | 'verified' | 'disputed' | 'dismissed';
export type SpeakerType = 'person' | 'organisation' | 'group' | 'document' | 'anonymous';
export type ClaimKind = 'direct' | 'indirect' | 'mixed';
export type DismissalReason = 'not-an-attribution' | 'not-checkable' | 'duplicate';
export type CorrectedField = 'speaker' | 'content' | 'cue' | 'kind';
export interface Speaker {
  id: string;
  name: string;
  title?: string;
  type?: SpeakerType;
  /** the words the article names them with (`the ambassador`) */
  mention?: string;
  /** 0..1: how sure extraction is of the speaker; 1 for a speaker a reviewer gave */
  confidence?: number;
}
/** Someone the article names, as a reviewer gives a claim to them: no id, the API makes one. */
export interface Person {
  name: string;
  type: SpeakerType;
  title?: string;
}
/** A claim's attribution as the extractor read it, or as a correction saw it before and after. */
export interface Reading {
  text: string;
  speaker: Speaker;
  content: Span;
  cue: Span | null;
  kind: ClaimKind;
}
/** A verdict entry has no `action` (entries from before corrections have none, and new ones need none). */
export interface VerdictEntry {
  action?: 'verdict';
  verdict: 'verified' | 'disputed';
  reviewer: string;
  note?: string;
  evidence?: string[];
  at: string;
  sameAs?: string;
  /** given to the claim's whole cluster, through the claim `via` */
  cluster?: { id: string; via: string };
}
export interface CorrectionEntry {
  action: 'corrected';
  reviewer: string;
  at: string;
  note?: string;
  before: Partial<Reading>;
  after: Partial<Reading>;
}
export interface DismissalEntry {
  action: 'dismissed';
  reviewer: string;
  at: string;
  reason: DismissalReason;
  previousStatus: ClaimStatus;
  duplicateOf?: string;
  note?: string;
}
export interface ReopenEntry {
  action: 'reopened';
  reviewer: string;
  at: string;
  note?: string;
}
export interface ClusterLeftEntry {
  action: 'left-cluster';
  reviewer: string;
  at: string;
  clusterId: string;
  note?: string;
}
export type HistoryEntry = VerdictEntry | CorrectionEntry | DismissalEntry | ReopenEntry | ClusterLeftEntry;
export const isVerdict = (e: HistoryEntry): e is VerdictEntry => 'verdict' in e && (e.action === undefined || e.action === 'verdict');

export interface Claim {
  claimId: string;
  articleId: string;
  text: string;
  kind: ClaimKind;
  speaker: Speaker;
  /** `pieces` when a reporting clause splits the words (`“A,” she said. “B.”`) */
  content: Span & { pieces?: Array<{ start: number; end: number }> };
  cue: Span | null;
  source: Span | null;
  confidence: number;
  checkworthiness?: number;
  signals?: string[];
  status: ClaimStatus;
  version: number;
  history: HistoryEntry[];
  retracted?: boolean;
  /** the fields a reviewer corrected: theirs, not the extractor's */
  corrected?: CorrectedField[];
  /** the extractor's reading before the first correction */
  original?: Reading;
  dismissal?: { reason: DismissalReason; duplicateOf?: string; reviewer: string; at: string };
  /** on a speaker's claims: the article each appeared in */
  article?: { key: string; title?: string; lead?: string; publishedAt?: string };
  /** the claims of other articles that say the same */
  cluster?: { id: string; size: number };
  createdAt: string;
  seenBefore?: Array<{ claimId: string; articleId: string; status: ClaimStatus; reviewer?: string; at: string }>;
}
export interface Article {
  articleId: string;
  key: string;
  title?: string;
  lead?: string;
  bodyStart?: number;
  publishedAt?: string;
  dateline?: string;
  language?: string;
  warning?: string;
  status: 'processing' | 'ready' | 'failed';
  error?: string;
  claimCount: number;
  /** `dismissed` from the API that added dismissals on */
  counts: { pending: number; verified: number; disputed: number; dismissed?: number };
  createdAt: string;
}
export interface ArticleWithClaims extends Article {
  text?: string;
  /** the people, organisations and groups the article names, most likely speakers first */
  people?: Person[];
  claims: Claim[];
}
export interface SpeakerSummary {
  speakerId: string;
  name: string;
  type: string;
  title?: string;
  counts: { pending: number; verified: number; disputed: number };
}
export interface Problem {
  status: number;
  title: string;
  detail: string;
  currentVersion?: number;
}

/** The score from which the desk calls a claim worth checking. */
export const WORTH_CHECKING = 0.5;

export class ApiError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail);
  }
}

export class Api {
  constructor(
    private readonly base: string,
    private readonly token: () => string | null,
  ) {}

  private async call<T>(path: string, init: RequestInit = {}): Promise<T> {
    const token = this.token();
    const res = await fetch(`${this.base}${path}`, {
      ...init,
      headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(init.body ? { 'content-type': 'application/json' } : {}) },
    });
    const body = await res.json().catch(() => ({}));
    if (!res.ok) throw new ApiError({ status: res.status, title: body.title ?? res.statusText, detail: body.detail ?? '', currentVersion: body.currentVersion });
    return body as T;
  }

  articles = () => this.call<{ items: Article[] }>('/articles?limit=100');
  article = (id: string) => this.call<ArticleWithClaims>(`/articles/${encodeURIComponent(id)}`);
  claim = (id: string) => this.call<Claim>(`/claims/${encodeURIComponent(id)}`);
  queue = (q: { status: string; order: string; worthChecking: boolean; speaker?: string; articleId?: string }, cursor?: string) =>
    this.call<{ items: Claim[]; nextCursor: string | null }>(
      `/claims?${new URLSearchParams({
        status: q.status,
        order: q.order,
        limit: '50',
        ...(q.worthChecking ? { minCheckworthiness: String(WORTH_CHECKING) } : {}),
        ...(q.speaker ? { speaker: q.speaker } : {}),
        ...(q.articleId ? { articleId: q.articleId } : {}),
        ...(cursor ? { cursor } : {}),
      })}`,
    );
  speaker = (id: string) => this.call<SpeakerSummary>(`/speakers/${encodeURIComponent(id)}`);
  speakerClaims = (id: string, cursor?: string) =>
    this.call<{ items: Claim[]; nextCursor: string | null }>(`/speakers/${encodeURIComponent(id)}/claims?${new URLSearchParams({ limit: '50', ...(cursor ? { cursor } : {}) })}`);
  claimReview = (id: string) => this.call<Record<string, unknown>>(`/claims/${encodeURIComponent(id)}/claimreview`);
  /** every article's copy of a claim, in order of appearance */
  cluster = (id: string) => this.call<{ clusterId: string; size: number; claims: Claim[] }>(`/clusters/${encodeURIComponent(id)}`);
  leaveCluster = (id: string, expectedVersion: number) =>
    this.call<Claim>(`/claims/${encodeURIComponent(id)}/cluster?expectedVersion=${expectedVersion}`, { method: 'DELETE' });
  verdict = (id: string, body: { verdict: 'verified' | 'disputed'; note?: string; evidence?: string[]; sameAs?: string; scope?: 'claim' | 'cluster'; expectedVersion: number }) =>
    this.call<Claim>(`/claims/${encodeURIComponent(id)}/verdict`, { method: 'PUT', body: JSON.stringify(body) });
  /** the reviewer's reading over the extractor's: spans are offsets into the article's text */
  correct = (id: string, body: { speaker?: Person; content?: { start: number; end: number }; cue?: { start: number; end: number } | null; kind?: ClaimKind; note?: string; scope?: 'claim' | 'cluster'; expectedVersion: number }) =>
    this.call<Claim>(`/claims/${encodeURIComponent(id)}/attribution`, { method: 'PUT', body: JSON.stringify(body) });
  dismiss = (id: string, body: { reason: DismissalReason; duplicateOf?: string; note?: string; scope?: 'claim' | 'cluster'; expectedVersion: number }) =>
    this.call<Claim>(`/claims/${encodeURIComponent(id)}/dismissal`, { method: 'PUT', body: JSON.stringify(body) });
  reopen = (id: string, expectedVersion: number) =>
    this.call<Claim>(`/claims/${encodeURIComponent(id)}/dismissal?expectedVersion=${expectedVersion}`, { method: 'DELETE' });
}
