import { z } from 'zod';
import type { WrappedKey } from './wrap';

/** Wrong PINs in a row after which the PIN wrap is removed and the password is needed. */
export const MAX_PIN_ATTEMPTS = 5;

const base64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/);

const WrappedKeySchema = z.object({
	salt: base64.min(1),
	iv: base64.optional(),
	wrapped: base64.min(1),
	iterations: z.int().positive()
}) satisfies z.ZodType<WrappedKey>;

/**
 * Everything stored about the device key: the data key wrapped by the PIN (until too many wrong
 * tries) and by the account password (always; losing it would lose unsent data).
 */
export const KeyMaterial = z.object({
	version: z.literal(1),
	pin: WrappedKeySchema.optional(),
	password: WrappedKeySchema,
	failedPinAttempts: z.int().min(0).max(MAX_PIN_ATTEMPTS)
});
export type KeyMaterial = z.infer<typeof KeyMaterial>;
