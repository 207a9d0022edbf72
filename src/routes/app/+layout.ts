// The staff app runs in the browser from local data; its shell is prerendered so the
// service worker can precache it and open it without a network.
export const ssr = false;
export const prerender = true;
