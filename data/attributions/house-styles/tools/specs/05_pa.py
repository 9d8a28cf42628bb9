from lib import A
NAME = 'pa-hospital-waiting-list'
STYLE = 'PA Media'
TEXT = '''
Hospital waiting list falls for third month but remains 'stubbornly high'

By Rachel Denholm, PA Health Correspondent

The waiting list for routine hospital treatment in England has fallen for the third month in a row, but health leaders warned that progress was "painfully slow".

An estimated 7.42 million treatments were waiting to be carried out at the end of September, relating to 6.28 million patients, according to figures from NHS England.

This is down from 7.49 million treatments and 6.33 million patients at the end of August.

The number of people waiting more than 52 weeks to start treatment also fell, from 251,400 to 238,900.

Health Secretary Martin Okoye said the figures showed "the plan is working" and thanked staff for their "extraordinary" efforts over the summer.

He said: "We inherited a health service on its knees, and month by month we are turning it around. But I am not going to pretend the job is done."

But Dr Fiona Blake, chief executive of the Royal College of Emergency Medicine, said A&E departments were "already under winter levels of pressure" before the cold weather had arrived.

She said: "Behind every one of these numbers is a patient, often elderly, waiting on a trolley in a corridor for hours. That is not safe and it is not dignified."

Figures show 44,320 people waited more than 12 hours in A&E departments in October from a decision to admit to actually being admitted, up from 41,870 in September.

The Patients Association said it was hearing from people who had been waiting so long for hip and knee operations that they had lost their jobs.

Its chief executive, Amanda Kerr, said: "Waiting lists are not just a statistic. They are people's lives on hold."

Liberal Democrat health spokesperson Owen Price accused the Government of "spinning a drop in the ocean as a triumph".

NHS England's national medical director, Professor Sir Alan Hartwell, said the health service was "going into winter in a better position than last year" thanks to more beds and the expansion of virtual wards.

He urged people who were eligible to get their flu and Covid-19 vaccines as soon as possible.

A Department of Health and Social Care spokesperson said: "We are investing record sums to cut waiting lists, and we have delivered more than two million extra appointments since July."
'''
OK = 'martin okoye|okoye'
BL = 'fiona blake|blake'
HW = 'alan hartwell|hartwell'
ATTRS = [
 A('health leaders', 'warned', 'that progress was "painfully slow"', 'leaders|leader', 'anonymous', 'NFS'),
 A('figures from NHS England', 'according to', 'An estimated 7.42 million treatments were waiting to be carried out at the end of September, relating to 6.28 million patients', 'nhs england|figures', 'document', 'CFS'),
 A('Health Secretary Martin Okoye', 'said', 'the figures showed "the plan is working"', OK, 'person', 'NFS'),
 A('He', 'said:', 'We inherited a health service on its knees, and month by month we are turning it around. But I am not going to pretend the job is done.', OK, 'person', 'NFS'),
 A('Dr Fiona Blake, chief executive of the Royal College of Emergency Medicine', 'said', 'A&E departments were "already under winter levels of pressure" before the cold weather had arrived', BL, 'person', 'CFS'),
 A('She', 'said:', 'Behind every one of these numbers is a patient, often elderly, waiting on a trolley in a corridor for hours. That is not safe and it is not dignified.', BL, 'person', 'CFS'),
 A('Figures', 'show', '44,320 people waited more than 12 hours in A&E departments in October from a decision to admit to actually being admitted, up from 41,870 in September', 'figures|nhs england', 'document', 'CFS'),
 A('The Patients Association', 'said', 'it was hearing from people who had been waiting so long for hip and knee operations that they had lost their jobs', 'patients association', 'organisation', 'CFS'),
 A('Its chief executive, Amanda Kerr', 'said:', "Waiting lists are not just a statistic. They are people's lives on hold.", 'amanda kerr|kerr', 'person', 'NFS'),
 A('Liberal Democrat health spokesperson Owen Price', 'accused', 'spinning a drop in the ocean as a triumph', 'owen price|price', 'person', 'NFS'),
 A("NHS England's national medical director, Professor Sir Alan Hartwell", 'said', 'the health service was "going into winter in a better position than last year" thanks to more beds and the expansion of virtual wards', HW, 'person', 'CFS'),
 A('He', 'urged', 'people who were eligible to get their flu and Covid-19 vaccines as soon as possible', HW, 'person', 'NFS'),
 A('A Department of Health and Social Care spokesperson', 'said:', 'We are investing record sums to cut waiting lists, and we have delivered more than two million extra appointments since July.', 'department of health and social care|spokesperson', 'organisation', 'CFS'),
]
