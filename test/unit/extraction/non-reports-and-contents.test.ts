import { describe, expect, it } from 'vitest';
import { extractClaims } from '#shared/extraction/extract-claims.ts';
import { analyse } from '#shared/extraction/tokens/analyse.ts';

/*
 * The rules that keep modern pages and wire copy from giving claims no one made, and that keep a
 * claim's words the words that were reported (issue 29). The sentences are made up for the tests.
 */

const contents = (text: string) => extractClaims(text).map((c) => c.content.text);
const cues = (text: string) => extractClaims(text).map((c) => c.cue?.text);

describe('what a reported clause holds', () => {
  it('runs a that-clause on past an adverbial that opens it', () => {
    expect(contents('The envoy said that during the talks in Oslo on Tuesday, both delegations agreed to share fishing data.')).toEqual([
      'that during the talks in Oslo on Tuesday, both delegations agreed to share fishing data',
    ]);
  });

  it('runs a that-clause on past a conditional clause that opens it', () => {
    expect(contents('The minister said that if the trial went well, the ministry would extend it to every region.')).toEqual([
      'that if the trial went well, the ministry would extend it to every region',
    ]);
  });

  it('keeps the hedge before a figure', () => {
    expect(contents('The charity said about 1,200 families slept in shelters on Sunday.')).toEqual(['about 1,200 families slept in shelters on Sunday']);
    expect(contents('The union says more than 400 drivers joined the strike.')).toEqual(['more than 400 drivers joined the strike']);
  });

  it('starts after the day the report was made, not at it', () => {
    expect(contents('The treasurer said Friday the council would borrow less next year.')).toEqual(['the council would borrow less next year']);
    expect(contents('Officials said last week the bridge would reopen in May.')).toEqual(['the bridge would reopen in May']);
    expect(contents('The professors suggest this reluctance has little to do with cost.')).toEqual(['this reluctance has little to do with cost']);
  });

  it('leaves out the writer’s aside after the report’s own time', () => {
    expect(contents('Reserves are ample for the winter, the grid operator said on Monday, even as spot prices climbed to a record.')).toEqual([
      'Reserves are ample for the winter',
    ]);
  });

  it('skips the listener of `told` before the subject of the reported clause', () => {
    const claims = extractClaims('The chief pilot, Rosa Lind, told NPR the carrier expected to fly a full schedule by Monday, but warned that delays were likely.');
    expect(claims.map((c) => [c.content.text, c.speaker.name])).toEqual([
      ['the carrier expected to fly a full schedule by Monday', 'Rosa Lind'],
      ['that delays were likely', 'Rosa Lind'],
    ]);
  });

  it('ends a relative clause’s report where the sentence’s own verb resumes', () => {
    const claims = extractClaims('Omar Teller, who agreed to serve as the club’s treasurer, said in an interview that the accounts were in order.');
    expect(claims.map((c) => c.content.text)).toContain('that the accounts were in order');
    expect(claims.every((c) => !c.content.text.includes('said in an interview'))).toBe(true);
  });
});

