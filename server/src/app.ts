// The HTTP side: Fastify routes for the HSDS 3.0 API (read-only), problem bodies for every error,
// and the safety defaults: per-IP rate limit, CORS allow-list, small request and time limits, and
// logs that leave out query text unless asked.
import { timingSafeEqual } from 'node:crypto';
import { Readable } from 'node:stream';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import cors from '@fastify/cors';
import rateLimit from '@fastify/rate-limit';
import type { Pool } from 'pg';
import { BadRequest, parseId, parseList, type ListParams } from './params.js';
import * as db from './queries.js';

export interface AppOptions {
  pool: Pool;
  /** Origins allowed to call the API from a browser (exact match); empty: same-origin only. */
  corsOrigins?: string[];
  /** Requests per minute per IP (default 600). */
  rateLimit?: number;
  /** Log the query string of each request (off by default: search text can be personal). */
  logQueries?: boolean;
  /** Where request logs go; false for none. */
  logStream?: NodeJS.WritableStream | false;
  /** Enables GET /admin/status for `Authorization: Bearer <token>`; without it there is no admin endpoint. */
  adminToken?: string;
  /** Trust X-Forwarded-For from a proxy in front (for the rate limit's idea of the client IP). */
  trustProxy?: boolean;
  /** Ask PostgreSQL to give up on a query after this many ms (default 5000). */
  requestTimeoutMs?: number;
}

// Problem types are names, not pages (docs/hsds-server.md lists them).
const PROBLEM_BASE = 'urn:compassionate-intake:hsds-problem';
const OPENAPI_URL = 'https://raw.githubusercontent.com/openreferral/specification/3.0/schema/openapi.json';
const MAX_URL = 4096;

const SERVICE_PARAMS = new Set(['search', 'page', 'per_page', 'format', 'taxonomy_term_id', 'taxonomy_id', 'organization_id', 'modified_after', 'minimal', 'full', 'minimum_age', 'maximum_age', 'day', 'start_time', 'end_time']);
const SAL_PARAMS = new Set([...SERVICE_PARAMS, 'postcode', 'proximity'].filter((p) => p !== 'minimal'));
const ORG_PARAMS = new Set(['search', 'full_service', 'full', 'page', 'per_page', 'format']);
const TAXONOMY_PARAMS = new Set(['search', 'page', 'per_page', 'format']);
const TERM_PARAMS = new Set([...TAXONOMY_PARAMS, 'taxonomy_id', 'top_only', 'parent_id']);

function problem(reply: FastifyReply, status: number, title: string, detail?: string, extra: Record<string, unknown> = {}) {
  const slug = title.toLowerCase().replace(/[^a-z]+/g, '-').replace(/^-|-$/g, '');
  return reply
    .code(status)
    .type('application/problem+json')
    .send({ type: `${PROBLEM_BASE}:${slug}`, title, status, ...(detail ? { detail } : {}), ...extra });
}

function sendNdjson(reply: FastifyReply, chunks: AsyncGenerator<unknown[]>) {
  const body = Readable.from(
    (async function* () {
      for await (const chunk of chunks) yield chunk.map((x) => `${JSON.stringify(x)}\n`).join('');
    })(),
  );
  return reply.type('application/x-ndjson').send(body);
}

/** Collects the contents of every page (for format=ndjson on the small lists). */
async function* allPages(list: (p: ListParams) => Promise<db.Page>, p: ListParams): AsyncGenerator<unknown[]> {
  for (let page = 1; ; page++) {
    const r = await list({ ...p, page, perPage: 100 });
    if (r.contents.length) yield r.contents;
    if (r.last_page) return;
  }
}

