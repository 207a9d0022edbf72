import type { fiStats } from './stats.fi';

export const svStats: Record<keyof typeof fiStats, string> = {
	'stats.title': 'Statistik',
	'stats.onlyCoordinators': 'Statistiken är till för koordinatorer och administratörer.',
	'stats.filters': 'Avgränsning',
	'stats.from': 'Från',
	'stats.to': 'Till',
	'stats.area': 'Område',
	'stats.source': 'Uppgifternas källa',
	'stats.sourceServer': 'Servern (när förbindelsen fungerar)',
	'stats.sourceDevice': 'Uppgifterna på den här enheten',
	'stats.suppress': 'Visa antal under 5 som <5 (också i exporten)',
	'stats.badRange':
		'Kontrollera datumen: startdagen kan inte vara efter slutdagen, och perioden får vara högst 20 år inom åren 2000–2100.',
	'stats.loading': 'Räknar…',
	'stats.fromServer': 'Siffror från servern, beräknade {time}.',
	'stats.fromDevice':
		'Beräknat av uppgifterna på den här enheten {time} ({count} kontakter på enheten). Det som enheten ännu inte har fått saknas.',
	'stats.serverUnreachable':
		'Servern svarade inte, så siffrorna beräknades av uppgifterna på den här enheten.',
	'stats.failed': 'Statistiken kunde inte hämtas: {message}',
	'stats.export': 'Ladda ner CSV (Excel)',
	'stats.exportHint': 'En UTF-8-fil med semikolon som avgränsare, som öppnas rätt i finsk Excel.',
	'stats.category': 'Kategori',
	'stats.count': 'Antal',
	'stats.share': 'Andel som bild',
	'stats.themeNote':
		'En kontakt har oftast flera teman, så det sammanlagda antalet teman ({mentions}) är större än antalet kontakter ({total}).',
	'stats.actionNote': 'En kontakt kan ha flera åtgärder.',
	'stats.notCountedNote':
		'Fel nummer och avbrutna samtal är inte kontakter: de ingår inte i de andra siffrorna utan visas på egna rader.',
	'stats.stageNote':
		'Konsultationsbegäranden som tagits emot (skickats) under perioden, efter det skede de är i nu. Utkast ingår inte.',
	'stats.medianNote':
		'Medianen beräknas av ärenden som nått planskedet: från mottagandet till den första övergången till planskedet.',
	'stats.partialMonths':
		'Av uppgifter vars lagringstid har gått ut finns bara månadssummor kvar. Summorna för {months} ingår inte, eftersom perioden bara delvis täcker dem.',
	'stats.suppressedNote': 'Antal under 5 visas som <5.',
	'stats.days': '{days} d',
	'stats.noData': '–',
	'stats.report': 'Statistikrapport: {area}, {period}',
	'stats.print': 'Skriv ut eller spara som PDF',
	'stats.printHint':
		'Vid utskrift lämnas filter och menyer bort: rapporten innehåller diagram och tabeller.',
	'stats.chartTitle': 'Diagram: {title}',
	'stats.chartLoading': 'Diagrammet ritas…',
	'stats.chartFailed': 'Diagrammet kunde inte ritas. Siffrorna finns i tabellen.',
	'stats.chartTableNote': 'Samma siffror finns i tabellen bredvid diagrammet.',
	'stats.chartHidden': 'Antal under 5 ritas inte.',
	'stats.lineChart': 'Linjediagram per månad.',
	'stats.barChart': 'Liggande stapeldiagram.',
	'stats.comparisonNote':
		'Den föregående perioden är lika lång och slutar dagen före denna period (vid hela månader de föregående månaderna). Förändringen visas inte om någotdera antalet är dolt.',
	'stats.trendNote': 'Tolv hela månader fram till periodens sista månad.',
	'stats.areaNote': 'Enligt var barnet bor (välfärdsområde och kommun).',
	'stats.zeroMunicipalities':
		'{count} kommuner i området utan kontakter och konsultationer har lämnats bort (de finns i CSV-filen).',
	'stats.noMunicipalities': 'Perioden har inga kontakter eller konsultationer.',
	'stats.outcomes': 'Vad stödet åstadkom',
	'stats.outcomesNote':
		'Konsultationer mottagna under perioden: tjänster som är med, varför situationen har fastnat, klientgrupper, begärd och given hjälp, respons och tider. Endast kodade uppgifter räknas, aldrig fritext.',
	'stats.servicesNote':
		'Ett ärende har ofta flera tjänster, så antalet tjänster överstiger antalet ärenden. De nedersta raderna delar ärendena efter hur många tjänster som är med.',
	'stats.stuckNote': 'Orsaker som beställaren valt; ett ärende kan ha flera.',
	'stats.clientGroupsNote': 'Ett ärende kan ha flera klientgrupper.',
	'stats.ratingsNote': 'Beställarens bedömning av konsultationens nytta på skalan 1–5.',
	'stats.timesNote':
		'Behandlingsdagen är det gruppmöte som ärendet har satts upp för. Medianen utelämnas när små antal döljs och ärendena är färre än 5.',
	'stats.helpNote':
		'Begärd: ärenden där beställaren önskade denna hjälp. Given: ärenden där ett sådant svar antecknades. Begärd och given: båda. Diagrammet visar begärd och given hjälp.',
	'stats.comments': 'Beställarnas kommentarer',
	'stats.commentsNote':
		'Endast för koordinatorer och administratörer. Kommentarerna läses från den här enhetens uppgifter och tas inte med i utskriften eller CSV-exporten.',
	'stats.noComments': 'Periodens konsultationer har inga kommentarer på den här enheten.',
	'stats.commentRating': 'Bedömning {rating} / 5',
	'stats.commentNoRating': 'Ingen bedömning',
	'stats.commentsFailed': 'Kommentarerna kunde inte läsas: {message}',
	'stats.retention.title': 'Lagringstid för uppgifter',
	'stats.retention.intro':
		'En daglig körning raderar föråldrade uppgifter från servern och enheterna. Månadssummorna för raderade kontakter och konsultationer finns kvar i statistiken.',
	'stats.retention.contacts': 'Kontakter: sparas i månader efter kontakten',
	'stats.retention.consultations': 'Konsultationer: sparas i månader efter att ärendet avslutats',
	'stats.retention.default': 'Standard {months} mån',
	'stats.retention.save': 'Spara lagringstiderna',
	'stats.retention.saved': 'Lagringstiderna har sparats.',
	'stats.retention.lastRun':
		'Föregående körning {time}: {contacts} kontakter, {consultations} konsultationer och {events} tidslinjeanteckningar raderades.',
	'stats.retention.neverRun': 'Raderingskörningen har inte körts ännu.',
	'stats.retention.failed': 'Lagringstiderna kunde inte hanteras: {message}'
};
