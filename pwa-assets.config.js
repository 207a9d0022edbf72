import { defineConfig, minimal2023Preset } from '@vite-pwa/assets-generator/config';

// All PWA icons are generated from the one SVG at build time (never committed).
export default defineConfig({
	headLinkOptions: { preset: '2023' },
	preset: minimal2023Preset,
	images: ['static/icon.svg']
});
