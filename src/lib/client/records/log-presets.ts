import { contactChannels, type ContactChannel } from '$lib/domain/contact-channels';
import { sourceTypes, type SourceType } from '$lib/domain/source-types';

/**
 * The log form's presets: the channel and who contacted, as last used on this device, so the
 * common case is a theme, an age group and Save. Codes only, nothing about a client.
 */
const KEY = 'lahelle.logPresets';

export interface LogPresets {
	channel: ContactChannel;
	sourceType: SourceType;
}

const DEFAULTS: LogPresets = { channel: 'phone', sourceType: 'family-social-work' };

export function loadPresets(): LogPresets {
	try {
		const saved = JSON.parse(localStorage.getItem(KEY) ?? '{}') as Partial<LogPresets>;
		return {
			channel:
				saved.channel && contactChannels.has(saved.channel) ? saved.channel : DEFAULTS.channel,
			sourceType:
				saved.sourceType && sourceTypes.has(saved.sourceType)
					? saved.sourceType
					: DEFAULTS.sourceType
		};
	} catch {
		return { ...DEFAULTS };
	}
}

export function savePresets(presets: LogPresets) {
	try {
		localStorage.setItem(KEY, JSON.stringify(presets));
	} catch {
		// A full or blocked storage only loses the convenience, never the record.
	}
}
