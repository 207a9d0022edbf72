import type { ChromeMessages } from './chrome.fi';

export const chromeUk: ChromeMessages = {
	skipToContent: 'Перейти до вмісту',
	quickExit: 'Швидкий вихід',
	quickExitKeys:
		'Швидкий вихід: натисніть Shift тричі поспіль або Esc, коли ви не друкуєте в текстовому полі.',
	languages: 'Мова',
	home: 'Головна',
	allTopics: 'Усі теми',
	whereToGetHelp: 'Де отримати допомогу',
	helpBoxText:
		'У надзвичайній ситуації телефонуйте {number}. Послуги у вашому муніципалітеті й телефони допомоги — на сторінці допомоги.',
	helpBoxLink: 'Дізнатися, де отримати допомогу',
	helpLines: 'Телефони допомоги',
	emergency:
		'Якщо хтось у небезпеці просто зараз, телефонуйте на номер екстреної допомоги {number}.',
	callNumber: 'Зателефонувати {number}',
	website: 'Сайт: {site}',
	notTranslated: 'Цю сторінку ще не перекладено українською.',
	shownInEn: 'Її показано англійською.',
	shownInFi: 'Її показано фінською.',
	updated: 'Оновлено {date}',
	sources: 'Джерела та додаткова інформація',
	translated: 'Перекладено {date}',
	reviewed: 'переклад перевірено {date}',
	notReviewed: 'переклад ще не перевірено',
	footerPrivacy:
		'Цей сайт не використовує файли cookie і не відстежує відвідувачів, і він нічого у вас не питає.',
	footerSafety: 'Безпечне користування та видалення даних',
	staffLink: 'Для фахівців',
	finderTitle: 'Знайдіть послуги у своєму муніципалітеті',
	finderLabel: 'Муніципалітет',
	finderHint:
		'Введіть назву свого муніципалітету або поштовий індекс, наприклад Tampere або 33100.',
	finderButton: 'Показати послуги',
	finderLoading: 'Шукаємо послуги…',
	finderOffline: 'Немає з’єднання: показано список, збережений на цьому пристрої ({date}).',
	finderUnavailable:
		'Зараз не вдалося завантажити список послуг. Телефони допомоги нижче працюють по всій Фінляндії.',
	finderNoPlace: 'Муніципалітету «{query}» немає у списку.',
	finderDidYouMean: 'Можливо, ви мали на увазі один із цих?',
	finderNotCovered:
		'У списку ще немає послуг для цієї місцевості. Зверніться до сімейного центру свого округу добробуту (hyvinvointialue) або зателефонуйте на телефон допомоги.',
	finderLocal: 'Послуги: {place}',
	finderNational: 'По всій Фінляндії',
	finderViaPostalCode: 'Поштовий індекс {code} належить до муніципалітету {place}.',
	finderFromMunicipality:
		'Нижче спершу послуги самого муніципалітету {place}, потім послуги для ширшої території.',
	finderFromCounty:
		'Для муніципалітету {place} власних послуг ще не внесено. Нижче — послуги його округу добробуту: {county}.',
	finderFromArea:
		'Для муніципалітету {place} та його округу добробуту ({county}) послуг ще не внесено. Нижче — послуги тієї ж області OT: {area}.',
	finderFromNational:
		'Для муніципалітету {place} та його регіону послуг ще не внесено. Телефони допомоги та послуги для всієї Фінляндії допоможуть вам, де б ви не жили.',
	finderInMunicipality: 'Муніципалітет: {place}',
	finderInCounty: 'Округ добробуту: {county}',
	finderInArea: 'Область OT: {area}',
	finderCount: 'Послуг: {count}',
	openingHours: 'Години роботи: {hours}',
	languagesServed: 'Мови: {languages}',
	verified: 'Дані перевірено {date}',
	free: 'Безкоштовно',
	fee: 'Платно',
	selfReferral: 'Без направлення',
	referral: 'За направленням',
	'channel.phone': 'Телефон',
	'channel.web': 'Сайт',
	'channel.chat': 'Чат',
	'channel.address': 'Адреса',
	'channel.e-service': 'Електронна послуга',
	'channel.email': 'Ел. пошта',
	'category.child-welfare-supervisor': 'Фахівець у справах дитини (lastenvalvoja)',
	'category.family-mediation': 'Сімейна медіація',
	'category.separation-first-aid': 'Перша допомога при розлученні',
	'category.peer-group': 'Група підтримки',
	'category.family-counselling': 'Сімейне консультування',
	'category.helpline': 'Телефон допомоги та чат',
	'category.violence-support': 'Допомога при насильстві',
	'category.child-protection': 'Захист дітей',
	'category.mental-health': 'Послуги з психічного здоров’я',
	'category.legal': 'Юридична допомога',
	'category.specialist-unit': 'Спеціалізований підрозділ'
};
