from lib import A
NAME = 'upi-coast-guard-rescue'
STYLE = 'UPI'
TEXT = '''
Coast Guard rescues 6 from capsized fishing boat off North Carolina

By Jonah Ferris

Feb. 11 (UPI) -- The U.S. Coast Guard rescued six fishermen Saturday after their commercial vessel capsized in rough seas about 40 miles off the coast of North Carolina, officials said.

The crew of the 62-foot trawler Miss Janelle activated an emergency beacon shortly after 4 a.m., and watchstanders at the Coast Guard's Sector North Carolina command center in Wilmington launched a helicopter and a cutter, the Coast Guard said in a news release.

An MH-60 Jayhawk helicopter crew from Air Station Elizabeth City arrived on scene about an hour later and found all six men in a life raft, the release said. Seas in the area were 10 to 12 feet, with winds of about 35 mph.

"These mariners did everything right," said Lt. Cmdr. Nadia Brooks, the helicopter's aircraft commander. "They had their survival suits on, they had a working beacon, and they stayed together. That's why we were able to find them so quickly."

The fishermen were flown to a hospital in Morehead City, N.C. Two were treated for hypothermia, and all were in stable condition, a hospital spokesman told UPI.

The boat's owner, Gene Tillett of Wanchese, N.C., said by phone that the vessel had taken on water after a hatch cover failed during the night. He said the crew had been fishing for monkfish and had planned to return to port Sunday.

"I've been doing this 38 years, and I've never been so glad to hear a phone ring," Tillett said.

The Coast Guard said the cause of the capsizing would be investigated, and that the hull of the Miss Janelle was still afloat and posed a potential hazard to navigation. A notice to mariners was issued for the area.

Commercial fishing remains one of the most dangerous occupations in the United States. The National Institute for Occupational Safety and Health has found that commercial fishermen die on the job at a rate far above the national average for all workers.

In January, the Coast Guard suspended its search for two crew members of a scallop vessel that sank off Cape May, N.J., after searching more than 3,000 square miles over three days.

Copyright 2025 United Press International, Inc. All Rights Reserved.
'''
TIL = 'gene tillett|tillett'
ATTRS = [
 A('officials', 'said', 'The U.S. Coast Guard rescued six fishermen Saturday after their commercial vessel capsized in rough seas about 40 miles off the coast of North Carolina', 'officials|official', 'anonymous', 'CFS'),
 A('the Coast Guard', 'said', "The crew of the 62-foot trawler Miss Janelle activated an emergency beacon shortly after 4 a.m., and watchstanders at the Coast Guard's Sector North Carolina command center in Wilmington launched a helicopter and a cutter", 'u.s. coast guard|coast guard', 'organisation', 'CFS', ctx='the Coast Guard said in a news release'),
 A('the release', 'said', 'An MH-60 Jayhawk helicopter crew from Air Station Elizabeth City arrived on scene about an hour later and found all six men in a life raft', 'release|coast guard', 'document', 'CFS'),
 A("Lt. Cmdr. Nadia Brooks, the helicopter's aircraft commander", 'said', ['These mariners did everything right,', "They had their survival suits on, they had a working beacon, and they stayed together. That's why we were able to find them so quickly."], 'nadia brooks|brooks', 'person', 'NFS'),
 A('a hospital spokesman', 'told', 'Two were treated for hypothermia, and all were in stable condition', 'spokesman|hospital', 'anonymous', 'CFS'),
 A("The boat's owner, Gene Tillett of Wanchese, N.C.", 'said', 'that the vessel had taken on water after a hatch cover failed during the night', TIL, 'person', 'CFS', ctx='N.C., said by phone'),
 A('He', 'said', 'the crew had been fishing for monkfish and had planned to return to port Sunday', TIL, 'person', 'UFS', ctx='He said the crew'),
 A('Tillett', 'said', "I've been doing this 38 years, and I've never been so glad to hear a phone ring,", TIL, 'person', 'UFS'),
 A('The Coast Guard', 'said', 'the cause of the capsizing would be investigated, and that the hull of the Miss Janelle was still afloat and posed a potential hazard to navigation', 'u.s. coast guard|coast guard', 'organisation', 'CFS', ctx='The Coast Guard said the cause'),
 A('The National Institute for Occupational Safety and Health', 'has found', 'that commercial fishermen die on the job at a rate far above the national average for all workers', 'national institute for occupational safety and health|niosh', 'organisation', 'CFS'),
]
