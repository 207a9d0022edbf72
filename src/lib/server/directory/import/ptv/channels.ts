import { z } from 'zod';
import { isWebAddress, WEB_ADDRESS_MESSAGE } from '$lib/domain/links';
import type { ServiceChannel } from '$lib/domain/schemas/service';
import { joinAddress } from '../../../hsds/addresses';
import { tidyPhone } from '../cells';
import type { Issue } from '../hsds-fields';
import type { PtvChannel } from './input';
import { firstText, hoursText } from './texts';

/*
 * A PTV service channel as our channels: a phone channel's numbers → phone, a web page → web,
 * an e-service (EChannel) → e-service, a service location → address (and its phones); every
 * channel's support e-mails → e-mail. Printable forms have no channel of ours.
 */

const Email = z.email();
const PHONE = /^\+?[0-9 ]{3,30}$/;
const preferred = ['fi', 'sv', 'en'];

type Found = { channels: ServiceChannel[]; issues: Issue[] };

function phonesOf(channel: PtvChannel, path: string, hours: string, found: Found) {
	(channel.phoneNumbers ?? []).forEach((phone, index) => {
		// A fax is no way for a family to reach a service, and we have no SMS channel.
		if (phone.type === 'Fax' || phone.type === 'Sms') return;
		const prefix = phone.isFinnishServiceNumber ? '' : (phone.prefixNumber ?? '');
		const value = tidyPhone(`${prefix} ${phone.number}`);
		if (!PHONE.test(value)) {
			found.issues.push({
				field: `${path}.phoneNumbers.${index}.number`,
				message: 'not a phone number'
			});
		} else found.channels.push({ type: 'phone', value, ...(hours ? { hours } : {}) });
	});
}

/** One address of a page: the Finnish page, else the Swedish, else the English, else the first. */
function pageOf(channel: PtvChannel, path: string, type: 'web' | 'e-service', found: Found) {
	const pages = channel.webPages ?? [];
	let safe = true;
	pages.forEach((page, index) => {
		if (isWebAddress(page.url)) return;
		safe = false;
		found.issues.push({ field: `${path}.webPages.${index}.url`, message: WEB_ADDRESS_MESSAGE });
	});
	const page =
		preferred.map((locale) => pages.find((one) => one.language === locale)).find(Boolean) ??
		pages[0];
	if (page && safe) found.channels.push({ type, value: page.url.trim() });
}

function addressesOf(channel: PtvChannel, hours: string, found: Found) {
	for (const address of channel.addresses ?? []) {
		const street = address.streetAddress;
		if ((address.type && address.type !== 'Location') || !street) continue;
		const value = joinAddress({
			street: [firstText(street.street), street.streetNumber?.trim()].filter(Boolean).join(' '),
			postalCode: street.postalCode?.trim() ?? '',
			city: firstText(street.postOffice)
		});
		if (value) found.channels.push({ type: 'address', value, ...(hours ? { hours } : {}) });
	}
}

function emailsOf(channel: PtvChannel, path: string, found: Found) {
	(channel.supportEmails ?? []).forEach((email, index) => {
		const value = email.value.trim();
		if (!Email.safeParse(value).success) {
			found.issues.push({
				field: `${path}.supportEmails.${index}.value`,
				message: 'not an e-mail address'
			});
		} else found.channels.push({ type: 'email', value });
	});
}

/** Our channels of one PTV channel (`path` names it in the file: "channels.3"). */
export function channelsOf(channel: PtvChannel, path: string, today: string): Found {
	const found: Found = { channels: [], issues: [] };
	if (channel.serviceChannelType === 'PrintableForm') return found;
	const hours = hoursText(channel.serviceHours, today);
	switch (channel.serviceChannelType) {
		case 'Phone':
			phonesOf(channel, path, hours, found);
			break;
		case 'WebPage':
			pageOf(channel, path, 'web', found);
			break;
		case 'EChannel':
			pageOf(channel, path, 'e-service', found);
			break;
		case 'ServiceLocation':
			addressesOf(channel, hours, found);
			phonesOf(channel, path, '', found);
			break;
	}
	emailsOf(channel, path, found);
	return found;
}

/** The channels without repeats (PTV gives a number or page once per language). */
export function distinctChannels(channels: ServiceChannel[]): ServiceChannel[] {
	const seen = new Set<string>();
	return channels.filter((channel) => {
		const key = `${channel.type}|${channel.value}`;
		if (seen.has(key)) return false;
		seen.add(key);
		return true;
	});
}
