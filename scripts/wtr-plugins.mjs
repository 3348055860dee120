// Dev-server plugins for browser tests: a real HSDS API on the test server's own 127.0.0.1 port
// (see scripts/hsds-api.mjs for the paths and the slow / 500 / bad-JSON hooks).
import { createHsdsApi } from './hsds-api.mjs';

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
      const others = server.listeners('request');
      server.removeAllListeners('request');
      server.on('request', (req, res) => {
        const url = new URL(req.url ?? '/', 'http://127.0.0.1');
        if (!url.pathname.startsWith('/submit-sink/')) {
          for (const listener of others) listener.call(server, req, res);
          return;
        }
        const key = url.pathname.slice('/submit-sink/'.length);
        if (req.method === 'GET') {
          res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' }).end(JSON.stringify(posts.get(key) ?? []));
          return;
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
      });
    },
  };
}
