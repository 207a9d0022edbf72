import { registerSW } from 'virtual:pwa-register';

/**
 * Service-worker registration for the staff app. A new version is only announced: the
 * page reloads when the user says so, never by itself, so no typed input is lost.
 */
export class PwaUpdate {
	needRefresh = $state(false);
	#update: ((reloadPage?: boolean) => Promise<void>) | undefined;

	start() {
		if (!('serviceWorker' in navigator)) return;
		this.#update = registerSW({
			immediate: true,
			// "Ready offline" is told once the data is on the device too (offline-prep.svelte.ts),
			// not when the worker has merely stored the app's files.
			onNeedRefresh: () => (this.needRefresh = true)
		});
	}

	async reload() {
		this.needRefresh = false;
		await this.#update?.(true);
	}

	dismiss() {
		this.needRefresh = false;
	}
}
