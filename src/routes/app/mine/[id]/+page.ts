import type { PageLoad } from './$types';

// Cases live on the device: there is nothing to prerender; the app shell opens any id.
export const prerender = false;

export const load: PageLoad = ({ params }) => ({ id: params.id });
