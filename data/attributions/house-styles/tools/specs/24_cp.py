from lib import A
NAME = 'cp-dental-plan-cost'
STYLE = 'The Canadian Press'
TEXT = '''
Budget watchdog says federal dental plan will cost $4.1B more than forecast

OTTAWA — The federal government's dental care program for low- and middle-income Canadians will cost about $4.1 billion more over five years than Ottawa has budgeted, the parliamentary budget officer said Thursday.

In a report tabled in Parliament, budget officer Elise Marchand estimated the program will cost $17.4 billion between 2025 and 2030, compared with the $13.3 billion set aside in the last federal budget.

The report found enrolment had been higher than expected among seniors, who were the first group eligible to apply. About 3.4 million people had been approved for coverage as of September, it said.

Marchand told reporters that her office had used "conservative assumptions" and that the gap could widen if more dentists signed on to the program.

"Our numbers are not a judgment on whether the program is good policy," she said. "They are an estimate of what it will actually cost."

A spokesperson for Health Minister Anita Sharma said the government "has always been clear" that costs would be reviewed as enrolment grew, and that the program was saving families an average of $800 a year on dental bills.

Conservative health critic Brian Tolland said the report showed the Liberals had "once again" underestimated the cost of a flagship program. He called for the government to publish its own updated projections.

The Canadian Dental Association said about 18,000 dentists and hygienists were now participating, but warned that administrative requirements were discouraging others from joining.

"We support the goal. Our members just need a system that doesn't bury them in paperwork," association president Dr. Carole Dumont said in an interview.

Some dentists in Alberta and Quebec have said publicly that they will not accept patients under the plan until reimbursement rates are raised.

This report by The Canadian Press was first published Nov. 27, 2025.
'''
PBO = 'elise marchand|marchand'
REP = 'report|budget officer'
TOL = 'brian tolland|tolland'
CDA = 'canadian dental association|dental association'
ATTRS = [
 A('Budget watchdog', 'says', 'federal dental plan will cost $4.1B more than forecast', PBO, 'person', 'CFS'),
 A('the parliamentary budget officer', 'said', "The federal government's dental care program for low- and middle-income Canadians will cost about $4.1 billion more over five years than Ottawa has budgeted", PBO, 'person', 'CFS'),
 A('budget officer Elise Marchand', 'estimated', 'the program will cost $17.4 billion between 2025 and 2030, compared with the $13.3 billion set aside in the last federal budget', PBO, 'person', 'CFS'),
 A('The report', 'found', 'enrolment had been higher than expected among seniors, who were the first group eligible to apply', REP, 'document', 'CFS'),
 A('it', 'said', 'About 3.4 million people had been approved for coverage as of September', REP, 'document', 'CFS'),
 A('Marchand', 'told', 'that her office had used "conservative assumptions" and that the gap could widen if more dentists signed on to the program', PBO, 'person', 'NFS'),
 A('she', 'said', ['Our numbers are not a judgment on whether the program is good policy,', 'They are an estimate of what it will actually cost.'], PBO, 'person', 'NFS'),
 A('A spokesperson for Health Minister Anita Sharma', 'said', 'the government "has always been clear" that costs would be reviewed as enrolment grew, and that the program was saving families an average of $800 a year on dental bills', 'spokesperson|anita sharma|sharma', 'anonymous', 'CFS'),
 A('Conservative health critic Brian Tolland', 'said', 'the report showed the Liberals had "once again" underestimated the cost of a flagship program', TOL, 'person', 'CFS'),
 A('He', 'called for', 'the government to publish its own updated projections', TOL, 'person', 'NFS'),
 A('The Canadian Dental Association', 'said', 'about 18,000 dentists and hygienists were now participating', CDA, 'organisation', 'CFS'),
 A('The Canadian Dental Association', 'warned', 'that administrative requirements were discouraging others from joining', CDA, 'organisation', 'CFS'),
 A('association president Dr. Carole Dumont', 'said', "We support the goal. Our members just need a system that doesn't bury them in paperwork,", 'carole dumont|dumont', 'person', 'NFS'),
 A('Some dentists in Alberta and Quebec', 'have said', 'that they will not accept patients under the plan until reimbursement rates are raised', 'dentists|dentist', 'anonymous', 'NFS'),
]
