/**
 * usage: npx tsx test/syndication/make-set.ts
 * Builds the syndication set (test/syndication/set/): 20 wire stories, each run in 4 to 8 copies
 * as outlets run them (retitled, a paragraph trimmed, `said` swapped for `told reporters`, straight
 * or curly quotation marks, a local paragraph added, the speaker's name left to a pronoun), and near
 * misses (the same speaker saying something else, the same figure in another claim, a follow-up the
 * next day quoting the same person). `truth.json` names, for every article, where each quote it
 * carries stands and which quote it is: two claims are the same claim when they carry the same quote.
 * Deterministic: the same set every run.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

interface Story {
  name: string;
  title: string;
  place: string;
  agency: string;
  speaker: { first: string; surname: string; title: string; pronoun: 'he' | 'she' };
  figure: string;
  /** the direct quote: a sentence with the figure in it */
  direct: string;
  /** what the speaker said, reported */
  indirect: string;
  /** a second source's words */
  other: { who: string; said: string };
  /** background the copies trim */
  background: string;
  /** the speaker again, on something else: a near miss for the direct quote */
  elsewhere: string;
}

const STORIES: Story[] = [
  { name: 'gas-reserves', title: 'Britain has enough gas for winter, minister says', place: 'LONDON', agency: 'Reuters', speaker: { first: 'Laura', surname: 'Finch', title: 'the energy minister', pronoun: 'she' }, figure: '12', direct: 'Storage is 12 percent fuller than it was a year ago and no factory will be asked to ration supplies', indirect: 'imports from Norway would cover any shortfall in February', other: { who: 'The grid operator', said: 'demand would peak in the second week of January' }, background: 'Prices have fallen by a third since the summer after mild weather across northern Europe.', elsewhere: 'the government would publish a new plan for offshore wind farms in the spring' },
  { name: 'rail-strike', title: 'Rail union calls off strike after pay offer', place: 'MANCHESTER', agency: 'PA', speaker: { first: 'Dev', surname: 'Raman', title: 'general secretary of the rail union', pronoun: 'he' }, figure: '6', direct: 'Our members will take the 6 percent offer to a vote and the trains will run on Monday', indirect: 'the offer was the best the union had seen in a decade', other: { who: 'The train operators', said: 'timetables would return to normal within two days' }, background: 'Commuters have faced eleven days of disruption since October.', elsewhere: 'the union would campaign against the closure of ticket offices' },
  { name: 'wildfire', title: 'Wildfire forces thousands from homes in Oregon', place: 'SISTERS, Ore.', agency: 'AP', speaker: { first: 'Maria', surname: 'Ochoa', title: 'the county fire chief', pronoun: 'she' }, figure: '4,000', direct: 'More than 4,000 people have left their homes and the fire is only 10 percent contained', indirect: 'crews expected the wind to ease by Wednesday evening', other: { who: 'The National Weather Service', said: 'gusts of up to 50 miles an hour were likely overnight' }, background: 'The blaze started on Saturday near a campground west of town.', elsewhere: 'the county needed more volunteer firefighters every summer' },
  { name: 'river-data', title: 'Central Asian neighbours agree to share river data', place: 'GENEVA', agency: 'AFP', speaker: { first: 'Aizada', surname: 'Temirova', title: 'a spokeswoman for the Kyrgyz foreign ministry', pronoun: 'she' }, figure: '14', direct: 'Both countries will exchange readings from 14 gauging stations every hour from next month', indirect: 'the deal would reduce the risk of clashes over irrigation water', other: { who: 'A Tajik diplomat', said: 'talks on a joint reservoir would resume in March' }, background: 'Border clashes in 2022 left dozens dead on both sides.', elsewhere: 'the ministry would open a consulate in Dushanbe next year' },
  { name: 'lithium', title: 'Andes Lithium agrees takeover by Kessler Mining', place: 'SANTIAGO', agency: 'Bloomberg', speaker: { first: 'Carla', surname: 'Mendes', title: 'chief executive of Andes Lithium', pronoun: 'she' }, figure: '2.4 billion', direct: 'The 2.4 billion dollar offer values our mines fairly and protects every job in Antofagasta', indirect: 'the board would recommend that shareholders accept the bid', other: { who: 'An analyst at Banco Norte', said: 'the price was about 15 percent above where the shares traded last month' }, background: 'Lithium prices have halved since their peak two years ago.', elsewhere: 'the company would build a new refinery near the port' },
  { name: 'hospital-waits', title: 'Hospital waiting list falls for the first time in a year', place: 'LONDON', agency: 'PA', speaker: { first: 'Owen', surname: 'Price', title: 'the health secretary', pronoun: 'he' }, figure: '7.2 million', direct: 'The waiting list has fallen to 7.2 million and it will keep falling through the winter', indirect: 'extra weekend clinics had cleared the longest waits for hip operations', other: { who: 'The Royal College of Nursing', said: 'staff shortages still left wards unsafe at night' }, background: 'The list peaked at 7.8 million last autumn.', elsewhere: 'the government would train more paramedics next year' },
  { name: 'coast-guard', title: 'Coast Guard rescues six from capsized fishing boat', place: 'WILMINGTON, N.C.', agency: 'UPI', speaker: { first: 'James', surname: 'Holt', title: 'a Coast Guard petty officer', pronoun: 'he' }, figure: '40', direct: 'The crew spent nine hours in the water about 40 miles offshore before our helicopter reached them', indirect: 'all six fishermen were in stable condition', other: { who: 'The boat owner', said: 'the vessel had passed its safety inspection in May' }, background: 'Seas of up to 12 feet were reported off the coast on Saturday.', elsewhere: 'boaters should carry a working radio beacon at all times' },
  { name: 'council-flats', title: 'Council approves 300 flats on old bus depot', place: 'LEEDS', agency: 'PA', speaker: { first: 'Helen', surname: 'Marsh', title: 'the council leader', pronoun: 'she' }, figure: '300', direct: 'These 300 homes will be built on land that has stood empty for 15 years', indirect: 'a third of the flats would be let at social rents', other: { who: 'Residents of the nearby estate', said: 'the plans had too few parking spaces' }, background: 'The depot closed in 2009 when the routes moved to a new garage.', elsewhere: 'the council would cut the number of street lights left on after midnight' },
  { name: 'pension-fraud', title: 'Former adviser jailed for pension fraud', place: 'BIRMINGHAM', agency: 'PA', speaker: { first: 'Anna', surname: 'Whitlock', title: 'the judge', pronoun: 'she' }, figure: '1.3 million', direct: 'You took 1.3 million pounds from people who trusted you with their retirement', indirect: 'the defendant had shown no remorse during the trial', other: { who: 'The prosecution', said: 'the money was spent on racehorses and a villa in Spain' }, background: 'Graham Pettifer advised more than 200 clients over a decade.', elsewhere: 'the court would hear a further case against the firm in June' },
  { name: 'derby', title: 'Okafor double settles the derby', place: 'LIVERPOOL', agency: 'PA', speaker: { first: 'Tom', surname: 'Brandt', title: 'the home manager', pronoun: 'he' }, figure: '2-1', direct: 'Winning 2-1 after going behind shows the character this squad has found since August', indirect: 'Okafor would be rested for the cup tie on Wednesday', other: { who: 'The visiting manager', said: 'the penalty decision had changed the game' }, background: 'The sides had drawn their previous three meetings.', elsewhere: 'the club would look for a new goalkeeper in January' },
  { name: 'sleep-study', title: 'Teenagers who sleep longer remember more, study finds', place: 'EDINBURGH', agency: 'PA', speaker: { first: 'Sarah', surname: 'Quinlan', title: 'the study’s lead author', pronoun: 'she' }, figure: '23', direct: 'Pupils who slept an extra hour recalled 23 percent more of what they had learned the day before', indirect: 'schools should consider starting classes later in the morning', other: { who: 'A separate sleep researcher', said: 'the sample of 400 pupils was too small to settle the question' }, background: 'The researchers followed pupils at eight schools for a full term.', elsewhere: 'her team would next study the effect of screens at bedtime' },
  { name: 'opec', title: 'OPEC+ agrees to hold output steady', place: 'VIENNA', agency: 'Reuters', speaker: { first: 'Khalid', surname: 'Al-Fahd', title: 'the Saudi energy minister', pronoun: 'he' }, figure: '3.5 million', direct: 'The group will keep about 3.5 million barrels a day off the market until the end of June', indirect: 'demand from Asia was recovering faster than expected', other: { who: 'Traders', said: 'the decision had been fully priced in' }, background: 'Brent crude rose 1 percent after the announcement.', elsewhere: 'the kingdom would invest in hydrogen projects on the Red Sea coast' },
  { name: 'dental-plan', title: 'Dental plan will cost more than expected, watchdog says', place: 'OTTAWA', agency: 'CP', speaker: { first: 'Elise', surname: 'Marchand', title: 'the parliamentary budget officer', pronoun: 'she' }, figure: '13 billion', direct: 'The dental plan will cost 13 billion dollars over five years, about 4 billion more than the government said', indirect: 'the extra cost came from higher use by seniors', other: { who: 'The health minister', said: 'the plan had already helped two million people see a dentist' }, background: 'The program opened to all eligible adults in the spring.', elsewhere: 'her office would review the cost of the new child care program' },
  { name: 'airline-outage', title: 'Airline cancels hundreds of flights after IT outage', place: 'ATLANTA', agency: 'AP', speaker: { first: 'Rachel', surname: 'Dunn', title: 'a spokeswoman for Skyward Airlines', pronoun: 'she' }, figure: '600', direct: 'We cancelled about 600 flights and every affected passenger will get a full refund', indirect: 'a faulty software update from a vendor had caused the outage', other: { who: 'The Federal Aviation Administration', said: 'it was reviewing the airline’s backup systems' }, background: 'Queues stretched out of terminals in Atlanta and Denver on Friday.', elsewhere: 'the airline would add new routes to Mexico in the summer' },
  { name: 'monsoon', title: 'India expects a normal monsoon this year', place: 'NEW DELHI', agency: 'PTI', speaker: { first: 'Ravi', surname: 'Menon', title: 'director general of the weather office', pronoun: 'he' }, figure: '104', direct: 'Rainfall this season should reach 104 percent of the long-period average', indirect: 'El Nino conditions were likely to fade by July', other: { who: 'Farm groups', said: 'a good monsoon would ease food prices by autumn' }, background: 'Last year’s rains were the weakest in five years.', elsewhere: 'the office would install new radar stations in the northeast' },
  { name: 'freight-trains', title: 'China-Europe freight trains hit record', place: 'BEIJING', agency: 'Xinhua', speaker: { first: 'Wei', surname: 'Zhang', title: 'a spokesman for the state railway group', pronoun: 'he' }, figure: '19,000', direct: 'More than 19,000 freight trains ran between China and Europe this year, a record', indirect: 'new routes through Central Asia had cut journey times by four days', other: { who: 'Logistics companies', said: 'rail was now cheaper than air for electronics' }, background: 'The first such service ran from Chongqing to Duisburg in 2011.', elsewhere: 'the group would open a new container terminal in Xi’an' },
  { name: 'flood-wall', title: 'Flood wall delayed by two years', place: 'YORK', agency: 'BBC', speaker: { first: 'Rhys', surname: 'Pritchard', title: 'the Environment Agency’s area manager', pronoun: 'he' }, figure: '45 million', direct: 'The 45 million pound wall will not be finished until 2027 because of the ground conditions', indirect: 'temporary barriers would protect the city centre this winter', other: { who: 'Local business owners', said: 'another flood would close shops for months' }, background: 'The river burst its banks three times in the last decade.', elsewhere: 'the agency would dredge the river below the city next summer' },
  { name: 'rents', title: 'Rents rise at the fastest pace on record', place: 'LONDON', agency: 'Reuters', speaker: { first: 'Priya', surname: 'Shah', title: 'chief economist at the property portal', pronoun: 'she' }, figure: '9.2', direct: 'Rents rose 9.2 percent in the year to October, the fastest increase since our records began', indirect: 'a shortage of homes to let was driving the increase', other: { who: 'A landlords’ association', said: 'higher mortgage costs had pushed many owners to sell' }, background: 'The average rent outside London is now 1,200 pounds a month.', elsewhere: 'the portal would publish figures for Scotland from next year' },
  { name: 'rail-safety', title: 'House passes rail safety bill', place: 'WASHINGTON', agency: 'AP', speaker: { first: 'Daniel', surname: 'Ortega', title: 'the bill’s sponsor', pronoun: 'he' }, figure: '342', direct: 'This bill puts two crew members on every freight train and 342 members of this House agreed', indirect: 'the rules would have prevented the derailment in Ohio', other: { who: 'The Association of American Railroads', said: 'the bill would raise costs without making trains safer' }, background: 'The derailment forced 2,000 people from their homes last year.', elsewhere: 'he would seek funding for bridge repairs in his district' },
  { name: 'eczema-trial', title: 'Eczema drug clears symptoms in trial', place: 'CAMBRIDGE', agency: 'PA', speaker: { first: 'Meera', surname: 'Kapoor', title: 'the trial’s chief investigator', pronoun: 'she' }, figure: '68', direct: 'Sixty-eight percent of patients saw their skin clear within 16 weeks, twice the rate on placebo', indirect: 'the drug had caused no serious side effects in the trial', other: { who: 'The regulator', said: 'it would review the application by the end of next year' }, background: 'The trial enrolled 900 adults at 40 hospitals.', elsewhere: 'her group would test the drug in children next' },
];

