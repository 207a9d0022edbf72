import type { ToolMessages } from './tools.fi';

export const toolsSv: ToolMessages = {
	'plan.title': 'Gör er egen plan',
	'plan.deviceOnly':
		'Planen sparas bara på den här enheten, i den här webbläsarens minne. Den skickas ingenstans. Om någon annan använder enheten kan hen se den: radera den till sist med knappen Töm.',
	'plan.noScript':
		'Att spara och att ladda ner som textfil fungerar bara när JavaScript är påslaget. Du kan ändå fylla i formuläret och skriva ut det, eller använda frågorna på papper.',
	'plan.saved': 'Sparad på den här enheten kl. {time}.',
	'plan.restored': 'En plan som tidigare sparats på den här enheten har öppnats.',
	'plan.storageFailed':
		'Det går inte att spara på den här enheten (webbläsarens minne kan vara avstängt). Skriv ut eller ladda ner planen så att den inte försvinner.',
	'plan.actions': 'Spara planen',
	'plan.print': 'Skriv ut',
	'plan.export': 'Ladda ner som textfil',
	'plan.clear': 'Töm planen',
	'plan.clearConfirm': 'Ska planen raderas från den här enheten? Den kan inte återställas.',
	'plan.cleared': 'Planen har raderats från den här enheten.',
	'plan.fileName': 'foraldraskapsplan.txt',
	'plan.documentTitle': 'Föräldraskapsplan',
	'plan.documentDate': 'Sparad {date}',
	'plan.printDate': 'Datum',
	'plan.signatures': 'Underskrifter',
	'plan.signatureLine': 'Förälder {number}: underskrift och namnförtydligande',
	'plan.section.needs': 'Barnets behov och önskemål',
	'plan.hint.needs':
		'Vad behöver barnet nu? Vad önskar barnet självt, och hur hörs barnets åsikt enligt ålder?',
	'plan.section.living': 'Boende och tid med vardera föräldern',
	'plan.hint.living':
		'Var bor barnet? När är barnet hos vardera föräldern? Hur sker bytena och vem skjutsar?',
	'plan.section.information': 'Informationen mellan föräldrarna',
	'plan.hint.information':
		'Hur berättar ni om barnets saker för varandra: meddelande, häfte, app? Vad berättar ni genast?',
	'plan.section.money': 'Pengar',
	'plan.hint.money':
		'Underhållsbidrag, vardagens kostnader, kläder, hobbyavgifter och större inköp: vem betalar vad?',
	'plan.section.school': 'Dagvård och skola',
	'plan.hint.school':
		'Vem håller kontakt med daghemmet eller skolan? Vem går på föräldramöten? Får båda meddelandena?',
	'plan.section.hobbies': 'Fritidsintressen',
	'plan.hint.hobbies':
		'Vilka hobbyer fortsätter? Vem för och hämtar? Hur passar hobbyerna in i vardera hemmets veckor?',
	'plan.section.health': 'Hälsa',
	'plan.hint.health':
		'Läkarbesök, mediciner, tandvård och skolhälsovård: vem sköter dem, och hur går informationen?',
	'plan.section.culture': 'Språk, kultur och religion',
	'plan.hint.culture':
		'Vilka språk talar barnet i vardera hemmet? Hur beaktas barnets kultur, rötter och religion eller livsåskådning?',
	'plan.section.holidays': 'Lov och högtider',
	'plan.hint.holidays':
		'Sommar-, höst-, jul- och sportlov, födelsedagar och högtider: var är barnet och när? Och resor?',
	'plan.section.review': 'Andra överenskommelser och översyn av planen',
	'plan.hint.review':
		'Vad mer kommer ni överens om? När och hur ser ni över planen när barnet växer eller situationen ändras?',
	'clear.title': 'Radera webbplatsens uppgifter från den här enheten',
	'clear.button': 'Radera webbplatsens uppgifter',
	'clear.working': 'Raderar…',
	'clear.done':
		'Klart. Sidorna, tjänstelistan och planutkastet som den här webbplatsen sparat har raderats från den här webbläsaren.',
	'clear.again':
		'Om du öppnar webbplatsen igen sparar den sidor på nytt för användning utan nät. Använd ett privat fönster om du inte vill det.',
	'clear.failed':
		'Allt kunde inte raderas. Radera webbplatsens uppgifter i webbläsarens inställningar.',
	'clear.noScript':
		'Knappen fungerar bara när JavaScript är påslaget. Du kan också radera uppgifterna i webbläsarens inställningar enligt anvisningarna ovan.'
};
