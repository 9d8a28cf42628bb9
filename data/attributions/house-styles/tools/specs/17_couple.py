from lib import A
NAME = 'politics-whitaker-couple'
STYLE = 'political news site (Politico-style)'
TEXT = '''
A husband-and-wife team bets on a comeback in Missouri's 24th

By JAMES ORTON
10/14/2025 05:00 AM EDT

ST. CHARLES, Mo. — Claire Whitaker wants voters to know she is not running for her husband's old seat. She is running for her own.

Whitaker, a 44-year-old pediatric nurse and first-time candidate, launched her campaign for the state Senate on Monday in the same union hall where her husband, former state Rep. Dan Whitaker, announced his first bid for office 16 years ago. He lost his last race in 2022 by fewer than 400 votes.

"People keep asking me if this is Dan's comeback. It's not. I'm the one on the ballot, and I'm the one who'll be casting the votes," Claire Whitaker told the crowd of about 200 supporters.

She said her top priority would be the state's shortage of nurses in rural hospitals, which she called "a crisis nobody in Jefferson City wants to own."

Dan Whitaker, who has agreed to serve as an unpaid adviser to the campaign, said in an interview that he would stay "firmly in the back seat."

"I had my turn. I made my mistakes," he said. "She's a better politician than I ever was, and she doesn't even know it yet."

Asked whether her husband's record — including his 2019 vote against expanding Medicaid — would be a liability, Claire Whitaker said voters were "smart enough to tell two people apart."

Republicans see it differently. The incumbent, state Sen. Roger Tate, said in a statement that the Whitakers were "offering the same failed ideas with a new name on the yard sign."

A spokesman for the Missouri Republican Party, Kyle Brandt, said the party would spend "whatever it takes" to hold the seat, which Tate won by 11 points in 2022.

Democratic strategists said the district, which includes fast-growing suburbs of St. Louis, has become more competitive. An internal poll conducted for the Whitaker campaign and shared with POLITICO found Tate leading by 4 percentage points, within the margin of error.

Local party chair Maria Soto said she had urged Claire Whitaker to run after watching her testify at a hearing on hospital closures last spring.

"She walked in there with her scrubs on, straight off a shift, and she had every number memorized," Soto said. "That's when I knew."

Lena Ortiz contributed to this report.
'''
CW = 'claire whitaker'
DW = 'dan whitaker'
ATTRS = [
 A('Claire Whitaker', 'wants', "voters to know she is not running for her husband's old seat", CW, 'person', 'NFS', ctx='Claire Whitaker wants'),
 A('Claire Whitaker', 'told', ["People keep asking me if this is Dan's comeback. It's not. I'm the one on the ballot, and I'm the one who'll be casting the votes,"], CW, 'person', 'NFS', ctx='Claire Whitaker told'),
 A('People', 'keep asking', "if this is Dan's comeback", 'people', 'group', 'NFS'),
 A('She', 'said', "her top priority would be the state's shortage of nurses in rural hospitals", CW, 'person', 'NFS'),
 A('she', 'called', 'a crisis nobody in Jefferson City wants to own.', CW, 'person', 'NFS'),
 A('Dan Whitaker, who has agreed to serve as an unpaid adviser to the campaign', 'said', 'that he would stay "firmly in the back seat."', DW, 'person', 'NFS'),
 A('he', 'said', ['I had my turn. I made my mistakes,', "She's a better politician than I ever was, and she doesn't even know it yet."], DW, 'person', 'NFS'),
 A(None, 'Asked', "whether her husband's record — including his 2019 vote against expanding Medicaid — would be a liability", None, 'none', 'NFS'),
 A('Claire Whitaker', 'said', 'voters were "smart enough to tell two people apart."', CW, 'person', 'NFS', ctx='Claire Whitaker said voters'),
 A('The incumbent, state Sen. Roger Tate', 'said', 'that the Whitakers were "offering the same failed ideas with a new name on the yard sign."', 'roger tate|tate', 'person', 'NFS'),
 A('A spokesman for the Missouri Republican Party, Kyle Brandt', 'said', 'the party would spend "whatever it takes" to hold the seat', 'kyle brandt|brandt', 'person', 'NFS'),
 A('Democratic strategists', 'said', 'the district, which includes fast-growing suburbs of St. Louis, has become more competitive', 'strategists|strategist', 'anonymous', 'CFS'),
 A('An internal poll conducted for the Whitaker campaign and shared with POLITICO', 'found', 'Tate leading by 4 percentage points, within the margin of error', 'poll', 'document', 'CFS'),
 A('Local party chair Maria Soto', 'said', 'she had urged Claire Whitaker to run after watching her testify at a hearing on hospital closures last spring', 'maria soto|soto', 'person', 'UFS'),
 A('Soto', 'said', ['She walked in there with her scrubs on, straight off a shift, and she had every number memorized,', "That's when I knew."], 'maria soto|soto', 'person', 'UFS'),
]
