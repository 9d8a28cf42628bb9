from lib import A
NAME = 'capitol-rail-safety-vote'
STYLE = 'Capitol Hill congressional report'
TEXT = '''
Rail safety bill clears House with big bipartisan margin

By Marcus Feld, Congressional Correspondent

WASHINGTON — The House passed the measure 342-88 on Wednesday, sending to the Senate a bipartisan bill that would require freight railroads to install trackside defect detectors at least every 10 miles and to staff trains carrying hazardous materials with two-person crews.

The vote came 14 months after a derailment outside Fairhaven, Ohio, forced the evacuation of about 2,000 residents and the controlled burn of five tank cars of vinyl chloride.

Rep. Dana Kessling, R-Ohio, who represents Fairhaven and wrote the bill with Rep. Luis Ortega, D-Calif., said on the House floor that her constituents "are still waiting for someone in Washington to take this seriously."

"This bill doesn't solve everything. But it means the next town won't have to find out the hard way," Kessling said.

The Association of American Railroads, which represents the major freight carriers, said the crew-size requirement was "not supported by data" and would raise costs without improving safety. The group said railroads had already installed more than 1,000 additional detectors since the Fairhaven derailment.

Senate Majority Leader Roger Whitfield's office declined to comment on reports that he had told railroad executives the bill would not get a floor vote before the August recess. A spokeswoman, Jen Arbogast, said only that the Senate would "review the House-passed bill carefully."

Ortega said he was confident the bill would pass the Senate with 60 votes if leaders allowed it to come to the floor. "The votes are there. The question is whether anyone is willing to schedule it," he said.

The Transportation Department said it supported the bill's "core goals" but wanted changes to how the detector requirement would be enforced.

According to the Federal Railroad Administration, there were 1,164 train derailments in the United States last year, down from about 1,300 the year before.

Eighty-six Republicans and two Democrats voted against the measure. Rep. Glenn Stroud, R-Texas, said during the debate that the bill amounted to "Washington micromanaging an industry it does not understand."

The National Transportation Safety Board, which is still investigating the Fairhaven derailment, is expected to release its final report this fall. The board has said preliminary evidence indicates an overheated wheel bearing caused the crash.
'''
KES = 'dana kessling|kessling'
ORT = 'luis ortega|ortega'
AAR = 'association of american railroads|american railroads'
NTSB = 'national transportation safety board|ntsb'
ATTRS = [
 A('Rep. Dana Kessling, R-Ohio, who represents Fairhaven and wrote the bill with Rep. Luis Ortega, D-Calif.', 'said', 'that her constituents "are still waiting for someone in Washington to take this seriously."', KES, 'person', 'NFS'),
 A('Kessling', 'said', "This bill doesn't solve everything. But it means the next town won't have to find out the hard way,", KES, 'person', 'NFS'),
 A('The Association of American Railroads, which represents the major freight carriers', 'said', 'the crew-size requirement was "not supported by data" and would raise costs without improving safety', AAR, 'organisation', 'CFS', ctx='carriers, said'),
 A('The group', 'said', 'railroads had already installed more than 1,000 additional detectors since the Fairhaven derailment', AAR, 'organisation', 'CFS', ctx='The group said'),
 A('A spokeswoman, Jen Arbogast', 'said', 'that the Senate would "review the House-passed bill carefully."', 'jen arbogast|arbogast', 'person', 'NFS'),
 A('Ortega', 'said', 'he was confident the bill would pass the Senate with 60 votes if leaders allowed it to come to the floor', ORT, 'person', 'NFS', ctx='Ortega said he was'),
 A('he', 'said', 'The votes are there. The question is whether anyone is willing to schedule it,', ORT, 'person', 'NFS', ctx='schedule it," he said'),
 A('The Transportation Department', 'said', 'it supported the bill\'s "core goals" but wanted changes to how the detector requirement would be enforced', 'transportation department|department of transportation', 'organisation', 'NFS'),
 A('the Federal Railroad Administration', 'According to', 'there were 1,164 train derailments in the United States last year, down from about 1,300 the year before', 'federal railroad administration', 'organisation', 'CFS'),
 A('Rep. Glenn Stroud, R-Texas', 'said', 'that the bill amounted to "Washington micromanaging an industry it does not understand."', 'glenn stroud|stroud', 'person', 'NFS'),
 A('The board', 'has said', 'preliminary evidence indicates an overheated wheel bearing caused the crash', NTSB, 'organisation', 'CFS'),
 A('preliminary evidence', 'indicates', 'an overheated wheel bearing caused the crash', 'evidence', 'document', 'CFS'),
]
