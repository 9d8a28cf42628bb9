import { z } from 'zod';
import { ROUTES } from './routes.ts';
import { articleSchema, clusterSchema, leaveClusterQuerySchema, claimReviewsQuerySchema, correctionRequestSchema, dismissalRequestSchema, reopenQuerySchema, reviewExportQuerySchema, claimSchema, healthSchema, historyEntrySchema, historyQuerySchema, listArticlesQuerySchema, listClaimsQuerySchema, listSpeakersQuerySchema, problemSchema, speakerClaimsQuerySchema, speakerSummarySchema, verdictRequestSchema } from './schemas.ts';

const schema = (s: z.ZodType) => z.toJSONSchema(s, { target: 'openapi-3.0', io: 'output', unrepresentable: 'any' });
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (s: unknown) => ({ content: { 'application/json': { schema: s } } });
const problem = (description: string) => ({ description, content: { 'application/problem+json': { schema: ref('Problem') } } });

const page = (item: string) => ({ type: 'object', required: ['items', 'nextCursor'], properties: { items: { type: 'array', items: ref(item) }, nextCursor: { type: 'string', nullable: true } } });
const queryParameters = (s: z.ZodObject) =>
  Object.keys(s.shape).map((name) => ({ name, in: 'query', required: false, schema: { type: 'string' } }));

const responses: Record<string, Record<string, unknown>> = {
  'GET /articles': { 200: { description: 'A page of articles', ...json(page('Article')) } },
  'GET /articles/{articleId}': { 200: { description: 'The article', ...json({ allOf: [ref('Article'), { type: 'object', properties: { claims: { type: 'array', items: ref('Claim') } } }] }) }, 404: problem('No such article') },
  'GET /claims': { 200: { description: 'A page of claims', ...json(page('Claim')) } },
  'GET /claims/{claimId}': { 200: { description: 'The claim', ...json(ref('Claim')) }, 404: problem('No such claim') },
  'GET /claims/{claimId}/history': { 200: { description: 'A page of history entries', ...json(page('HistoryEntry')) }, 404: problem('No such claim') },
  'PUT /claims/{claimId}/verdict': { 200: { description: 'The claim after the verdict', ...json(ref('Claim')) }, 404: problem('No such claim'), 409: problem('The claim has moved past expectedVersion'), 403: problem('The token may only read') },
  'PUT /claims/{claimId}/attribution': { 200: { description: 'The claim as corrected: its history ends with the correction, before and after', ...json(ref('Claim')) }, 404: problem('No such claim'), 409: problem('The claim has moved past expectedVersion, or is dismissed or retracted'), 403: problem('The token may only read') },
  'PUT /claims/{claimId}/dismissal': { 200: { description: 'The claim, dismissed', ...json(ref('Claim')) }, 404: problem('No such claim'), 409: problem('The claim has moved past expectedVersion, or is dismissed already'), 403: problem('The token may only read') },
  'DELETE /claims/{claimId}/dismissal': { 200: { description: 'The claim, pending again', ...json(ref('Claim')) }, 404: problem('No such claim'), 409: problem('The claim has moved past expectedVersion, or is not dismissed'), 403: problem('The token may only read') },
  'DELETE /claims/{claimId}/cluster': { 200: { description: 'The claim, out of its cluster and pending on its own', ...json(ref('Claim')) }, 404: problem('No such claim'), 409: problem('The claim has moved past expectedVersion, or is in no cluster'), 403: problem('The token may only read') },
  'GET /clusters/{clusterId}': { 200: { description: 'The cluster with every member, in order of appearance', ...json(schema(clusterSchema)) }, 404: problem('No such cluster') },
  'GET /reviews/export': { 200: { description: 'A page of reviewed articles as evaluation data: text, BRAT attributions (`ann`) and labels', ...json({ type: 'object', required: ['items', 'nextCursor'], properties: { items: { type: 'array', items: { type: 'object', required: ['name', 'text', 'ann', 'labels'] } }, nextCursor: { type: 'string', nullable: true } } }) } },
  'GET /claims/{claimId}/claimreview': { 200: { description: 'The schema.org ClaimReview (JSON-LD) of the claim’s last verdict', ...json({ type: 'object', required: ['@context', '@type'] }) }, 404: problem('No such claim, or no verdict yet') },
  'GET /claimreviews': { 200: { description: 'A page of ClaimReviews, by the time of their verdict', ...json({ type: 'object', required: ['items', 'nextCursor'], properties: { items: { type: 'array', items: { type: 'object' } }, nextCursor: { type: 'string', nullable: true } } }) } },
  'GET /speakers': { 200: { description: 'A page of speakers', ...json(page('Speaker')) } },
  'GET /speakers/{speakerId}': { 200: { description: 'The speaker', ...json(ref('Speaker')) }, 404: problem('No such speaker') },
  'GET /speakers/{speakerId}/claims': { 200: { description: 'A page of the speaker’s claims', ...json(page('Claim')) } },
  'GET /openapi.json': { 200: { description: 'This document', ...json({ type: 'object' }) } },
  'GET /health': { 200: { description: 'The API answers', ...json(schema(healthSchema)) } },
};

const QUERIES: Record<string, z.ZodObject | undefined> = {
  'GET /articles': listArticlesQuerySchema,
  'GET /claims': listClaimsQuerySchema,
  'GET /claims/{claimId}/history': historyQuerySchema,
  'GET /claimreviews': claimReviewsQuerySchema,
  'DELETE /claims/{claimId}/dismissal': reopenQuerySchema,
  'DELETE /claims/{claimId}/cluster': leaveClusterQuerySchema,
  'GET /reviews/export': reviewExportQuerySchema,
  'GET /speakers': listSpeakersQuerySchema,
  'GET /speakers/{speakerId}/claims': speakerClaimsQuerySchema,
};

const BODIES: Record<string, string | undefined> = {
  'PUT /claims/{claimId}/verdict': 'VerdictRequest',
  'PUT /claims/{claimId}/attribution': 'CorrectionRequest',
  'PUT /claims/{claimId}/dismissal': 'DismissalRequest',
};

/** The OpenAPI 3 document, built from the same route list and zod schemas the API runs on. */
export function openApiDocument() {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of ROUTES) {
    const key = `${route.method} ${route.path}`;
    const params = [...route.path.matchAll(/\{(\w+)\}/g)].map((m) => ({ name: m[1], in: 'path', required: true, schema: { type: 'string' } }));
    const querySchema = QUERIES[key];
    const query = querySchema ? queryParameters(querySchema) : [];
    (paths[route.path] ??= {})[route.method.toLowerCase()] = {
      summary: route.summary,
      parameters: [...params, ...query],
      ...(route.protected ? { security: [{ bearer: [] }] } : {}),
      ...(BODIES[key] ? { requestBody: { required: true, ...json(ref(BODIES[key])) } } : {}),
      responses: {
        ...responses[key],
        ...(route.protected ? { 400: problem('A bad request'), 401: problem('No valid token') } : {}),
      },
    };
  }
  return {
    openapi: '3.0.3',
    info: { title: 'Quote fact-check reviewer API', version: '1.0.0' },
    paths,
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } },
      schemas: { Article: schema(articleSchema), Claim: schema(claimSchema), HistoryEntry: schema(historyEntrySchema), Speaker: schema(speakerSummarySchema), VerdictRequest: schema(verdictRequestSchema), CorrectionRequest: schema(correctionRequestSchema), DismissalRequest: schema(dismissalRequestSchema), Problem: schema(problemSchema) },
    },
  };
}
