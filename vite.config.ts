import { sveltekit } from '@sveltejs/kit/vite';
import { SvelteKitPWA } from '@vite-pwa/sveltekit';
import { readFileSync } from 'node:fs';
import { defineConfig } from 'vitest/config';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

const themeColor = '#0b5d57';

export default defineConfig({
	define: { __APP_VERSION__: JSON.stringify(version) },
	plugins: [
		sveltekit(),
		SvelteKitPWA({
			registerType: 'prompt',
			// Our own worker (src/service-worker/, built by SvelteKit) with the file list injected:
			// it stores the files several at a time, where Workbox's generated one stores them one
			// after another.
			strategies: 'injectManifest',
			srcDir: 'src',
			filename: 'sw.js',
			// The staff app registers this worker through workbox-window, for /app only: family
			// pages have their own small worker (static/family-sw.js, scope /), so a parent's
			// phone never downloads the staff app and a worker's phone never the family pages.
			injectRegister: false,
			scope: '/app',
			manifest: {
				id: '/app',
				name: 'Lähelle',
				short_name: 'Lähelle',
				description: 'OT-keskuksen asiantuntijat, palvelut ja konsultaatiot — myös ilman verkkoa.',
				lang: 'fi',
				start_url: '/app',
				scope: '/',
				display: 'standalone',
				theme_color: themeColor,
				background_color: '#f7f5f0',
				icons: [
					{ src: '/pwa-64x64.png', sizes: '64x64', type: 'image/png' },
					{ src: '/pwa-192x192.png', sizes: '192x192', type: 'image/png' },
					{ src: '/pwa-512x512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
					{
						src: '/maskable-icon-512x512.png',
						sizes: '512x512',
						type: 'image/png',
						purpose: 'maskable'
					}
				]
			},
			injectManifest: {
				globPatterns: [
					'client/**/*.{js,css,ico,png,svg,webp,webmanifest,woff2}',
					'prerendered/pages/app.html',
					'prerendered/pages/app/**/*.html'
				],
				globIgnores: ['server/**', 'client/family-sw.js']
			},
			kit: { trailingSlash: 'never' }
		})
	],
	test: {
		expect: { requireAssertions: true },
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					environment: 'node',
					include: ['src/**/*.test.ts'],
					exclude: ['src/**/*.svelte.test.ts']
				}
			},
			{
				extends: true,
				resolve: { conditions: ['browser'] },
				test: {
					name: 'component',
					environment: 'jsdom',
					include: ['src/**/*.svelte.test.ts'],
					setupFiles: ['tests/support/component-setup.ts'],
					// A file's first render in jsdom compiles its components: on a loaded 2-core
					// machine that alone passed the default 5 s. Not a timing assertion, just room.
					testTimeout: 20_000
				}
			},
			{
				extends: true,
				test: {
					name: 'integration',
					environment: 'node',
					include: ['tests/integration/**/*.test.ts'],
					testTimeout: 30_000,
					hookTimeout: 60_000
				}
			},
			{
				extends: true,
				test: {
					name: 'e2e',
					environment: 'node',
					include: ['tests/e2e/**/*.e2e.ts'],
					fileParallelism: false,
					testTimeout: 60_000,
					hookTimeout: 90_000
				}
			}
		]
	}
});