export async function buildApp(opts: AppOptions): Promise<FastifyInstance> {
  const { pool } = opts;
  const app = Fastify({
    logger: false,
    bodyLimit: 1024,
    routerOptions: { maxParamLength: 200 },
    requestTimeout: (opts.requestTimeoutMs ?? 5000) + 5000,
    connectionTimeout: 30000,
    keepAliveTimeout: 5000,
    return503OnClosing: true,
    trustProxy: opts.trustProxy ?? false,
  });

  // One log line per request: method, path, status, time. The query string only when asked.
  const logStream = opts.logStream === undefined ? process.stdout : opts.logStream;
  app.addHook('onResponse', async (req, reply) => {
    if (!logStream) return;
    const path = opts.logQueries ? req.url : req.url.split('?')[0];
    logStream.write(`${new Date().toISOString()} ${req.method} ${path} ${reply.statusCode} ${reply.elapsedTime.toFixed(1)}ms\n`);
  });
  app.addHook('onRequest', async (req, reply) => {
    if (req.url.length > MAX_URL) return problem(reply, 414, 'URI too long', `Addresses are limited to ${MAX_URL} characters.`);
  });

  await app.register(rateLimit, {
    max: opts.rateLimit ?? 600,
    timeWindow: '1 minute',
    errorResponseBuilder: (_req, ctx) => ({
      statusCode: 429,
      type: `${PROBLEM_BASE}:too-many-requests`,
      title: 'Too many requests',
      status: 429,
      detail: `This address may make ${ctx.max} requests a minute. Try again in ${Math.ceil(ctx.ttl / 1000)} seconds.`,
    }),
  });
  const allowed = new Set(opts.corsOrigins ?? []);
  await app.register(cors, {
    origin: (origin, cb) => cb(null, origin !== undefined && allowed.has(origin)),
    methods: ['GET', 'HEAD', 'OPTIONS'],
    maxAge: 600,
  });

  app.setErrorHandler((err, req, reply) => {
    if (err instanceof BadRequest) {
      return problem(reply, 400, 'Invalid parameters', err.message, { invalid_params: err.invalid });
    }
    if (err instanceof db.UnknownPostcode) {
      return problem(reply, 400, 'Unknown postcode', 'No location in this directory has that postcode, so it cannot be placed.', {
        invalid_params: [{ name: 'postcode', reason: 'not known to this directory' }],
      });
    }
    const e = err as { statusCode?: number; code?: string; message?: string };
    if (e.code === '57014') return problem(reply, 503, 'Search took too long', 'Try a narrower search or fewer filters.');
    if (e.statusCode === 429) return reply.code(429).type('application/problem+json').send(err);
    if (e.statusCode && e.statusCode >= 400 && e.statusCode < 500) return problem(reply, e.statusCode, 'Bad request', e.message);
    // The message can hold SQL or data; keep it in the server log, not in the answer or with the query.
    process.stderr.write(`${new Date().toISOString()} error on ${req.method} ${req.url.split('?')[0]}: ${e.code ?? ''} ${e.message ?? err}\n`);
    return problem(reply, 500, 'Internal error', 'Something went wrong on our side.');
  });
  app.setNotFoundHandler((req, reply) => {
    if (!['GET', 'HEAD', 'OPTIONS'].includes(req.method)) return problem(reply, 405, 'Method not allowed', 'This API is read-only.');
    return problem(reply, 404, 'Not found', 'Try /services, /service_at_locations, /organizations, /taxonomies or /taxonomy_terms.');
  });

  type Req = FastifyRequest<{ Params: { id: string }; Querystring: Record<string, unknown> }>;
  const notFound = (reply: FastifyReply, what: string) => problem(reply, 404, 'Not found', `No ${what} with that id.`);

  // The UK profile: this server also takes its minimum_age, maximum_age, day, start_time and end_time,
  // and a client reads the profile to know it may send them (the finder's remote mode does).
  app.get('/', async () => ({
    version: '3.0',
    profile: 'https://github.com/OpenReferralUK/uk-profile/blob/main/docs/index.md',
    openapi_url: OPENAPI_URL,
  }));

  app.get('/services', async (req: Req, reply) => {
    const p = parseList(req.query, SERVICE_PARAMS);
    if (p.format === 'ndjson') return sendNdjson(reply, db.streamServices(pool, p));
    return db.listServices(pool, p);
  });
  app.get('/services/:id', async (req: Req, reply) => (await db.getService(pool, parseId(req.params.id))) ?? notFound(reply, 'service'));

  app.get('/service_at_locations', async (req: Req, reply) => {
    const p = parseList(req.query, SAL_PARAMS);
    if (p.format === 'ndjson') return sendNdjson(reply, allPages((x) => db.listServiceAtLocations(pool, x), p));
    return db.listServiceAtLocations(pool, p);
  });
  app.get('/service_at_locations/:id', async (req: Req, reply) => (await db.getServiceAtLocation(pool, parseId(req.params.id))) ?? notFound(reply, 'service at location'));

  app.get('/organizations', async (req: Req, reply) => {
    const p = parseList(req.query, ORG_PARAMS);
    if (p.format === 'ndjson') return sendNdjson(reply, allPages((x) => db.listOrganizations(pool, x), p));
    return db.listOrganizations(pool, p);
  });
  app.get('/organizations/:id', async (req: Req, reply) => {
    const p = parseList(req.query, new Set(['full_service']));
    return (await db.getOrganization(pool, parseId(req.params.id), p.fullService)) ?? notFound(reply, 'organization');
  });

  app.get('/taxonomies', async (req: Req, reply) => {
    const p = parseList(req.query, TAXONOMY_PARAMS);
    if (p.format === 'ndjson') return sendNdjson(reply, allPages((x) => db.listTaxonomies(pool, x), p));
    return db.listTaxonomies(pool, p);
  });
  app.get('/taxonomies/:id', async (req: Req, reply) => (await db.getOne(pool, 'taxonomies', parseId(req.params.id))) ?? notFound(reply, 'taxonomy'));
  app.get('/taxonomy_terms', async (req: Req, reply) => {
    const p = parseList(req.query, TERM_PARAMS);
    if (p.format === 'ndjson') return sendNdjson(reply, allPages((x) => db.listTaxonomyTerms(pool, x), p));
    return db.listTaxonomyTerms(pool, p);
  });
  app.get('/taxonomy_terms/:id', async (req: Req, reply) => (await db.getOne(pool, 'taxonomy_terms', parseId(req.params.id))) ?? notFound(reply, 'taxonomy term'));

  if (opts.adminToken) {
    const token = Buffer.from(opts.adminToken);
    app.get('/admin/status', async (req, reply) => {
      const given = Buffer.from(/^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1] ?? '');
      if (given.length !== token.length || !timingSafeEqual(given, token)) return problem(reply, 401, 'Unauthorized', 'This needs the admin token.');
      return { counts: await db.counts(pool) };
    });
  }
  return app;
}
