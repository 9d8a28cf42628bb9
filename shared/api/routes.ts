/**
 * The routes of the reviewer API, in one list: the Lambda dispatches on them, the local gateway
 * matches requests against them, the CDK stack creates them and the OpenAPI document lists them.
 */
export interface RouteSpec {
  method: 'GET' | 'PUT' | 'DELETE';
  path: string;
  /** needs a reviewer's bearer token */
  protected: boolean;
  summary: string;
}

export const ROUTES = [
  { method: 'GET', path: '/articles', protected: true, summary: 'List articles, newest first' },
  { method: 'GET', path: '/articles/{articleId}', protected: true, summary: 'One article with its claims in reading order' },
  { method: 'GET', path: '/claims', protected: true, summary: 'The review queue: claims of one status, oldest first' },
  { method: 'GET', path: '/claims/{claimId}', protected: true, summary: 'One claim' },
  { method: 'GET', path: '/claims/{claimId}/history', protected: true, summary: 'Every entry of a claim’s history, oldest first, a page at a time' },
  { method: 'PUT', path: '/claims/{claimId}/verdict', protected: true, summary: 'Verify or dispute a claim' },
  { method: 'PUT', path: '/claims/{claimId}/attribution', protected: true, summary: 'Correct the extractor’s reading of a claim: its speaker, its words, its cue or its kind' },
  { method: 'PUT', path: '/claims/{claimId}/dismissal', protected: true, summary: 'Dismiss a claim that is not worth a verdict, with the reason' },
  { method: 'DELETE', path: '/claims/{claimId}/dismissal', protected: true, summary: 'Reopen a dismissed claim: it is pending again' },
  { method: 'DELETE', path: '/claims/{claimId}/cluster', protected: true, summary: 'Take a claim out of its cluster: it was not the same claim after all, and stays pending on its own' },
  { method: 'GET', path: '/clusters/{clusterId}', protected: true, summary: 'One cluster: every claim of every article that says the same, in order of appearance' },
  { method: 'GET', path: '/claims/{claimId}/claimreview', protected: true, summary: 'A ruled claim as schema.org ClaimReview (JSON-LD)' },
  { method: 'GET', path: '/claimreviews', protected: true, summary: 'Every verdict as ClaimReview, by the time it was made, a page at a time' },
  { method: 'GET', path: '/speakers', protected: true, summary: 'Speakers across articles, by name, with their record' },
  { method: 'GET', path: '/speakers/{speakerId}', protected: true, summary: 'One speaker with their record' },
  { method: 'GET', path: '/speakers/{speakerId}/claims', protected: true, summary: 'Every claim one speaker made, in any article, newest first' },
  { method: 'GET', path: '/reviews/export', protected: true, summary: 'Reviewed articles as evaluation data (text, BRAT attributions, speaker and check-worthiness labels), a page at a time' },
  { method: 'GET', path: '/openapi.json', protected: false, summary: 'This API as an OpenAPI 3 document' },
  { method: 'GET', path: '/health', protected: false, summary: 'Whether the API answers' },
] as const satisfies readonly RouteSpec[];

type RouteOf<R> = R extends { method: infer M extends string; path: infer P extends string } ? `${M} ${P}` : never;
export type RouteKey = RouteOf<(typeof ROUTES)[number]>;
export const routeKey = (r: RouteSpec) => `${r.method} ${r.path}` as RouteKey;

/** Matches a method and path against the routes, returning the route and its path parameters. */
export function matchRoute(method: string, path: string): { route: RouteSpec; params: Record<string, string> } | null {
  const parts = path.split('/');
  for (const route of ROUTES as readonly RouteSpec[]) {
    if (route.method !== method) continue;
    const template = route.path.split('/');
    if (template.length !== parts.length) continue;
    const params: Record<string, string> = {};
    const matches = template.every((t, i) => {
      if (t.startsWith('{')) {
        if (parts[i] === '') return false;
        params[t.slice(1, -1)] = safeDecode(parts[i]);
        return true;
      }
      return t === parts[i];
    });
    if (matches) return { route, params };
  }
  return null;
}

const safeDecode = (s: string) => {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
};
