// The demo's receiving end (`npm start` and the end-to-end journeys): an organization's inbox that
// holds, in memory only, the public key the receiving page (demo/receive.html) published and the last
// body posted to it. It never sees a private key and cannot read what it holds.
//   PUT  /demo-api/public-key  the receiving page publishes its public JWK (GET: the sending page reads it; 204 if none)
//   POST /demo-api/inbox       a self-referral arrives (a JWE); GET returns { count, contentType, body } (204 if none)
const MAX_BODY = 256 * 1024;

export function createDemoInbox() {
  let publicKey = null;
  let last = null;
  let count = 0;
  const read = (req) =>
    new Promise((resolve, reject) => {
      const chunks = [];
      let size = 0;
      req.on('data', (c) => {
        size += c.length;
        if (size > MAX_BODY) reject(new Error('too large'));
        else chunks.push(c);
      });
      req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
      req.on('error', reject);
    });
  const json = (res, status, value) => res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' }).end(JSON.stringify(value));
  /** Answers the request if it is one of ours (true), else leaves it to the static files (false). */
  return function handle(req, res) {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    if (path !== '/demo-api/public-key' && path !== '/demo-api/inbox') return false;
    if (req.method === 'GET') {
      const value = path === '/demo-api/public-key' ? publicKey : last && { count, ...last };
      if (value) json(res, 200, value);
      else res.writeHead(204, { 'cache-control': 'no-store' }).end();
      return true;
    }
    const wanted = path === '/demo-api/public-key' ? 'PUT' : 'POST';
    if (req.method !== wanted) {
      res.writeHead(405, { allow: `GET, ${wanted}` }).end();
      return true;
    }
    read(req).then(
      (body) => {
        if (path === '/demo-api/public-key') {
          try {
            publicKey = JSON.parse(body);
          } catch {
            return json(res, 400, { error: 'not JSON' });
          }
        } else {
          count++;
          last = { contentType: String(req.headers['content-type'] ?? ''), body, at: new Date().toISOString() };
        }
        json(res, 200, { ok: true });
      },
      () => res.writeHead(413).end(),
    );
    return true;
  };
}

/** The inbox inside Vite's dev server (`npm start`). */
export function demoInboxPlugin() {
  const handle = createDemoInbox();
  return {
    name: 'demo-inbox',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        if (!handle(req, res)) next();
      });
    },
  };
}
