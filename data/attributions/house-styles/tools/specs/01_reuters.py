from lib import A
NAME = 'reuters-energy-minister'
STYLE = 'Reuters wire'
TEXT = '''
UPDATE 2-Britain's gas reserves adequate for winter, energy minister says

By Harriet Cole and Tom Wexford

LONDON, Nov 30 (Reuters) - Britain has enough gas in storage and under contract to get through the winter without rationing supplies to industry, Energy Minister Laura Finch said on Thursday, even as wholesale prices jumped to their highest level since March.

Speaking at an industry conference in London, Finch said the government had secured "well over" the volumes needed for a cold January and that emergency measures drawn up last year would not be needed.

"I want to be absolutely clear: there is no plan to cut supplies to factories this winter," she said. "The system is in a far stronger position than it was two years ago."

Front-month gas prices on the British market rose as much as 6% to 118 pence per therm in early trade, according to LSEG data, after Norwegian operator Nordmark reported an unplanned outage at its Halvard processing plant.

Nordmark said in a statement that the outage was caused by a compressor fault and that it expected to restore full flows by Saturday.

Britain's gas storage sites were about 91% full as of Wednesday, according to Reuters calculations based on data from grid operator National Gas.

Two industry sources told Reuters that the government had also held informal talks with Qatar about additional liquefied natural gas cargoes for February, though neither would say how many shipments were discussed.

A spokesperson for the Department for Energy Security declined to comment on the talks.

The opposition's energy spokesman, Daniel Arkwright, said the minister was "gambling on a mild winter" and called on her to publish the department's stress-test modelling.

"If ministers are so confident, they should show their working," Arkwright told Reuters. "Families who were hit by record bills in 2022 deserve more than reassurance."

Finch rejected the criticism, telling reporters after her speech that the modelling had been reviewed by the regulator and would be published "in due course".

Ofgem, the energy regulator, said it had seen no evidence that suppliers were struggling to secure gas for the coming months.

Analysts at consultancy Veritas Energy said prices were likely to stay volatile until Norwegian flows normalised. "The market is pricing in a lot of nervousness that the fundamentals don't really justify," said Veritas analyst Priya Raman.

Finch also said the government would set out plans early next year to expand long-term storage capacity, including a possible reopening of the Holderness site off the Yorkshire coast.

($1 = 0.7902 pounds)

(Reporting by Harriet Cole and Tom Wexford; Additional reporting by Lars Hovland in Oslo; Editing by Simon Ridley)
'''
FINCH = 'laura finch|finch'
ARK = 'daniel arkwright|arkwright'
ATTRS = [
 A('energy minister', 'says', "Britain's gas reserves adequate for winter", FINCH, 'person', 'CFS'),
 A('Energy Minister Laura Finch', 'said', 'Britain has enough gas in storage and under contract to get through the winter without rationing supplies to industry', FINCH, 'person', 'CFS', ctx='LONDON, Nov 30 (Reuters) - Britain has enough gas in storage and under contract to get through the winter without rationing supplies to industry, Energy Minister Laura Finch said'),
 A('Finch', 'said', 'the government had secured "well over" the volumes needed for a cold January and that emergency measures drawn up last year would not be needed', FINCH, 'person', 'CFS', ctx='Finch said the government had secured'),
 A('she', 'said', ['I want to be absolutely clear: there is no plan to cut supplies to factories this winter,', 'The system is in a far stronger position than it was two years ago.'], FINCH, 'person', 'CFS', ctx='"I want to be absolutely clear: there is no plan to cut supplies to factories this winter," she said. "The system is in a far stronger position than it was two years ago."'),
 A('LSEG data', 'according to', 'Front-month gas prices on the British market rose as much as 6% to 118 pence per therm in early trade', 'lseg', 'document', 'CFS', ctx='Front-month gas prices on the British market rose as much as 6% to 118 pence per therm in early trade, according to LSEG data'),
 A('Norwegian operator Nordmark', 'reported', 'an unplanned outage at its Halvard processing plant', 'nordmark', 'organisation', 'CFS'),
 A('Nordmark', 'said', 'that the outage was caused by a compressor fault and that it expected to restore full flows by Saturday', 'nordmark', 'organisation', 'CFS', ctx='Nordmark said in a statement that the outage'),
 A('Reuters calculations', 'according to', "Britain's gas storage sites were about 91% full as of Wednesday", 'reuters', 'organisation', 'CFS', ctx="Britain's gas storage sites were about 91% full as of Wednesday, according to Reuters calculations"),
 A('Two industry sources', 'told', 'that the government had also held informal talks with Qatar about additional liquefied natural gas cargoes for February', 'sources|source', 'anonymous', 'CFS', ctx='Two industry sources told'),
 A("The opposition's energy spokesman, Daniel Arkwright", 'said', 'the minister was "gambling on a mild winter"', ARK, 'person', 'NFS'),
 A("The opposition's energy spokesman, Daniel Arkwright", 'called on', "her to publish the department's stress-test modelling", ARK, 'person', 'NFS'),
 A('Arkwright', 'told', ['If ministers are so confident, they should show their working,', 'Families who were hit by record bills in 2022 deserve more than reassurance.'], ARK, 'person', 'NFS', ctx='"If ministers are so confident, they should show their working," Arkwright told Reuters. "Families who were hit by record bills in 2022 deserve more than reassurance."'),
 A('Finch', 'telling', 'that the modelling had been reviewed by the regulator and would be published "in due course"', FINCH, 'person', 'CFS', ctx='Finch rejected the criticism, telling reporters after her speech that the modelling had been reviewed by the regulator and would be published "in due course"'),
 A('Ofgem, the energy regulator', 'said', 'it had seen no evidence that suppliers were struggling to secure gas for the coming months', 'ofgem', 'organisation', 'CFS', ctx='Ofgem, the energy regulator, said'),
 A('Analysts at consultancy Veritas Energy', 'said', 'prices were likely to stay volatile until Norwegian flows normalised', 'veritas energy|veritas', 'organisation', 'NFS', ctx='Analysts at consultancy Veritas Energy said'),
 A('Veritas analyst Priya Raman', 'said', "The market is pricing in a lot of nervousness that the fundamentals don't really justify,", 'priya raman|raman', 'person', 'NFS', ctx="The market is pricing in a lot of nervousness that the fundamentals don't really justify,\" said Veritas analyst Priya Raman"),
 A('Finch', 'also said', 'the government would set out plans early next year to expand long-term storage capacity, including a possible reopening of the Holderness site off the Yorkshire coast', FINCH, 'person', 'NFS', ctx='Finch also said'),
]
