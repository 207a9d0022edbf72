// Every family page: quick exit, offline keeping. A classic script bundled by Vite (see the
// `?worker&url` imports), so pages carry no framework and the strict CSP needs no inline code.
import { ExitKeys, isTextField } from '../quick-exit';
import { FAMILY_WORKER_URL } from '../site';
import { keepPagesOffline } from './pages-cache';
import { keepDirectoryFresh } from './services-cache';

const exit = document.querySelector<HTMLAnchorElement>('a[data-quick-exit]');
if (exit) {
	const leave = () => {
		// Hide at once, then replace this page in the history so Back does not return to it.
		document.documentElement.classList.add('leaving');
		document.title = '';
		location.replace(exit.href);
	};
	exit.addEventListener('click', (event) => {
		event.preventDefault();
		leave();
	});
	const keys = new ExitKeys();
	document.addEventListener('keydown', (event) => {
		if (event.defaultPrevented) return;
		const typing = isTextField(document.activeElement as HTMLElement | null);
		if (keys.press(event.key, event.timeStamp, event.repeat, event.isComposing, typing)) {
			event.preventDefault();
			leave();
		}
	});
	// A page brought back from the back-forward cache after leaving leaves again.
	window.addEventListener('pageshow', (event) => {
		if (event.persisted && document.documentElement.classList.contains('leaving')) {
			location.replace(exit.href);
		}
	});
}

// Offline copies (the service worker's precache, the services list) download only once the
// reader has the page and the phone is idle, so they never compete with what is being read.
const whenIdle = (work: () => void) =>
	'requestIdleCallback' in window
		? requestIdleCallback(work, { timeout: 10_000 })
		: setTimeout(work, 1000);

window.addEventListener('load', () => {
	setTimeout(
		() =>
			whenIdle(() => {
				if ('serviceWorker' in navigator) {
					navigator.serviceWorker.register(FAMILY_WORKER_URL, { scope: '/' }).catch(() => {});
				}
				void keepPagesOffline(location.pathname).then(keepDirectoryFresh);
			}),
		2000
	);
});
