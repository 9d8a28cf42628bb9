from lib import A
NAME = 'court-pension-fraud-sentencing'
STYLE = 'court report (UK regional)'
TEXT = '''
Former finance director jailed for stealing 1.4 million pounds from staff pension fund

By Helen Marsh, Courts Reporter

A former finance director who siphoned almost 1.4 million pounds from his company's staff pension scheme to fund a luxury lifestyle has been jailed for six years and eight months.

Graham Pettifer, 57, of Harrogate, transferred money from the scheme into bank accounts he controlled on 63 occasions over five years, Leeds Crown Court heard.

Prosecutor Anna Whitlock said Pettifer had used the money to buy a holiday villa in Portugal, a classic Jaguar and a share in a racehorse, while telling trustees the payments were "routine administrative transfers".

"This was a sustained, deliberate and sophisticated deception of the very people whose retirement he was trusted to protect," Ms Whitlock told the court.

The court heard that the fraud came to light in March last year when a newly appointed trustee asked for copies of bank statements that Pettifer repeatedly failed to produce.

Pettifer, who worked for Calder Valley Engineering for 22 years, pleaded guilty in September to fraud by abuse of position and false accounting.

In mitigation, his barrister, Nicholas Grey, said his client had been drinking heavily after the breakdown of his marriage and was "profoundly ashamed". Mr Grey said Pettifer had sold the villa and the car and that about 610,000 pounds had been repaid.

Sentencing him, Judge Caroline Rudd said the offences involved "a grave breach of trust" and had caused "real anxiety" to more than 200 current and former employees.

"You knew exactly what you were doing, and you went to considerable lengths to hide it," the judge said. "Your remorse, while genuine, came only when you were caught."

She said she had given Pettifer credit for his guilty plea but that only an immediate custodial sentence could be justified.

A victim impact statement read to the court by the prosecution described the "sleepless nights" of a retired machinist who feared she would lose her pension.

The Pensions Regulator said after the hearing that the scheme's members would receive their full benefits, with the shortfall covered by the company and the Pension Protection Fund.

Detective Inspector Mark Hollins of West Yorkshire Police said: "Pettifer thought he was too clever to be caught. Today's sentence shows that nobody is beyond the reach of the law."

Proceedings to recover the remainder of the money under the Proceeds of Crime Act will take place next year.
'''
WH = 'anna whitlock|whitlock'
GR = 'nicholas grey|grey'
RU = 'caroline rudd|rudd'
ATTRS = [
 A(None, 'heard', 'Graham Pettifer, 57, of Harrogate, transferred money from the scheme into bank accounts he controlled on 63 occasions over five years', None, 'none', 'CFS'),
 A('Prosecutor Anna Whitlock', 'said', 'Pettifer had used the money to buy a holiday villa in Portugal, a classic Jaguar and a share in a racehorse, while telling trustees the payments were "routine administrative transfers"', WH, 'person', 'CFS'),
 A('Pettifer', 'telling', 'the payments were "routine administrative transfers"', 'graham pettifer|pettifer', 'person', 'CFS', ctx='Pettifer had used the money'),
 A('Ms Whitlock', 'told', 'This was a sustained, deliberate and sophisticated deception of the very people whose retirement he was trusted to protect,', WH, 'person', 'NFS'),
 A(None, 'heard', 'that the fraud came to light in March last year when a newly appointed trustee asked for copies of bank statements that Pettifer repeatedly failed to produce', None, 'none', 'CFS'),
 A('his barrister, Nicholas Grey', 'said', 'his client had been drinking heavily after the breakdown of his marriage and was "profoundly ashamed"', GR, 'person', 'CFS', ctx='his barrister, Nicholas Grey, said'),
 A('Mr Grey', 'said', 'Pettifer had sold the villa and the car and that about 610,000 pounds had been repaid', GR, 'person', 'CFS', ctx='Mr Grey said'),
 A('Judge Caroline Rudd', 'said', 'the offences involved "a grave breach of trust" and had caused "real anxiety" to more than 200 current and former employees', RU, 'person', 'CFS'),
 A('the judge', 'said', ["You knew exactly what you were doing, and you went to considerable lengths to hide it,", 'Your remorse, while genuine, came only when you were caught.'], RU, 'person', 'NFS'),
 A('She', 'said', 'she had given Pettifer credit for his guilty plea but that only an immediate custodial sentence could be justified', RU, 'person', 'NFS'),
 A('A victim impact statement read to the court by the prosecution', 'described', 'the "sleepless nights" of a retired machinist who feared she would lose her pension', 'victim impact statement|statement', 'document', 'UFS'),
 A('who', 'feared', 'she would lose her pension', 'machinist', 'anonymous', 'NFS', ctx='machinist who feared'),
 A('The Pensions Regulator', 'said', "that the scheme's members would receive their full benefits, with the shortfall covered by the company and the Pension Protection Fund", 'pensions regulator', 'organisation', 'CFS'),
 A('Detective Inspector Mark Hollins of West Yorkshire Police', 'said:', "Pettifer thought he was too clever to be caught. Today's sentence shows that nobody is beyond the reach of the law.", 'mark hollins|hollins', 'person', 'NFS'),
]
