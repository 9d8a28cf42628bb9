from lib import A
NAME = 'cnn-airline-it-outage'
STYLE = 'CNN digital'
TEXT = '''
Thousands of flights delayed as IT outage grounds Skyward Airlines

By Jordan Wells, CNN
Updated 4:12 PM EDT, Fri June 6, 2025

(CNN) — Skyward Airlines grounded its entire fleet for nearly three hours Friday morning after a failure in the system it uses to calculate aircraft weight and balance, triggering cascading delays at airports across the United States.

More than 2,300 Skyward flights had been delayed and at least 410 canceled by mid-afternoon, according to the flight-tracking website FlightWatch.

The Federal Aviation Administration said it had issued a ground stop for all Skyward departures at the airline's request at 7:42 a.m. ET. The stop was lifted at 10:31 a.m.

In a statement, Skyward said the outage was caused by "a technical issue with a third-party vendor" and was not the result of a cyberattack. "We sincerely apologize to our customers for the disruption to their travel plans," the airline said.

Skyward's chief operating officer, Monica Feld, told CNN the airline expected to operate "close to a full schedule" by Saturday, but warned that some crews and aircraft were out of position and that further cancellations were possible.

The vendor, Denver-based AeroLogic Systems, said in a statement that a software update pushed overnight had "behaved unexpectedly" and had since been rolled back. AeroLogic did not say whether other airlines used the same system. CNN has reached out to the company for further comment.

At Chicago's O'Hare International Airport, passengers described long lines at rebooking desks and little information from gate agents.

"They kept telling us 30 more minutes, 30 more minutes. That was four hours ago," said Rachel Dunn, who was trying to get home to Phoenix with her two children.

Another traveler, Andre Mitchell, wrote on X that he had been rebooked on a flight leaving Sunday. "So much for my sister's wedding," he wrote.

A Department of Transportation spokesperson said the agency was monitoring the situation and reminded travelers that airlines are required to offer refunds for canceled flights.

Aviation analyst Henry Cole, a former airline operations executive, said the incident showed how much airlines depend on a small number of technology suppliers. "One bad update and an entire airline stops," he said.

CNN's Pete Alvarez contributed to this report.
'''
SKY = 'skyward airlines|skyward'
FELD = 'monica feld|feld'
MIT = 'andre mitchell|mitchell'
DOT = 'department of transportation|spokesperson'
COLE = 'henry cole|cole'
ATTRS = [
 A('the flight-tracking website FlightWatch', 'according to', 'More than 2,300 Skyward flights had been delayed and at least 410 canceled by mid-afternoon', 'flightwatch', 'organisation', 'CFS'),
 A('The Federal Aviation Administration', 'said', "it had issued a ground stop for all Skyward departures at the airline's request at 7:42 a.m. ET", 'federal aviation administration|faa', 'organisation', 'CFS'),
 A('Skyward', 'said', 'the outage was caused by "a technical issue with a third-party vendor" and was not the result of a cyberattack', SKY, 'organisation', 'CFS', ctx='Skyward said the outage'),
 A('the airline', 'said', 'We sincerely apologize to our customers for the disruption to their travel plans,', SKY, 'organisation', 'NFS', ctx='the airline said'),
 A("Skyward's chief operating officer, Monica Feld", 'told', 'the airline expected to operate "close to a full schedule" by Saturday', FELD, 'person', 'NFS'),
 A("Skyward's chief operating officer, Monica Feld", 'warned', 'that some crews and aircraft were out of position and that further cancellations were possible', FELD, 'person', 'CFS'),
 A('The vendor, Denver-based AeroLogic Systems', 'said', 'that a software update pushed overnight had "behaved unexpectedly" and had since been rolled back', 'aerologic systems|aerologic', 'organisation', 'CFS'),
 A('passengers', 'described', 'long lines at rebooking desks and little information from gate agents', 'passengers|passenger', 'group', 'UFS'),
 A('Rachel Dunn, who was trying to get home to Phoenix with her two children', 'said', 'They kept telling us 30 more minutes, 30 more minutes. That was four hours ago,', 'rachel dunn|dunn', 'person', 'UFS'),
 A('They', 'kept telling', '30 more minutes, 30 more minutes', 'gate agents|agents', 'group', 'UFS'),
 A('Another traveler, Andre Mitchell', 'wrote', 'that he had been rebooked on a flight leaving Sunday', MIT, 'person', 'UFS', ctx='Andre Mitchell, wrote'),
 A('he', 'wrote', "So much for my sister's wedding,", MIT, 'person', 'NFS', ctx='he wrote'),
 A('A Department of Transportation spokesperson', 'said', 'the agency was monitoring the situation', DOT, 'organisation', 'UFS'),
 A('A Department of Transportation spokesperson', 'reminded', 'that airlines are required to offer refunds for canceled flights', DOT, 'organisation', 'CFS'),
 A('Aviation analyst Henry Cole, a former airline operations executive', 'said', 'the incident showed how much airlines depend on a small number of technology suppliers', COLE, 'person', 'NFS', ctx='executive, said'),
 A('he', 'said', 'One bad update and an entire airline stops,', COLE, 'person', 'NFS', ctx='stops," he said'),
]