interface Quote { id: string; text: string }
interface Article { name: string; text: string; quotes: Array<{ id: string; start: number; end: number }> }

const quote = (text: string, curly: boolean) => (curly ? `“${text},”` : `"${text},"`);

/** One outlet's copy of a story: which of the outlets' habits it shows is fixed by its number. */
function copyOf(story: Story, copy: number, index: number): { text: string; quotes: Quote[] } {
  const curly = copy % 2 === 1;
  const told = copy % 3 === 1;
  const { first, surname, title, pronoun } = story.speaker;
  const headline = story.title.replace(/,.*$/, '');
  const titles = [story.title, headline, `UPDATE 1-${story.title}`, `${surname}: ${story.title}`, `What ${surname} said about ${story.name.replace(/-/g, ' ')}`];
  const dateline = copy % 4 === 3 ? '' : `${story.place} (${story.agency}) - `;
  const lead = `${dateline}${quote(story.direct, curly)} ${first} ${surname}, ${title}, ${told ? 'told reporters' : 'said'} on Tuesday.`;
  // a copy that trims the name leaves only the pronoun: the speaker unresolved on one side
  const reported = copy === 5 ? `${pronoun[0].toUpperCase()}${pronoun.slice(1)} said that ${story.indirect}.` : `${surname} ${told ? 'told reporters' : 'said'} that ${story.indirect}.`;
  const other = `${story.other.who} said ${story.other.said}.`;
  // an outlet's own paragraph: a claim no other copy carries
  const town = ['Dover', 'Bristol', 'Fresno', 'Perth'][copy % 4];
  const local = copy % 3 === 2 ? [`The mayor of ${town} said ${100 + index * 10 + copy} local families had asked the town hall about the ${story.name.replace(/-/g, ' ')} news.`] : [];
  const paragraphs = [titles[copy % titles.length], lead, reported, ...local, ...(copy % 4 === 1 ? [] : [story.background]), ...(copy % 3 === 0 ? [] : [other])];
  const quotes: Quote[] = [
    ...(copy % titles.length < 4 ? [{ id: `${story.name}/headline`, text: headline }] : []),
    { id: `${story.name}/direct`, text: story.direct },
    { id: `${story.name}/indirect`, text: story.indirect },
    ...(copy % 3 === 0 ? [] : [{ id: `${story.name}/other`, text: story.other.said }]),
    ...local.map((l) => ({ id: `${story.name}/local-${copy}`, text: l.replace(/^.* said /, '').replace(/\.$/, '') })),
  ];
  return { text: `${paragraphs.join('\n\n')}\n`, quotes };
}

