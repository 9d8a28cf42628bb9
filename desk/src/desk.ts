import { Api, ApiError } from './api';
import { forgetToken, type DeskConfig, type Reviewer } from './session';
import { toast } from './toast';
import { isolated } from './user-text';

/**
 * What every view shares: the configuration and the API client (set when the desk boots), the
 * signed-in reviewer (set on each render), and the router, for a view that has to send the
 * reviewer elsewhere.
 */
export const desk: { config: DeskConfig; api: Api; reviewer: Reviewer | null; render: () => void } = {
  config: { apiUrl: '' },
  api: new Api('', () => null),
  reviewer: null,
  render: () => undefined,
};

/** An API failure as the reviewer is told it; an expired sign-in sends them back to sign in. */
export function handleError(error: unknown): void {
  if (error instanceof ApiError && error.problem.status === 401) {
    forgetToken();
    toast('Your sign-in has expired. Please sign in again.');
    desk.render();
    return;
  }
  // a problem's detail can quote the request back, user text and all
  if (error instanceof ApiError) toast(`${error.problem.title}: `, isolated(error.problem.detail));
  else toast('The desk could not reach the API.');
}
