import { v5 as uuidv5 } from 'uuid';

/** Lähelle's namespace for HSDS ids derived from names (a fixed random UUID; never change it). */
const NAMESPACE = '6f1c2d7e-5b0a-4e43-9a2f-3f0e8b7c9d14';

/**
 * A stable UUID for a part of an entry that has no id of its own (a phone, a service area, a
 * taxonomy term): HSDS wants a UUID on every object, and the same export must give the same ids.
 */
export const hsdsId = (...parts: string[]) => uuidv5(parts.join(':'), NAMESPACE);
