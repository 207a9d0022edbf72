/**
 * Links that come from data (a service's web page, an expert's video link, a group's remote
 * link, an organisation's website) may only lead to a web page — or, where the app builds them
 * itself, to a phone call or an e-mail. A `javascript:` or `data:` address would run script in
 * the app's own origin when tapped, so schemas refuse it and every component that turns data
 * into a link asks `safeHref` first.
 */

/** The schemes of a web address: what data may link to. */
export const WEB_SCHEMES = ['https:', 'http:'] as const;
/** Also a phone call or an e-mail: for links the app builds from a number or an address. */
export const CONTACT_SCHEMES = ['https:', 'http:', 'tel:', 'mailto:'] as const;

export type LinkScheme = (typeof CONTACT_SCHEMES)[number];

/**
 * The address as the browser would follow it, when it leads somewhere allowed; otherwise
 * undefined, so the caller shows the text without a link. Parsed as the browser parses an
 * `href` (so `JaVa\tScript:` and leading spaces are seen for what they are); a relative
 * address is refused, since data never names a page of the app.
 */
export function safeHref(
	value: string | null | undefined,
	schemes: readonly LinkScheme[] = WEB_SCHEMES
): string | undefined {
	if (typeof value !== 'string' || value.trim() === '') return undefined;
	let url: URL;
	try {
		url = new URL(value.trim());
	} catch {
		return undefined;
	}
	if (!(schemes as readonly string[]).includes(url.protocol)) return undefined;
	if ((url.protocol === 'https:' || url.protocol === 'http:') && !url.hostname) return undefined;
	return url.href;
}

/** Whether the text is an https:// or http:// address with a host: the schemas' rule. */
export const isWebAddress = (value: string) => safeHref(value) !== undefined;

/** What a schema says of an address it refuses. */
export const WEB_ADDRESS_MESSAGE = 'must be a web address starting with https:// or http://';
