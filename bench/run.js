// `npm run bench`: builds if needed, runs every measure and prints one table.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { coldStart } from './measures/cold-start.js';
import { routeWeight } from './measures/route-weight.js';

if (!existsSync('build/index.js')) execSync('npx vite build', { stdio: 'inherit' });

const measures = [coldStart, routeWeight];
measures.push((await import('./measures/offline-weight.js')).offlineWeight);
measures.push((await import('./measures/search.js')).search);
measures.push((await import('./measures/directory-sync.js')).directorySync);
measures.push((await import('./measures/stats.js')).stats);
measures.push((await import('./measures/consultation-board.js')).consultationBoard);
measures.push((await import('./measures/sync-push.js')).syncPush);
measures.push((await import('./measures/sync-pull.js')).syncPull);
measures.push((await import('./measures/sync-load.js')).syncLoad);
measures.push((await import('./measures/sync-processes.js')).syncProcesses);
measures.push((await import('./measures/sync-browser.js')).syncBrowser);
measures.push((await import('./measures/directory-change.js')).directoryChange);
measures.push((await import('./measures/lighthouse.js')).lighthouseScores);
const rows = [];
for (const measure of measures) rows.push(...(await measure()));

const table = rows.map((row) => ({
	metric: row.metric,
	value: row.value,
	// A row with `atLeast` (a score) must reach its target; the others stay under theirs.
	target: row.target === null ? '' : `${row.atLeast ? '≥' : '≤'} ${row.target}`,
	result:
		row.target === null
			? ''
			: row.atLeast
				? row.value >= row.target
					? 'ok'
					: 'UNDER'
				: row.value <= row.target
					? 'ok'
					: 'OVER'
}));
const widths = Object.keys(table[0]).map((key) =>
	Math.max(key.length, ...table.map((row) => String(row[key]).length))
);
const line = (cells) => cells.map((cell, i) => String(cell).padEnd(widths[i])).join(' | ');
console.log(line(Object.keys(table[0])));
console.log(widths.map((width) => '-'.repeat(width)).join('-|-'));
for (const row of table) console.log(line(Object.values(row)));
