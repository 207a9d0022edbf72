/** Fixed addresses of the family pages that code (not only content) links to. */
export const HELP_SLUG = 'apua';
export const SAFETY_SLUG = 'turvallisuus';
/** The finder's result page for browsers without JavaScript (src/routes/(public)/…/palvelut). */
export const FINDER_RESULTS_SLUG = 'palvelut';
/** The help lines' block, which "I need to talk to someone now" leads to. */
export const HELP_LINES_ID = 'help-lines';

export const PUBLIC_SERVICES_URL = '/api/v1/public/services';
/** The shape of that list: 2 added postal codes, counties and OT areas (a kept 1 is refetched). */
export const PUBLIC_DIRECTORY_VERSION = 2 as const;
/** The Cache Storage cache where the browser keeps the public services for offline use. */
export const FAMILY_DATA_CACHE = 'lahelle-family-data';
/** The Cache Storage cache of family pages kept for reading offline (static/family-sw.js). */
export const FAMILY_PAGES_CACHE = 'lahelle-family-pages';
/** The family pages' own service worker. */
export const FAMILY_WORKER_URL = '/family-sw.js';
/** The element whose data lists the pages a family page keeps for offline reading. */
export const OFFLINE_PAGES_ID = 'offline-pages';
