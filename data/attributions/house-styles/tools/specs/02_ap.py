from lib import A
NAME = 'ap-wildfire-evacuation'
STYLE = 'Associated Press'
TEXT = '''
Wildfire forces thousands from homes in central Oregon as winds pick up

By MARCUS DELL and JOANNA PRUITT Associated Press

SISTERS, Ore. (AP) — A fast-moving wildfire in central Oregon forced more than 4,000 people from their homes Tuesday and destroyed at least 17 structures, officials said, as gusty winds pushed flames toward the edge of this small tourist town.

The Cold Creek Fire had burned about 22 square miles (57 square kilometers) of timber and brush by Tuesday evening and was 5% contained, according to the Central Oregon Interagency Fire Dispatch Center.

Deschutes County Sheriff Ray Holloway said deputies had gone door to door overnight on the town's western edge. "We knocked on every door we could reach. Some folks didn't want to leave, and we told them we couldn't come back for them," Holloway said at a news briefing.

Incident commander Dana Whitcomb said winds of up to 40 mph (64 kph) were expected through Wednesday afternoon and that crews were focusing on protecting homes rather than attacking the fire head-on.

"This fire is making runs we'd normally see in August, not June," Whitcomb said. "Until the wind lays down, we're in a defensive posture."

The cause of the fire was under investigation. The U.S. Forest Service said a lightning strike was unlikely because no storms had passed through the area in the previous week.

Gov. Elena Marsh declared a state of emergency Tuesday afternoon, freeing up state resources. In a statement, Marsh said she had spoken with local officials and that "Oregon will bring everything it has to bear on this fire."

At an evacuation center set up in the Redmond High School gym, Terry Voss, 71, said he had grabbed his medications, his dog and a box of family photographs before leaving his house on Pine Meadow Road.

"You see the glow over the ridge and you just go," Voss said. "I don't know if there's anything left."

His neighbor, Alicia Romero, said she had watched embers land in her yard as she loaded her car. She said she was staying with her sister in Bend and planned to wait for word from authorities.

The American Red Cross said about 300 people spent Monday night at its shelters.

Oregon has had one of its driest springs on record, the National Weather Service said last week, with Bend receiving less than a third of its normal rainfall since March.

Associated Press writer Kim Soto in Portland contributed to this report.
'''
HOL = 'ray holloway|holloway'
WHIT = 'dana whitcomb|whitcomb'
ATTRS = [
 A('officials', 'said', 'A fast-moving wildfire in central Oregon forced more than 4,000 people from their homes Tuesday and destroyed at least 17 structures', 'officials|official', 'anonymous', 'CFS'),
 A('the Central Oregon Interagency Fire Dispatch Center', 'according to', 'The Cold Creek Fire had burned about 22 square miles (57 square kilometers) of timber and brush by Tuesday evening and was 5% contained', 'central oregon interagency fire dispatch center|dispatch center', 'organisation', 'CFS'),
 A('Deschutes County Sheriff Ray Holloway', 'said', "deputies had gone door to door overnight on the town's western edge", HOL, 'person', 'CFS', ctx='Deschutes County Sheriff Ray Holloway said'),
 A('Holloway', 'said', "We knocked on every door we could reach. Some folks didn't want to leave, and we told them we couldn't come back for them,", HOL, 'person', 'UFS', ctx='Holloway said at a news briefing'),
 A('Incident commander Dana Whitcomb', 'said', 'winds of up to 40 mph (64 kph) were expected through Wednesday afternoon and that crews were focusing on protecting homes rather than attacking the fire head-on', WHIT, 'person', 'CFS'),
 A('Whitcomb', 'said', ["This fire is making runs we'd normally see in August, not June,", "Until the wind lays down, we're in a defensive posture."], WHIT, 'person', 'NFS'),
 A('The U.S. Forest Service', 'said', 'a lightning strike was unlikely because no storms had passed through the area in the previous week', 'u.s. forest service|forest service', 'organisation', 'CFS'),
 A('Marsh', 'said', 'she had spoken with local officials and that "Oregon will bring everything it has to bear on this fire."', 'elena marsh|marsh', 'person', 'NFS', ctx='Marsh said she'),
 A('Terry Voss, 71', 'said', 'he had grabbed his medications, his dog and a box of family photographs before leaving his house on Pine Meadow Road', 'terry voss|voss', 'person', 'UFS'),
 A('Voss', 'said', ['You see the glow over the ridge and you just go,', "I don't know if there's anything left."], 'terry voss|voss', 'person', 'NFS'),
 A('His neighbor, Alicia Romero', 'said', 'she had watched embers land in her yard as she loaded her car', 'alicia romero|romero', 'person', 'UFS', ctx='His neighbor, Alicia Romero, said'),
 A('She', 'said', 'she was staying with her sister in Bend and planned to wait for word from authorities', 'alicia romero|romero', 'person', 'UFS', ctx='She said she was'),
 A('The American Red Cross', 'said', 'about 300 people spent Monday night at its shelters', 'american red cross|red cross', 'organisation', 'CFS'),
 A('the National Weather Service', 'said', ['Oregon has had one of its driest springs on record', 'with Bend receiving less than a third of its normal rainfall since March'], 'national weather service|weather service', 'organisation', 'CFS'),
]
