/**
 * Who is signed in. Locally a token from `npm run token` is pasted, or given as `#token=…`; in AWS
 * the Cognito hosted UI signs the reviewer in (authorization code with PKCE) and hands back an ID
 * token. The token lives in sessionStorage: closing the tab signs out.
 */
export interface DeskConfig {
  apiUrl: string;
  /** present in AWS: the Cognito hosted UI */
  cognito?: { domain: string; clientId: string; redirectUri: string };
}

export interface Reviewer {
  name: string;
  canWrite: boolean;
  expiresAt: number;
}

const KEY = 'factcheck.token';

export function reviewerOf(token: string): Reviewer | null {
  try {
    const payload = JSON.parse(atob(token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/')));
    const groups: string[] = Array.isArray(payload['cognito:groups']) ? payload['cognito:groups'] : [];
    if (typeof payload.exp === 'number' && payload.exp * 1000 < Date.now()) return null;
    return { name: payload.username ?? payload['cognito:username'] ?? payload.email ?? payload.sub, canWrite: groups.includes('reviewers'), expiresAt: (payload.exp ?? 0) * 1000 };
  } catch {
    return null;
  }
}

export const storedToken = () => sessionStorage.getItem(KEY);
export const storeToken = (token: string) => sessionStorage.setItem(KEY, token);
export const forgetToken = () => sessionStorage.removeItem(KEY);

/** A token handed over in the URL fragment (`#token=…`) is kept and removed from the address bar. */
export function takeTokenFromFragment(): void {
  const match = /(?:^#|&)token=([^&]+)/.exec(location.hash);
  if (!match) return;
  storeToken(decodeURIComponent(match[1]));
  history.replaceState(null, '', `${location.pathname}${location.search}#/`);
}

const base64url = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');

export async function startHostedSignIn(cognito: NonNullable<DeskConfig['cognito']>): Promise<void> {
  const verifier = base64url(crypto.getRandomValues(new Uint8Array(32)));
  const challenge = base64url(new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier))));
  sessionStorage.setItem('factcheck.verifier', verifier);
  const params = new URLSearchParams({ response_type: 'code', client_id: cognito.clientId, redirect_uri: cognito.redirectUri, scope: 'openid email profile', code_challenge_method: 'S256', code_challenge: challenge });
  location.assign(`${cognito.domain}/oauth2/authorize?${params}`);
}

/** Back from the hosted UI with `?code=…`: trade it, with the PKCE verifier, for tokens. */
export async function finishHostedSignIn(cognito: NonNullable<DeskConfig['cognito']>): Promise<void> {
  const code = new URLSearchParams(location.search).get('code');
  const verifier = sessionStorage.getItem('factcheck.verifier');
  if (!code || !verifier) return;
  const res = await fetch(`${cognito.domain}/oauth2/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'authorization_code', client_id: cognito.clientId, code, redirect_uri: cognito.redirectUri, code_verifier: verifier }),
  });
  sessionStorage.removeItem('factcheck.verifier');
  if (res.ok) storeToken((await res.json()).id_token);
  history.replaceState(null, '', `${location.pathname}#/`);
}
