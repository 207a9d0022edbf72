import type { ToolMessages } from './tools.fi';

export const toolsEn: ToolMessages = {
	'plan.title': 'Make your own plan',
	'plan.deviceOnly':
		'The plan is kept only on this device, in this browser’s storage. It is not sent anywhere. Anyone else who uses this device may see it: remove it at the end with the Clear button.',
	'plan.noScript':
		'Saving and downloading as a text file work only with JavaScript on. You can still fill in the form and print it, or use the questions on paper.',
	'plan.saved': 'Saved on this device at {time}.',
	'plan.restored': 'A plan saved on this device earlier has been opened.',
	'plan.storageFailed':
		'Saving on this device does not work (the browser’s storage may be turned off). Print or download the plan so that it is not lost.',
	'plan.actions': 'Keeping the plan',
	'plan.print': 'Print',
	'plan.export': 'Download as a text file',
	'plan.clear': 'Clear the plan',
	'plan.clearConfirm': 'Remove the plan from this device? It cannot be brought back.',
	'plan.cleared': 'The plan has been removed from this device.',
	'plan.fileName': 'parenting-plan.txt',
	'plan.documentTitle': 'Parenting plan',
	'plan.documentDate': 'Saved {date}',
	'plan.printDate': 'Date',
	'plan.signatures': 'Signatures',
	'plan.signatureLine': 'Parent {number}: signature and name in capitals',
	'plan.section.needs': 'The child’s needs and wishes',
	'plan.hint.needs':
		'What does the child need now? What does the child wish, and how is the child heard in a way that suits their age?',
	'plan.section.living': 'Living arrangements and time with each parent',
	'plan.hint.living':
		'Where does the child live? When is the child with each parent? How do handovers happen, and who drives?',
	'plan.section.information': 'Information between the parents',
	'plan.hint.information':
		'How do you tell each other about the child: messages, a notebook, an app? What do you tell at once?',
	'plan.section.money': 'Money',
	'plan.hint.money':
		'Child maintenance, everyday costs, clothes, hobby fees and bigger purchases: who pays for what?',
	'plan.section.school': 'Day care and school',
	'plan.hint.school':
		'Who keeps in touch with the day-care centre or school? Who goes to parents’ evenings? Do both get the messages?',
	'plan.section.hobbies': 'Hobbies',
	'plan.hint.hobbies':
		'Which hobbies continue? Who takes and fetches the child? How do hobbies fit into each home’s weeks?',
	'plan.section.health': 'Health',
	'plan.hint.health':
		'Doctor’s visits, medicines, dental care and school health care: who takes care of them, and how is information shared?',
	'plan.section.culture': 'Language, culture and religion',
	'plan.hint.culture':
		'Which languages does the child speak in each home? How are the child’s culture, roots and religion or beliefs respected?',
	'plan.section.holidays': 'Holidays and celebrations',
	'plan.hint.holidays':
		'Summer, autumn, Christmas and winter holidays, birthdays and festivals: where is the child, and when? And travel?',
	'plan.section.review': 'Other agreements and reviewing the plan',
	'plan.hint.review':
		'What else do you agree on? When and how will you review the plan as the child grows or things change?',
	'clear.title': 'Remove this site’s data from this device',
	'clear.button': 'Remove this site’s data',
	'clear.working': 'Removing…',
	'clear.done':
		'Done. The pages, the list of services and the plan draft that this site stored have been removed from this browser.',
	'clear.again':
		'If you open the site again, it stores pages again for use without a connection. Use a private window if you do not want that.',
	'clear.failed':
		'Not everything could be removed. Remove the site’s data in the browser’s settings.',
	'clear.noScript':
		'The button works only with JavaScript on. You can also remove the data in the browser’s settings, as described above.'
};
