import { defineTaxonomy, type CodeOf } from './taxonomy';

/** What a person does in the OT network (a person may have several). */
export const expertRoles = defineTaxonomy([
	{
		code: 'ot-coordinator',
		label: { fi: 'OT-koordinaattori', sv: 'OT-koordinator', en: 'OT coordinator' }
	},
	{
		code: 'ot-contact',
		label: { fi: 'OT-yhdyshenkilö', sv: 'OT-kontaktperson', en: 'OT contact person' }
	},
	{
		code: 'group-member',
		label: { fi: 'Asiantuntijaryhmän jäsen', sv: 'Medlem i expertgrupp', en: 'Expert-group member' }
	},
	{
		code: 'mobile-pair',
		label: { fi: 'Jalkautuva työpari', sv: 'Mobilt arbetspar', en: 'Mobile pair' }
	},
	{
		code: 'consulting-expert',
		label: { fi: 'Konsultoiva asiantuntija', sv: 'Konsulterande expert', en: 'Consulting expert' }
	}
]);
export type ExpertRole = CodeOf<typeof expertRoles>;

/** Kinds of service, the separation services of DOMAIN.md first. */
export const serviceCategories = defineTaxonomy([
	{
		code: 'child-welfare-supervisor',
		label: { fi: 'Lastenvalvoja', sv: 'Barnatillsyningsman', en: 'Child welfare supervisor' }
	},
	{
		code: 'family-mediation',
		label: { fi: 'Perheasioiden sovittelu', sv: 'Familjemedling', en: 'Family mediation' }
	},
	{
		code: 'separation-first-aid',
		label: { fi: 'Eron ensiapu', sv: 'Första hjälpen vid separation', en: 'Separation first aid' }
	},
	{ code: 'peer-group', label: { fi: 'Vertaisryhmä', sv: 'Kamratgrupp', en: 'Peer group' } },
	{
		code: 'family-counselling',
		label: { fi: 'Perheneuvola', sv: 'Familjerådgivning', en: 'Family counselling clinic' }
	},
	{
		code: 'helpline',
		label: { fi: 'Auttava puhelin ja chat', sv: 'Stödtelefon och chatt', en: 'Helpline and chat' }
	},
	{
		code: 'violence-support',
		label: { fi: 'Väkivaltatyö', sv: 'Stöd vid våld', en: 'Support after violence' }
	},
	{
		code: 'child-protection',
		label: { fi: 'Lastensuojelu', sv: 'Barnskydd', en: 'Child protection' }
	},
	{
		code: 'mental-health',
		label: { fi: 'Mielenterveyspalvelut', sv: 'Mentalvårdstjänster', en: 'Mental health services' }
	},
	{ code: 'legal', label: { fi: 'Oikeudellinen apu', sv: 'Rättshjälp', en: 'Legal help' } },
	{
		code: 'specialist-unit',
		label: { fi: 'Erityisyksikkö', sv: 'Specialenhet', en: 'Specialist unit' }
	}
]);
export type ServiceCategory = CodeOf<typeof serviceCategories>;

export const targetGroups = defineTaxonomy([
	{ code: 'children', label: { fi: 'Lapset', sv: 'Barn', en: 'Children' } },
	{ code: 'young-people', label: { fi: 'Nuoret', sv: 'Unga', en: 'Young people' } },
	{ code: 'parents', label: { fi: 'Vanhemmat', sv: 'Föräldrar', en: 'Parents' } },
	{ code: 'families', label: { fi: 'Perheet', sv: 'Familjer', en: 'Families' } },
	{ code: 'professionals', label: { fi: 'Ammattilaiset', sv: 'Yrkesfolk', en: 'Professionals' } }
]);
export type TargetGroup = CodeOf<typeof targetGroups>;

export const accessModes = defineTaxonomy([
	{
		code: 'self-referral',
		label: { fi: 'Ilman lähetettä', sv: 'Utan remiss', en: 'Self-referral' }
	},
	{ code: 'referral', label: { fi: 'Lähetteellä', sv: 'Med remiss', en: 'By referral' } }
]);
export type AccessMode = CodeOf<typeof accessModes>;

export const channelTypes = defineTaxonomy([
	{ code: 'phone', label: { fi: 'Puhelin', sv: 'Telefon', en: 'Phone' } },
	{ code: 'web', label: { fi: 'Verkkosivu', sv: 'Webbplats', en: 'Website' } },
	{ code: 'chat', label: { fi: 'Chat', sv: 'Chatt', en: 'Chat' } },
	{ code: 'address', label: { fi: 'Käyntiosoite', sv: 'Besöksadress', en: 'Address' } },
	{ code: 'e-service', label: { fi: 'Asiointipalvelu', sv: 'E-tjänst', en: 'E-service' } },
	{ code: 'email', label: { fi: 'Sähköposti', sv: 'E-post', en: 'E-mail' } }
]);
export type ChannelType = CodeOf<typeof channelTypes>;
