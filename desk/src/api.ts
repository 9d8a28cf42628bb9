/** The reviewer API, as the desk uses it: same origin locally, the stack's API URL in AWS. */
export interface Span {
  start: number;
  end: number;
  text: string;
}
export interface HistoryEntry {
  verdict: 'verified' | 'disputed';
  reviewer: string;
  note?: string;
  evidence?: string[];
  at: string;
}
export interface Claim {
  claimId: string;
  articleId: string;
  text: string;
  kind: string;
  speaker: { id: string; name: string; title?: string; type?: string; mention?: string };
  content: Span;
  cue: Span | null;
  source: Span | null;
  confidence: number;
  checkworthiness?: number;
  signals?: string[];
  status: 'pending' | 'verified' | 'disputed';
  version: number;
  history: HistoryEntry[];
  retracted?: boolean;
  createdAt: string;
  seenBefore?: Array<{ claimId: string; articleId: string; status: 'pending' | 'verified' | 'disputed'; reviewer?: string; at: string }>;
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
  counts: { pending: number; verified: number; disputed: number };
  createdAt: string;
}
export interface ArticleWithClaims extends Article {
  text?: string;
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
  verdict = (id: string, body: { verdict: 'verified' | 'disputed'; note?: string; evidence?: string[]; sameAs?: string; expectedVersion: number }) =>
    this.call<Claim>(`/claims/${encodeURIComponent(id)}/verdict`, { method: 'PUT', body: JSON.stringify(body) });
}
