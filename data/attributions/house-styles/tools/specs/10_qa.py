from lib import A
NAME = 'qa-interview-cod-scientist'
STYLE = 'Q&A interview'
TEXT = '''
Q&A: The scientist who counts the cod says the North Sea is not empty yet

Marine ecologist Dr Ingrid Solberg has spent 19 years on research trawlers counting fish. As lead author of the Nordic Marine Council's annual stock assessment, published this week, she says the picture is more complicated than either fishers or campaigners admit. She spoke to Sarah Quinlan. This interview has been edited for length and clarity.

Q: Your report says North Sea cod stocks rose for a second year. Is the recovery real?

A: It's real, but it's fragile. The spawning stock, the adult fish that produce the next generation, is up about 14 percent on last year. That's the good news.

The bad news is that we are starting from a very low base. Even with two good years, the stock is still only around half of what we would consider healthy.

Q: Fishers say they are seeing more cod than at any time in a decade. Are they wrong?

A: No, and I want to be fair to them. They are out on the water every day and they see things we don't. In some areas, particularly the northern grounds near Shetland, catches per trip have genuinely increased.

But a fisher sees the fish in front of his net. We try to see the whole population, including the young fish that haven't reached catchable size. Those numbers are still worryingly thin.

Q: Campaign groups want a complete moratorium. Would that help?

A: I don't think a moratorium is necessary right now. Our modelling suggests that holding catches at this year's level would allow the stock to keep growing, as long as the young fish survive.

What worries me more is warming water. Cod prefer cold water, and the southern North Sea has warmed by roughly one degree since the 1980s. Fishing pressure we can control. Temperature we cannot.

Q: What would you tell ministers negotiating quotas next month?

A: Resist the temptation to celebrate too early. I have seen this before, in the early 2010s, when a couple of good years led to higher quotas and the stock fell back again.

Q: Do you ever get tired of being the bearer of bad news?

A: Sometimes. But honestly, this year I'm more optimistic than I have been in a long time.

Ingrid Solberg is a senior researcher at the Bergen Institute of Marine Research.
'''
SOL = 'ingrid solberg|solberg'
QUI = 'sarah quinlan|quinlan'
ATTRS = [
 A('she', 'says', 'the picture is more complicated than either fishers or campaigners admit', SOL, 'person', 'NFS'),
 A('Q', ':', 'Your report says North Sea cod stocks rose for a second year. Is the recovery real?', QUI, 'person', 'NFS', ctx='Q: Your report'),
 A('Your report', 'says', 'North Sea cod stocks rose for a second year', 'report|nordic marine council', 'document', 'CFS'),
 A('A', ':', ["It's real, but it's fragile. The spawning stock, the adult fish that produce the next generation, is up about 14 percent on last year. That's the good news.", 'The bad news is that we are starting from a very low base. Even with two good years, the stock is still only around half of what we would consider healthy.'], SOL, 'person', 'CFS', ctx="A: It's real"),
 A('Q', ':', 'Fishers say they are seeing more cod than at any time in a decade. Are they wrong?', QUI, 'person', 'NFS', ctx='Q: Fishers'),
 A('Fishers', 'say', 'they are seeing more cod than at any time in a decade', 'fishers|fisher', 'group', 'CFS'),
 A('A', ':', ["No, and I want to be fair to them. They are out on the water every day and they see things we don't. In some areas, particularly the northern grounds near Shetland, catches per trip have genuinely increased.", "But a fisher sees the fish in front of his net. We try to see the whole population, including the young fish that haven't reached catchable size. Those numbers are still worryingly thin."], SOL, 'person', 'CFS', ctx='A: No, and'),
 A('Q', ':', 'Campaign groups want a complete moratorium. Would that help?', QUI, 'person', 'NFS', ctx='Q: Campaign'),
 A('Campaign groups', 'want', 'a complete moratorium', 'campaign groups|campaigners', 'group', 'NFS'),
 A('A', ':', ["I don't think a moratorium is necessary right now. Our modelling suggests that holding catches at this year's level would allow the stock to keep growing, as long as the young fish survive.", 'What worries me more is warming water. Cod prefer cold water, and the southern North Sea has warmed by roughly one degree since the 1980s. Fishing pressure we can control. Temperature we cannot.'], SOL, 'person', 'CFS', ctx="A: I don't think"),
 A('Our modelling', 'suggests', "that holding catches at this year's level would allow the stock to keep growing, as long as the young fish survive", 'modelling|ingrid solberg|solberg', 'document', 'NFS'),
 A('Q', ':', 'What would you tell ministers negotiating quotas next month?', QUI, 'person', 'NFS', ctx='Q: What would'),
 A('A', ':', 'Resist the temptation to celebrate too early. I have seen this before, in the early 2010s, when a couple of good years led to higher quotas and the stock fell back again.', SOL, 'person', 'NFS', ctx='A: Resist'),
 A('Q', ':', 'Do you ever get tired of being the bearer of bad news?', QUI, 'person', 'NFS', ctx='Q: Do you'),
 A('A', ':', "Sometimes. But honestly, this year I'm more optimistic than I have been in a long time.", SOL, 'person', 'NFS', ctx='A: Sometimes'),
]
