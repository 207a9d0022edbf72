import { registerSW } from 'virtual:pwa-register';

/**
 * Service-worker registration for the staff app. A new version is only announced: the
 * page reloads when the user says so, never by itself, so no typed input is lost.
 */
export class PwaUpdate {
	needRefresh = $state(false);
	/** The server no longer serves this version (426 client_outdated): reload to go on. */
	outdated = $state(false);
	#update: ((reloadPage?: boolean) => Promise<void>) | undefined;
	#waiting = false;

	start() {
		if (!('serviceWorker' in navigator)) return;
		this.#update = registerSW({
			immediate: true,
			// "Ready offline" is told once the data is on the device too (offline-prep.svelte.ts),
			// not when the worker has merely stored the app's files.
			onNeedRefresh: () => {
				this.#waiting = true;
				this.needRefresh = true;
			}
		});
	}

	/** Asks the user to reload, and has the service worker fetch the new version meanwhile. */
	requireUpdate() {
		if (this.outdated) return;
		this.outdated = true;
		this.needRefresh = true;
		void this.#fetchNewVersion();
	}

	async #fetchNewVersion() {
		const registration = await navigator.serviceWorker?.getRegistration('/app/').catch(() => null);
		await registration?.update().catch(() => undefined);
		if (registration?.waiting) this.#waiting = true;
	}

	async reload() {
		this.needRefresh = false;
		if (this.outdated && !this.#waiting) await this.#fetchNewVersion();
		// Without a new worker waiting there is nothing to switch to: a plain reload then.
		if (this.#waiting && this.#update) await this.#update(true);
		else location.reload();
	}

	dismiss() {
		this.needRefresh = false;
	}
}
