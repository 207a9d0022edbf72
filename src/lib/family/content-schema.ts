import { z } from 'zod';
import { counties } from '$lib/domain/areas';
import { familyLanguages, type FamilyLanguage } from './languages';

/**
 * What the family pages' content files may hold: a page's front matter (page-file.ts reads
 * it), the help lines, the counties' social emergency lines and the site settings. Checked
 * at build time (content.server.ts); a file that breaks a rule stops the build.
 */

const IsoDate = z.iso.date();
export const Slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/);
/** A link as editors write it: "/slug", "/slug#anchor", "/", or a full https address. */
const Link = z.string().regex(/^(\/([a-z0-9-]+)?(#[a-z0-9-]+)?|https:\/\/\S+)$/);

const Card = z.strictObject({
	title: z.string().min(1).max(80),
	when: z.string().min(1).max(300),
	link: Link,
	/** A safety route (violence, abduction, someone to talk to): marked in the warning colour. */
	urgent: z.boolean().default(false)
});
export type Card = z.infer<typeof Card>;

export const FrontMatter = z.strictObject({
	title: z.string().min(1).max(90),
	/** The search-result text (meta description). */
	description: z.string().min(40).max(170),
	/** Place in the list of all topics (Finnish originals; the front page has none). */
	order: z.int().min(1).optional(),
	/** When the content (the original) last changed. */
	updated: IsoDate,
	/** Translations: when translated, and when reviewed by a second person (or false). */
	translated: IsoDate.optional(),
	reviewed: z.union([IsoDate, z.literal(false)]).optional(),
	/** Violence or crisis is discussed: the help lines and 112 end the page. */
	crisis: z.boolean().default(false),
	/**
	 * Where the facts come from: the official pages (oikeus.fi, Kela, THL, poliisi.fi …) a
	 * reader or an editor can check them against. Shown at the end of the page.
	 */
	sources: z
		.array(
			z.strictObject({ name: z.string().min(1).max(120), url: z.url({ protocol: /^https$/ }) })
		)
		.optional(),
	/**
	 * Facts written without being able to confirm them on their owner's site: for the editor,
	 * not shown to readers. Compare them with the sources and remove the line once done.
	 */
	toVerify: z.array(z.string().min(1)).optional(),
	/** Front page only: the lead, the decision aid's question and its cards. */
	lead: z.string().optional(),
	question: z.string().optional(),
	cards: z.array(Card).optional()
});
export type FrontMatter = z.infer<typeof FrontMatter>;

export interface SourcePage {
	lang: FamilyLanguage;
	slug: string;
	meta: FrontMatter;
	body: string;
	file: string;
}

/** A Finnish phone number as written for people: digits in groups ("080 005 005"). */
const PhoneNumber = z.string().regex(/^[0-9 ]{3,16}$/);

export const HelpLine = z.strictObject({
	id: Slug,
	number: PhoneNumber,
	/** The emergency number: shown first and largest. */
	emergency: z.boolean().default(false),
	name: z.record(z.enum(familyLanguages), z.string().min(1)),
	description: z.record(z.enum(familyLanguages), z.string().min(1)),
	web: z.url({ protocol: /^https$/ }).optional(),
	/** The owner's page that gives the number, and when a person last compared the two. */
	source: z.url({ protocol: /^https$/ }),
	checked: IsoDate,
	/** What could not be confirmed at the last edit; removed once compared with the source. */
	toVerify: z.string().min(1).optional()
});
export type HelpLine = z.infer<typeof HelpLine>;

/**
 * A wellbeing services county's social and crisis emergency line: the number with the page that
 * gives it and the day they were compared, or (until someone finds it) no number and a note why.
 */
export const SocialEmergency = z
	.strictObject({
		county: z.string().refine((id) => counties.some((county) => county.id === id), {
			message: 'not a county of the geography (src/lib/domain/areas-data.ts)'
		}),
		number: PhoneNumber.optional(),
		source: z.url({ protocol: /^https$/ }).optional(),
		checked: IsoDate.optional(),
		toVerify: z.string().min(1).optional()
	})
	.refine((line) => (line.number ? line.source && line.checked : line.toVerify), {
		message: 'a number needs its source and checked date; a county without one says why in toVerify'
	});
export type SocialEmergency = z.infer<typeof SocialEmergency>;

export const Settings = z.strictObject({
	/** Where "Leave quickly" goes: a neutral site, over HTTPS. */
	quickExitUrl: z.url({ protocol: /^https$/ })
});
