import { ageBandLabel, childAgeBands } from './age-bands';
import { defineTaxonomy, type CodeOf } from './taxonomy';

/**
 * Code lists of the records (contacts, consultation requests). Plain data for the browser;
 * the zod schemas in ./schemas build their enums from `codes`.
 */

/** What kind of call or contact it was: most carry a case, some are logged in one tap. */
export const contactKinds = defineTaxonomy([
	{ code: 'case', label: { fi: 'Asiakastilanne', sv: 'Klientärende', en: 'Case' } },
	{
		code: 'information-only',
		label: { fi: 'Pelkkä tiedustelu', sv: 'Endast förfrågan', en: 'Information only' }
	},
	{ code: 'wrong-number', label: { fi: 'Väärä numero', sv: 'Fel nummer', en: 'Wrong number' } },
	{ code: 'dropped', label: { fi: 'Katkennut puhelu', sv: 'Avbrutet samtal', en: 'Dropped call' } }
]);
export type ContactKind = CodeOf<typeof contactKinds>;

/**
 * The child's age group: the only fact about the child's age a record may hold. The bands are
 * the family pages' too (./age-bands).
 */
export const childAgeGroups = defineTaxonomy([
	...childAgeBands.map((band) => ({ code: band.code, label: ageBandLabel(band) })),
	{
		code: 'siblings',
		label: {
			fi: 'Sisaruksia eri ikäisinä',
			sv: 'Syskon i olika åldrar',
			en: 'Siblings of several ages'
		}
	}
]);
export type ChildAgeGroup = CodeOf<typeof childAgeGroups>;

/** Services already involved with the family ("nearly every contact needs several"). */
export const servicesInvolved = defineTaxonomy([
	{
		code: 'family-social-work',
		label: {
			fi: 'Lapsiperheiden sosiaalityö',
			sv: 'Socialt arbete för barnfamiljer',
			en: 'Family social work'
		}
	},
	{
		code: 'child-protection',
		label: { fi: 'Lastensuojelu', sv: 'Barnskydd', en: 'Child protection' }
	},
	{
		code: 'child-psychiatry',
		label: {
			fi: 'Lasten- tai nuorisopsykiatria',
			sv: 'Barn- eller ungdomspsykiatri',
			en: 'Child or adolescent psychiatry'
		}
	},
	{
		code: 'adult-psychiatry',
		label: { fi: 'Aikuispsykiatria', sv: 'Vuxenpsykiatri', en: 'Adult psychiatry' }
	},
	{
		code: 'family-centre',
		label: {
			fi: 'Perhekeskus tai neuvola',
			sv: 'Familjecenter eller rådgivning',
			en: 'Family centre or child health clinic'
		}
	},
	{
		code: 'family-counselling',
		label: { fi: 'Perheneuvola', sv: 'Familjerådgivning', en: 'Family counselling clinic' }
	},
	{
		code: 'school',
		label: {
			fi: 'Koulu ja opiskeluhuolto',
			sv: 'Skola och elevhälsa',
			en: 'School and student welfare'
		}
	},
	{
		code: 'early-education',
		label: { fi: 'Varhaiskasvatus', sv: 'Småbarnspedagogik', en: 'Early childhood education' }
	},
	{
		code: 'child-welfare-supervisor',
		label: { fi: 'Lastenvalvoja', sv: 'Barnatillsyningsman', en: 'Child welfare supervisor' }
	},
	{ code: 'court', label: { fi: 'Käräjäoikeus', sv: 'Tingsrätt', en: 'District court' } },
	{ code: 'police', label: { fi: 'Poliisi', sv: 'Polisen', en: 'Police' } },
	{
		code: 'disability-services',
		label: { fi: 'Vammaispalvelut', sv: 'Funktionshinderservice', en: 'Disability services' }
	},
	{
		code: 'substance-abuse',
		label: { fi: 'Päihdepalvelut', sv: 'Missbrukarvård', en: 'Substance abuse services' }
	},
	{
		code: 'shelter',
		label: {
			fi: 'Ensi- ja turvakoti',
			sv: 'Mödra- och skyddshem',
			en: 'Mother-and-child home and shelter'
		}
	},
	{
		code: 'ngo',
		label: {
			fi: 'Järjestö tai seurakunta',
			sv: 'Organisation eller församling',
			en: 'NGO or parish'
		}
	},
	{ code: 'other', label: { fi: 'Muu', sv: 'Annan', en: 'Other' } }
]);
export type ServiceInvolved = CodeOf<typeof servicesInvolved>;

/**
 * Why the situation is stuck, coded (the pilot's main finding: several services, a service
 * system that does not fit the family, a stuck situation). From the seeds: nobody coordinates,
 * work out of step, narrow remits, tensions between professionals, refused services, repeated
 * court cases. The free-text `stuck` says more; only these codes are counted.
 */
