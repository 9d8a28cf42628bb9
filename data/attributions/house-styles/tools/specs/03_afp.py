from lib import A
NAME = 'afp-geneva-river-talks'
STYLE = 'AFP'
TEXT = '''
Central Asian neighbours agree to share river data after Geneva talks

Geneva (AFP) - Kyrgyzstan and Tajikistan have agreed to exchange real-time data on water levels along their shared rivers, officials from both countries said Tuesday, in a rare sign of cooperation after years of deadly border tensions.

A spokeswoman for the Kyrgyz foreign ministry, Aizada Temirova, said that during the summit in Geneva on Monday, both ministers agreed to install joint monitoring stations on the Isfara river before the spring melt.

Tajik water resources minister Farrukh Nazarov told AFP that after nearly nine hours of talks behind closed doors, the two sides had also settled on a hotline between their emergency services.

"For the first time we are looking at the same numbers," Nazarov said. "When you argue about water, you must first agree on how much water there is."

The talks were hosted by the Swiss government and mediated by the United Nations Economic Commission for Europe (UNECE), which said in a statement that the deal covered seven cross-border channels and would be reviewed in six months.

UNECE executive secretary Marta Kovac said the agreement was "modest but concrete". According to Kovac, without reliable data on flows, each side had for years accused the other of diverting water during the summer irrigation season.

Kyrgyz energy minister Bakyt Osmonov said that if the monitoring worked as planned, his government would propose extending it to the larger Syr Darya basin next year.

Not everyone was convinced. Erlan Sadykov, a researcher at the Bishkek-based Central Asia Water Institute, said similar pledges in 2013 and 2019 had produced little on the ground.

"Signing in Geneva is the easy part. The question is whether the data will still be shared in July, when the canals run dry," he told AFP by telephone.

Diplomats in Geneva said privately that both delegations had come under pressure from donors, including the European Union, to show progress before a regional climate conference in Astana in October.

Clashes along the poorly demarcated border have repeatedly been sparked by disputes over water and grazing land, according to the Central Asia Water Institute.

Temirova said that in the coming weeks, technical teams would meet in the border town of Isfana to agree on the exact location of the stations.

ak/pl/rmb
'''
TEM = 'aizada temirova|temirova'
NAZ = 'farrukh nazarov|nazarov'
KOV = 'marta kovac|kovac'
ATTRS = [
 A('officials from both countries', 'said', 'Kyrgyzstan and Tajikistan have agreed to exchange real-time data on water levels along their shared rivers', 'officials|official', 'anonymous', 'CFS'),
 A('A spokeswoman for the Kyrgyz foreign ministry, Aizada Temirova', 'said', 'that during the summit in Geneva on Monday, both ministers agreed to install joint monitoring stations on the Isfara river before the spring melt', TEM, 'person', 'CFS'),
 A('Tajik water resources minister Farrukh Nazarov', 'told', 'that after nearly nine hours of talks behind closed doors, the two sides had also settled on a hotline between their emergency services', NAZ, 'person', 'CFS'),
 A('Nazarov', 'said', ['For the first time we are looking at the same numbers,', 'When you argue about water, you must first agree on how much water there is.'], NAZ, 'person', 'NFS'),
 A('which', 'said', 'that the deal covered seven cross-border channels and would be reviewed in six months', 'united nations economic commission for europe|unece', 'organisation', 'CFS'),
 A('UNECE executive secretary Marta Kovac', 'said', 'the agreement was "modest but concrete"', KOV, 'person', 'NFS'),
 A('Kovac', 'According to', 'without reliable data on flows, each side had for years accused the other of diverting water during the summer irrigation season', KOV, 'person', 'CFS', ctx='According to Kovac'),
 A('each side', 'accused', 'diverting water during the summer irrigation season', 'side|kyrgyzstan|tajikistan', 'group', 'CFS'),
 A('Kyrgyz energy minister Bakyt Osmonov', 'said', 'that if the monitoring worked as planned, his government would propose extending it to the larger Syr Darya basin next year', 'bakyt osmonov|osmonov', 'person', 'NFS'),
 A('Erlan Sadykov, a researcher at the Bishkek-based Central Asia Water Institute', 'said', 'similar pledges in 2013 and 2019 had produced little on the ground', 'erlan sadykov|sadykov', 'person', 'CFS'),
 A('he', 'told', 'Signing in Geneva is the easy part. The question is whether the data will still be shared in July, when the canals run dry,', 'erlan sadykov|sadykov', 'person', 'NFS'),
 A('Diplomats in Geneva', 'said', 'that both delegations had come under pressure from donors, including the European Union, to show progress before a regional climate conference in Astana in October', 'diplomats|diplomat', 'anonymous', 'CFS'),
 A('the Central Asia Water Institute', 'according to', 'Clashes along the poorly demarcated border have repeatedly been sparked by disputes over water and grazing land', 'central asia water institute|water institute', 'organisation', 'CFS'),
 A('Temirova', 'said', 'that in the coming weeks, technical teams would meet in the border town of Isfana to agree on the exact location of the stations', TEM, 'person', 'UFS'),
]
