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

// Importing the handler runs the app's init hook: settings, database, migrations, demo data.
const { handler } = await import('../build/handler.js');

let stopping = false;

const server = http.createServer((req, res) => {
	for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
	// While stopping, answer what is in flight and let the client open no further request here.
	if (stopping) res.setHeader('connection', 'close');
	handler(req, res, () => {
		res.statusCode = 404;
		res.end('Not found');
	});
});
server.keepAliveTimeout = 65_000;

server.listen(port, host, () => {
	const shown = host === '0.0.0.0' || host === '::' ? 'localhost' : host;
	console.log(`Listening on http://${shown}:${port}`);
});

/** Stop taking connections, let running requests finish, then close the database. */
function shutdown() {
	if (stopping) return;
	stopping = true;
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
