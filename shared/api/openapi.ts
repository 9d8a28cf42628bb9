import { z } from 'zod';
import { ROUTES } from './routes.ts';
import { articleSchema, claimReviewsQuerySchema, claimSchema, healthSchema, historyEntrySchema, historyQuerySchema, listArticlesQuerySchema, listClaimsQuerySchema, listSpeakersQuerySchema, problemSchema, speakerClaimsQuerySchema, speakerSummarySchema, verdictRequestSchema } from './schemas.ts';

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
  'GET /speakers': listSpeakersQuerySchema,
  'GET /speakers/{speakerId}/claims': speakerClaimsQuerySchema,
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
      ...(route.method === 'PUT' ? { requestBody: { required: true, ...json(ref('VerdictRequest')) } } : {}),
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
      schemas: { Article: schema(articleSchema), Claim: schema(claimSchema), HistoryEntry: schema(historyEntrySchema), Speaker: schema(speakerSummarySchema), VerdictRequest: schema(verdictRequestSchema), Problem: schema(problemSchema) },
    },
  };
}
