/** The few ways a request can fail that a client can act on; mapped to HTTP once, in functions/api/problem.ts. */
export class NotFound extends Error {
  constructor(detail: string) {
    super(detail);
    this.name = 'NotFound';
  }
}

export class InvalidRequest extends Error {
  constructor(detail: string) {
    super(detail);
    this.name = 'InvalidRequest';
  }
}

export class Unauthorized extends Error {
  constructor(detail = 'a valid bearer token is required') {
    super(detail);
    this.name = 'Unauthorized';
  }
}

export class Forbidden extends Error {
  constructor(detail: string) {
    super(detail);
    this.name = 'Forbidden';
  }
}

export class VersionConflict extends Error {
  constructor(readonly currentVersion: number, expectedVersion: number) {
    super(`the claim is at version ${currentVersion}, not ${expectedVersion}: someone ruled on it since you read it`);
    this.name = 'VersionConflict';
  }
}

/** The claim is in no state for the change asked: a dismissed claim ruled on, a claim reopened that was never dismissed. */
export class StateConflict extends Error {
  constructor(detail: string) {
    super(detail);
    this.name = 'StateConflict';
  }
}
