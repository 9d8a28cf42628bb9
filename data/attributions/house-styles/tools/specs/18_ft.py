from lib import A
NAME = 'ft-retailer-profit-warning'
STYLE = 'Financial Times-style business news'
TEXT = '''
Kessler Retail issues second profit warning as German shoppers cut back

Discount chain blames weak consumer demand and higher wage costs for cut to annual guidance

Sophie Brennan in Frankfurt
Published October 21 2025

Kessler Retail has issued its second profit warning in four months, blaming a sharp slowdown in spending by German households and higher wage costs, sending its shares down 14 per cent.

The Dusseldorf-based discount chain said on Tuesday that it now expected adjusted operating profit of between 410mn and 440mn euros for the year, down from a previous forecast of 500mn to 540mn euros.

Like-for-like sales in Germany, which accounts for about 70 per cent of revenue, fell 2.3 per cent in the third quarter, it said, as shoppers traded down to cheaper own-label goods.

"The consumer environment in our core market has deteriorated more quickly than we anticipated," chief executive Matthias Kroll said on a call with analysts. "We are acting decisively on costs, but we will not compromise on price."

The company said it would close 45 of its roughly 1,900 stores by the end of next year and cut about 600 jobs at its headquarters and regional offices. It also said it would suspend its share buyback programme.

Analysts at broker Caldwell Baines said the warning was "worse than feared", noting that Kessler had cut guidance by more than the market expected. Caldwell Baines, which rates the stock a "hold", lowered its price target to 18 euros.

The company said the warning had nothing to do with its expansion into Poland, adding that the 60 stores it had opened there were trading ahead of plan.

Finance director Petra Lange said it was "too early" to give guidance for next year, but she told analysts that the group expected wage inflation to ease.

Kessler's shares have lost almost half their value this year. Trade union Verdi, which represents many of the company's store workers, said it would "fight every single job cut".

"Workers are being asked to pay for management's mistakes," said Verdi's retail officer, Sabine Roth.

The German retail federation said last week that it expected nominal retail sales to grow by just 1 per cent this year, the weakest performance since 2020.

Additional reporting by Tobias Lindner in Berlin

Copyright The Financial Times Limited 2025. All rights reserved.
'''
KES = 'kessler retail|kessler'
ATTRS = [
 A('Discount chain', 'blames', 'weak consumer demand and higher wage costs', KES, 'organisation', 'CFS'),
 A('Kessler Retail', 'blaming', 'a sharp slowdown in spending by German households and higher wage costs', KES, 'organisation', 'CFS', ctx='Kessler Retail has issued'),
 A('The Dusseldorf-based discount chain', 'said', 'that it now expected adjusted operating profit of between 410mn and 440mn euros for the year, down from a previous forecast of 500mn to 540mn euros', KES, 'organisation', 'CFS'),
 A('it', 'said', ['Like-for-like sales in Germany, which accounts for about 70 per cent of revenue, fell 2.3 per cent in the third quarter', 'as shoppers traded down to cheaper own-label goods'], KES, 'organisation', 'CFS'),
 A('chief executive Matthias Kroll', 'said', ['The consumer environment in our core market has deteriorated more quickly than we anticipated,', 'We are acting decisively on costs, but we will not compromise on price.'], 'matthias kroll|kroll', 'person', 'NFS'),
 A('The company', 'said', 'it would close 45 of its roughly 1,900 stores by the end of next year and cut about 600 jobs at its headquarters and regional offices', KES, 'organisation', 'CFS', ctx='The company said it would close'),
 A('It', 'also said', 'it would suspend its share buyback programme', KES, 'organisation', 'CFS'),
 A('Analysts at broker Caldwell Baines', 'said', 'the warning was "worse than feared"', 'caldwell baines', 'organisation', 'NFS'),
 A('Analysts at broker Caldwell Baines', 'noting', 'that Kessler had cut guidance by more than the market expected', 'caldwell baines', 'organisation', 'CFS'),
 A('The company', 'said', 'the warning had nothing to do with its expansion into Poland', KES, 'organisation', 'CFS', ctx='The company said the warning'),
 A('The company', 'adding', 'that the 60 stores it had opened there were trading ahead of plan', KES, 'organisation', 'CFS', ctx='The company said the warning had nothing to do with its expansion into Poland, adding'),
 A('Finance director Petra Lange', 'said', 'it was "too early" to give guidance for next year', 'petra lange|lange', 'person', 'NFS'),
 A('she', 'told', 'that the group expected wage inflation to ease', 'petra lange|lange', 'person', 'NFS'),
 A("Trade union Verdi, which represents many of the company's store workers", 'said', 'it would "fight every single job cut"', 'verdi', 'organisation', 'NFS'),
 A("Verdi's retail officer, Sabine Roth", 'said', "Workers are being asked to pay for management's mistakes,", 'sabine roth|roth', 'person', 'NFS'),
 A('The German retail federation', 'said', 'that it expected nominal retail sales to grow by just 1 per cent this year, the weakest performance since 2020', 'german retail federation|retail federation', 'organisation', 'NFS'),
]
