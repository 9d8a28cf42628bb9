import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics } from '@aws-lambda-powertools/metrics';

/** One logger and one metrics instance per process, shared by the handlers. */
export const logger = new Logger({ serviceName: 'quote-factcheck' });
export const metrics = new Metrics({ namespace: 'QuoteFactcheck', serviceName: 'quote-factcheck' });
