from lib import A
NAME = 'match-report-football-derby'
STYLE = 'football match report'
TEXT = '''
Ashford Rovers 2-1 Kingsbridge Town: Okafor double settles derby

By Luke Penhale at Meadow Lane

Rovers: Hartley; Dunne, Castillo, Mbeki, Price; Fenwick (Lowry 78), Ashworth; Okafor, Rhodes (Cole 85), Tranter; Bellamy.
Kingsbridge: Sorensen; Walsh, Idowu, Carver, Blythe; Moss, Keane (Harlow 70); Doyle, Pratt, Ferris; Leach (Quinn 63).
Referee: Simon Aldred. Attendance: 11,842.

Two goals from Emeka Okafor lifted Ashford Rovers into the play-off places as they came from behind to beat local rivals Kingsbridge Town in a bad-tempered derby on Saturday.

Kingsbridge led at the break through Danny Leach's close-range finish, but Okafor equalised four minutes after the restart and headed the winner from a Tom Tranter corner with 12 minutes left.

"The second half was everything I want this team to be," Rovers manager Gareth Simms said. "We were too polite in the first 45. I told them at half-time that if they wanted to be in the play-offs, they had to start acting like it."

Simms said Okafor, who joined from Boreham Wood in the summer, had been "unplayable" after the break, adding that the forward had trained on his own for an extra hour every day last week.

Kingsbridge finished with 10 men after midfielder Jack Moss was shown a second yellow card in stoppage time for a foul on Ashworth. Visiting boss Neil Carraway said he would not criticise Moss but accused referee Simon Aldred of "losing control of the game long before that".

"I thought we were the better side for an hour," Carraway told BBC Radio Kent. "Then we switch off for one set-piece and that's the game. It's a hard one to take."

Okafor said the win was for the club's supporters, who had been "on the end of some tough days" during last season's relegation battle.

"It's the one everybody circles on the calendar," the striker said. "To score twice in front of our own fans in a derby, it doesn't get any better."

The Football Association said it would review footage of a scuffle involving several players from both sides after the final whistle. Rovers captain Lee Dunne insisted that "nothing happened that doesn't happen in every derby".

Rovers, who have won five of their past six league games, travel to Dartford on Tuesday. Kingsbridge host Hemel Hempstead on the same night.

Man of the match: Emeka Okafor (Ashford Rovers)
'''
SIM = 'gareth simms|simms'
CAR = 'neil carraway|carraway'
OKA = 'emeka okafor|okafor'
ATTRS = [
 A('Rovers manager Gareth Simms', 'said', ['The second half was everything I want this team to be,', 'We were too polite in the first 45. I told them at half-time that if they wanted to be in the play-offs, they had to start acting like it.'], SIM, 'person', 'NFS'),
 A('I', 'told', 'that if they wanted to be in the play-offs, they had to start acting like it', SIM, 'person', 'NFS', ctx='I told them at half-time'),
 A('Simms', 'said', 'Okafor, who joined from Boreham Wood in the summer, had been "unplayable" after the break', SIM, 'person', 'NFS'),
 A('Simms', 'adding', 'that the forward had trained on his own for an extra hour every day last week', SIM, 'person', 'UFS'),
 A('Visiting boss Neil Carraway', 'said', 'he would not criticise Moss', CAR, 'person', 'NFS'),
 A('Visiting boss Neil Carraway', 'accused', 'losing control of the game long before that', CAR, 'person', 'NFS'),
 A('Carraway', 'told', ['I thought we were the better side for an hour,', "Then we switch off for one set-piece and that's the game. It's a hard one to take."], CAR, 'person', 'NFS'),
 A('Okafor', 'said', '''the win was for the club's supporters, who had been "on the end of some tough days" during last season's relegation battle''', OKA, 'person', 'NFS', ctx='Okafor said the win'),
 A('the striker', 'said', ["It's the one everybody circles on the calendar,", "To score twice in front of our own fans in a derby, it doesn't get any better."], OKA, 'person', 'NFS'),
 A('The Football Association', 'said', 'it would review footage of a scuffle involving several players from both sides after the final whistle', 'football association', 'organisation', 'UFS'),
 A('Rovers captain Lee Dunne', 'insisted', 'that "nothing happened that doesn\'t happen in every derby"', 'lee dunne|dunne', 'person', 'NFS'),
]
