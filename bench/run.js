// `npm run bench`: builds if needed, runs every measure and prints one table.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { coldStart } from './measures/cold-start.js';
import { routeWeight } from './measures/route-weight.js';

if (!existsSync('build/index.js')) execSync('npx vite build', { stdio: 'inherit' });

const measures = [coldStart, routeWeight];
measures.push((await import('./measures/search.js')).search);
measures.push((await import('./measures/directory-sync.js')).directorySync);
const rows = [];
for (const measure of measures) rows.push(...(await measure()));

const table = rows.map((row) => ({
	metric: row.metric,
	value: row.value,
	target: row.target === null ? '' : `≤ ${row.target}`,
	result: row.target === null ? '' : row.value <= row.target ? 'ok' : 'OVER'
}));
const widths = Object.keys(table[0]).map((key) =>
	Math.max(key.length, ...table.map((row) => String(row[key]).length))
);
const line = (cells) => cells.map((cell, i) => String(cell).padEnd(widths[i])).join(' | ');
console.log(line(Object.keys(table[0])));
console.log(widths.map((width) => '-'.repeat(width)).join('-|-'));
for (const row of table) console.log(line(Object.values(row)));
