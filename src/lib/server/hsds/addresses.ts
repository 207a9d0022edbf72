/** A street address split the way HSDS wants it: "Palvelutie 1, 33100 Tampere". */
export interface AddressParts {
	street: string;
	postalCode: string;
	city: string;
}

/** Splits free address text at its last comma; a five-digit postal code may lead the city. */
export function splitAddress(text: string): AddressParts {
	const at = text.lastIndexOf(',');
	if (at < 0) return { street: text.trim(), postalCode: '', city: '' };
	const street = text.slice(0, at).trim();
	const place = text.slice(at + 1).trim();
	const match = /^(\d{5})\s+(.+)$/.exec(place);
	return match
		? { street, postalCode: match[1]!, city: match[2]! }
		: { street, postalCode: '', city: place };
}

/** The inverse of `splitAddress`. */
export function joinAddress({ street, postalCode, city }: AddressParts): string {
	const place = [postalCode, city].filter(Boolean).join(' ');
	return place ? `${street}, ${place}` : street;
}
