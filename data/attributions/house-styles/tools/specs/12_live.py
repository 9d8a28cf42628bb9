from lib import A
NAME = 'liveblog-storm-hollis'
STYLE = 'live blog'
TEXT = '''
Storm Hollis live: hundreds of thousands without power as 90mph gusts hit west coast – latest updates

Key events
15:40 Energy firm says most customers will be reconnected by Thursday
14:52 Met Office extends amber warning to Wednesday morning
13:10 Ferry services cancelled across the Clyde
11:45 Man dies after tree falls on car near Oban
09:30 More than 220,000 homes without power

Show key events only

15:40
Energy firm says most customers will be reconnected by Thursday

Scottish and Northern Power Networks says about 140,000 properties are still without electricity, down from a peak of 226,000 this morning.

In an update, the company said engineers had been held back by fallen trees blocking roads in Argyll and the Highlands, and it expected "the vast majority" of customers to be reconnected by Thursday evening.

14:52
Met Office extends amber warning

The Met Office has extended its amber wind warning for western Scotland until 6am on Wednesday.

Chief meteorologist Dr Paul Ennis said gusts of 80 to 90mph were still likely on exposed coasts and islands. "This is a dangerous storm and it isn't finished yet," he said.

13:10
Ferry services cancelled

CalMac has cancelled all sailings on the Clyde and Hebrides network for the rest of the day. A spokesperson said services would resume "as soon as it is safe to do so" and advised passengers to check the website before travelling.

11:45
Man dies after tree falls on car

Police Scotland has confirmed that a man has died after a tree fell on his car on the A85 near Oban shortly after 10am.

A force spokesperson said: "Our thoughts are with the man's family at this difficult time. Inquiries are ongoing and we would ask anyone who witnessed the incident to contact us."

The man has not yet been named.

10:20
First minister: 'Stay at home if you can'

First Minister Alison Reid has urged people in the worst-affected areas not to travel. Speaking after a meeting of the Scottish government's resilience committee, she said: "Please stay at home if you can. Emergency services are stretched and every unnecessary journey adds to the risk."

Reid said councils had opened 14 rest centres for people who had lost power or been forced from their homes.

09:30
Hundreds of thousands without power

More than 220,000 homes and businesses are without power this morning, according to the network operator.

Our reporter in Stornoway, Iain MacLeod, says the wind there is "like nothing I've heard in 20 years" and that the harbour has been closed since dawn.
'''
NET = 'scottish and northern power networks|power networks'
REID = 'alison reid|reid'
ATTRS = [
 A('Energy firm', 'says', 'most customers will be reconnected by Thursday', NET, 'organisation', 'NFS', ctx='15:40 Energy firm says most customers will be reconnected by Thursday'),
 A('Energy firm', 'says', 'most customers will be reconnected by Thursday', NET, 'organisation', 'NFS', ctx='15:40\nEnergy firm says most customers will be reconnected by Thursday'),
 A('Scottish and Northern Power Networks', 'says', 'about 140,000 properties are still without electricity, down from a peak of 226,000 this morning', NET, 'organisation', 'CFS'),
 A('the company', 'said', 'engineers had been held back by fallen trees blocking roads in Argyll and the Highlands, and it expected "the vast majority" of customers to be reconnected by Thursday evening', NET, 'organisation', 'CFS'),
 A('Chief meteorologist Dr Paul Ennis', 'said', 'gusts of 80 to 90mph were still likely on exposed coasts and islands', 'paul ennis|ennis', 'person', 'NFS', ctx='Chief meteorologist Dr Paul Ennis said'),
 A('he', 'said', "This is a dangerous storm and it isn't finished yet,", 'paul ennis|ennis', 'person', 'NFS', ctx='yet," he said'),
 A('A spokesperson', 'said', 'services would resume "as soon as it is safe to do so"', 'calmac|spokesperson', 'organisation', 'NFS'),
 A('A spokesperson', 'advised', 'passengers to check the website before travelling', 'calmac|spokesperson', 'organisation', 'NFS'),
 A('Police Scotland', 'has confirmed', 'that a man has died after a tree fell on his car on the A85 near Oban shortly after 10am', 'police scotland|police', 'organisation', 'CFS'),
 A('A force spokesperson', 'said:', "Our thoughts are with the man's family at this difficult time. Inquiries are ongoing and we would ask anyone who witnessed the incident to contact us.", 'police scotland|police|spokesperson', 'organisation', 'NFS'),
 A('First minister', ':', 'Stay at home if you can', REID, 'person', 'NFS', ctx="First minister: 'Stay"),
 A('First Minister Alison Reid', 'has urged', 'people in the worst-affected areas not to travel', REID, 'person', 'NFS'),
 A('she', 'said:', 'Please stay at home if you can. Emergency services are stretched and every unnecessary journey adds to the risk.', REID, 'person', 'NFS'),
 A('Reid', 'said', 'councils had opened 14 rest centres for people who had lost power or been forced from their homes', REID, 'person', 'CFS'),
 A('the network operator', 'according to', 'More than 220,000 homes and businesses are without power this morning', NET, 'organisation', 'CFS'),
 A('Our reporter in Stornoway, Iain MacLeod', 'says', 'the wind there is "like nothing I\'ve heard in 20 years" and that the harbour has been closed since dawn', 'iain macleod|macleod', 'person', 'UFS'),
]
