import { error } from '@sveltejs/kit';
import { renderPage, topicList } from '$lib/family/content.server';
import { familyLanguages } from '$lib/family/languages';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () =>
	familyLanguages.map((lang) => (lang === 'fi' ? {} : { lang }));

export const load: PageServerLoad = async ({ parent }) => {
	const { lang } = await parent();
	const page = renderPage(lang, 'index');
	if (!page) error(404, 'Not found');
	return { page, topics: topicList(lang) };
};
