import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

const pureDomain = {
	patterns: [
		{
			group: ['svelte', 'svelte/*', 'dexie', 'kysely', 'pg', 'better-sqlite3', '$app/*'],
			message: 'src/lib/domain is pure: no Svelte, Dexie, Kysely or I/O.'
		},
		{
			group: ['$lib/client/*', '$lib/server/*', '**/client/**', '**/server/**'],
			message: 'src/lib/domain may not import client or server code.'
		}
	]
};

const noServerInBrowser = {
	patterns: [
		{
			group: ['$lib/server/*', '**/server/**', 'kysely', 'pg', 'better-sqlite3'],
			message: 'Browser code may not import server code.'
		}
	]
};

export default ts.config(
	{
		ignores: ['build/', '.svelte-kit/', 'node_modules/', 'data/', 'static/', 'bench/results/']
	},
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	{
		languageOptions: {
			globals: { ...globals.browser, ...globals.node, __APP_VERSION__: 'readonly' },
			parserOptions: {
				projectService: true,
				tsconfigRootDir: import.meta.dirname,
				extraFileExtensions: ['.svelte']
			}
		},
		rules: {
			'@typescript-eslint/no-floating-promises': 'error',
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }
			],
			'no-undef': 'off',
			// The app is always served at the root (no paths.base), and tel: links are not routes.
			'svelte/no-navigation-without-resolve': 'off'
		}
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: { parser: ts.parser, svelteConfig }
		}
	},
	{
		files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
		...ts.configs.disableTypeChecked
	},
	{
		files: ['src/lib/domain/**'],
		rules: { 'no-restricted-imports': ['error', pureDomain] }
	},
	{
		files: ['src/lib/client/**', 'src/lib/components/**', 'src/routes/app/**'],
		rules: { 'no-restricted-imports': ['error', noServerInBrowser] }
	}
);
