import type { fiDesk } from './desk.fi';

export const svDesk: Record<keyof typeof fiDesk, string> = {
	'desk.title': 'Koordinatorns skrivbord'
};
