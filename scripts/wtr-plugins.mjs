// Dev-server plugins for browser tests: a strict HSDS 3.0 API on the test server's own 127.0.0.1 port
// (see scripts/hsds-api.mjs for the paths and the test-only fault hooks), and, when HSDS_PG_URL names
// the PostgreSQL HSDS server (server/, started by scripts/test.mjs), that server behind /hsds-pg/.
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

export function hsdsApiPlugin() {
  const handle = createHsdsApi();
  return [
    {
      name: 'hsds-api',
      // The plugin `serve` hook always answers 200 and Koa's middleware list is fixed once the server
      // exists, so API requests are answered ahead of Koa, on the same server and port.
      serverStart({ server }) {
        if (!server) return;
        const koa = server.listeners('request');
        server.removeAllListeners('request');
        server.on('request', (req, res) => {
          if (req.url?.startsWith('/hsds-pg/') || req.url === '/hsds-pg') {
            proxyToPg(req, res).catch((err) => {
              if (!res.headersSent) res.writeHead(502, { 'content-type': 'text/plain' }).end(String(err));
            });
            return;
          }
          if (!req.url?.startsWith('/hsds-api')) {
            for (const listener of koa) listener.call(server, req, res);
            return;
          }
          handle(new URL(req.url, `http://${req.headers.host ?? '127.0.0.1'}`)).then(
            (out) => {
              if (res.destroyed) return;
              if (!out) res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
              else res.writeHead(out.status, out.headers).end(out.body);
            },
            (err) => res.writeHead(500, { 'content-type': 'text/plain' }).end(String(err)),
          );
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