export const stuckReasons = defineTaxonomy([
	{
		code: 'no-coordination',
		label: {
			fi: 'Kukaan ei koordinoi kokonaisuutta',
			sv: 'Ingen samordnar helheten',
			en: 'Nobody coordinates the whole'
		}
	},
	{
		code: 'out-of-step',
		label: {
			fi: 'Palvelut toimivat erillään tai eri tahdissa',
			sv: 'Tjänsterna arbetar var för sig eller i otakt',
			en: 'Services work apart or out of step'
		}
	},
	{
		code: 'narrow-remits',
		label: {
			fi: 'Tehtävät rajattu tiukasti, asia ei kuulu kenellekään',
			sv: 'Snävt avgränsade uppdrag, ärendet hör inte till någon',
			en: "Narrow remits: the matter is nobody's"
		}
	},
	{
		code: 'service-mismatch',
		label: {
			fi: 'Palvelut eivät vastaa perheen tarpeisiin',
			sv: 'Tjänsterna motsvarar inte familjens behov',
			en: "Services do not fit the family's needs"
		}
	},
	{
		code: 'expertise-missing',
		label: {
			fi: 'Tarvittava erityisosaaminen puuttuu',
			sv: 'Den specialkompetens som behövs saknas',
			en: 'The special expertise needed is missing'
		}
	},
	{
		code: 'professional-tensions',
		label: {
			fi: 'Jännitteet ammattilaisten välillä',
			sv: 'Spänningar mellan yrkespersonerna',
			en: 'Tensions between the professionals'
		}
	},
	{
		code: 'help-refused',
		label: {
			fi: 'Perhe ei ota apua vastaan',
			sv: 'Familjen tar inte emot hjälp',
			en: 'The family does not accept help'
		}
	},
	{
		code: 'legal-process',
		label: {
			fi: 'Oikeudenkäynti tai rikostutkinta kesken',
			sv: 'Rättegång eller brottsutredning pågår',
			en: 'Court case or criminal investigation under way'
		}
	},
	{
		code: 'waiting',
		label: {
			fi: 'Odottaa arviota tai palvelua',
			sv: 'Väntar på bedömning eller tjänst',
			en: 'Waiting for an assessment or a service'
		}
	},
	{ code: 'other', label: { fi: 'Muu syy', sv: 'Annan orsak', en: 'Other reason' } }
]);
export type StuckReason = CodeOf<typeof stuckReasons>;

/** The caller's role, for the coordinator's call desk. */
export const callerRoles = defineTaxonomy([
	{
		code: 'social-worker',
		label: { fi: 'Sosiaalityöntekijä', sv: 'Socialarbetare', en: 'Social worker' }
	},
	{
		code: 'social-instructor',
		label: { fi: 'Sosiaaliohjaaja', sv: 'Socialhandledare', en: 'Social instructor' }
	},
	{ code: 'psychologist', label: { fi: 'Psykologi', sv: 'Psykolog', en: 'Psychologist' } },
	{ code: 'doctor', label: { fi: 'Lääkäri', sv: 'Läkare', en: 'Doctor' } },
	{
		code: 'nurse',
		label: {
			fi: 'Sairaanhoitaja tai terveydenhoitaja',
			sv: 'Sjukskötare eller hälsovårdare',
			en: 'Nurse or public health nurse'
		}
	},
	{
		code: 'teacher',
		label: {
			fi: 'Opettaja tai kuraattori',
			sv: 'Lärare eller kurator',
			en: 'Teacher or school social worker'
		}
	},
	{ code: 'manager', label: { fi: 'Esihenkilö', sv: 'Chef', en: 'Manager' } },
	{ code: 'other', label: { fi: 'Muu', sv: 'Annan', en: 'Other' } }
]);
export type CallerRole = CodeOf<typeof callerRoles>;

export const urgencies = defineTaxonomy([
	{ code: 'normal', label: { fi: 'Tavallinen', sv: 'Normal', en: 'Normal' } },
	{ code: 'urgent', label: { fi: 'Kiireellinen', sv: 'Brådskande', en: 'Urgent' } },
	{ code: 'acute', label: { fi: 'Akuutti', sv: 'Akut', en: 'Acute' } }
]);
export type Urgency = CodeOf<typeof urgencies>;

/**
 * The client's consent (DOMAIN.md): always asked; a request may proceed without it only when
 * the child's best interest requires it, with the reason recorded. 'anonymous' is a call
 * about a case discussed without identifying anyone, which needs no consent.
 */
export const consentStatuses = defineTaxonomy([
	{ code: 'given', label: { fi: 'Suostumus annettu', sv: 'Samtycke givet', en: 'Consent given' } },
	{
		code: 'best-interest',
		label: {
			fi: 'Ilman suostumusta lapsen edun vuoksi',
			sv: 'Utan samtycke för barnets bästa',
			en: "Without consent, in the child's best interest"
		}
	},
	{
		code: 'not-asked',
		label: { fi: 'Ei vielä kysytty', sv: 'Inte ännu frågat', en: 'Not yet asked' }
	},
	{
		code: 'anonymous',
		label: { fi: 'Anonyymi konsultaatio', sv: 'Anonym konsultation', en: 'Anonymous consultation' }
	}
]);
export type ConsentStatus = CodeOf<typeof consentStatuses>;

