from lib import A
NAME = 'local-council-apartments'
STYLE = 'local daily newspaper'
TEXT = '''
Council delays vote on Riverside apartments after packed hearing

Kelsey Marten
The Millbrook Ledger

MILLBROOK — The City Council on Tuesday postponed a vote on a proposed 214-unit apartment complex along the Kessler River after more than three hours of public comment, most of it from residents opposed to the project.

Council members voted 5-2 to continue the hearing to Dec. 12, saying they needed more information about traffic and flooding before deciding whether to rezone the 11-acre site from light industrial to residential.

"I came in tonight leaning yes, and I'm leaving with more questions than I had," said Councilwoman Denise Alvarado, who represents the Riverside neighborhood. "I'm not going to vote on something this big with a half-finished flood study."

The developer, Cobalt Ridge Partners of Columbus, has said the project would include 32 units priced for households earning 80% or less of the area median income.

Cobalt Ridge vice president Mark Sutter told the council that the company had already redesigned the complex twice in response to neighbors' concerns, lowering the tallest building from five stories to four.

"We've listened, and we'll keep listening," Sutter said. "But Millbrook needs housing, and this site is sitting empty."

A traffic study commissioned by the developer found that the complex would add about 1,400 vehicle trips a day to Kessler Road. City engineer Paul Haney said his staff had not yet finished reviewing the study's assumptions.

A report from the city planning department recommended approval, with conditions, noting that the site lies outside the 100-year floodplain.

Many of the 40 speakers disputed that. Longtime resident Gloria Minton, 68, said water from the river had reached her back porch three times since 2018.

"They keep telling us it's a 100-year flood. I've seen three of them," Minton said, drawing applause.

Others spoke in favor. Jamal Reese, who said he had been searching for an apartment in Millbrook for eight months, told the council that young families were being priced out of the city.

Mayor Tom Becker, who votes only to break ties, said after the meeting that he expected the council to reach a decision in December "one way or the other."

Contact reporter Kelsey Marten at 555-0142 or kmarten@millbrookledger.com. Follow her on X at @KelseyMarten.
'''
ALV = 'denise alvarado|alvarado'
SUT = 'mark sutter|sutter'
REP = 'report|planning department'
REESE = 'jamal reese|reese'
ATTRS = [
 A('Council members', 'saying', 'they needed more information about traffic and flooding before deciding whether to rezone the 11-acre site from light industrial to residential', 'council members|council', 'group', 'NFS'),
 A('Councilwoman Denise Alvarado, who represents the Riverside neighborhood', 'said', ["I came in tonight leaning yes, and I'm leaving with more questions than I had,", "I'm not going to vote on something this big with a half-finished flood study."], ALV, 'person', 'NFS'),
 A('The developer, Cobalt Ridge Partners of Columbus', 'has said', 'the project would include 32 units priced for households earning 80% or less of the area median income', 'cobalt ridge partners|cobalt ridge', 'organisation', 'CFS'),
 A('Cobalt Ridge vice president Mark Sutter', 'told', "that the company had already redesigned the complex twice in response to neighbors' concerns, lowering the tallest building from five stories to four", SUT, 'person', 'CFS'),
 A('Sutter', 'said', ["We've listened, and we'll keep listening,", 'But Millbrook needs housing, and this site is sitting empty.'], SUT, 'person', 'NFS'),
 A('A traffic study commissioned by the developer', 'found', 'that the complex would add about 1,400 vehicle trips a day to Kessler Road', 'traffic study|study', 'document', 'CFS'),
 A('City engineer Paul Haney', 'said', "his staff had not yet finished reviewing the study's assumptions", 'paul haney|haney', 'person', 'UFS'),
 A('A report from the city planning department', 'recommended', 'approval, with conditions', REP, 'document', 'NFS'),
 A('A report from the city planning department', 'noting', 'that the site lies outside the 100-year floodplain', REP, 'document', 'CFS'),
 A('Longtime resident Gloria Minton, 68', 'said', 'water from the river had reached her back porch three times since 2018', 'gloria minton|minton', 'person', 'CFS'),
 A('Minton', 'said', "They keep telling us it's a 100-year flood. I've seen three of them,", 'gloria minton|minton', 'person', 'CFS'),
 A('who', 'said', 'he had been searching for an apartment in Millbrook for eight months', REESE, 'person', 'UFS'),
 A('Jamal Reese', 'told', 'that young families were being priced out of the city', REESE, 'person', 'CFS'),
 A('Mayor Tom Becker, who votes only to break ties', 'said', 'that he expected the council to reach a decision in December "one way or the other."', 'tom becker|becker', 'person', 'NFS'),
]
