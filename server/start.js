// Production entry (`npm start`, `npm run serve`): SvelteKit's Node handler behind a plain HTTP
// server that adds security headers to every response and shuts down gracefully.
import http from 'node:http';
import { securityHeaders } from './security-headers.js';

const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? '0.0.0.0';
const shutdownTimeout = Number(process.env.SHUTDOWN_TIMEOUT ?? 30) * 1000;
// HSTS only makes sense when the public address is HTTPS (usually behind a proxy).
const headers = securityHeaders({
	hsts: process.env.HSTS === 'true' || (process.env.ORIGIN ?? '').startsWith('https://')
});

// A sync push may carry up to 1 MB (DESIGN.md); adapter-node's default limit is 512 kB.
process.env.BODY_SIZE_LIMIT ??= '1M';

/** SvelteKit's handler, once the app has started (migrations and demo data included). */
let handler = null;
let stopping = false;

/** Not ready: a load balancer's readiness check (/api/v1/health/ready) sends traffic elsewhere. */
function unavailable(res, code, message) {
	res.writeHead(503, {
		'content-type': 'application/json',
		'cache-control': 'no-store',
		'retry-after': '5'
	});
	res.end(JSON.stringify({ message, code }));
}

const server = http.createServer((req, res) => {
	for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
	// While stopping, answer what is in flight and let the client open no further request here.
	if (stopping) res.setHeader('connection', 'close');
	// Listening starts before the database is migrated, so a check can tell "starting" from "down".
	if (!handler) {
		unavailable(res, 'starting', 'The server is starting: the database is being migrated.');
		return;
	}
	handler(req, res, () => {
		res.statusCode = 404;
		res.end('Not found');
	});
});
server.keepAliveTimeout = 65_000;

const listening = new Promise((resolve) => server.listen(port, host, () => resolve(undefined)));

// Importing the handler runs the app's init hook: settings, database, migrations, demo data.
// A start that fails prints its one line and exits, so "Listening" is said only once serving.
({ handler } = await import('../build/handler.js'));
await listening;
const shown = host === '0.0.0.0' || host === '::' ? 'localhost' : host;
console.log(`Listening on http://${shown}:${port}`);

/** Stop taking connections, let running requests finish, then close the database. */
function shutdown() {
	if (stopping) return;
	stopping = true;
	// Stopped while starting: nothing is in flight, and an interrupted migration rolls back.
	if (!handler) process.exit(0);
	server.close(() => {
		clearInterval(sweeper);
		// @ts-expect-error -- SvelteKit's documented shutdown event; the app closes its database.
		process.emit('sveltekit:shutdown', 'SIGTERM');
	});
	// Keep-alive connections that finish their request become idle later: close them as they do.
	const sweeper = setInterval(() => server.closeIdleConnections(), 50);
	server.closeIdleConnections();
	setTimeout(() => server.closeAllConnections(), shutdownTimeout).unref();
}
process.on('SIGTERM', shutdown);
process.on('SIGINT', shutdown);
