from lib import A
NAME = 'nyt-port-contract-nested'
STYLE = 'New York Times-style investigation'
TEXT = '''
Aide Says County Executive's Chief of Staff Pressed Him on Port Contract

An email and the accounts of two former officials suggest the county executive's office sought to steer a $48 million dredging contract to a donor's firm.

By Eleanor Vance
Reporting from Tidewater County, Md.

A former deputy director of the Tidewater Port Authority said on Thursday that the county executive's chief of staff told him last spring that a $48 million dredging contract "needed to go to people who understand the county executive's priorities."

The former official, Gregory Hale, made the claim in a sworn deposition in a lawsuit brought by a losing bidder, according to a transcript reviewed by The New York Times. Mr. Hale said the chief of staff, Lauren Pike, told him that County Executive Paul Merrick had personally asked about the status of the contract at least twice.

Ms. Pike, through a lawyer, denied Mr. Hale's account. "Ms. Pike never discussed the contract with Mr. Hale or with anyone else at the port authority," the lawyer, Samuel Ortega, said in a statement. "This is a disgruntled former employee rewriting history."

Chesapeake Marine Works, which ultimately won the contract, and its founder, Anthony Reyes, have given more than $120,000 to Mr. Merrick's campaigns since 2018, according to county campaign finance records.

Mr. Reyes did not respond to messages seeking comment. A spokeswoman for Chesapeake Marine Works said the company had won the contract "on the merits" and had submitted the lowest qualified bid.

A second former official, who spoke on the condition of anonymity because she still works in county government, told The Times that Mr. Hale had described the conversation with Ms. Pike to her the same week it happened. She said Mr. Hale told her that he "felt like he was being asked to break the law."

In an email dated April 14 and obtained by The Times, Mr. Hale wrote to a colleague that "the front office wants this one done a particular way," without elaborating.

Mr. Merrick's office said in a statement that he "has never sought to influence any procurement decision" and that the office would cooperate with "any legitimate review."

Mr. Hale, who left the port authority in September, said in the deposition that he had been told his position was being eliminated for budget reasons. He said he did not believe that explanation.

The county's inspector general, Denise Carter, confirmed that her office had opened an inquiry into the contract but declined to discuss its scope.

Miriam Kahn contributed research.
'''
HALE = 'gregory hale|hale'
PIKE = 'lauren pike|pike'
ATTRS = [
 A('Aide', 'Says', "County Executive's Chief of Staff Pressed Him on Port Contract", HALE, 'person', 'CFS'),
 A('An email and the accounts of two former officials', 'suggest', "the county executive's office sought to steer a $48 million dredging contract to a donor's firm", 'email|accounts|officials', 'document', 'CFS'),
 A('A former deputy director of the Tidewater Port Authority', 'said', '''that the county executive's chief of staff told him last spring that a $48 million dredging contract "needed to go to people who understand the county executive's priorities."''', HALE, 'person', 'CFS'),
 A("the county executive's chief of staff", 'told', '''that a $48 million dredging contract "needed to go to people who understand the county executive's priorities."''', PIKE, 'person', 'CFS'),
 A('a transcript reviewed by The New York Times', 'according to', 'The former official, Gregory Hale, made the claim in a sworn deposition in a lawsuit brought by a losing bidder', 'transcript', 'document', 'CFS'),
 A('Mr. Hale', 'said', 'the chief of staff, Lauren Pike, told him that County Executive Paul Merrick had personally asked about the status of the contract at least twice', HALE, 'person', 'CFS'),
 A('the chief of staff, Lauren Pike', 'told', 'that County Executive Paul Merrick had personally asked about the status of the contract at least twice', PIKE, 'person', 'CFS'),
 A('County Executive Paul Merrick', 'had personally asked', 'about the status of the contract', 'paul merrick|merrick', 'person', 'UFS'),
 A('Ms. Pike', 'denied', "Mr. Hale's account", PIKE, 'person', 'CFS', ctx="Ms. Pike, through a lawyer, denied"),
 A('the lawyer, Samuel Ortega', 'said', ['Ms. Pike never discussed the contract with Mr. Hale or with anyone else at the port authority,', 'This is a disgruntled former employee rewriting history.'], 'samuel ortega|ortega', 'person', 'CFS'),
 A('county campaign finance records', 'according to', "Chesapeake Marine Works, which ultimately won the contract, and its founder, Anthony Reyes, have given more than $120,000 to Mr. Merrick's campaigns since 2018", 'campaign finance records|records', 'document', 'CFS'),
 A('A spokeswoman for Chesapeake Marine Works', 'said', 'the company had won the contract "on the merits" and had submitted the lowest qualified bid', 'chesapeake marine works|spokeswoman', 'organisation', 'CFS'),
 A('A second former official, who spoke on the condition of anonymity because she still works in county government', 'told', 'that Mr. Hale had described the conversation with Ms. Pike to her the same week it happened', 'official|officials', 'anonymous', 'CFS', ctx='county government, told The Times'),
 A('She', 'said', 'Mr. Hale told her that he "felt like he was being asked to break the law."', 'official|officials', 'anonymous', 'CFS'),
 A('Mr. Hale', 'told', 'that he "felt like he was being asked to break the law."', HALE, 'person', 'NFS', ctx='Mr. Hale told her'),
 A('Mr. Hale', 'wrote', 'that "the front office wants this one done a particular way,"', HALE, 'person', 'CFS'),
 A("Mr. Merrick's office", 'said', 'that he "has never sought to influence any procurement decision" and that the office would cooperate with "any legitimate review."', 'merrick', 'organisation', 'CFS'),
 A('Mr. Hale, who left the port authority in September', 'said', 'that he had been told his position was being eliminated for budget reasons', HALE, 'person', 'CFS', ctx='September, said in the deposition'),
 A(None, 'had been told', 'his position was being eliminated for budget reasons', None, 'none', 'CFS'),
 A('He', 'said', 'he did not believe that explanation', HALE, 'person', 'NFS', ctx='He said he did not'),
 A("The county's inspector general, Denise Carter", 'confirmed', 'that her office had opened an inquiry into the contract', 'denise carter|carter', 'person', 'CFS'),
]