/** Near misses: the same speaker on something else, the same figure elsewhere, a follow-up the next day. */
function nearMisses(story: Story, i: number, next: Story): Array<{ text: string; quotes: Quote[] }> {
  const { first, surname, title } = story.speaker;
  const elsewhere = `${story.place} (${story.agency}) - ${first} ${surname}, ${title}, said on Thursday that ${story.elsewhere}.\n\n${surname} spoke at a conference.\n`;
  const followUp = `${story.place} (${story.agency}) - ${first} ${surname} said on Wednesday that yesterday's remarks about ${story.name.replace(/-/g, ' ')} had been misread and that nothing had been decided.\n`;
  const figure = `${next.place} (${next.agency}) - ${next.speaker.first} ${next.speaker.surname} said that about ${story.figure} ${i % 2 ? 'volunteers' : 'visitors'} had signed up for the open day at the museum.\n`;
  return [
    { text: elsewhere, quotes: [{ id: `${story.name}/elsewhere`, text: story.elsewhere }] },
    { text: followUp, quotes: [{ id: `${story.name}/follow-up`, text: `yesterday's remarks about ${story.name.replace(/-/g, ' ')} had been misread and that nothing had been decided` }] },
    { text: figure, quotes: [{ id: `${story.name}/same-figure`, text: `about ${story.figure} ${i % 2 ? 'volunteers' : 'visitors'} had signed up for the open day at the museum` }] },
  ];
}

export function buildSet(): Article[] {
  const articles: Article[] = [];
  const add = (name: string, { text, quotes }: { text: string; quotes: Quote[] }) => {
    const placed = quotes.map((q) => {
      const start = text.indexOf(q.text);
      if (start < 0) throw new Error(`${name}: the quote ${q.id} is not in the text`);
      return { id: q.id, start, end: start + q.text.length };
    });
    articles.push({ name, text, quotes: placed });
  };
  STORIES.forEach((story, i) => {
    const copies = 4 + (i % 5);
    for (let copy = 0; copy < copies; copy++) add(`${story.name}-${copy}`, copyOf(story, copy, i));
    nearMisses(story, i, STORIES[(i + 1) % STORIES.length]).forEach((miss, k) => add(`${story.name}-near-${k}`, miss));
  });
  return articles;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = fileURLToPath(new URL('./set/', import.meta.url));
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const articles = buildSet();
  for (const a of articles) writeFileSync(`${dir}${a.name}.txt`, a.text);
  writeFileSync(`${dir}truth.json`, `${JSON.stringify(Object.fromEntries(articles.map((a) => [a.name, a.quotes])), null, 1)}\n`);
  console.log(`${articles.length} articles (${STORIES.length} stories) in ${dir}`);
}
