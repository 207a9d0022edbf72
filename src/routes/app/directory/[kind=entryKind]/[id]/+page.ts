import type { PageLoad } from './$types';

// Entries live on the device: there is nothing to prerender; the app shell opens any id.
export const prerender = false;

export const load: PageLoad = ({ params }) => ({ kind: params.kind, id: params.id });
