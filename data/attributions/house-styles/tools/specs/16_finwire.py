from lib import A
NAME = 'financial-wire-opec-output'
STYLE = 'financial newswire (Dow Jones)'
TEXT = '''
OPEC+ Crude Output Rises in October, Led by UAE and Kazakhstan -- Survey

By Omar Hadid

DUBAI (Dow Jones)--Crude-oil production by the OPEC+ alliance rose by about 210,000 barrels a day in October to roughly 41.3 million barrels a day, a Dow Jones Newswires survey showed Tuesday, as higher output from the United Arab Emirates and Kazakhstan more than offset disruptions in Libya.

The 12 members of the Organization of the Petroleum Exporting Countries pumped about 26.9 million barrels a day, up 140,000 from September, according to the survey of shipping data, oil officials and analysts. Their nine non-OPEC allies, led by Russia, produced nearly 14.4 million barrels a day.

The U.A.E. produced about 3.5 million barrels a day, the survey found, its highest level since the group began unwinding voluntary cuts earlier this year. Kazakhstan pumped about 1.8 million barrels a day, well above its quota of 1.5 million.

Kazakhstan's energy ministry has said repeatedly that the overproduction is the result of a new field operated by foreign companies that it cannot easily restrict. An official at the ministry said Tuesday that the country remained "committed to compensating" for the excess in the first half of next year.

Libyan output fell by around 250,000 barrels a day to about 950,000 as a dispute over control of the central bank shut several eastern fields, the survey showed.

Saudi Arabia kept production steady at about 9 million barrels a day. The kingdom has told at least four refiners in Asia that it will supply full contracted volumes of crude in December, according to Reuters.

"The discipline is fraying at the edges," said Helen Voigt, head of commodities research at Marlow Brothers. She estimated that the alliance's actual output was running about 500,000 barrels a day above its collective target, excluding compensation cuts.

Analysts expect the group to confirm a further modest increase in supply when ministers meet online on Sunday. Two OPEC+ delegates said a pause in the increases had been discussed but was not the most likely outcome.

Brent crude futures were down 0.8% at $71.34 a barrel in late European trading.

Write to Omar Hadid at omar.hadid@dowjones.com

(END) Dow Jones Newswires

November 04, 2025 09:12 ET (14:12 GMT)

Copyright (c) 2025 Dow Jones & Company, Inc.
'''
SV = 'survey|dow jones newswires|dow jones'
ATTRS = [
 A('Survey', '--', 'OPEC+ Crude Output Rises in October, Led by UAE and Kazakhstan', SV, 'document', 'CFS'),
 A('a Dow Jones Newswires survey', 'showed', 'Crude-oil production by the OPEC+ alliance rose by about 210,000 barrels a day in October to roughly 41.3 million barrels a day', SV, 'document', 'CFS'),
 A('the survey of shipping data, oil officials and analysts', 'according to', 'The 12 members of the Organization of the Petroleum Exporting Countries pumped about 26.9 million barrels a day, up 140,000 from September', SV, 'document', 'CFS'),
 A('the survey', 'found', ['The U.A.E. produced about 3.5 million barrels a day', 'its highest level since the group began unwinding voluntary cuts earlier this year'], SV, 'document', 'CFS'),
 A("Kazakhstan's energy ministry", 'has said', 'that the overproduction is the result of a new field operated by foreign companies that it cannot easily restrict', "kazakhstan's energy ministry|energy ministry", 'organisation', 'CFS'),
 A('An official at the ministry', 'said', 'that the country remained "committed to compensating" for the excess in the first half of next year', 'official|officials', 'anonymous', 'NFS', ctx='An official at the ministry said'),
 A('the survey', 'showed', 'Libyan output fell by around 250,000 barrels a day to about 950,000 as a dispute over control of the central bank shut several eastern fields', SV, 'document', 'CFS'),
 A('Reuters', 'according to', 'The kingdom has told at least four refiners in Asia that it will supply full contracted volumes of crude in December', 'reuters', 'organisation', 'CFS'),
 A('The kingdom', 'has told', 'that it will supply full contracted volumes of crude in December', 'saudi arabia', 'organisation', 'NFS'),
 A('Helen Voigt, head of commodities research at Marlow Brothers', 'said', 'The discipline is fraying at the edges,', 'helen voigt|voigt', 'person', 'NFS'),
 A('She', 'estimated', "that the alliance's actual output was running about 500,000 barrels a day above its collective target, excluding compensation cuts", 'helen voigt|voigt', 'person', 'CFS'),
 A('Analysts', 'expect', 'the group to confirm a further modest increase in supply when ministers meet online on Sunday', 'analysts|analyst', 'anonymous', 'NFS'),
 A('Two OPEC+ delegates', 'said', 'a pause in the increases had been discussed but was not the most likely outcome', 'delegates|delegate', 'anonymous', 'CFS'),
]
