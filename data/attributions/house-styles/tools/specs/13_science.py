from lib import A
NAME = 'science-teen-sleep-memory'
STYLE = 'science news desk'
TEXT = '''
Teenagers who sleep less than seven hours show faster decline in memory scores, study finds

By Nadia Ferraro, Science Correspondent

Teenagers who regularly sleep fewer than seven hours a night perform worse on memory tests over time than those who get more rest, according to a large study published on Wednesday.

The research, which followed 4,300 pupils aged 13 to 17 in the Netherlands and Denmark for three years, found that those in the shortest-sleeping group saw their scores on a standard working-memory task fall by an average of 6 percent, while scores in the group sleeping eight hours or more rose slightly.

The findings, published in the journal Sleep Health Research, held after the researchers accounted for screen time, household income and physical activity.

"We were surprised by how consistent the effect was across schools and countries," said Dr. Pieter van Rijn, a neuroscientist at Utrecht Medical Centre and the study's lead author. "It wasn't a handful of extreme cases dragging the average down."

Van Rijn said the study could not prove that short sleep caused the decline, because the pupils' sleep was measured with wrist-worn trackers for only two weeks each year. But he said the pattern was "hard to explain away."

The authors wrote that school start times before 8:30 a.m. were strongly associated with shorter sleep, and they called for education ministries to consider later starts.

Independent experts were cautiously positive. Professor Hannah Ogden, who studies adolescent sleep at the University of Leeds and was not involved in the research, said the study was "well designed and unusually large" but warned against drawing conclusions about individual children.

"A teenager who sleeps six and a half hours is not doomed," she said. "What this tells us is about averages across thousands of young people."

A 2023 survey by the European Adolescent Health Network estimated that more than half of adolescents in Europe get less sleep than recommended on school nights.

The research was funded by the Lindqvist Foundation. Two of the authors reported receiving consulting fees from a manufacturer of sleep trackers, according to a disclosure statement accompanying the paper.

Journal reference: van Rijn P, Holm A, et al. Sleep duration and working-memory trajectories in adolescence. Sleep Health Research, 2025.
'''
VR = 'pieter van rijn|van rijn'
OG = 'hannah ogden|ogden'
ATTRS = [
 A('study', 'finds', 'Teenagers who sleep less than seven hours show faster decline in memory scores', 'study|research', 'document', 'CFS'),
 A('a large study published on Wednesday', 'according to', 'Teenagers who regularly sleep fewer than seven hours a night perform worse on memory tests over time than those who get more rest', 'study|research', 'document', 'CFS'),
 A('The research, which followed 4,300 pupils aged 13 to 17 in the Netherlands and Denmark for three years', 'found', 'that those in the shortest-sleeping group saw their scores on a standard working-memory task fall by an average of 6 percent, while scores in the group sleeping eight hours or more rose slightly', 'research|study', 'document', 'CFS'),
 A("Dr. Pieter van Rijn, a neuroscientist at Utrecht Medical Centre and the study's lead author", 'said', ['We were surprised by how consistent the effect was across schools and countries,', "It wasn't a handful of extreme cases dragging the average down."], VR, 'person', 'CFS'),
 A('Van Rijn', 'said', "the study could not prove that short sleep caused the decline, because the pupils' sleep was measured with wrist-worn trackers for only two weeks each year", VR, 'person', 'CFS', ctx='Van Rijn said'),
 A('he', 'said', 'the pattern was "hard to explain away."', VR, 'person', 'NFS', ctx='he said the pattern'),
 A('The authors', 'wrote', 'that school start times before 8:30 a.m. were strongly associated with shorter sleep', 'authors|author|researchers', 'group', 'CFS'),
 A('they', 'called for', 'education ministries to consider later starts', 'authors|author|researchers', 'group', 'NFS'),
 A('Professor Hannah Ogden, who studies adolescent sleep at the University of Leeds and was not involved in the research', 'said', 'the study was "well designed and unusually large"', OG, 'person', 'NFS'),
 A('Professor Hannah Ogden, who studies adolescent sleep at the University of Leeds and was not involved in the research', 'warned', 'against drawing conclusions about individual children', OG, 'person', 'NFS'),
 A('she', 'said', ['A teenager who sleeps six and a half hours is not doomed,', 'What this tells us is about averages across thousands of young people.'], OG, 'person', 'NFS'),
 A('A 2023 survey by the European Adolescent Health Network', 'estimated', 'that more than half of adolescents in Europe get less sleep than recommended on school nights', 'survey|european adolescent health network', 'document', 'CFS'),
 A('a disclosure statement accompanying the paper', 'according to', 'Two of the authors reported receiving consulting fees from a manufacturer of sleep trackers', 'disclosure statement|statement', 'document', 'CFS'),
 A('Two of the authors', 'reported', 'receiving consulting fees from a manufacturer of sleep trackers', 'authors|author', 'group', 'CFS'),
]
