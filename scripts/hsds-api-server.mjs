#!/usr/bin/env node
// A standalone strict HSDS 3.0 API on 127.0.0.1 serving the sample directory, for the demo and docs:
//   node scripts/hsds-api-server.mjs [--port 8787] [--file demo/data/sample-directory.json]
// then <intake-service-finder api="http://127.0.0.1:8787/hsds-api">. Paths and test hooks: scripts/hsds-api.mjs.
import { createServer } from 'node:http';
import { resolve } from 'node:path';
import { createHsdsApi } from './hsds-api.mjs';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const port = Number(arg('port', '8787'));
const file = arg('file');
const handle = createHsdsApi(file ? { file: resolve(file) } : {});

const server = createServer(async (req, res) => {
  try {
    const url = new URL(req.url ?? '/', `http://${req.headers.host ?? '127.0.0.1'}`);
    if (req.method === 'OPTIONS') {
      res.writeHead(204, { 'access-control-allow-origin': '*', 'access-control-allow-headers': 'accept' }).end();
      return;
    }
    const out = req.method === 'GET' ? await handle(url) : undefined;
    if (!out) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found. Try /hsds-api/services');
      return;
    }
    res.writeHead(out.status, out.headers).end(out.body);
  } catch (err) {
    res.writeHead(500, { 'content-type': 'text/plain' }).end(String(err));
  }
});

server.listen(port, '127.0.0.1', () => console.log(`HSDS API: http://127.0.0.1:${port}/hsds-api/services`));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.close(() => process.exit(0)));
