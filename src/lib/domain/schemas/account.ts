import { z } from 'zod';
import { PASSWORD_MIN } from '../password-policy';
import { roles } from '../roles';
import { CountyId } from './area-ids';

export const RoleSchema = z.enum(roles.codes);

const Email = z
	.email()
	.max(254)
	.transform((email) => email.toLowerCase());

export const Password = z.string().min(PASSWORD_MIN).max(200);

export const LoginRequest = z.strictObject({
	email: Email,
	// Any length is checked against the stored hash; only absurd sizes are refused up front.
	password: z.string().min(1).max(200)
});
export type LoginRequest = z.infer<typeof LoginRequest>;

// Answers (the profile, a device) are declared with the other answers in ../api.
export { UserProfile } from '../api/session';
export { DeviceInfo } from '../api/admin';

export const CreateUser = z.strictObject({
	name: z.string().trim().min(1).max(200),
	email: Email,
	role: RoleSchema,
	countyId: CountyId,
	/** An expert's directory entry: the cases assigned to it are theirs to read. */
	expertId: z.uuid().nullable().optional()
});
export type CreateUser = z.infer<typeof CreateUser>;

export const UpdateUser = z
	.strictObject({
		name: z.string().trim().min(1).max(200),
		role: RoleSchema,
		countyId: CountyId,
		expertId: z.uuid().nullable(),
		disabled: z.boolean()
	})
	.partial()
	.refine((patch) => Object.keys(patch).length > 0, { message: 'nothing to change' });
export type UpdateUser = z.infer<typeof UpdateUser>;

export const ChangePassword = z.strictObject({
	currentPassword: z.string().min(1).max(200),
	newPassword: Password
});
export type ChangePassword = z.infer<typeof ChangePassword>;

/** A device id made on the device (UUID), sent with every API call as `x-lahelle-client`. */
export const ClientId = z.uuid();
export const RegisterDevice = z.strictObject({
	clientId: ClientId,
	label: z.string().trim().max(120).optional()
});
export type RegisterDevice = z.infer<typeof RegisterDevice>;
