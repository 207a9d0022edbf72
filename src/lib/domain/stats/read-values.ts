/** Reading a record's stored JSON without trusting its shape: what is not there is empty. */
export const list = (value: unknown): string[] =>
	Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
export const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);
