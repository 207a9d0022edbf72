// "Remove this site's data from this device": the pages kept for offline use (Cache Storage and
// the family service worker), the services list and the plan draft. The staff app's own
// records, worker and precache (scope /app) are not the family pages' to delete; they stay
// (and need their own sign-out), so a worker's phone still opens the app offline.
import { PLAN_STORAGE_KEY } from '../plan';
import { scriptData } from './dom';

const button = document.querySelector<HTMLButtonElement>('[data-clear-data]');
const status = document.querySelector<HTMLElement>('[data-clear-status]');
const text = scriptData<{ working: string; done: string; again: string; failed: string }>(
	'clear-text'
);

const staffScope = `${location.origin}/app`;
const isStaffScope = (scope: string) => scope === staffScope || scope.startsWith(`${staffScope}/`);
/** Workbox names its precache after the worker's scope. */
const isStaffCache = (name: string) => name.endsWith(staffScope);

async function removeSiteData(): Promise<boolean> {
	let complete = true;
	const attempt = async (work: () => unknown) => {
		try {
			await work();
		} catch {
			complete = false;
		}
	};
	await attempt(() => localStorage.removeItem(PLAN_STORAGE_KEY));
	await attempt(() => sessionStorage.clear());
	if (typeof caches !== 'undefined') {
		await attempt(async () => {
			for (const name of await caches.keys()) {
				if (!isStaffCache(name)) await caches.delete(name);
			}
		});
	}
	if ('serviceWorker' in navigator) {
		await attempt(async () => {
			for (const registration of await navigator.serviceWorker.getRegistrations()) {
				if (!isStaffScope(registration.scope)) await registration.unregister();
			}
		});
	}
	return complete;
}

if (button && status && text) {
	button.hidden = false;
	button.addEventListener('click', async () => {
		button.disabled = true;
		status.textContent = text.working;
		const complete = await removeSiteData();
		status.textContent = complete ? `${text.done} ${text.again}` : text.failed;
		button.disabled = false;
	});
}
