/**
 * What wire copy and news pages print around the story that no one says: a dateline with its
 * agency (`LONDON, Nov 30 (Reuters) - `, `SISTERS, Ore. (AP) — `, `Feb. 11 (UPI) -- `, `New Delhi, Jul 1 (PTI) `), a byline
 * (`By Jane Doe, Bloomberg`), a revision's tag before the headline (`UPDATE 2-`), credits (`(Reporting by …; Editing by …)`, `— With assistance from …`),
 * photo captions' credit lines (`Photograph: …`) and a live blog's timestamps (`15:40`). Each is
 * a stretch of the text as [start, end): extraction reads around them, so none reaches a
 * speaker, a title or a claim's words.
 */
const AGENCY = String.raw`(?:Reuters|AP|AFP|UPI|Bloomberg|PA(?: Media)?|Xinhua|PTI|IANS|dpa|Kyodo|CNN|AAP|CP|Canadian Press|Yonhap|ANI|ANSA|EFE|TASS|RIA Novosti|WAM|SPA|AA)`;
const PARAGRAPH_START = String.raw`(?<=^|\n)[^\S\n]*`;
const PATTERNS = [
  // the place and date, if given, then the agency and a dash
  new RegExp(String.raw`${PARAGRAPH_START}(?:\p{Lu}[\p{L}\d.,'’ -]{0,60}?[^\S\n]*)?\(${AGENCY}\)[^\S\n]*(?:--|[-—–])[^\S\n]*`, 'gu'),
  // as PTI and IANS print it: the place and a date, the agency, and the story's first sentence
  // straight after, no dash (`New Delhi, Jul 1 (PTI) The weather office …`)
  new RegExp(String.raw`${PARAGRAPH_START}\p{Lu}[\p{L}.'’ -]{0,40},[^\S\n]*[\p{L}.]{0,10}[^\S\n]*\d{1,4}(?:,?[^\S\n]*\d{4})?[^\S\n]*\(${AGENCY}\)[^\S\n]+(?=[\p{Lu}“"‘])`, 'gu'),
  // a byline of its own line
  new RegExp(String.raw`${PARAGRAPH_START}By \p{Lu}[^\n]{0,120}(?=\n|$)`, 'gu'),
  // credits at the foot of wire copy
  new RegExp(String.raw`${PARAGRAPH_START}\((?:Reporting|Additional reporting|Writing|Editing|Compiled|Produced)\b[^\n]{0,300}\)[^\S\n]*(?=\n|$)`, 'gu'),
  new RegExp(String.raw`${PARAGRAPH_START}(?:--|—|–)\s*With assistance from[^\n]{0,200}(?=\n|$)`, 'gu'),
  new RegExp(String.raw`${PARAGRAPH_START}(?:Photograph|Photo|Image|Illustration)s?:[^\n]{0,200}(?=\n|$)`, 'gu'),
  // a page's labels and promotions, each on a line of its own: `Read more: …`, `Related: …`, `Gallery: … | 14 Photos`, `Photo by …`
  new RegExp(String.raw`${PARAGRAPH_START}(?:Read more|Read More|READ MORE|Related|RELATED|See also|Also read|More on this story|Gallery|Video|VIDEO|Watch|WATCH|Listen|Advertisement)[^\S\n]*[:|][^\n]{0,200}(?=\n|$)`, 'gu'),
  // the same with no colon, a short line that is no sentence: `Video shows bed bug infestation at New York hotel`, `Credit Harry Campbell`
  new RegExp(String.raw`${PARAGRAPH_START}(?:Video|Watch|Gallery|Photos? by|Credit|Advertisement)\b[^\n]{0,80}[^.!?”"\n][^\S\n]*(?=\n|$)`, 'gu'),
  // a photo caption, known by the credit that ends it (`….CreditMichael Appleton for The New York Times`,
  // `…(AP Photo/Jane Doe)`, `…(Oleg Urusov/ Roscosmos Press Service photo via AP)`) or by its opening (`In this photo …`)
  new RegExp(String.raw`${PARAGRAPH_START}[^\n]*?(?:[.!?”"’)]Credit\p{Lu}[^\n]{0,150}|\([^()\n]{0,120}\b(?:[Pp]hoto|PHOTO|Photograph|Getty Images|via AP|via Reuters|Shutterstock)\b[^()\n]{0,120}\))[^\S\n]*(?=\n|$)`, 'gu'),
  new RegExp(String.raw`${PARAGRAPH_START}In this (?:file )?(?:photo|image|picture|handout)\b[^\n]*(?=\n|$)`, 'gu'),
  // a wire story's revision, before its headline: `UPDATE 2-`, `CORRECTED-`, `REFILE-`
  new RegExp(String.raw`${PARAGRAPH_START}(?:(?:UPDATE|CORRECTED|REFILE|RPT|WRAPUP)(?: \d+)?-)+`, 'gu'),
  // a live blog's entry opens with its time
  new RegExp(String.raw`${PARAGRAPH_START}\d{1,2}[:.]\d{2}(?:\s*(?:am|pm|a\.m\.|p\.m\.|GMT|BST|UTC|ET|CET))?\s+(?=\p{Lu})`, 'gu'),
];

export function wireFurniture(text: string): Array<[number, number]> {
  const found: Array<[number, number]> = [];
  for (const pattern of PATTERNS) for (const m of text.matchAll(pattern)) if (m[0].trim()) found.push([m.index, m.index + m[0].length]);
  // a line two patterns find (`Gallery: … | 12 Photos`) is one stretch
  found.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  let reach = -1;
  return found.filter(([, end]) => end > reach && (reach = end) >= 0);
}

/** The text with each stretch of furniture blanked, its length and every other offset kept. */
export function withoutFurniture(text: string, furniture: Array<[number, number]>): string {
  if (furniture.length === 0) return text;
  let out = '';
  let at = 0;
  for (const [start, end] of furniture) {
    if (start < at) continue;
    out += text.slice(at, start) + text.slice(start, end).replace(/[^\n]/g, ' ');
    at = end;
  }
  return out + text.slice(at);
}
