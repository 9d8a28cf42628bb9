from lib import A
NAME = 'guardian-rents-report'
STYLE = 'The Guardian online'
TEXT = '''
Renters in England face record rises as landlords quit market, report finds

Average rent for new lets up 9% in a year, with tenants in the north-west hit hardest

Priya Malhotra Housing correspondent
Tue 14 Oct 2025 06.00 BST

Tenants in England are facing the steepest rent rises since records began, with the average advertised rent for a new let up 9% on a year ago, according to a report by the property data firm Homeview.

The firm's quarterly rental index found that the typical new tenancy now costs 1,312 pounds a month, and that the number of homes available to rent was 22% lower than the five-year average.

A row of terraced houses with 'to let' signs in Salford. Landlords say rising mortgage costs are forcing them to sell. Photograph: Christopher Thomond/The Guardian

Rents rose fastest in the north-west, where the average climbed 12.4%, Homeview said, followed by Wales and the West Midlands.

"Supply is simply not keeping up with demand, and it is tenants who are paying the price," said Homeview's research director, Lucy Vance. She added that she expected rents to keep rising "well into next year".

Campaigners said the figures showed the need for rent controls. Ben Castell of the campaign group Renters United said: "Every month we hear from families who are being forced to move miles away from their children's schools because they simply can't afford to stay. The government cannot keep looking the other way."

The Residential Landlords Federation, which represents private landlords, said higher mortgage rates and new regulations were driving its members out of the market. Its policy director, Gavin Rees, argued that rent controls "would make the shortage worse, not better".

A spokesperson for the Ministry of Housing said the government was "on the side of renters", pointing to its plans to abolish no-fault evictions and to build 1.5m homes by the end of the parliament.

Tenants told the Guardian they had been asked to pay increases of up to 25% at renewal. Amira Hassan, a nurse who rents a two-bedroom flat in Stockport with her partner and their son, said her landlord had raised the rent by 230 pounds a month in July.

"We have cut back on everything," she said. "I work nights at the hospital. I never thought I'd be worried about keeping a roof over our heads."

Amira Hassan outside her flat in Stockport. She says her rent has risen by a fifth in two years. Photograph: Joel Goodman/The Guardian

The Office for National Statistics said last month that private rents across the UK had risen by 8.7% in the 12 months to August, the fastest annual increase since its series began in 2016.
'''
HV = 'homeview|report'
HAS = 'amira hassan|hassan'
MH = 'ministry of housing|spokesperson'
ATTRS = [
 A('report', 'finds', 'Renters in England face record rises as landlords quit market', HV, 'document', 'CFS'),
 A('a report by the property data firm Homeview', 'according to', 'Tenants in England are facing the steepest rent rises since records began, with the average advertised rent for a new let up 9% on a year ago', HV, 'document', 'CFS'),
 A("The firm's quarterly rental index", 'found', 'that the typical new tenancy now costs 1,312 pounds a month, and that the number of homes available to rent was 22% lower than the five-year average', 'homeview|rental index|index', 'document', 'CFS'),
 A('Landlords', 'say', 'rising mortgage costs are forcing them to sell', 'landlords|landlord', 'group', 'CFS'),
 A('Homeview', 'said', ['Rents rose fastest in the north-west, where the average climbed 12.4%', 'followed by Wales and the West Midlands'], 'homeview', 'organisation', 'CFS'),
 A("Homeview's research director, Lucy Vance", 'said', 'Supply is simply not keeping up with demand, and it is tenants who are paying the price,', 'lucy vance|vance', 'person', 'NFS'),
 A('She', 'added', 'that she expected rents to keep rising "well into next year"', 'lucy vance|vance', 'person', 'NFS'),
 A('Campaigners', 'said', 'the figures showed the need for rent controls', 'campaigners|campaigner', 'group', 'NFS', ctx='Campaigners said'),
 A('Ben Castell of the campaign group Renters United', 'said:', "Every month we hear from families who are being forced to move miles away from their children's schools because they simply can't afford to stay. The government cannot keep looking the other way.", 'ben castell|castell', 'person', 'CFS'),
 A('The Residential Landlords Federation, which represents private landlords', 'said', 'higher mortgage rates and new regulations were driving its members out of the market', 'residential landlords federation|landlords federation', 'organisation', 'CFS'),
 A('Its policy director, Gavin Rees', 'argued', 'that rent controls "would make the shortage worse, not better"', 'gavin rees|rees', 'person', 'NFS'),
 A('A spokesperson for the Ministry of Housing', 'said', 'the government was "on the side of renters"', MH, 'organisation', 'NFS'),
 A('A spokesperson for the Ministry of Housing', 'pointing to', 'its plans to abolish no-fault evictions and to build 1.5m homes by the end of the parliament', MH, 'organisation', 'CFS'),
 A('Tenants', 'told', 'they had been asked to pay increases of up to 25% at renewal', 'tenants|tenant', 'group', 'CFS'),
 A('Amira Hassan, a nurse who rents a two-bedroom flat in Stockport with her partner and their son', 'said', 'her landlord had raised the rent by 230 pounds a month in July', HAS, 'person', 'UFS'),
 A('she', 'said', ['We have cut back on everything,', "I work nights at the hospital. I never thought I'd be worried about keeping a roof over our heads."], HAS, 'person', 'NFS'),
 A('She', 'says', 'her rent has risen by a fifth in two years', HAS, 'person', 'UFS'),
 A('The Office for National Statistics', 'said', 'that private rents across the UK had risen by 8.7% in the 12 months to August, the fastest annual increase since its series began in 2016', 'office for national statistics', 'organisation', 'CFS'),
]
