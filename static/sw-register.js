// Family pages carry no framework JavaScript; this only lets the service worker keep them offline.
if ('serviceWorker' in navigator) {
	window.addEventListener('load', function () {
		navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch(function () {});
	});
}
