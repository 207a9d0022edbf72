import { registerSW } from 'virtual:pwa-register';

/**
 * Service-worker registration for the staff app. A new version is only announced: the
 * page reloads when the user says so, never by itself, so no typed input is lost.
 */
export class PwaUpdate {
	needRefresh = $state(false);
	offlineReady = $state(false);
	#update: ((reloadPage?: boolean) => Promise<void>) | undefined;

	start() {
		if (!('serviceWorker' in navigator)) return;
		this.#update = registerSW({
			immediate: true,
			onNeedRefresh: () => (this.needRefresh = true),
			onOfflineReady: () => (this.offlineReady = true)
		});
	}

	async reload() {
		this.needRefresh = false;
		await this.#update?.(true);
	}

	dismiss() {
		this.needRefresh = false;
		this.offlineReady = false;
	}
}
