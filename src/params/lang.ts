import type { ParamMatcher } from '@sveltejs/kit';

/** Language prefixes of the public pages; Finnish has none. */
export const match: ParamMatcher = (param) => param === 'sv' || param === 'en';
