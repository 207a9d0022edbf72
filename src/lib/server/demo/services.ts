import type { Localized } from '$lib/domain/locale';
import type { AccessMode, ServiceCategory, TargetGroup } from '$lib/domain/directory-codes';
import type { ServiceTier } from '$lib/domain/tiers';

/** Service templates for the demo directory; each is offered in several places. */
export interface ServiceTemplate {
	name: Localized;
	summary: Localized;
	description: Localized;
	tier: ServiceTier;
	category: ServiceCategory;
	targetGroups: TargetGroup[];
	access: AccessMode;
	cost: 'free' | 'fee';
	audience: 'public' | 'professional';
	channels: ('phone' | 'web' | 'chat' | 'address' | 'e-service')[];
	hours: string;
}

const t = (fi: string, sv: string, en: string): Localized => ({ fi, sv, en });

export const serviceTemplates: ServiceTemplate[] = [
	{
		name: t('Lastenvalvoja', 'Barnatillsyningsman', 'Child welfare supervisor'),
		summary: t(
			'Sopimukset lapsen huollosta, asumisesta, tapaamisista ja elatuksesta.',
			'Avtal om barnets vårdnad, boende, umgänge och underhåll.',
			"Agreements on the child's custody, living arrangements, contact and maintenance."
		),
		description: t(
			'Lastenvalvoja auttaa eroavia vanhempia sopimaan lapsen asioista ja vahvistaa sopimukset. Varaa aika etukäteen.',
			'Barnatillsyningsmannen hjälper föräldrar som separerar att komma överens om barnets angelägenheter och fastställer avtalen. Boka tid i förväg.',
			"The child welfare supervisor helps separating parents agree on the child's matters and confirms the agreements. Book an appointment in advance."
		),
		tier: 'basic',
		category: 'child-welfare-supervisor',
		targetGroups: ['parents', 'families'],
		access: 'self-referral',
		cost: 'free',
		audience: 'public',
		channels: ['phone', 'e-service', 'address'],
		hours: 'ma–pe 9–12'
	},
	{
		name: t('Perheasioiden sovittelu', 'Familjemedling', 'Family mediation'),
		summary: t(
			'Puolueeton sovittelija auttaa vanhempia löytämään ratkaisut erotilanteessa.',
			'En opartisk medlare hjälper föräldrar att hitta lösningar vid separation.',
			'An impartial mediator helps parents find solutions during a separation.'
		),
		description: t(
			'Sovittelu on vapaaehtoista ja maksutonta. Siinä keskitytään lapsen etuun.',
			'Medlingen är frivillig och avgiftsfri. Den fokuserar på barnets bästa.',
			"Mediation is voluntary and free of charge. It focuses on the child's best interest."
		),
		tier: 'basic',
		category: 'family-mediation',
		targetGroups: ['parents', 'families'],
		access: 'self-referral',
		cost: 'free',
		audience: 'public',
		channels: ['phone', 'web'],
		hours: 'ma–to 8–16'
	},
	{
		name: t('Eron ensiapupiste', 'Första hjälpen vid separation', 'Separation first-aid point'),
		summary: t(
			'Maksuton keskusteluapu eron keskellä oleville aikuisille ja lapsille.',
			'Avgiftsfritt samtalsstöd för vuxna och barn mitt i en separation.',
			'Free conversation support for adults and children in the middle of a separation.'
		),
		description: t(
			'Voit tulla yksin tai yhdessä. Ensiapupisteessä mietitään seuraavia askelia ja ohjataan oikeaan palveluun.',
			'Du kan komma ensam eller tillsammans. Vid första hjälpen funderar vi på nästa steg och hänvisar till rätt tjänst.',
			'You can come alone or together. At the first-aid point we think through the next steps and guide you to the right service.'
		),
		tier: 'basic',
		category: 'separation-first-aid',
		targetGroups: ['parents', 'children', 'families'],
		access: 'self-referral',
		cost: 'free',
		audience: 'public',
		channels: ['phone', 'chat', 'address'],
		hours: 'ti ja to 12–18'
	},
	{
		name: t(
			'Vertaisryhmä eronneille vanhemmille',
			'Kamratgrupp för separerade föräldrar',
			'Peer group for separated parents'
		),
		summary: t(
			'Vanhemman neuvo -ryhmä tapaa kahdeksan kertaa.',
			'Gruppen Föräldrarnas råd träffas åtta gånger.',
			"The 'Parent's advice' group meets eight times."
		),
		description: t(
			'Ryhmässä jaetaan kokemuksia erosta ja vanhemmuudesta eron jälkeen.',
			'I gruppen delar man erfarenheter av separation och föräldraskap efter separationen.',
			'The group shares experiences of separation and parenting after it.'
		),
		tier: 'basic',
		category: 'peer-group',
		targetGroups: ['parents'],
		access: 'self-referral',
		cost: 'free',
		audience: 'public',
		channels: ['phone', 'web'],
		hours: 'ryhmät syksyllä ja keväällä'
	},
	{
		name: t('Lasten eroryhmä', 'Barngrupp vid separation', "Children's separation group"),
		summary: t(
			'Ryhmä 7–12-vuotiaille, joiden vanhemmat ovat eronneet.',
			'En grupp för 7–12-åringar vars föräldrar har separerat.',
			'A group for 7–12-year-olds whose parents have separated.'
		),
		description: t(
			'Leikin ja keskustelun kautta lapsi saa kertoa kokemuksistaan turvallisesti.',
			'Genom lek och samtal får barnet berätta om sina upplevelser tryggt.',
			'Through play and talk the child can share experiences safely.'
		),
		tier: 'basic',
		category: 'peer-group',
		targetGroups: ['children'],
		access: 'self-referral',
		cost: 'free',
		audience: 'public',
		channels: ['phone'],
		hours: 'ke 15–16.30'
	},
	{
		name: t('Perheneuvola', 'Familjerådgivning', 'Family counselling clinic'),
		summary: t(
			'Tukea lapsen kehitykseen, kasvatukseen ja perheen vuorovaikutukseen.',
			'Stöd för barnets utveckling, fostran och familjens samspel.',
			"Support for the child's development, upbringing and family relations."
		),
		description: t(
			'Perheneuvolan työryhmässä on psykologi, sosiaalityöntekijä ja lääkäri.',
			'I familjerådgivningens team finns psykolog, socialarbetare och läkare.',
			'The clinic team includes a psychologist, a social worker and a doctor.'
		),
		tier: 'basic',
		category: 'family-counselling',
		targetGroups: ['children', 'families'],
		access: 'self-referral',
		cost: 'free',
		audience: 'public',
		channels: ['phone', 'address'],
		hours: 'ma–pe 8–15'
	},
	{
		name: t('Väkivaltatyön yksikkö', 'Enheten för arbete mot våld', 'Violence work unit'),
		summary: t(
			'Apua väkivaltaa kokeneille ja väkivaltaa käyttäneille, myös eron jälkeen.',
			'Hjälp för dem som upplevt eller utövat våld, också efter separation.',
			'Help for people who have experienced or used violence, also after separation.'
		),
		description: t(
			'Välittömässä vaarassa soita 112. Muuten ota yhteyttä arkisin.',
			'Vid akut fara, ring 112. Annars kontakta oss vardagar.',
			'In immediate danger call 112. Otherwise contact us on weekdays.'
		),
		tier: 'special',
		category: 'violence-support',
		targetGroups: ['parents', 'children', 'families'],
		access: 'self-referral',
		cost: 'free',
		audience: 'public',
		channels: ['phone', 'chat'],
		hours: 'ma–pe 8–16'
	},
	{
		name: t('Sosiaalipäivystys', 'Socialjouren', 'Social emergency service'),
		summary: t(
			'Kiireellinen sosiaalihuolto vuorokauden ympäri.',
			'Brådskande socialvård dygnet runt.',
			'Urgent social services around the clock.'
		),
		description: t(
			'Ota yhteyttä, jos lapsen turvallisuus on vaarassa. Hätätilanteessa soita 112.',
			'Kontakta oss om barnets säkerhet är i fara. I nödsituationer, ring 112.',
			"Contact us if a child's safety is at risk. In an emergency call 112."
		),
		tier: 'special',
		category: 'child-protection',
		targetGroups: ['children', 'families', 'professionals'],
		access: 'self-referral',
		cost: 'free',
		audience: 'public',
		channels: ['phone'],
		hours: '24/7'
	},
	{
		name: t(
			'Lasten oikeuspsykiatrian yksikkö',
			'Enheten för barnrättspsykiatri',
			"Children's forensic psychiatry unit"
		),
		summary: t(
			'Selvitykset lapsiin kohdistuvien rikosten epäilyissä.',
			'Utredningar vid misstanke om brott mot barn.',
			'Assessments when crimes against children are suspected.'
		),
		description: t(
			'Yksikkö tekee tutkimuksia poliisin ja lastensuojelun pyynnöstä ja konsultoi ammattilaisia.',
			'Enheten gör undersökningar på begäran av polisen och barnskyddet och konsulterar yrkesfolk.',
			'The unit assesses at the request of police and child protection and consults professionals.'
		),
		tier: 'ot',
		category: 'specialist-unit',
		targetGroups: ['professionals'],
		access: 'referral',
		cost: 'free',
		audience: 'professional',
		channels: ['phone'],
		hours: 'ma–pe 8–15'
	},
	{
		name: t(
			'Nuorisopsykiatrian poliklinikka',
			'Ungdomspsykiatriska polikliniken',
			'Adolescent psychiatry outpatient clinic'
		),
		summary: t(
			'Psykiatrinen tutkimus ja hoito 13–17-vuotiaille.',
			'Psykiatrisk utredning och vård för 13–17-åringar.',
			'Psychiatric assessment and care for 13–17-year-olds.'
		),
		description: t(
			'Hoitoon tullaan lähetteellä. Konsultaatioita ammattilaisille arkisin.',
			'Till vården kommer man med remiss. Konsultationer för yrkesfolk vardagar.',
			'Care is by referral. Consultations for professionals on weekdays.'
		),
		tier: 'special',
		category: 'mental-health',
		targetGroups: ['young-people', 'professionals'],
		access: 'referral',
		cost: 'free',
		audience: 'public',
		channels: ['phone', 'address'],
		hours: 'ma–pe 8–15.30'
	},
	{
		name: t('Oikeusaputoimisto', 'Rättshjälpsbyrå', 'Legal aid office'),
		summary: t(
			'Oikeudellista neuvontaa huolto- ja tapaamisriidoissa.',
			'Juridisk rådgivning i tvister om vårdnad och umgänge.',
			'Legal advice in custody and contact disputes.'
		),
		description: t(
			'Oikeusapu voi olla maksutonta tai osittain maksullista tulojen mukaan.',
			'Rättshjälpen kan vara avgiftsfri eller delvis avgiftsbelagd enligt inkomster.',
			'Legal aid may be free or partly paid depending on income.'
		),
		tier: 'basic',
		category: 'legal',
		targetGroups: ['parents'],
		access: 'self-referral',
		cost: 'fee',
		audience: 'public',
		channels: ['phone', 'e-service'],
		hours: 'ma–pe 8–16'
	},
	{
		name: t('Eroauttava chat', 'Chatt om separation', 'Separation chat'),
		summary: t(
			'Nimetön chat eron keskellä oleville vanhemmille ja nuorille.',
			'Anonym chatt för föräldrar och unga mitt i en separation.',
			'Anonymous chat for parents and young people in the middle of a separation.'
		),
		description: t(
			'Chatissa vastaavat koulutetut vapaaehtoiset ja ammattilaiset.',
			'I chatten svarar utbildade frivilliga och yrkesfolk.',
			'Trained volunteers and professionals answer the chat.'
		),
		tier: 'basic',
		category: 'helpline',
		targetGroups: ['parents', 'young-people'],
		access: 'self-referral',
		cost: 'free',
		audience: 'public',
		channels: ['chat', 'web'],
		hours: 'ma–to 17–21'
	}
];
