import { describe, expect, it } from 'vitest';
import { analyse } from '#shared/extraction/tokens/analyse.ts';
import { findQuotes } from '#shared/extraction/tokens/quotes.ts';
import { groupUnits } from '#shared/extraction/tokens/units.ts';
import { findCues } from '#shared/extraction/cues/cues.ts';
import { claimKind } from '#shared/extraction/attributions/claim-kind.ts';
import { extractClaims, readCandidates, selectClaims } from '#shared/extraction/extract-claims.ts';
import { claimConfidence } from '#shared/extraction/models/claim-model.ts';
import { SHIPPED_CUE_MODEL } from '#shared/extraction/cues/cue-model.ts';

const one = (text: string) => {
  const claims = extractClaims(text);
  expect(claims).toHaveLength(1);
  return claims[0];
};

describe('analyse', () => {
  it('gives each token its offsets in the text', () => {
    const text = 'He said: “It’s fine.”\n\nShe disagreed.';
    const { tokens } = analyse(text);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it('keeps a sentence whole across a party-and-state parenthesis', () => {
    const { sentences } = analyse('Sen. Bernie Sanders (I-Vt.) said he will release his records.');
    expect(sentences).toHaveLength(1);
  });

  it('tags a capitalised name wink-nlp calls a verb as a name, but not in a headline', () => {
    const pos = (text: string, word: string) => analyse(text).tokens.find((t) => t.text === word)?.pos;
    expect(pos('"I take comfort in that fact," Lynch said.', 'Lynch')).toBe('PROPN');
    expect(one('"I take comfort in that fact," Lynch said.').source?.text).toBe('Lynch');
    expect(pos('Trump Says He Will Win Iowa', 'Says')).toBe(analyse('Trump Says He Will Win Iowa').tokens[1].pos);
  });

  it('tags a name opening a sentence before its verb as a name', () => {
    expect(one('Welch said on Friday that he planned to vote for Sanders.').source?.text).toBe('Welch');
  });

  it('tokenises a possessive the same whatever wink-nlp read before (its cache outlives a document)', () => {
    const words = (text: string) => analyse(text).tokens.map((t) => t.text);
    const text = "Mr. Vance's tweet said the debate was rigged.";
    const cold = words(text);
    analyse("They compared the plan to Mr. Vance's.");
    expect(words(text)).toEqual(cold);
    expect(cold.slice(0, 3)).toEqual(['Mr.', 'Vance', "'s"]);
  });

  it('ends a sentence at a line break even without a full stop', () => {
    const { sentences } = analyse('A headline without a stop\n\nThe body starts here.');
    expect(sentences).toHaveLength(2);
    expect(sentences[1].paragraph).toBe(1);
  });
});

describe('quotes', () => {
  it('pairs curly and straight quote marks', () => {
    const text = 'He said “one” and "two".';
    const quotes = findQuotes(analyse(text)).map((q) => text.slice(q.start, q.end));
    expect(quotes).toEqual(['“one”', '"two"']);
  });

  it('pairs a low opening mark with the high one that closes it, as German prints quotes', () => {
    const text = 'Merkel said „Wir schaffen das“ and “one”.';
    expect(findQuotes(analyse(text)).map((q) => text.slice(q.start, q.end))).toEqual(['„Wir schaffen das“', '“one”']);
    expect(extractClaims('„Wir schaffen das“, said Merkel.')[0]).toMatchObject({ speaker: { name: 'Merkel' }, content: { text: '„Wir schaffen das“' } });
  });

  it('runs a quote left open to the end of its paragraph', () => {
    const text = '“We will win. We always do.\n\n“And we will keep going,” she said.';
    const quotes = findQuotes(analyse(text)).map((q) => text.slice(q.start, q.end));
    expect(quotes).toEqual(['“We will win. We always do.', '“And we will keep going,”']);
  });
});

describe('units', () => {
  it('joins the sentences one quote runs across', () => {
    const text = '“We are worried. We want peace,” he said. Then he left.';
    const analysis = analyse(text);
    const units = groupUnits(analysis, findQuotes(analysis));
    expect(units.map((u) => text.slice(u.start, u.end))).toEqual(['“We are worried. We want peace,” he said.', 'Then he left.']);
  });

  it('joins a bare `Trump said.` to the quote it follows', () => {
    const text = '“I hope you find the emails that are missing.” Trump said. Then he left.';
    const analysis = analyse(text);
    const units = groupUnits(analysis, findQuotes(analysis));
    expect(units.map((u) => text.slice(u.start, u.end))).toEqual(['“I hope you find the emails that are missing.” Trump said.', 'Then he left.']);
  });
});

describe('cues', () => {
  it('finds reporting verbs learned from train, and not words inside a quote', () => {
    const text = '“They said no,” Smith told reporters.';
    const analysis = analyse(text);
    const units = groupUnits(analysis, findQuotes(analysis));
    const cues = findCues(analysis, units[0], findQuotes(analysis)).map((c) => analysis.tokens[c.first].text);
    expect(cues).toEqual(['told']);
  });

  it('reads `according to` a compound wink-nlp half tags as a verb', () => {
    expect(one('Whites without a degree made up 36 percent of the electorate, according to exit polls.').source?.text).toBe('exit polls');
  });

  it('takes `according to` as one prepositional cue', () => {
    const text = 'Taxes will rise, according to the budget office.';
    const analysis = analyse(text);
    const units = groupUnits(analysis, []);
    const [cue] = findCues(analysis, units[0], []);
    expect(cue.prepositional).toBe(true);
    expect(cue.last - cue.first).toBe(2);
  });

  it('takes the preposition of a phrasal cue into the cue, so that the content starts after it', () => {
    const c = one('Pelosi called for the immediate resignation of the chairman.');
    expect([c.cue?.text, c.content.text]).toEqual(['called for', 'the immediate resignation of the chairman']);
  });

  it('leaves a preposition annotators seldom mark with the cue word to the content', () => {
    const text = 'Smith said of the proposal that it would never pass.';
    const analysis = analyse(text);
    const [cue] = findCues(analysis, groupUnits(analysis, [])[0], []);
    expect(analysis.tokens[cue.last - 1].text).toBe('said');
  });
});

describe('attributions', () => {
  it('reads `SOURCE said that CONTENT`', () => {
    const c = one('The senator said that the bill would fail.');
    expect([c.source?.text, c.cue?.text, c.content.text]).toEqual(['The senator', 'said', 'that the bill would fail']);
  });

  it('reads fronted content with the source after the cue', () => {
    const c = one('The economy is growing, said Janet Yellen, the Treasury Secretary.');
    expect([c.content.text, c.source?.text]).toEqual(['The economy is growing', 'Janet Yellen, the Treasury Secretary']);
    expect(c.speaker).toMatchObject({ name: 'Janet Yellen', title: 'Treasury Secretary', type: 'person' });
  });

  it('keeps the closing quote and its comma with a direct quote', () => {
    const c = one('“We will not back down,” she said.');
    expect(c.content.text).toBe('“We will not back down,”');
    expect(c.kind).toBe('direct');
  });

  it('spans a quote split around a mid-sentence cue', () => {
    const c = one('“We tried,” Smith said, “but the talks failed.”');
    expect(c.content.text).toBe('“We tried,” Smith said, “but the talks failed.”');
    expect(c.source?.text).toBe('Smith');
  });

  it('keeps the `that` of a clause reported after an adverbial, whatever wink-nlp tags it', () => {
    expect(one('Trump said during this week’s debate that he is in favor of waterboarding.').content.text).toBe('that he is in favor of waterboarding');
  });

  it('starts an indirect question at its question word', () => {
    expect(one('The governor explained how the new tax would be collected.').content.text).toBe('how the new tax would be collected');
  });

  it('skips the listener of `told`', () => {
    const c = one('Smith told reporters that the deal was dead.');
    expect(c.content.text).toBe('that the deal was dead');
  });

  it('reads `according to SOURCE` before and after the content', () => {
    expect(one('According to the report, prices rose sharply.')).toMatchObject({ content: { text: 'prices rose sharply' }, source: { text: 'the report' } });
    expect(one('Prices rose sharply, according to the report.')).toMatchObject({ content: { text: 'Prices rose sharply' }, source: { text: 'the report' } });
  });

  it('drops a cue that sits inside another claim’s content', () => {
    const claims = extractClaims('Both sides share a position, calling for talks, the envoy said.');
    expect(claims.map((c) => c.cue?.text)).toEqual(['said']);
  });
});

describe('speakers', () => {
  it('resolves a surname, a pronoun and a title to the full name', () => {
    const text = [
      'Prices will rise, said Finance Minister Maria Lopez.',
      'Lopez said the budget was tight.',
      'She added that cuts were coming.',
      'Taxes will not change, the minister said.',
    ].join(' ');
    const claims = extractClaims(text);
    expect(claims.map((c) => c.speaker.name)).toEqual(['Maria Lopez', 'Maria Lopez', 'Maria Lopez', 'Maria Lopez']);
    expect(claims.every((c) => c.speaker.title === 'Finance Minister')).toBe(true);
  });

  it('types organisations, documents and anonymous sources', () => {
    // the candidates, not the kept claims: this pins the speakers stage, not the claim model's threshold
    const types = (text: string) => readCandidates(text).map((c) => c.claim.speaker.type);
    expect(types('The ministry said that the road would close.')).toEqual(['organisation']);
    expect(types('Crime fell last year, according to a police report.')).toEqual(['document']);
    expect(types('Officials said the plan was dead.')).toEqual(['anonymous']);
  });

  it('reads a source with a relative clause as the person it describes', () => {
    const official = readCandidates('A White House official who spoke anonymously to discuss internal strategy said the talks continue.').find((c) => c.claim.cue?.text === 'said')!;
    expect(official.claim.source?.text).toBe('A White House official who spoke anonymously to discuss internal strategy');
    expect(official.claim.speaker).toMatchObject({ name: 'A White House official', type: 'anonymous' });
  });

  it('gives a pronoun to the person named before it whose gender it agrees with', () => {
    const speakers = (text: string) => readCandidates(text).map((c) => c.claim.speaker.name);
    // the man is named first in the sentence before; `she` is the woman, by her first name or her honorific
    expect(speakers('Donald Trump said taxes were high. Hillary Clinton said they were low. Trump met Clinton on Monday. She said the meeting went well.').at(-1)).toBe('Hillary Clinton');
    expect(speakers('Mr. Brook said taxes were high. Mrs. Alvarez said they were low. Brook met Alvarez on Monday. She said the meeting went well.').at(-1)).toBe('Alvarez');
    // with neither, the pronouns after a mention say who is who
    expect(speakers('Quist said taxes were high, and she left. Bell said they were low, and he stayed. Quist met Bell on Monday. He said the meeting went well.').at(-1)).toBe('Bell');
  });

  it('reads a description of a person as the person just named, and an office as no one', () => {
    const speakers = (text: string) => readCandidates(text).map((c) => c.claim.speaker.name);
    expect(speakers('Ivanka Trump said the plan was new. The plan is fair, the 34-year-old mother of three said.')).toEqual(['Ivanka Trump', 'Ivanka Trump']);
    // `Justice` is a title word, but the Justice Department is no one's name
    expect(speakers('She works at the Justice Department. She said the policy had changed.')).toEqual(['she']);
  });

  it('links a surname to the full name the article gives it, possessive or not', () => {
    const claims = extractClaims("Experts compared the plans to Donald J. Trump's. Trump said the plan would create jobs.");
    expect(claims.at(-1)?.speaker.name).toBe('Donald Trump');
    // a title word is a surname after an honorific or a first name
    expect(extractClaims('Larry King hosts a show on RT. Mr. King said the network never edited him.').at(-1)?.speaker.name).toBe('Larry King');
  });

  it("gives a person's own words to their author, and a poll to no one it names", () => {
    const speakers = (text: string) => readCandidates(text).map(({ claim: { speaker: { resolvedBy: _path, ...speaker } } }) => speaker);
    expect(speakers("Donald Trump's tweet said the debate was rigged.")).toEqual([{ name: 'Donald Trump', type: 'person' }]);
    expect(speakers('Hillary Clinton said taxes would rise. Her acknowledgment showed that the plan costs more.').at(-1)).toMatchObject({ name: 'Hillary Clinton' });
    expect(speakers("Gallup's poll shows that the race is close.")[0].name).toBe("Gallup's poll");
  });

  it('gives the first person outside quotes to the article’s writer, or to the speaker whose words hold it', () => {
    const speakers = (text: string) => extractClaims(text).map(({ speaker: { confidence: _confidence, ...speaker } }) => speaker);
    expect(speakers('Mr. Trump says the returns are private. I know your tax returns are being audited.').at(-1)).toEqual({ name: 'the author', type: 'anonymous' });
    expect(speakers('Rush Limbaugh added:\n\nThis reeks of the greatest fear. I think she is scared of him.').at(-1)).toMatchObject({ name: 'Rush Limbaugh' });
    // inside quote marks `I` is still the person quoted
    expect(speakers('“I think the plan is fair,” Hillary Clinton said.')[0]).toMatchObject({ name: 'Hillary Clinton' });
    expect(speakers('RT hires hosts from American networks. You can call RT America whatever you want.').at(-1)).toEqual({ name: 'the reader', type: 'anonymous' });
  });

  it('gives `they` or `all` to the group of people that spoke before, never to an organisation', () => {
    const speakers = (text: string) => extractClaims(text).map((c) => c.speaker.name);
    expect(speakers('A number of tax experts said the plan was complex. To varying degrees, all agreed that it would raise taxes on the rich.')).toEqual([
      'A number of tax experts',
      'A number of tax experts',
    ]);
    expect(speakers('The Bureau of Prisons said the policy had ended. They said that it would not return.')).toEqual(['Bureau of Prisons', 'unnamed group']);
  });

  it('knows a person by the full name that opens a sentence, even one who reports nothing there', () => {
    const speakers = (text: string) => extractClaims(text).map((c) => c.speaker.name);
    expect(speakers('Chris Matthews said Pence won. Dan McLaughlin at the National Review was there too.\n\n“Pence succeeded with flying colors,” he wrote.')).toEqual([
      'Chris Matthews',
      'Dan McLaughlin',
    ]);
    expect(speakers('Dan McLaughlin at the National Review agreed that Pence won.')).toEqual(['Dan McLaughlin']);
  });

  it('reads `his lawyer` as someone’s lawyer, not the lawyer named before', () => {
    const speakers = (text: string) => extractClaims(text).map((c) => c.speaker.name);
    expect(speakers('Clinton lawyer Cheryl Mills said the emails were private. Pagliano refused to testify. His lawyer said he would not answer questions.').at(-1)).toBe('His lawyer');
  });

  it('gives a relative clause after an appositive to the name the appositive describes', () => {
    const [claim] = extractClaims('The aides include Bryan Pagliano; and John Bentel, a tech staffer at the State Department who told his subordinates never to speak of the emails.');
    expect(claim.speaker.name).toBe('John Bentel');
  });

  it('gives `they` to people named earlier in its sentence, and `it` to the organisation or document that spoke last', () => {
    const speakers = (text: string) => extractClaims(text).map((c) => c.speaker.name);
    expect(speakers('Ohio removed tens of thousands of voters from the rolls because they told officials that they had moved away.')).toEqual([
      'tens of thousands of voters',
    ]);
    expect(speakers('The Tax Policy Center said the plan would cost more. It also said that taxes would rise for most families.')).toEqual(['Tax Policy Center', 'Tax Policy Center']);
  });

  it('gives a trailing participle the subject of the main clause, not of a relative clause before it', () => {
    const claims = extractClaims('Trump was defensive when forced to defend not paying an architect who said he was stiffed, saying, “Maybe he didn’t do a good job.”');
    expect(claims.find((c) => c.cue?.text === 'saying')?.speaker.name).toBe('Trump');
  });

  it('takes a name and what belongs to it, joined by `and`, as one source', () => {
    expect(extractClaims('RT and its defenders say that the network is no more biased than any other.')[0].speaker.name).toBe('RT and its defenders');
  });

  it('gives a reporting noun to the owner its possessive names', () => {
    const speakers = (text: string) => extractClaims(text).map((c) => c.speaker.name);
    expect(speakers('Donald Trump said taxes are high. He gave his answer: "No."').at(-1)).toBe('Donald Trump');
  });

  it('keeps a place after `on` or `in` as part of who speaks, never as their name', () => {
    expect(extractClaims('The plan may placate nervous Democrats on Capitol Hill, who have argued that it helps candidates.')[0].speaker).toMatchObject({ name: 'nervous Democrats on Capitol Hill', type: 'group' });
  });

  it('keeps party and state in parentheses with the name before an appositive', () => {
    const [claim] = extractClaims('“They would not,” Rep. Jim Jordan (R-Ohio), an oversight panel member, said in a phone interview.');
    expect(claim.speaker.name).toBe('Jim Jordan');
  });

  it('gives a pronoun to whoever spoke last rather than to the first name in their sentence', () => {
    const speakers = (text: string) => extractClaims(text).map((c) => c.speaker.name);
    expect(speakers("Mr. Trump's plan would cut taxes at the top, Mr. Kamin said.\n\n''The message is clear,'' he added.")).toEqual(['Kamin', 'Kamin']);
  });

  it('looks for the antecedent of a pronoun deep in its sentence there first, but not among the words reported', () => {
    const speakers = (text: string) => extractClaims(text).map((c) => c.speaker.name);
    const skeptical = extractClaims("Larry King said the show was fair. Democrats seized upon Mr. Trump's RT appearance, in which he said he was skeptical.").find((c) => c.content.text.includes('skeptical'));
    expect(skeptical?.speaker.name).toBe('Trump');
    expect(speakers('Chris Matthews said Kaine won. “If Pence’s goal was to make Kaine defend the deal, he succeeded,” he wrote.')).toEqual(['Chris Matthews', 'Chris Matthews']);
  });

  it('takes a country, capital or state for an organisation, never a person another place’s name could find', () => {
    const claims = extractClaims('North Korea said the test was its biggest yet. South Korea accused the North of recklessness.');
    expect(claims.map(({ speaker: { name, type } }) => ({ name, type }))).toEqual([{ name: 'North Korea', type: 'organisation' }, { name: 'South Korea', type: 'organisation' }]);
  });

  it('reads `the fund`, `the campaign` or `the state` as the one of its kind named last', () => {
    const speakers = (text: string) => extractClaims(text).map((c) => c.speaker.name);
    expect(speakers('The International Monetary Fund cut its forecast on Tuesday. The fund said that growth would slow.')).toEqual(['International Monetary Fund']);
    expect(speakers("Trump's campaign praised the plan. The campaign said it would release details.")).toEqual(['Trump campaign', 'Trump campaign']);
    expect(speakers('Officials in Florida removed voters from the rolls. The state argued that thousands were ex-cons.')).toEqual(['Florida']);
    expect(speakers('The committee said that the hearing would go on.')).toEqual(['The committee']);
  });

  it('tells apart people who share a surname, giving the bare surname to the one its pronouns agree with', () => {
    const speakers = (text: string) => extractClaims(text).map((c) => c.speaker.name);
    expect(speakers("Donald Trump's plan is vague, experts say. Ivanka Trump said the plan helps mothers. Trump says he would pay for it by cutting fraud.")).toEqual([
      'experts',
      'Ivanka Trump',
      'Donald Trump',
    ]);
    expect(speakers('Gary Johnson said the vote was rigged. Homeland Security Secretary Jeh Johnson said hackers are attacking.')).toEqual(['Gary Johnson', 'Jeh Johnson']);
  });

  it('leaves a day or a week after a name out of it', () => {
    expect(extractClaims('Donald Trump this week said he would consider naming Mike Lee to the court.')[0].speaker).toMatchObject({ name: 'Donald Trump', type: 'person' });
  });

  it('resolves a transcript speaker in capitals to the person the article names', () => {
    const [pence] = extractClaims('Indiana Gov. Mike Pence spoke on Fox.\n\n"PENCE: Well, the question is why she invited him.');
    expect(pence.speaker).toMatchObject({ name: 'Mike Pence', type: 'person' });
    expect(extractClaims('The FBI said the inquiry was closed.')[0].speaker.type).toBe('organisation');
  });
});

describe('claimKind', () => {
  it('tells direct, mixed and indirect content apart', () => {
    expect(claimKind('“All of it,”')).toBe('direct');
    expect(claimKind('they were “very close” to a deal')).toBe('mixed');
    expect(claimKind('that they were close')).toBe('indirect');
  });
});

describe('more shapes of report', () => {
  it('reads the passive, with the source after `by`', () => {
    expect(one('The story was first reported by the Post.')).toMatchObject({ content: { text: 'The story' }, source: { text: 'the Post' }, speaker: { type: 'organisation' } });
  });

  it('reads a transcript line and a headline whose speaker wink-nlp tags as a verb', () => {
    const [tapper] = extractClaims('JAKE TAPPER: Donald Trump released a video on Friday talking about racial healing.');
    expect([tapper.cue?.text, tapper.source?.text]).toEqual([':', 'JAKE TAPPER']);
    expect(one('Lynch: No outside influence on FBI probe into Clinton emails')).toMatchObject({ source: { text: 'Lynch' }, content: { text: 'No outside influence on FBI probe into Clinton emails' } });
  });

  it('takes no headline label or description before a colon for a speaker', () => {
    const colonSources = (text: string) => readCandidates(text).filter((c) => c.claim.cue?.text === ':').map((c) => c.claim.source?.text);
    expect(colonSources('BUSTED: Emails Reveal Reporter Caught Conspiring At Hearing')).toEqual([]);
    expect(colonSources('Their goal: figuring out how countries can live up to the agreement')).toEqual([]);
    expect(colonSources('Report: Half of her meetings were with donors')).toEqual(['Report']);
  });

  it('reads a headline that gives its source before a colon', () => {
    expect(one('Graham: Trump’s rhetoric is destroying the party')).toMatchObject({ cue: { text: ':' }, source: { text: 'Graham' }, content: { text: 'Trump’s rhetoric is destroying the party' } });
  });

  it('ends a content where a second speaker reports after `and`', () => {
    const claims = extractClaims('Republicans said they are convinced the Justice Department mishandled the investigation and Democrats accused the GOP of stoking the issue for political gain.');
    expect(claims.map((c) => [c.speaker.name, c.content.text])).toEqual([
      ['Republicans', 'they are convinced the Justice Department mishandled the investigation'],
      ['Democrats', 'the GOP of stoking the issue for political gain'],
    ]);
  });

  it('ends the content of a cue in an opening subordinate clause at that clause’s comma', () => {
    const claims = extractClaims('When terrorists are revealed as part of the second front of the terror war, Obama and Clinton call them lone wolves and describe their actions as crimes.');
    for (const claim of claims.filter((c) => c.cue?.text === 'revealed')) expect(claim.content.text).not.toContain('Obama');
  });

  it('gives an infinitive the subject of the verb it completes', () => {
    const claims = extractClaims("Graham's comments came moments after the senator spoke at a gathering of conservatives to discuss clean energy efforts.");
    expect(claims.map((c) => c.source?.text)).toEqual(['the senator']);
  });

  it('reads a subject across an aside between dashes, back to the name an appositive describes', () => {
    const [claim] = extractClaims("John Dickey, the chief executive of Ora Media -- the company that owns Mr. King's programming -- told me, ''We're a content provider.''");
    expect(claim.speaker.name).toBe('John Dickey');
  });

  it('splits `said A, adding that B` into two claims with one source', () => {
    const claims = extractClaims('The mayor said the budget was balanced, adding that taxes would not rise.');
    expect(claims.map((c) => [c.cue?.text, c.content.text, c.source?.text])).toEqual([
      ['said', 'the budget was balanced', 'The mayor'],
      ['adding', 'that taxes would not rise', 'The mayor'],
    ]);
  });

  it('carries a quote on over the paragraphs that continue it', () => {
    const claims = extractClaims('“We will win,” she said. “We always do.”\n\n“And we will keep going.”\n\nThe rally ended.');
    expect(claims).toHaveLength(1);
    expect(claims[0].content.text).toBe('“We will win,” she said. “We always do.”\n\n“And we will keep going.”');
  });

  it('takes the unquoted paragraph a colon announces', () => {
    const [fox] = extractClaims('Fox News reports:\n\nAt least four classified emails had their markings changed. The department denied it.');
    expect([fox.source?.text, fox.content.text]).toEqual(['Fox News', 'At least four classified emails had their markings changed. The department denied it.']);
  });

  it('reads `according to` after an opening adverb and around a subject', () => {
    expect(one('Now, according to the recent 50-state poll, some are swinging.').content.text).toBe('some are swinging');
    expect(one('Fundraising, according to the campaign, has surged in the same period.').content.text).toBe('Fundraising, according to the campaign, has surged in the same period');
  });

  it('takes the quote a colon announces in the next paragraph', () => {
    expect(one('Cruz continued:\n\n“You look at the questions. Are you a villain?”').content.text).toBe('“You look at the questions. Are you a villain?”');
  });

  it('gives the source of a relative clause its antecedent', () => {
    const claims = extractClaims('Barkley, who said he votes Democratic, likes Kasich.');
    expect(claims[0]).toMatchObject({ source: { text: 'Barkley, who' }, speaker: { name: 'Barkley' } });
  });

  it('reads an appositive subject and skips an adverbial before the content', () => {
    const c = one('Marley Anderson, 21, a junior from Las Vegas, said on Saturday she backed Sanders.');
    expect([c.source?.text, c.content.text]).toEqual(['Marley Anderson, 21, a junior from Las Vegas', 'she backed Sanders']);
  });
});

describe('subjects the noun-phrase walk alone misses', () => {
  it('takes a verb tagged as a noun after a fronted quote as the cue', () => {
    expect(one('“Cruz is there,” Viguerie notes.')).toMatchObject({ cue: { text: 'notes' }, source: { text: 'Viguerie' }, content: { text: '“Cruz is there,”' } });
  });

  it('reads a named subject with a relative clause, after a leading conjunction', () => {
    const c = one('But Murshed Zaheed, a director of CREDO Action, which organized the letter, said Clinton’s response was undercut by her ties to Clark.');
    expect([c.source?.text, c.content.text]).toEqual(['Murshed Zaheed, a director of CREDO Action, which organized the letter', 'Clinton’s response was undercut by her ties to Clark']);
  });

  it('reads a subject with an aside between dashes', () => {
    const c = one('Many speakers at the service — including Muslims, Christians and Jews — said his death is particularly painful.');
    expect([c.source?.text, c.content.text]).toEqual(['Many speakers at the service — including Muslims, Christians and Jews', 'his death is particularly painful']);
  });

  it('gives a participle in an opening adverbial the main clause’s subject', () => {
    const [thanking] = extractClaims('After thanking the raucous crowd for its support, he touted how far his campaign had come.');
    expect([thanking.cue?.text, thanking.source?.text, thanking.content.text]).toEqual(['thanking', 'he', 'the raucous crowd for its support']);
  });

  it('gives a participle the name opening a sentence when an aside stands before the verb', () => {
    const claims = extractClaims('Former Arkansas Gov. Mike Huckabee, for his part, is labeling Obama’s actions an abuse of power, saying that the courts must act.');
    expect(claims.find((c) => c.cue?.text === 'saying')?.source?.text).toBe('Former Arkansas Gov. Mike Huckabee');
  });

  it('lets no doubtful cue in a relative clause swallow the sure one after it', () => {
    const claims = extractClaims('A White House official, who requested anonymity to discuss a private conversation, said the president has spoken with Emanuel.');
    expect(claims.find((c) => c.cue?.text === 'said')?.content.text).toBe('the president has spoken with Emanuel');
  });

  it('gives a verb coordinated with a report that report’s source', () => {
    const claims = extractClaims('Appearing before supporters on Monday, Suu Kyi, 70, said it was too early to congratulate winners but added, "I think you all know the results."');
    expect(claims.map((c) => [c.cue?.text, c.source?.text])).toEqual([['said', 'Suu Kyi, 70'], ['added', 'Suu Kyi, 70']]);
  });

  it('puts the subject after the verb only for verbs of saying', () => {
    const c = extractClaims('Hillary Clinton said Wednesday she, too, wants a Justice Department inquiry, as have other Democrats.');
    expect(c.map((x) => [x.cue?.text, x.source?.text, x.content.text])).toEqual([['said', 'Hillary Clinton', 'she, too, wants a Justice Department inquiry, as have other Democrats']]);
  });

  it('looks past `since` and `both` between a subject and its cue', () => {
    expect(one('Mrs. Clinton has since said she would support a wage increase.').source?.text).toBe('Mrs. Clinton');
    expect(one('Donald J. Trump and Bernie Sanders have both argued that workers have lost jobs.').source?.text).toBe('Donald J. Trump and Bernie Sanders');
  });

  it('joins a pronoun and a name into one source', () => {
    expect(one('It is not only about creating big audiences for advertisers, he and Mr. Allen said.').source?.text).toBe('he and Mr. Allen');
  });

  it('reads a cue set off by commas after a single word', () => {
    const c = one('Survival, Mr. VandeHei says, depends on giving readers what they want.');
    expect([c.source?.text, c.content.text]).toEqual(['Mr. VandeHei', 'Survival, Mr. VandeHei says, depends on giving readers what they want']);
  });

  it('ends an object before a phrase of place or time', () => {
    expect(one('Rubio offered an emotional defense of the city during the debate.').content.text).toBe('an emotional defense of the city');
  });

  it('gives a participle after a comma the subject of the clause, not the clause itself', () => {
    const claims = extractClaims('Trump unleashed a series of tweets early Friday, saying that Clinton had shown bad judgment.');
    expect(claims.find((c) => c.cue?.text === 'saying')?.source?.text).toBe('Trump');
  });

  it('splits two poll findings joined by `while`, and reads `one in five` as a source', () => {
    const claims = extractClaims('Among Trump voters, 74 percent said they are set on voting for him, while 22 percent said they might change their mind.');
    expect(claims.map((c) => [c.source?.text, c.content.text])).toEqual([
      ['74 percent', 'they are set on voting for him'],
      ['22 percent', 'they might change their mind'],
    ]);
    expect(one('About one in five say they would not vote.').source?.text).toBe('one in five');
  });

  it('reads the share of a poll that opens a clause as its source', () => {
    expect(one('By double digits, those surveyed say stricter gun laws would help.').source?.text).toBe('those surveyed');
    expect(one('Nearly nine out of 10 say they will need new skills.').source?.text).toBe('Nearly nine out of 10');
    const claims = extractClaims('Republicans were worried about the economy; most said they were "very worried."');
    expect(claims.find((c) => c.cue?.text === 'said')?.source?.text).toBe('most');
  });

  it('takes what follows `according to` to the end of the clause when no noun phrase parses', () => {
    const c = one('Clinton had a bigger cash balance at year’s end, according to figures her campaign released Friday.');
    expect(c.source?.text).toBe('figures her campaign released Friday');
  });

  it('takes a coordinated or listed object whole, and an object complement with `as`', () => {
    const contents = (text: string) => readCandidates(text).map((c) => c.claim.content.text);
    expect(contents('Sanders criticized Trump and his rhetoric on Tuesday.')).toEqual(['Trump and his rhetoric']);
    expect(contents('Sanders is promising universal health care, free college at state schools and other costly programs.')).toEqual([
      'universal health care, free college at state schools and other costly programs',
    ]);
    expect(contents('Rubio portrayed him as weak on immigration.')).toEqual(['him as weak on immigration']);
  });

  it('reads a reporting noun before `is that`', () => {
    const [claim] = readCandidates('But Podliska’s most explosive claim is that the committee is a witch hunt.');
    expect([claim.claim.source?.text, claim.claim.content.text]).toEqual(['Podliska', 'that the committee is a witch hunt']);
  });

  it('ends content at a quoted comma before the next speaker', () => {
    const [scalia] = readCandidates('After Scalia said that students might do better at "less advanced schools," Trump said: "I don’t like it."');
    expect(scalia.claim.content.text).toBe('that students might do better at "less advanced schools,"');
  });

  it('takes no opening adverbial for fronted content, even one that ends in a quoted title', () => {
    const c = one('On this weekend’s broadcast of “Fox News Sunday,” Gov. Mike Pence said the tweet was only “to mock” Clinton.');
    expect([c.source?.text, c.content.text]).toEqual(['Gov. Mike Pence', 'the tweet was only “to mock” Clinton']);
  });

  it('never takes the subject of the clause after the cue as an inverted source', () => {
    const claims = extractClaims('The group, which organized the letter, said Clinton’s response was undercut by her ties.');
    expect(claims.map((c) => c.source?.text)).not.toContain('Clinton’s response');
  });
});

describe('a claim split by its reporting clause', () => {
  const pieces = (text: string) => one(text).content.pieces?.map((p) => p.text);

  it('leaves the reporting clause out of the words said, between the quotes either side of it', () => {
    const text = 'The minister was blunt. “We will not raise taxes,” Marsh told reporters at the Treasury. “The budget is balanced.”';
    const claim = one(text);
    expect(claim.content.text).toBe('“We will not raise taxes,” Marsh told reporters at the Treasury. “The budget is balanced.”');
    expect(claim.content.pieces?.map((p) => p.text)).toEqual(['“We will not raise taxes,”', '“The budget is balanced.”']);
    expect(claim.content.pieces?.every((p) => text.slice(p.start, p.end) === p.text)).toBe(true);
    expect(pieces('“We will not raise taxes,” Marsh said, “and the budget is balanced.”')).toEqual(['“We will not raise taxes,”', '“and the budget is balanced.”']);
    expect(pieces('“We will not raise taxes,” Marsh said.\n\n“The budget is balanced.”')).toEqual(['“We will not raise taxes,”', '“The budget is balanced.”']);
  });

  it('cuts words not quoted at the commas that set the clause off, even when a quote follows', () => {
    expect(pieces('The plan, the minister said, will fail within a year.')).toEqual(['The plan', 'will fail within a year']);
    expect(pieces('The plan — the minister said — will fail within a year.')).toEqual(['The plan', 'will fail within a year']);
    expect(pieces('During his years in office, Mr. Obama said, most Americans have come to believe "that climate change is real."')).toEqual(['During his years in office', 'most Americans have come to believe "that climate change is real."']);
  });

  it('leaves emoji either side of the words out of them and their pieces, and keeps a degree or trademark sign', () => {
    const claim = one('🎉🎉 “The festival drew 80,000 visitors,” said José Núñez, the organiser. “It was the biggest ever.” 🎉');
    expect(claim.content.pieces?.map((p) => p.text)).toEqual(['“The festival drew 80,000 visitors,”', '“It was the biggest ever.”']);
    expect(claim.kind).toBe('direct');
    expect(one('The chef said the oven reached 300°.').content.text).toBe('the oven reached 300°');
  });

  it('keeps a claim whose reporting clause does not interrupt it in one piece', () => {
    expect(one('Marsh said that the budget is balanced.').content.pieces).toBeUndefined();
    expect(one('“The budget is balanced,” Marsh said.').content.pieces).toBeUndefined();
  });
});

describe('signed quotes', () => {
  it('gives a quote signed after a dash to its signer, not to the claim before it', () => {
    const text = 'We asked readers what they thought of the debate.\n\n“Mr. Trump embodies the lasting legacy of racism in the United States. He has empowered white racists.” ― Sonya Herridge\n\n“He makes simple blanket statements about people he knows nothing about.”― Pamela Padilla';
    const claims = extractClaims(text);
    expect(claims.map((c) => [c.speaker.name, c.kind])).toEqual([
      ['the author', 'indirect'],
      ['Sonya Herridge', 'direct'],
      ['Pamela Padilla', 'direct'],
    ]);
    expect(claims[1].content.text).toBe('“Mr. Trump embodies the lasting legacy of racism in the United States. He has empowered white racists.”');
  });
});

describe('duplicates', () => {
  it('keeps the surer of two readings of the same words', () => {
    const text = 'Rival Hillary Clinton mocked the complaint, saying anybody who complains about a microphone “is not having a good night.”';
    // the rules alone read `mocked` on through the participle, over the words `saying` reports
    const candidates = readCandidates(text, { contentModel: null });
    expect(candidates.map((c) => c.claim.cue?.text)).toEqual(['mocked', 'saying']);
    expect(selectClaims(text, candidates, [0.5, 0.9], 0.1).map((c) => c.cue?.text)).toEqual(['saying']);
    expect(selectClaims(text, candidates, [0.9, 0.5], 0.1).map((c) => c.cue?.text)).toEqual(['mocked']);
  });
});

describe('unclaimed quotes', () => {
  // the stage as the rules leave it: the content model may end a claim over the quote instead
  const quoted = (text: string) => extractClaims(text, { contentModel: null }).filter((c) => c.kind === 'direct').map((c) => [c.content.text, c.source?.text, c.cue?.text]);

  it('gives a quote inside a sentence to the subject of its verb', () => {
    expect(quoted('Moore thanked him for “stepping up and taking action when Congress won’t.”')).toEqual([['“stepping up and taking action when Congress won’t.”', 'Moore', 'thanked']]);
  });

  it('gives a quote to the speaker and verb right after it', () => {
    expect(quoted('“Go back to Univision and stay there,” Trump barked and a guard escorted Ramos out.')).toEqual([['“Go back to Univision and stay there,”', 'Trump', 'barked']]);
  });

  it('gives a quote to a described speaker and cue after it', () => {
    expect(quoted('“You pay your taxes. So why didn’t Donald Trump pay his?” a narrator in the Clinton ad asks.')).toEqual([
      ['“You pay your taxes. So why didn’t Donald Trump pay his?”', 'a narrator in the Clinton ad', 'asks'],
    ]);
  });

  it('reads the speakers of a transcript quoted whole', () => {
    const claims = extractClaims('"PENCE: Well, the question is why she invited him to the debate.\n\n"WALLACE: Do you really see those two as equivalent?');
    expect(claims.map((c) => [c.source?.text, c.content.text])).toEqual([
      ['PENCE', 'Well, the question is why she invited him to the debate'],
      ['WALLACE', 'Do you really see those two as equivalent?'],
    ]);
  });

  it('carries a claim on to a quote paragraph after an aside', () => {
    const text = 'The website notes:\n\n"Among those principles: free will comes from God."\n\nThe group grew.\n\n"This statement denies the premises of liberalism."';
    expect(quoted(text).map(([, source]) => source)).toEqual(['The website', 'The website']);
  });

  it('leaves scare quotes and titles alone', () => {
    expect(extractClaims('The “undercard” debate on “Meet the Press” was dull.')).toEqual([]);
  });
});

describe('the learned models', () => {
  it('scores a lexicon word higher where its context reports than where it does not', () => {
    const probabilityOf = (text: string, word: string) => {
      const { tokens, sentences } = analyse(text);
      const i = tokens.findIndex((t) => t.text === word);
      return SHIPPED_CUE_MODEL.probability(tokens, i, false, sentences[0].first, sentences[0].last);
    };
    expect(probabilityOf('Critics argued that it failed.', 'argued')).toBeGreaterThan(probabilityOf('The argued point was old.', 'argued'));
    expect(probabilityOf('Officials believe the plan works.', 'believe')).toBeGreaterThan(probabilityOf('Believe it or not, it rained.', 'Believe'));
  });

  it('reads with the cue model it is given, as the claim model’s training does', () => {
    const deaf = { threshold: 0.5, probability: () => 0 };
    expect(readCandidates('The senator said that the bill would fail.', { cueModel: deaf })).toEqual([]);
    expect(readCandidates('The senator said that the bill would fail.')).toHaveLength(1);
  });

  it('is more confident of a clear report than of a doubtful reading', () => {
    const [clear] = extractClaims('The senator said that the bill would fail.');
    expect(clear.confidence).toBeGreaterThan(0.8);
    const weak = readCandidates('In light of the latest information, a postscript followed.').map((c) => claimConfidence(c.features));
    expect(weak.every((p) => p < clear.confidence)).toBe(true);
  });
});

describe('a warning against a deed', () => {
  it('reports the gerund after `against` as what was warned against, beside what was said', () => {
    const claims = extractClaims('Professor Hannah Ogden said the study was large but warned against drawing conclusions about individual children.');
    expect(claims.map((c) => [c.cue?.text, c.content.text])).toEqual([['said', 'the study was large'], ['warned', 'against drawing conclusions about individual children']]);
  });
});

describe('a name wink-nlp takes for an adverb', () => {
  it('is the subject it opens (`Skyward said`), while an adverb opening a sentence is not (`Yet`, `Basically`)', () => {
    expect(extractClaims('Skyward said the outage was over.')[0]).toMatchObject({ speaker: { name: 'Skyward' }, content: { text: 'the outage was over' } });
    expect(extractClaims('The airline Skyward also said the outage was over.')[0].speaker.name).toMatch(/Skyward/);
    for (const text of ['Yet said the outage was over.', 'Basically said the outage was over.']) expect(extractClaims(text).map((c) => c.speaker.name)).not.toContain(text.split(' ')[0]);
  });
});

describe('a surname that is also a word of organisations’ names', () => {
  it('names a person after a first name (`Ann Fox`), and an organisation otherwise (`Fox News`)', () => {
    expect(extractClaims('Ann Fox visited the park on Monday. She said the park would open in May.')[0].speaker).toMatchObject({ name: 'Ann Fox', type: 'person' });
    expect(extractClaims('Fox News said the park would open in May.')[0].speaker).toMatchObject({ name: 'Fox News', type: 'organisation' });
  });
});

describe('what no one can have said', () => {
  const speakerOf = (text: string) => extractClaims(text).map((c) => c.speaker.name);
  it('gives a time, an event, a cut-off word or a participle’s clause as an unknown speaker', () => {
    expect(speakerOf('Weeks said that the plan would fail.')).toEqual(['unknown']);
    expect(speakerOf('The rally said that the plan would fail.')).toEqual(['unknown']);
    expect(speakerOf('A self- said that the plan would fail.')).toEqual(['unknown']);
    expect(speakerOf('Reached by phone on Tuesday, said that the plan would fail.').every((name) => name !== 'Reached by phone on Tuesday')).toBe(true);
  });

  it('keeps a name qualified by a time, and a crowd that chants', () => {
    expect(speakerOf('Trump in recent weeks said that the plan would fail.')[0]).toMatch(/^Trump/);
    expect(speakerOf('Trailing contenders Ted Cruz and John Kasich said that the plan would fail.')[0]).not.toBe('unknown');
  });
});

describe('what is not a report', () => {
  it('reads no claim in a refusal to comment, and keeps the report beside it', () => {
    expect(extractClaims('A spokeswoman for the company declined to comment on reports that the plant would close.')).toEqual([]);
    expect(extractClaims('Officials would not comment on whether the talks had failed.')).toEqual([]);
    expect(extractClaims('The mayor declined to comment, but her deputy said that taxes would fall.').map((c) => c.content.text)).toEqual(['that taxes would fall']);
  });
});
