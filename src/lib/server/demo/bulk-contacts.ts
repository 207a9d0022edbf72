import { findCounty } from '$lib/domain/areas';
import { contactChannels } from '$lib/domain/contact-channels';
import { contactActions, contactKinds } from '$lib/domain/record-codes';
import type { Contact } from '$lib/domain/schemas/contact';
import { sourceTypes } from '$lib/domain/source-types';
import { situationThemes } from '$lib/domain/themes';

/**
 * Many fictional contacts for benchmarks (`scripts/gen-records.ts`, bench/measures/stats.js):
 * spread evenly over a year and the Sisä-Suomi counties, every code list in use. Pure and the
 * same every time for the same arguments, so the server and the browser benchmark the same set.
 */
export function bulkContact(
	index: number,
	count: number,
	ownerId: string,
	year = 2025
): Omit<Contact, 'id'> {
	const counties = ['pirkanmaa', 'pirkanmaa', 'kanta-hame', 'etela-pohjanmaa'] as const;
	const countyId = counties[index % counties.length]!;
	const county = findCounty(countyId)!;
	// Office hours in Finland (06:00–13:59 UTC) of the day that is the contact's share of the year.
	const days = (Date.UTC(year + 1, 0, 1) - Date.UTC(year, 0, 1)) / 86_400_000;
	const day = Math.floor((index * days) / count);
	const at = new Date(Date.UTC(year, 0, 1 + day, 6) + (index % 480) * 60_000);
	const themes = situationThemes.codes;
	const pick = <T>(list: readonly T[], n: number) => list[n % list.length]!;
	const kind = index % 23 === 0 ? pick(contactKinds.codes, index / 23) : 'case';
	return {
		kind,
		channel: pick(contactChannels.codes, index * 7),
		sourceType: pick(sourceTypes.codes, index * 3),
		municipalityId: pick(county.municipalityIds, index),
		themes: [...new Set([pick(themes, index), pick(themes, index * 5 + 1)])].slice(
			0,
			1 + (index % 3)
		),
		actions: [pick(contactActions.codes, index * 11)],
		note: 'Huoltoriita on jatkunut pitkään, ja lapsi oireilee koulussa. Sovittiin seuraavat askeleet ja uusi yhteydenotto.',
		followUp: index % 4 === 0,
		occurredAt: at.toISOString(),
		createdBy: ownerId,
		countyId
	};
}
