import type { fiDesk } from './desk.fi';

export const enDesk: Record<keyof typeof fiDesk, string> = {
	'desk.title': "Coordinator's desk"
};
