// Dev-server plugins for browser tests: a strict HSDS 3.0 API on the test server's own 127.0.0.1 port
// (see scripts/hsds-api.mjs for the paths and the test-only fault hooks), and, when HSDS_PG_URL names
// the PostgreSQL HSDS server (server/, started by scripts/test.mjs), that server behind /hsds-pg/.
import os from 'node:os';
import { createHsdsApi } from './hsds-api.mjs';

/** Forwards `/hsds-pg/<path>?<query>` to HSDS_PG_URL (same origin for the page, as a reverse proxy would be). */
async function proxyToPg(req, res) {
  const target = process.env.HSDS_PG_URL;
  if (!target) {
    res.writeHead(503, { 'content-type': 'text/plain' }).end('HSDS_PG_URL is not set');
    return;
  }
  const upstream = await fetch(`${target.replace(/\/+$/, '')}${req.url.slice('/hsds-pg'.length) || '/'}`, { headers: { accept: req.headers.accept ?? 'application/json' } });
  const body = Buffer.from(await upstream.arrayBuffer());
  res.writeHead(upstream.status, { 'content-type': upstream.headers.get('content-type') ?? 'application/json', 'cache-control': 'no-store' }).end(body);
}

/** `executeServerCommand('hsds-pg')`: whether the PostgreSQL HSDS server is there for the tests (HSDS_PG_URL set). */
export function hsdsPgPlugin() {
  return {
    name: 'hsds-pg',
    executeCommand({ command }) {
      if (command !== 'hsds-pg') return undefined;
      return Boolean(process.env.HSDS_PG_URL);
    },
  };
}

/**
 * Lets `answer(req, res)` take requests ahead of Koa, on the same server and port (the plugin `serve` hook
 * always answers 200, and Koa's middleware list is fixed once the server exists). `answer` returns true
 * when it took the request; every other request goes on to the listeners that were there before.
 */
function answerAheadOfKoa(server, answer) {
  const before = server.listeners('request');
  server.removeAllListeners('request');
  server.on('request', (req, res) => {
    if (!answer(req, res)) for (const listener of before) listener.call(server, req, res);
  });
}

export function hsdsApiPlugin() {
  const handle = createHsdsApi();
  return [
    {
      name: 'hsds-api',
      serverStart({ server }) {
        if (!server) return;
        answerAheadOfKoa(server, (req, res) => {
          if (req.url?.startsWith('/hsds-pg/') || req.url === '/hsds-pg') {
            proxyToPg(req, res).catch((err) => {
              if (!res.headersSent) res.writeHead(502, { 'content-type': 'text/plain' }).end(String(err));
            });
            return true;
          }
          if (!req.url?.startsWith('/hsds-api')) return false;
          handle(new URL(req.url, `http://${req.headers.host ?? '127.0.0.1'}`)).then(
            (out) => {
              if (res.destroyed) return;
              if (!out) res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
              else res.writeHead(out.status, out.headers).end(out.body);
            },
            (err) => res.writeHead(500, { 'content-type': 'text/plain' }).end(String(err)),
          );
          return true;
        });
      },
    },
    hsdsPgPlugin(),
  ];
}

/**
 * `executeServerCommand('media-features', [{ name, value }])`: emulates CSS media features the
 * built-in emulateMedia command leaves out (forced-colors). Answers false where the browser's
 * protocol cannot (Firefox over WebDriver BiDi), so a test can say so instead of passing blindly.
 */
export function mediaFeaturesPlugin() {
  return {
    name: 'media-features',
    async executeCommand({ command, payload, session }) {
      if (command !== 'media-features') return undefined;
      if (session.browser.type !== 'puppeteer') return false;
      try {
        await session.browser.getPage(session.id).emulateMediaFeatures(payload);
        return true;
      } catch {
        return false;
      }
    },
  };
}

/**
 * `/referer-echo`: a page that tells its parent frame the `Referer` header it was requested with and
 * its `document.referrer`, so a test can follow a real navigation (the quick exit's referrer policy).
 */
export function refererEchoPlugin() {
  return {
    name: 'referer-echo',
    serve(context) {
      if (context.path !== '/referer-echo') return undefined;
      const report = JSON.stringify({ source: 'referer-echo', header: context.get('referer') }).replace(/</g, '\\u003c');
      return {
        type: 'html',
        body: `<!doctype html><title>Weather</title><link rel="icon" href="data:,"><script>const r = ${report}; r.referrer = document.referrer; parent.postMessage(r, '*');</script>`,
      };
    },
  };
}

/** `executeServerCommand('sr-update-mode')`: true when screen-reader transcripts should be rewritten (`UPDATE_SR_SNAPSHOTS=1`). */
export function srUpdateModePlugin() {
  return {
    name: 'sr-update-mode',
    executeCommand({ command }) {
      if (command !== 'sr-update-mode') return undefined;
      return process.env.UPDATE_SR_SNAPSHOTS === '1';
    },
  };
}

/**
 * `/generated-hsds/<n>/datapackage.json` and its CSV files: an HSDS 3.0 tabular data package of n services
 * (1 to 200000), made here so the repository does not carry tens of megabytes. Deterministic, built once per n.
 * Each service has an organization, a location with an address, a phone, a weekly schedule and a language.
 */
