from lib import A
NAME = 'pti-monsoon-forecast'
STYLE = 'PTI (Press Trust of India)'
TEXT = '''
IMD forecasts above-normal rainfall in July; warns of floods in northeast

New Delhi, Jul 1 (PTI) The India Meteorological Department (IMD) on Tuesday forecast above-normal rainfall for July across most parts of the country, but warned that several states in the northeast and parts of the Himalayan region could face heavy downpours and flash floods.

Rainfall in July is likely to be more than 106 per cent of the long period average of 280.5 mm, IMD Director General Arvind Raghavan said at a press conference here.

"The monsoon has covered the entire country nine days ahead of its normal date of July 8," he said.

Raghavan said the southwest monsoon had brought 9 per cent more rain than normal in June, with central India recording a surplus of 24 per cent. The northeast, however, ended the month with a deficit of about 17 per cent, he said.

According to the IMD, normal to above-normal rainfall is likely in most parts of the country except some areas of the northeast, east and the extreme south of the peninsula.

The weather office said there was a "high probability" of extremely heavy rainfall in Assam, Meghalaya and Arunachal Pradesh during the second week of July and advised state disaster management authorities to stay alert.

Agriculture Ministry officials said sowing of kharif crops had covered 26.2 million hectares so far, up about 11 per cent from a year ago, driven by paddy, pulses and oilseeds.

"Good rainfall in July is critical for sowing. If the forecast holds, we expect record foodgrain production this year," a senior official said on condition of anonymity.

Meanwhile, the Assam State Disaster Management Authority said nearly 48,000 people in six districts had been affected by floods following heavy rain over the past three days. No casualties have been reported so far, officials said.

Reservoir levels across 150 major reservoirs stood at 31 per cent of their live storage capacity, according to data from the Central Water Commission.

PTI AVR SKU RT
'''
IMD = 'india meteorological department|imd'
RAG = 'arvind raghavan|raghavan'
ATTRS = [
 A('IMD', 'forecasts', 'above-normal rainfall in July', IMD, 'organisation', 'NFS', ctx='IMD forecasts'),
 A('IMD', 'warns', 'of floods in northeast', IMD, 'organisation', 'NFS', ctx='IMD forecasts'),
 A('The India Meteorological Department (IMD)', 'forecast', 'above-normal rainfall for July across most parts of the country', IMD, 'organisation', 'NFS'),
 A('The India Meteorological Department (IMD)', 'warned', 'that several states in the northeast and parts of the Himalayan region could face heavy downpours and flash floods', IMD, 'organisation', 'NFS'),
 A('IMD Director General Arvind Raghavan', 'said', 'Rainfall in July is likely to be more than 106 per cent of the long period average of 280.5 mm', RAG, 'person', 'NFS'),
 A('he', 'said', 'The monsoon has covered the entire country nine days ahead of its normal date of July 8,', RAG, 'person', 'CFS'),
 A('Raghavan', 'said', 'the southwest monsoon had brought 9 per cent more rain than normal in June, with central India recording a surplus of 24 per cent', RAG, 'person', 'CFS', ctx='Raghavan said the southwest'),
 A('he', 'said', 'The northeast, however, ended the month with a deficit of about 17 per cent', RAG, 'person', 'CFS', ctx='17 per cent, he said'),
 A('the IMD', 'According to', 'normal to above-normal rainfall is likely in most parts of the country except some areas of the northeast, east and the extreme south of the peninsula', IMD, 'organisation', 'NFS'),
 A('The weather office', 'said', 'there was a "high probability" of extremely heavy rainfall in Assam, Meghalaya and Arunachal Pradesh during the second week of July', IMD, 'organisation', 'NFS'),
 A('The weather office', 'advised', 'state disaster management authorities to stay alert', IMD, 'organisation', 'NFS'),
 A('Agriculture Ministry officials', 'said', 'sowing of kharif crops had covered 26.2 million hectares so far, up about 11 per cent from a year ago, driven by paddy, pulses and oilseeds', 'officials|official|agriculture ministry', 'anonymous', 'CFS'),
 A('a senior official', 'said', 'Good rainfall in July is critical for sowing. If the forecast holds, we expect record foodgrain production this year,', 'official|officials', 'anonymous', 'NFS'),
 A('the Assam State Disaster Management Authority', 'said', 'nearly 48,000 people in six districts had been affected by floods following heavy rain over the past three days', 'assam state disaster management authority|disaster management authority', 'organisation', 'CFS', ctx='Authority said'),
 A('officials', 'said', 'No casualties have been reported so far', 'officials|official', 'anonymous', 'CFS', ctx='so far, officials said'),
 A('data from the Central Water Commission', 'according to', 'Reservoir levels across 150 major reservoirs stood at 31 per cent of their live storage capacity', 'central water commission|data', 'document', 'CFS'),
]
