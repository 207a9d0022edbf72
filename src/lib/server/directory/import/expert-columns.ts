import { foldText } from '$lib/domain/fold';
import type { Expert } from '$lib/domain/schemas/expert';

export interface ExpertColumn {
	/** The column's name in our template (the first header row). */
	name: string;
	field: keyof Expert;
	required?: true;
	list?: true;
	/** Other headers people use for it, Finnish first. */
	aliases: string[];
}

/**
 * The experts CSV, column by column. Only name, title, organisation and county are required;
 * a column left out keeps what is stored for an existing person (README: Directory exchange).
 */
export const expertColumns: ExpertColumn[] = [
	{ name: 'id', field: 'id', aliases: ['tunniste'] },
	{ name: 'name', field: 'name', required: true, aliases: ['nimi'] },
	{
		name: 'title',
		field: 'title',
		required: true,
		aliases: ['nimike', 'ammattinimike', 'ammatti', 'titteli']
	},
	{
		name: 'organisation',
		field: 'organisation',
		required: true,
		aliases: ['organisaatio', 'organization', 'työnantaja']
	},
	{
		name: 'county',
		field: 'countyId',
		required: true,
		aliases: ['hyvinvointialue', 'alue', 'maakunta']
	},
	{ name: 'roles', field: 'roles', list: true, aliases: ['roolit', 'rooli'] },
	{
		name: 'expertise',
		field: 'expertise',
		list: true,
		aliases: ['osaaminen', 'osaamisalueet', 'osaamisalue']
	},
	{ name: 'languages', field: 'languages', list: true, aliases: ['kielet', 'kieli'] },
	{ name: 'phone', field: 'phone', aliases: ['puhelin', 'puhelinnumero'] },
	{ name: 'email', field: 'email', aliases: ['sähköposti', 'e-mail', 'sposti'] },
	{ name: 'secure_message', field: 'secureMessage', aliases: ['turvaposti'] },
	{ name: 'video_link', field: 'videoLink', aliases: ['videolinkki', 'etäyhteys'] },
	{ name: 'availability', field: 'availability', aliases: ['tavoitettavuus', 'saatavuus'] },
	{
		name: 'duty',
		field: 'duty',
		aliases: ['päivystys', 'päivystysvuorot', 'päivystää', 'on_duty', 'jour']
	},
	{ name: 'last_verified', field: 'lastVerified', aliases: ['tarkistettu', 'viimeksi tarkistettu'] }
];

const headerKey = (text: string) => foldText(text).replace(/[\s_-]+/g, '');

const columnByHeader = new Map(
	expertColumns.flatMap((column) =>
		[column.name, column.field, ...column.aliases].map((header) => [headerKey(header), column])
	)
);

export const findExpertColumn = (header: string) => columnByHeader.get(headerKey(header));
