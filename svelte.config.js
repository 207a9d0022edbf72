import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter({ precompress: true }),
		// No third-party origin anywhere: the app must work in a closed network.
		csp: {
			mode: 'auto',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'worker-src': ['self'],
				'manifest-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self'],
				'frame-ancestors': ['none']
			}
		},
		// Absolute asset URLs: the service worker answers any /app/… URL with the one app shell.
		paths: { relative: false },
		// Prerendered family pages link their languages by absolute URL (hreflang): build with
		// ORIGIN set to the public address, as the server runs with.
		prerender: { origin: process.env.ORIGIN ?? 'http://localhost:3000' },
		serviceWorker: { register: false },
		version: { pollInterval: 0 },
		// Command-line scripts (run with tsx) are type-checked and linted like the app.
		typescript: {
			config: (config) => {
				config.include.push('../scripts/**/*.ts');
			}
		}
	}
};

export default config;
