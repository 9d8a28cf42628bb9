from lib import A
NAME = 'bbc-flood-wall-delay'
STYLE = 'BBC News online'
TEXT = '''
Town's flood wall 'will not be ready' before winter, agency admits

By Rhys Pritchard
BBC News, Shropshire

Image source, Environment Agency
Image caption, Work on the 1.2km wall began in March last year

A new flood wall designed to protect hundreds of homes in Bridgnorth will not be finished before the winter, the Environment Agency has said.

The scheme, which is costing 14 million pounds, was due to be completed in October, but the agency said unexpected ground conditions along the riverbank had caused "significant delays".

It now expects the wall to be finished by next spring, and said temporary barriers would be installed if river levels rose sharply before then.

Residents in the Low Town area, which was flooded three times in 2020 and 2021, said they felt "let down".

Sue Denby, who chairs the Low Town Flood Action Group, said people had been told repeatedly that they would be protected this winter.

"Every time it rains heavily, people here don't sleep," she told the BBC. "We were promised this would be the last winter we'd have to worry, and now we're being told it won't be."

Image source, BBC/Rhys Pritchard
Image caption, Sue Denby says residents have been "left in limbo"

The Environment Agency's area flood risk manager, Kate Morrow, apologised for the delay.

She said engineers had found a layer of soft clay that meant the foundations had to be redesigned, adding that the safety of the finished structure "could not be compromised".

"I completely understand the frustration," Ms Morrow said. "We have teams and equipment ready to deploy temporary defences at short notice, and we've tested that plan twice this autumn."

Shropshire Council said it was working with the agency to make sandbags available at three collection points in the town.

The town's MP, Andrew Collis, said he had written to the environment secretary asking for an independent review of the project's management.

According to Environment Agency figures, about 5.2 million properties in England are at risk of flooding from rivers, the sea or surface water.

Related topics
Flooding
Bridgnorth
'''
EA = 'environment agency'
DEN = 'sue denby|denby'
MOR = 'kate morrow|morrow'
ATTRS = [
 A('agency', 'admits', "Town's flood wall 'will not be ready' before winter", EA, 'organisation', 'CFS'),
 A('the Environment Agency', 'has said', 'A new flood wall designed to protect hundreds of homes in Bridgnorth will not be finished before the winter', EA, 'organisation', 'CFS'),
 A('the agency', 'said', 'unexpected ground conditions along the riverbank had caused "significant delays"', EA, 'organisation', 'CFS'),
 A('It', 'expects', 'the wall to be finished by next spring', EA, 'organisation', 'NFS'),
 A('It', 'said', 'temporary barriers would be installed if river levels rose sharply before then', EA, 'organisation', 'NFS'),
 A('Residents in the Low Town area, which was flooded three times in 2020 and 2021', 'said', 'they felt "let down"', 'residents|resident', 'group', 'NFS'),
 A('Sue Denby, who chairs the Low Town Flood Action Group', 'said', 'people had been told repeatedly that they would be protected this winter', DEN, 'person', 'CFS'),
 A(None, 'had been told', 'that they would be protected this winter', None, 'none', 'NFS'),
 A('she', 'told', ["Every time it rains heavily, people here don't sleep,", "We were promised this would be the last winter we'd have to worry, and now we're being told it won't be."], DEN, 'person', 'CFS', ctx='she told the BBC'),
 A(None, 'were promised', "this would be the last winter we'd have to worry", None, 'none', 'NFS'),
 A('Sue Denby', 'says', 'residents have been "left in limbo"', DEN, 'person', 'NFS', ctx='Sue Denby says'),
 A('She', 'said', 'engineers had found a layer of soft clay that meant the foundations had to be redesigned', MOR, 'person', 'CFS'),
 A('She', 'adding', 'that the safety of the finished structure "could not be compromised"', MOR, 'person', 'NFS'),
 A('Ms Morrow', 'said', ['I completely understand the frustration,', "We have teams and equipment ready to deploy temporary defences at short notice, and we've tested that plan twice this autumn."], MOR, 'person', 'CFS'),
 A('Shropshire Council', 'said', 'it was working with the agency to make sandbags available at three collection points in the town', 'shropshire council', 'organisation', 'UFS'),
 A("The town's MP, Andrew Collis", 'said', "he had written to the environment secretary asking for an independent review of the project's management", 'andrew collis|collis', 'person', 'CFS'),
 A('he', 'asking for', "an independent review of the project's management", 'andrew collis|collis', 'person', 'NFS', ctx='said he had written'),
 A('Environment Agency figures', 'According to', 'about 5.2 million properties in England are at risk of flooding from rivers, the sea or surface water', 'environment agency|figures', 'document', 'CFS'),
]
