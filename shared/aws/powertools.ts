import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics } from '@aws-lambda-powertools/metrics';
import { Tracer } from '@aws-lambda-powertools/tracer';

/** One logger, metrics and tracer per process, shared by the handlers. Outside Lambda the tracer stays off. */
export const logger = new Logger({ serviceName: 'quote-factcheck' });
export const metrics = new Metrics({ namespace: 'QuoteFactcheck', serviceName: 'quote-factcheck' });
export const tracer = new Tracer({ serviceName: 'quote-factcheck' });
