import type { fiStats } from './stats.fi';

export const enStats: Record<keyof typeof fiStats, string> = {
	'stats.title': 'Statistics',
	'stats.onlyCoordinators': 'Statistics are for coordinators and administrators.',
	'stats.filters': 'Filters',
	'stats.from': 'From',
	'stats.to': 'To',
	'stats.area': 'Area',
	'stats.source': 'Data source',
	'stats.sourceServer': 'The server (when it can be reached)',
	'stats.sourceDevice': "This device's data",
	'stats.suppress': 'Show counts below 5 as <5 (in the export too)',
	'stats.badRange':
		'Check the dates: the start cannot be after the end, and the period may be at most 20 years within the years 2000–2100.',
	'stats.loading': 'Computing…',
	'stats.fromServer': 'Figures from the server, computed {time}.',
	'stats.fromDevice':
		"Computed from this device's data {time} ({count} contacts on this device). Anything the device has not yet received is missing.",
	'stats.serverUnreachable':
		"The server did not answer, so the figures were computed from this device's data.",
	'stats.failed': 'Could not get the statistics: {message}',
	'stats.export': 'Download CSV (Excel)',
	'stats.exportHint': 'A semicolon-separated UTF-8 file that opens correctly in Finnish Excel.',
	'stats.category': 'Category',
	'stats.count': 'Count',
	'stats.share': 'Share as a bar',
	'stats.themeNote':
		'A contact usually has several themes, so the theme total ({mentions}) is larger than the number of contacts ({total}).',
	'stats.actionNote': 'One contact may have several actions.',
	'stats.notCountedNote':
		'Wrong numbers and dropped calls are not contacts: they are left out of the other figures and shown on lines of their own.',
	'stats.stageNote':
		'Consultation requests received (sent) in the range, by the stage they are at now. Drafts are not included.',
	'stats.medianNote':
		'The median is over cases that reached the plan stage: from receipt to the first move into the plan stage.',
	'stats.partialMonths':
		'Of data past its retention time only monthly totals remain. The totals of {months} are left out because the range covers those months only in part.',
	'stats.suppressedNote': 'Counts below 5 are shown as <5.',
	'stats.days': '{days} days',
	'stats.noData': '–',
	'stats.report': 'Statistics report: {area}, {period}',
	'stats.print': 'Print or save as PDF',
	'stats.printHint':
		'When printed, the filters and menus are left out: the report holds the charts and tables.',
	'stats.chartTitle': 'Chart: {title}',
	'stats.chartLoading': 'Drawing the chart…',
	'stats.chartFailed': 'The chart could not be drawn. The figures are in the table.',
	'stats.chartTableNote': 'The same figures are in the table beside the chart.',
	'stats.chartHidden': 'Counts below 5 are not drawn.',
	'stats.lineChart': 'Line chart by month.',
	'stats.barChart': 'Horizontal bar chart.',
	'stats.comparisonNote':
		'The previous period is as long and ends the day before this one (for whole months, the months before). The change is not shown when either count is hidden.',
	'stats.trendNote': "Twelve whole months up to the period's last month.",
	'stats.areaNote': 'By where the child lives (wellbeing services county and municipality).',
	'stats.zeroMunicipalities':
		"{count} of the area's municipalities with no contacts and no consultations are left out (they are in the CSV file).",
	'stats.noMunicipalities': 'There are no contacts or consultations in the period.',
	'stats.outcomes': 'What the support achieved',
	'stats.outcomesNote':
		'Consultations received in the range: the services involved, why the situation is stuck, the client groups, the help asked and given, the feedback and the times. Only coded data is counted, never free text.',
	'stats.servicesNote':
		'A case often involves several services, so the services add up to more than the cases. The last rows divide the cases by how many services they involve.',
	'stats.stuckNote': 'Reasons chosen by the requester; a case may have several.',
	'stats.clientGroupsNote': 'A case may belong to several client groups.',
	'stats.ratingsNote': "The requester's rating of the consultation's usefulness, from 1 to 5.",
	'stats.timesNote':
		"The meeting day is the group's meeting the case is set for. The median is left out when small counts are hidden and there are fewer than 5 cases.",
	'stats.helpNote':
		'Asked: cases whose requester hoped for this help. Given: cases where such an answer was recorded. Asked and given: both. The chart shows asked and given.',
	'stats.comments': "Requesters' comments",
	'stats.commentsNote':
		"For coordinators and admins only. The comments are read from this device's records and are left out of the printed report and the CSV export.",
	'stats.noComments': "There are no comments on this device for the range's consultations.",
	'stats.commentRating': 'Rating {rating} / 5',
	'stats.commentNoRating': 'Not rated',
	'stats.commentsFailed': 'The comments could not be read: {message}',
	'stats.retention.title': 'How long data is kept',
	'stats.retention.intro':
		'A daily run deletes expired data from the server and from devices. Monthly totals of deleted contacts and consultations stay in the statistics.',
	'stats.retention.contacts': 'Contacts: months kept after the contact',
	'stats.retention.consultations': 'Consultations: months kept after the case was closed',
	'stats.retention.default': 'Default {months} months',
	'stats.retention.save': 'Save retention times',
	'stats.retention.saved': 'Retention times saved.',
	'stats.retention.lastRun':
		'Last run {time}: deleted {contacts} contacts, {consultations} consultations and {events} timeline entries.',
	'stats.retention.neverRun': 'The deletion run has not run yet.',
	'stats.retention.failed': 'Could not handle the retention times: {message}'
};