describe('what reports nothing', () => {
  it('reads no claim from a refusal, a silence or a request for comment', () => {
    expect(cues('A spokesman for the firm declined to comment on reports that the mine would close.')).toEqual([]);
    expect(cues('The agency did not respond to requests for comment on Friday.')).toEqual([]);
    expect(cues('The insurer would not say whether other clients were affected.')).toEqual([]);
    expect(cues('The newspaper has reached out asking the ministry for comment.')).toEqual([]);
  });

  it('reads no claim from a request for anonymity', () => {
    expect(cues('The people asked not to be named because the talks are private.')).toEqual([]);
  });

  it('reads no claim from a vote or a deed', () => {
    expect(cues('The Senate passed the bill 61-39 on Thursday.')).toEqual([]);
    expect(cues('Council members voted 7-2 to delay the hearing.')).toEqual([]);
    expect(cues('The governor declared a state of emergency on Sunday night.')).toEqual([]);
    expect(cues('The judge ordered the firm to release the records by March.')).toEqual(['ordered']);
  });

  it('reads no claim from an instruction given to the subject', () => {
    expect(cues('The volunteers were asked to press a button when the light changed.')).toEqual([]);
  });

  it('reads no claim from trying, starting or going on, nor from how things seem', () => {
    expect(cues('The choir began to sing after the mayor left.')).toEqual([]);
    expect(cues('The old pumps seemed to work well enough.')).toEqual([]);
    expect(cues('She noticed the dent in the door.')).toEqual([]);
  });

  it('reads no claim from agreeing to do something, a deal, but one from agreeing that something is so', () => {
    expect(cues('Harlow Mining agreed to buy its rival for $1.2 billion.')).toEqual([]);
    expect(cues('Both unions agreed not to strike before March.')).toEqual([]);
    expect(cues('Both unions agreed that the offer was fair.')).toEqual(['agreed']);
  });

  it('reads a writer’s `I` only when they put a proposition forward', () => {
    expect(cues('I want to leave the network for good.')).toEqual([]);
    expect(cues('I was surprised that the update was so fast.')).toEqual([]);
    expect(cues('I believe that the rule protects readers.')).toEqual(['believe']);
  });

  it('reads no claim from a name given to a thing or a credit line', () => {
    expect(cues('Volunteers formed a group called Harbor Watch, which now runs the tests.')).toEqual([]);
    expect(cues('The method uses a trick called “delayed naming” to time a choice.')).toEqual([]);
    expect(cues('The group, called Harbor Watch, has run the tests since 2019.')).toEqual([]);
    expect(cues('The report called the plan reckless.')).toEqual(['called']);
    expect(cues('Nadia Osei reported from Accra.')).toEqual([]);
  });

  it('reads no verb of saying inside a hyphenated compound', () => {
    expect(extractClaims('The self-described reformer said the budget was balanced.').map((c) => c.cue?.text)).toEqual(['said']);
  });

  it('reads a `whom` clause as a description of the speaker, not a report', () => {
    const claims = extractClaims('The mayor, whom critics describe as aloof, said the budget was balanced.');
    expect(claims.map((c) => [c.cue?.text, c.content.text, c.speaker.name])).toEqual([['said', 'the budget was balanced', 'The mayor']]);
  });
});

describe('who speaks on a wire page', () => {
  it('reads a capital in capitals before a colon as a dateline, not a speaker', () => {
    const claims = extractClaims('NAIROBI: The health ministry said on Monday that the clinics would reopen.');
    expect(claims.map((c) => c.speaker.name)).toEqual(['The health ministry']);
  });

  it('reads no headline label before a colon as a speaker', () => {
    expect(extractClaims('Related: Farmers say the drought will cut yields').every((c) => c.speaker.name !== 'Related')).toBe(true);
  });

  it('gives the name after a title and its place, with the title apart', () => {
    const [claim] = extractClaims('Chile Ambassador to India Juan Rojas said the two countries would expand trade.');
    expect(claim.speaker.name).toBe('Juan Rojas');
    expect(claim.speaker.title).toBe('Chile Ambassador to India');
  });

  it('keeps a title’s body a body, not a person', () => {
    const [claim] = extractClaims('A spokesman for the Ohio Republican Party, Kyle Marsh, said the party would spend what it takes.');
    expect(claim.speaker.name).toBe('Kyle Marsh');
  });

  it('keeps a rank’s abbreviation with the name it opens', () => {
    expect(analyse('The crew was safe, said Lt. Cmdr. Ana Ruiz of the Coast Guard.').sentences).toHaveLength(1);
    const [claim] = extractClaims('“The crew did everything right,” said Lt. Cmdr. Ana Ruiz of the Coast Guard.');
    expect(claim.speaker.name).toContain('Ana Ruiz');
  });
});
