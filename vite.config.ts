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
			// The staff app registers through workbox-window; family pages in src/lib/family/client/site.ts.
			injectRegister: false,
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
			workbox: {
				globPatterns: [
					'client/**/*.{js,css,ico,png,svg,webp,webmanifest,woff2}',
					'prerendered/**/*.{html,json}'
				],
				// Family pages run no client router, so their prerendered page data is never read.
				globIgnores: ['server/**', 'prerendered/**/__data.json'],
				// Staff pages with parameters are not prerendered: any /app URL opens the app shell,
				// whose client router then draws the right page from local data.
				navigateFallback: '/app',
				navigateFallbackAllowlist: [/^\/app(\/|$)/],
				navigateFallbackDenylist: [/^\/api\//],
				cleanupOutdatedCaches: true
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
					setupFiles: ['tests/support/component-setup.ts']
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