export function generatedPackagePlugin() {
  const cache = new Map();
  const TABLES = {
    organizations: 'organization',
    services: 'service',
    locations: 'location',
    service_at_location: 'service_at_location',
    addresses: 'address',
    phones: 'phone',
    schedules: 'schedule',
    languages: 'language',
  };
  const KINDS = ['food pantry', 'counseling', 'rent help', 'job training', 'clinic', 'legal aid', 'youth shelter', 'English classes'];
  const LANGS = ['en', 'es', 'zh', 'vi', 'ko', 'ru', 'ar', 'tl'];
  const DAYS = ['MO,TU,WE,TH,FR', 'MO,WE,FR', 'TU,TH', 'SA', 'MO,TU,WE,TH,FR,SA,SU'];
  function build(n) {
    const t = Object.fromEntries(Object.keys(TABLES).map((k) => [k, []]));
    t.organizations.push('id,name,description');
    t.services.push('id,organization_id,name,description,status');
    t.locations.push('id,location_type,name,latitude,longitude');
    t.service_at_location.push('id,service_id,location_id');
    t.addresses.push('id,location_id,address_1,city,state_province,postal_code,country,address_type');
    t.phones.push('id,service_id,number');
    t.schedules.push('id,service_id,freq,byday,opens_at,closes_at');
    t.languages.push('id,service_id,code');
    const orgs = Math.max(1, Math.ceil(n / 100));
    for (let o = 0; o < orgs; o++) t.organizations.push(`o${o},Community Organization ${o},"Helps neighbors in district ${o % 50}, since ${1950 + (o % 70)}"`);
    for (let i = 0; i < n; i++) {
      const kind = KINDS[i % KINDS.length];
      t.services.push(`s${i},o${i % orgs},"${kind[0].toUpperCase()}${kind.slice(1)} ${i}","Free ${kind} for people in district ${i % 50}. Call first, or walk in.",active`);
      const lat = (37 + ((i * 7919) % 100000) / 100000).toFixed(5);
      const lon = (-122 - ((i * 104729) % 100000) / 100000).toFixed(5);
      t.locations.push(`l${i},physical,Site ${i},${lat},${lon}`);
      t.service_at_location.push(`sal${i},s${i},l${i}`);
      t.addresses.push(`a${i},l${i},${100 + (i % 900)} Main Street,Oakland,CA,${94600 + (i % 20)},US,physical`);
      t.phones.push(`p${i},s${i},555-${String(i % 10000).padStart(4, '0')}`);
      t.schedules.push(`h${i},s${i},WEEKLY,"${DAYS[i % DAYS.length]}",09:00,17:00`);
      t.languages.push(`g${i},s${i},${LANGS[i % LANGS.length]}`);
    }
    const files = new Map(Object.entries(t).map(([k, rows]) => [`${k}.csv`, rows.join('\n') + '\n']));
    files.set(
      'datapackage.json',
      JSON.stringify({
        name: `generated_${n}`,
        profile: 'tabular-data-package',
        resources: Object.entries(TABLES).map(([file, name]) => ({ name, path: `${file}.csv`, format: 'csv' })),
      }),
    );
    return files;
  }
  return {
    name: 'generated-hsds-package',
    // `executeServerCommand('machine-load')`: the 1-minute load average per core. A long-task measurement means
    // something only when the browser is not waiting for a core (at load 17 on 2 cores a 30 ms task lasts 250 ms).
    executeCommand({ command }) {
      if (command !== 'machine-load') return undefined;
      return os.loadavg()[0] / Math.max(1, os.cpus().length);
    },
    serve(context) {
      const m = /^\/generated-hsds\/(\d+)\/([\w.]+)$/.exec(context.path);
      if (!m) return undefined;
      const n = Math.min(200000, Math.max(1, Number(m[1])));
      if (!cache.has(n)) cache.set(n, build(n));
      const body = cache.get(n).get(m[2]);
      if (body === undefined) return undefined;
      return { type: m[2].endsWith('.json') ? 'json' : 'text/csv', body };
    },
  };
}

/**
 * `/submit-sink/<key>`: a receiving endpoint for `submit-url` tests on the test server's own origin.
 * POST records `{ contentType, body }` under the key and answers by `?mode=`: `ok` (200, default),
 * `500`, `hang` (never answers) or `drop` (closes the connection: what a browser offline sees).
 * GET returns what was recorded for the key, as a JSON array.
 */
export function submitSinkPlugin() {
  const posts = new Map();
  return {
    name: 'submit-sink',
    serverStart({ server }) {
      if (!server) return;
      answerAheadOfKoa(server, (req, res) => {
        const url = new URL(req.url ?? '/', 'http://127.0.0.1');
        if (!url.pathname.startsWith('/submit-sink/')) return false;
        const key = url.pathname.slice('/submit-sink/'.length);
        if (req.method === 'GET') {
          res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' }).end(JSON.stringify(posts.get(key) ?? []));
          return true;
        }
        const chunks = [];
        req.on('data', (c) => chunks.push(c));
        req.on('end', () => {
          const list = posts.get(key) ?? [];
          list.push({ method: req.method, contentType: req.headers['content-type'] ?? '', body: Buffer.concat(chunks).toString('utf8'), query: url.search });
          posts.set(key, list);
          const mode = url.searchParams.get('mode') ?? 'ok';
          if (mode === 'hang') return; // the client times out or aborts
          if (mode === 'drop') return req.socket.destroy();
          res.writeHead(mode === '500' ? 500 : 200, { 'content-type': 'text/plain' }).end(mode === '500' ? 'server error' : 'ok');
        });
        return true;
      });
    },
  };
}
