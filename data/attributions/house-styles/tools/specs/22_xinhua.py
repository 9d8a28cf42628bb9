from lib import A
NAME = 'xinhua-freight-trains'
STYLE = 'Xinhua'
TEXT = '''
China-Europe freight trains via Xinjiang's Tianmen port surpass 1,000 trips this year

URUMQI, Nov. 30 (Xinhua) -- The number of China-Europe freight train trips passing through the Tianmen land port in northwest China's Xinjiang Uygur Autonomous Region has exceeded 1,000 so far this year, up 38 percent year on year, local customs authorities said Sunday.

Since January, the trains have carried about 96,000 TEUs of cargo, mainly electronics, auto parts and household appliances, according to the customs office at Tianmen.

"The opening of a second customs inspection lane in May has cut average clearance time from 12 hours to about six," said Ma Jun, deputy director of the customs office.

The customs office said goods worth 21.6 billion yuan (about 3 billion U.S. dollars) had passed through the port in the first ten months, an increase of 29 percent from the same period last year.

Ma said the port had also introduced a "one-stop" declaration system that allows logistics companies to complete paperwork online before trains arrive.

Liu Wei, general manager of a logistics company in Urumqi, said his firm now sends three trains a week to Central Asia and Europe, compared with one a week last year. "Our customers in Kazakhstan and Poland are asking for more capacity," Liu said.

According to China State Railway Group Co., Ltd., more than 17,000 China-Europe freight train trips were made nationwide in the first ten months, with 19 routes passing through Xinjiang.

Experts said the growth reflected rising demand for overland transport as shipping costs remained volatile. Zhang Hui, a researcher at the Xinjiang Academy of Social Sciences, said the route offered a "stable and efficient alternative" for exporters in western China.

Local authorities plan to expand the port's container yard by 40 percent next year, according to the regional commerce department. Enditem
'''
ATTRS = [
 A('local customs authorities', 'said', "The number of China-Europe freight train trips passing through the Tianmen land port in northwest China's Xinjiang Uygur Autonomous Region has exceeded 1,000 so far this year, up 38 percent year on year", 'customs authorities|customs', 'organisation', 'CFS'),
 A('the customs office at Tianmen', 'according to', 'Since January, the trains have carried about 96,000 TEUs of cargo, mainly electronics, auto parts and household appliances', 'customs office|customs', 'organisation', 'CFS'),
 A('Ma Jun, deputy director of the customs office', 'said', 'The opening of a second customs inspection lane in May has cut average clearance time from 12 hours to about six,', 'ma jun', 'person', 'CFS'),
 A('The customs office', 'said', 'goods worth 21.6 billion yuan (about 3 billion U.S. dollars) had passed through the port in the first ten months, an increase of 29 percent from the same period last year', 'customs office|customs', 'organisation', 'CFS'),
 A('Ma', 'said', 'the port had also introduced a "one-stop" declaration system that allows logistics companies to complete paperwork online before trains arrive', 'ma jun', 'person', 'CFS'),
 A('Liu Wei, general manager of a logistics company in Urumqi', 'said', 'his firm now sends three trains a week to Central Asia and Europe, compared with one a week last year', 'liu wei|liu', 'person', 'UFS', ctx='Urumqi, said'),
 A('Liu', 'said', 'Our customers in Kazakhstan and Poland are asking for more capacity,', 'liu wei|liu', 'person', 'UFS', ctx='Liu said'),
 A('China State Railway Group Co., Ltd.', 'According to', 'more than 17,000 China-Europe freight train trips were made nationwide in the first ten months, with 19 routes passing through Xinjiang', 'china state railway group|china railway', 'organisation', 'CFS'),
 A('Experts', 'said', 'the growth reflected rising demand for overland transport as shipping costs remained volatile', 'experts|expert', 'anonymous', 'NFS', ctx='Experts said'),
 A('Zhang Hui, a researcher at the Xinjiang Academy of Social Sciences', 'said', 'the route offered a "stable and efficient alternative" for exporters in western China', 'zhang hui|zhang', 'person', 'NFS', ctx='Sciences, said'),
 A('the regional commerce department', 'according to', "Local authorities plan to expand the port's container yard by 40 percent next year", 'regional commerce department|commerce department', 'organisation', 'UFS'),
]
