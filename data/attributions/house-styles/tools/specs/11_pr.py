from lib import A
NAME = 'press-release-eczema-trial'
STYLE = 'corporate press release (newswire)'
TEXT = '''
Veridian Therapeutics Reports Positive Phase 2 Results for VRD-214 in Moderate-to-Severe Eczema

- 62% of patients on the higher dose achieved clear or almost-clear skin at week 16, versus 18% on placebo
- Company plans to begin a Phase 3 program in the first half of next year

CAMBRIDGE, Mass., March 4, 2025 /PRNewswire/ -- Veridian Therapeutics, Inc. (Nasdaq: VRDT), a clinical-stage biotechnology company developing oral treatments for inflammatory skin disease, today announced positive topline results from its Phase 2 CLARITY study of VRD-214 in adults with moderate-to-severe atopic dermatitis.

The study met its primary endpoint: 62% of patients receiving the 200 mg dose achieved an Investigator's Global Assessment (IGA) score of 0 or 1 at week 16, compared with 18% of patients receiving placebo (p<0.001). The 100 mg dose also showed a statistically significant benefit.

"These results exceed what we hoped to see when we designed this study," said Dr. Meera Kapoor, Chief Medical Officer of Veridian. "Patients on the higher dose reported meaningful relief from itch within the first week, which is what matters most to people living with this disease."

VRD-214 was generally well tolerated. The most common adverse events were headache and nausea, most of which were mild. No serious treatment-related adverse events were reported.

"Many of my patients cannot use injectable therapies or do not respond to them," said Dr. Alan Whitford, Professor of Dermatology at Lakeshore University School of Medicine and a principal investigator in the study. "An effective oral option with this safety profile would be a significant step forward."

Veridian said it expects to present detailed results at a medical meeting later this year and plans to discuss the design of a Phase 3 program with the U.S. Food and Drug Administration.

"CLARITY is the most important readout in Veridian's history, and it puts us in a strong position as we move toward late-stage development," said Robert Lang, President and Chief Executive Officer. "We believe we have the resources to fund the company into 2027."

Conference Call and Webcast
Veridian will host a conference call and webcast today at 8:00 a.m. ET. A replay will be available on the Investors section of the company's website.

About CLARITY
CLARITY is a randomized, double-blind, placebo-controlled Phase 2 study that enrolled 214 adults with moderate-to-severe atopic dermatitis at 38 sites in the United States and Canada.

About Veridian Therapeutics
Veridian Therapeutics is a clinical-stage biotechnology company focused on developing oral medicines for chronic inflammatory skin diseases. The company is headquartered in Cambridge, Massachusetts. For more information, visit www.veridiantx.com.

Forward-Looking Statements
This press release contains forward-looking statements within the meaning of the Private Securities Litigation Reform Act of 1995. Actual results may differ materially from those indicated by such statements.

Media contact:
Julia Brandt
Veridian Therapeutics
+1 617-555-0190
media@veridiantx.com

SOURCE Veridian Therapeutics, Inc.
'''
KAP = 'meera kapoor|kapoor'
ATTRS = [
 A('Veridian Therapeutics', 'Reports', 'Positive Phase 2 Results for VRD-214 in Moderate-to-Severe Eczema', 'veridian therapeutics|veridian', 'organisation', 'CFS', ctx='Veridian Therapeutics Reports'),
 A('Veridian Therapeutics, Inc. (Nasdaq: VRDT), a clinical-stage biotechnology company developing oral treatments for inflammatory skin disease', 'today announced', 'positive topline results from its Phase 2 CLARITY study of VRD-214 in adults with moderate-to-severe atopic dermatitis', 'veridian therapeutics|veridian', 'organisation', 'CFS'),
 A('Dr. Meera Kapoor, Chief Medical Officer of Veridian', 'said', ['These results exceed what we hoped to see when we designed this study,', 'Patients on the higher dose reported meaningful relief from itch within the first week, which is what matters most to people living with this disease.'], KAP, 'person', 'CFS'),
 A('Patients on the higher dose', 'reported', 'meaningful relief from itch within the first week', 'patients|patient', 'group', 'CFS'),
 A(None, 'were reported', 'No serious treatment-related adverse events', None, 'none', 'CFS'),
 A('Dr. Alan Whitford, Professor of Dermatology at Lakeshore University School of Medicine and a principal investigator in the study', 'said', ['Many of my patients cannot use injectable therapies or do not respond to them,', 'An effective oral option with this safety profile would be a significant step forward.'], 'alan whitford|whitford', 'person', 'NFS'),
 A('Veridian', 'said', 'it expects to present detailed results at a medical meeting later this year and plans to discuss the design of a Phase 3 program with the U.S. Food and Drug Administration', 'veridian therapeutics|veridian', 'organisation', 'NFS', ctx='Veridian said it expects'),
 A('Robert Lang, President and Chief Executive Officer', 'said', ["CLARITY is the most important readout in Veridian's history, and it puts us in a strong position as we move toward late-stage development,", 'We believe we have the resources to fund the company into 2027.'], 'robert lang|lang', 'person', 'NFS'),
]
