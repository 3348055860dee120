// `npm start`: generates translations, then serves the demo pages from the sources on 127.0.0.1.
// Everything is local: the demo works with the network cut off.
import { createServer } from 'vite';
import { localize } from './localize.mjs';
import { demoInboxPlugin } from './demo-inbox.mjs';

if (!localize()) process.exit(1);
const port = Number(process.env.PORT ?? 5173);
const server = await createServer({ server: { host: '127.0.0.1', port, strictPort: false, open: false }, plugins: [demoInboxPlugin()] });
await server.listen();
const url = server.resolvedUrls?.local[0] ?? `http://127.0.0.1:${port}/`;
console.log(`\ncompassionate-intake demo\n  Provider page:       ${url}demo/\n  Self-referral page:  ${url}demo/self-referral.html\n  Receiving page:      ${url}demo/receive.html (open it first: it makes the organization's key; then send a self-referral)\n\nPress Ctrl+C to stop.`);
