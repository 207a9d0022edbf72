import type { ToolMessages } from './tools.fi';

export const toolsSo: ToolMessages = {
	'plan.title': 'Samee qorshahaaga',
	'plan.deviceOnly':
		'Qorshaha waxaa lagu kaydiyaa oo keliya qalabkan, xusuusta browser-kan. Meelna looma diro. Qof kale oo isticmaala qalabkan ayaa arki kara: dhammaadka ku tirtir badhanka Nadiifi.',
	'plan.noScript':
		'Kaydinta iyo soo dejinta fayl qoraal ah waxay shaqeeyaan oo keliya marka JavaScript uu shidan yahay. Weli waad buuxin kartaa foomka oo daabici kartaa, ama su’aalaha waraaq ku isticmaali kartaa.',
	'plan.saved': 'Waxaa lagu kaydiyay qalabkan saacadda {time}.',
	'plan.restored': 'Qorshe horay loogu kaydiyay qalabkan ayaa la furay.',
	'plan.storageFailed':
		'Kaydinta qalabkan ma shaqaynayso (xusuusta browser-ka waa laga yaabaa inay damsan tahay). Daabac ama soo deji qorshaha si uusan u lumin.',
	'plan.actions': 'Kaydinta qorshaha',
	'plan.print': 'Daabac',
	'plan.export': 'Soo deji fayl qoraal ah',
	'plan.clear': 'Nadiifi qorshaha',
	'plan.clearConfirm': 'Ma laga tirtiraa qorshaha qalabkan? Dib looma soo celin karo.',
	'plan.cleared': 'Qorshaha waa laga tirtiray qalabkan.',
	'plan.fileName': 'parenting-plan.txt',
	'plan.documentTitle': 'Qorshaha waalidnimada',
	'plan.documentDate': 'La kaydiyay {date}',
	'plan.printDate': 'Taariikhda',
	'plan.signatures': 'Saxiixyada',
	'plan.signatureLine': 'Waalidka {number}: saxiixa iyo magaca oo si cad loo qoray',
	'plan.section.needs': 'Baahiyaha iyo rabitaanka ilmaha',
	'plan.hint.needs':
		'Maxay ilmuhu hadda u baahan yahay? Maxay ilmuhu rabaan, sidee baa loo dhegeystaa ra’yigiisa iyadoo loo eegayo da’diisa?',
	'plan.section.living': 'Hoyga iyo waqtiga waalid kasta',
	'plan.hint.living':
		'Xaggee ilmuhu ku nool yahay? Goorma ayuu ilmuhu joogaa waalid kasta? Sidee loo kala wareejiyaa, yaase gaadiid ku qaada?',
	'plan.section.information': 'Isweydaarsiga macluumaadka waalidka',
	'plan.hint.information':
		'Sidee isugu sheegtaan arrimaha ilmaha: fariin, buug, app? Maxaad isla markiiba isugu sheegtaan?',
	'plan.section.money': 'Arrimaha lacagta',
	'plan.hint.money':
		'Masruufka, kharashaadka maalinlaha ah, dharka, lacagaha hiwaayadaha iyo iibsashooyinka waaweyn: yaa bixiya maxay?',
	'plan.section.school': 'Xannaanada carruurta iyo dugsiga',
	'plan.hint.school':
		'Yaa la xiriira xannaanada ama dugsiga? Yaa tagaa shirarka waalidka? Labaduba ma helaan fariimaha?',
	'plan.section.hobbies': 'Hiwaayadaha',
	'plan.hint.hobbies':
		'Hiwaayadee ayaa sii socda? Yaa geeya oo soo qaada? Sidee hiwaayaduhu ugu habboon yihiin toddobaadyada guri kasta?',
	'plan.section.health': 'Caafimaadka',
	'plan.hint.health':
		'Booqashada dhakhtarka, daawooyinka, daryeelka ilkaha iyo caafimaadka dugsiga: yaa qabta, sideese macluumaadku u gudbaa?',
	'plan.section.culture': 'Luqadda, dhaqanka iyo diinta',
	'plan.hint.culture':
		'Luqadee ayuu ilmuhu ku hadlaa guri kasta? Sidee loo tixgeliyaa dhaqanka, asalka iyo diinta ama aaminaadda ilmaha?',
	'plan.section.holidays': 'Fasaxyada iyo ciidaha',
	'plan.hint.holidays':
		'Fasaxyada xagaaga, dayrta iyo jiilaalka, dhalashada iyo ciidaha: xaggee ilmuhu joogaa, goormase? Safarrada maxaa laga yeelayaa?',
	'plan.section.review': 'Heshiisyo kale iyo dib u eegista qorshaha',
	'plan.hint.review':
		'Maxaad kale ku heshiiseen? Goorma oo sidee dib ugu eegi doontaan qorshaha marka ilmuhu koro ama xaaladdu isbeddesho?',
	'clear.title': 'Ka tirtir xogta boggan qalabkan',
	'clear.button': 'Tirtir xogta bogga',
	'clear.working': 'Waa la tirtirayaa…',
	'clear.done':
		'Waa dhammaatay. Bogagga, liiska adeegyada iyo qabyada qorshaha ee boggani kaydiyay waa laga tirtiray browser-kan.',
	'clear.again':
		'Haddii aad mar kale furto bogga, wuxuu mar kale kaydin doonaa bogag si loogu isticmaalo internet la’aan. Isticmaal daaqad gaar ah haddii aadan taas rabin.',
	'clear.failed': 'Wax walba lama tirtiri karin. Ka tirtir xogta bogga dejinta browser-ka.',
	'clear.noScript':
		'Badhanku wuxuu shaqeeyaa oo keliya marka JavaScript uu shidan yahay. Xogta waxaad sidoo kale ka tirtiri kartaa dejinta browser-ka sida kor lagu sharxay.'
};