/** How the client was told about the request when they consented. */
export const consentMethods = defineTaxonomy([
	{ code: 'in-person', label: { fi: 'Tapaamisessa', sv: 'Vid möte', en: 'In person' } },
	{ code: 'phone', label: { fi: 'Puhelimessa', sv: 'Per telefon', en: 'By phone' } },
	{ code: 'written', label: { fi: 'Kirjallisesti', sv: 'Skriftligt', en: 'In writing' } },
	{
		code: 'interpreter',
		label: { fi: 'Tulkin välityksellä', sv: 'Via tolk', en: 'Through an interpreter' }
	}
]);
export type ConsentMethod = CodeOf<typeof consentMethods>;

/** The situations where "call the coordinator now" comes before any form (DOMAIN.md). */
export const highRiskSituations = defineTaxonomy([
	{
		code: 'abduction-threat',
		label: {
			fi: 'Lapsikaappauksen uhka',
			sv: 'Hot om barnabortförande',
			en: 'Threat of child abduction'
		}
	},
	{
		code: 'serious-violence-threat',
		label: {
			fi: 'Vakavan väkivallan uhka',
			sv: 'Hot om allvarligt våld',
			en: 'Threat of serious violence'
		}
	}
]);
export type HighRiskSituation = CodeOf<typeof highRiskSituations>;

/** What the requester hopes the expert group gives. */
export const helpKinds = defineTaxonomy([
	{
		code: 'recommendation',
		label: { fi: 'Suositukset', sv: 'Rekommendationer', en: 'Recommendations' }
	},
	{ code: 'statement', label: { fi: 'Lausunto', sv: 'Utlåtande', en: 'Statement' } },
	{
		code: 'thinking-together',
		label: {
			fi: 'Pohdinta-apu',
			sv: 'Hjälp att tänka igenom',
			en: 'Thinking the case through together'
		}
	},
	{
		code: 'joint-meeting',
		label: {
			fi: 'Yhteinen asiakastapaaminen',
			sv: 'Gemensamt klientmöte',
			en: 'Joint client meeting'
		}
	},
	{
		code: 'mobile-pair',
		label: {
			fi: 'Jalkautuvan työparin tuki',
			sv: 'Stöd av det mobila arbetsparet',
			en: 'Mobile-pair support'
		}
	}
]);
export type HelpKind = CodeOf<typeof helpKinds>;

/** What the coordinator did during a call. */
export const contactActions = defineTaxonomy([
	{ code: 'advice', label: { fi: 'Neuvonta', sv: 'Rådgivning', en: 'Advice given' } },
	{
		code: 'consultation-opened',
		label: { fi: 'Konsultaatio avattu', sv: 'Konsultation öppnad', en: 'Consultation opened' }
	},
	{
		code: 'referred',
		label: { fi: 'Ohjattu palveluun', sv: 'Hänvisad till tjänst', en: 'Referred to a service' }
	},
	{
		code: 'experts-coordinated',
		label: {
			fi: 'Asiantuntijoita koordinoitu',
			sv: 'Experter koordinerade',
			en: 'Experts coordinated'
		}
	}
]);
export type ContactAction = CodeOf<typeof contactActions>;

/** Where a consultation request stands for its requester. */
export const requestStatuses = defineTaxonomy([
	{ code: 'draft', label: { fi: 'Luonnos', sv: 'Utkast', en: 'Draft' } },
	{ code: 'submitted', label: { fi: 'Lähetetty', sv: 'Skickad', en: 'Sent' } },
	{ code: 'closed', label: { fi: 'Päättynyt', sv: 'Avslutad', en: 'Closed' } },
	{ code: 'withdrawn', label: { fi: 'Peruttu', sv: 'Återtagen', en: 'Withdrawn' } }
]);
export type RequestStatus = CodeOf<typeof requestStatuses>;

/** Kinds of entries on a consultation's append-only timeline. */
export const consultationEventTypes = defineTaxonomy([
	{ code: 'note', label: { fi: 'Muistiinpano', sv: 'Anteckning', en: 'Note' } },
	{ code: 'consent', label: { fi: 'Suostumus', sv: 'Samtycke', en: 'Consent' } },
	{ code: 'stage', label: { fi: 'Vaihe', sv: 'Skede', en: 'Stage' } },
	{
		code: 'stage-skipped',
		label: { fi: 'Vaihe ohitettu', sv: 'Skede överhoppat', en: 'Stage skipped' }
	},
	{ code: 'feedback', label: { fi: 'Palaute', sv: 'Respons', en: 'Feedback' } }
]);
export type ConsultationEventType = CodeOf<typeof consultationEventTypes>;
