// Plain JavaScript (typed with JSDoc) so both the test suites and `npm run bench` can use it.
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

/**
 * Finds a Chromium: CHROMIUM_PATH, else Debian's /usr/bin/chromium, else Playwright's own.
 * None found is a failure with one line saying how to get one — never a skip.
 * @returns {string}
 */
export function chromiumPath() {
	const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', playwrightChromium()];
	const found = candidates.find((candidate) => !!candidate && existsSync(candidate));
	if (!found) {
		throw new Error(
			'No Chromium found: install Debian\'s "chromium" (apt-get install chromium) or set CHROMIUM_PATH.'
		);
	}
	return found;
}

function playwrightChromium() {
	try {
		return chromium.executablePath();
	} catch {
		return undefined;
	}
}

/** @returns {Promise<import('playwright-core').Browser>} */
export function launchChromium() {
	return chromium.launch({
		executablePath: chromiumPath(),
		headless: true,
		// Chromium's own background traffic is refused in a closed network; keep it quiet.
		args: [
			'--no-sandbox',
			'--disable-gpu',
			'--disable-dev-shm-usage',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
			'--no-first-run'
		]
	});
}
