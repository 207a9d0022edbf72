/**
 * Waits for a registration's worker to be active: answers false when the worker failed to
 * install (a lost network while it fetched its files) or there is none.
 */
export async function activeWorker(registration: ServiceWorkerRegistration): Promise<boolean> {
	if (registration.active) return true;
	const worker = registration.installing ?? registration.waiting;
	if (!worker) return false;
	return new Promise((resolve) => {
		const check = () => {
			if (worker.state === 'activated' || registration.active) resolve(true);
			else if (worker.state === 'redundant') resolve(false);
			else return;
			worker.removeEventListener('statechange', check);
		};
		worker.addEventListener('statechange', check);
		check();
	});
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Whether the staff app's own files are on the device: its worker (scope /app, registered at
 * start by PwaUpdate) has installed, which means it has stored every screen, and it answers
 * this page's requests too (it claims open pages), so a screen not yet opened still opens
 * offline without a reload. Without service workers there is nothing to wait for.
 */
export async function appFilesKept(): Promise<boolean> {
	if (import.meta.env.DEV || !('serviceWorker' in navigator)) return true;
	const container = navigator.serviceWorker;
	let registration: ServiceWorkerRegistration | undefined;
	// The registration starts with the page; give it a moment to appear.
	for (let tries = 0; !registration && tries < 40; tries++) {
		registration = (await container.getRegistrations()).find((candidate) =>
			new URL(candidate.scope).pathname.startsWith('/app')
		);
		if (!registration) await pause(250);
	}
	if (!registration || !(await activeWorker(registration))) {
		// A failed install (say, the network went midway) tries again.
		await registration?.update().catch(() => undefined);
		return false;
	}
	if (!container.controller) {
		const controlled = new Promise((resolve) =>
			container.addEventListener('controllerchange', resolve, { once: true })
		);
		// Its own claim may have come while this page was still starting (src/service-worker/).
		registration.active?.postMessage({ type: 'CLAIM' });
		await Promise.race([controlled, pause(3000)]);
	}
	return true;
}
