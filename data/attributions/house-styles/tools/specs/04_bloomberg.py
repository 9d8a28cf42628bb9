from lib import A
NAME = 'bloomberg-lithium-takeover'
STYLE = 'Bloomberg'
TEXT = '''
Andes Lithium Agrees to Buy Chilean Rival Salar for $2.1 Billion

By Carla Mendes

(Bloomberg) -- Andes Lithium Corp. agreed to buy Salar Minerals SA for about $2.1 billion in cash and stock, creating the second-largest lithium producer in South America as carmakers scramble to lock in battery materials.

Salar shareholders will receive $14.20 a share, a 31% premium to Friday's closing price, the companies said in a statement Monday. The deal has been approved by both boards and is expected to close in the second quarter, pending regulatory approval in Chile and Argentina. Salar's largest shareholder, the Vial family, has agreed to support the deal, according to a filing with Chile's market regulator.

"This combination gives us the scale to compete with anyone in the industry," Andes Chief Executive Officer Roberto Ibanez said on a call with analysts. He said the company expected annual cost savings of about $180 million by the end of 2027.

Shares of Salar jumped 27% in Santiago trading, the biggest intraday gain since the company listed in 2018. Andes fell 4.1% in New York.

Lithium prices have fallen more than 70% from their 2022 peak as supply outstripped demand, squeezing smaller producers. Ibanez said the slump made it "the right moment to buy, not to wait."

Some investors questioned the price. "They're paying a full multiple for assets that still need a lot of capital," said Tomas Greer, a portfolio manager at Halden Capital, which holds shares in both companies. "I'd want to see more detail on how they fund the expansion."

Chile's economy ministry said in an emailed response to questions that the government would review the transaction under its rules for strategic minerals and had not yet received a formal filing.

The deal would give Andes control of two brine projects in the Atacama region that Salar has been developing with a Chinese partner, Hunan Keli New Energy. Keli didn't respond to a request for comment outside of normal business hours in China.

Read More: Lithium Glut Pushes Miners Into Cost Cuts, Project Delays

People familiar with the negotiations said earlier this month that Andes had also approached at least one other bidder about a possible joint offer, talks that ultimately didn't produce a deal. The people asked not to be identified discussing private matters.

Goldman Sachs Group Inc. advised Andes, while Salar was advised by Banco Pacifico and JPMorgan Chase & Co.

— With assistance from Valentina Rojas and Ben Hartley

(Updates with share moves in fourth paragraph.)

To contact the reporter on this story:
Carla Mendes in Santiago at cmendes@bloomberg.net

To contact the editors responsible for this story:
Joanna Pike at jpike@bloomberg.net
Ross Delaney
'''
IB = 'roberto ibanez|ibanez'
ATTRS = [
 A('the companies', 'said', "Salar shareholders will receive $14.20 a share, a 31% premium to Friday's closing price", 'andes lithium|salar minerals|andes|salar', 'organisation', 'CFS'),
 A("a filing with Chile's market regulator", 'according to', "Salar's largest shareholder, the Vial family, has agreed to support the deal", 'filing', 'document', 'CFS'),
 A('Andes Chief Executive Officer Roberto Ibanez', 'said', 'This combination gives us the scale to compete with anyone in the industry,', IB, 'person', 'NFS', ctx='Roberto Ibanez said'),
 A('He', 'said', 'the company expected annual cost savings of about $180 million by the end of 2027', IB, 'person', 'NFS', ctx='He said the company'),
 A('Ibanez', 'said', 'the slump made it "the right moment to buy, not to wait."', IB, 'person', 'NFS'),
 A('Some investors', 'questioned', 'the price', 'investors|investor', 'anonymous', 'NFS'),
 A('Tomas Greer, a portfolio manager at Halden Capital', 'said', ["They're paying a full multiple for assets that still need a lot of capital,", "I'd want to see more detail on how they fund the expansion."], 'tomas greer|greer', 'person', 'NFS'),
 A("Chile's economy ministry", 'said', 'that the government would review the transaction under its rules for strategic minerals and had not yet received a formal filing', "chile's economy ministry|economy ministry", 'organisation', 'CFS'),
 A('People familiar with the negotiations', 'said', 'that Andes had also approached at least one other bidder about a possible joint offer', 'people|person', 'anonymous', 'CFS'),
]
