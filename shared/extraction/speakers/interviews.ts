import type { Analysis } from '../tokens/analyse.ts';
import type { People, Person } from './people.ts';

/*
 * An interview printed as a transcript (`Q: … A: …`) names its two speakers once, in its
 * introduction, and then only by letter: `She spoke to Sarah Quinlan.` names who asks; whom the
 * article is about answers. A reader takes each `Q:` and `A:` for them, as the labels of a play.
 */

export interface InterviewRoles {
  asks?: Person;
  answers?: Person;
}

/** `Q` or `A` when the source at [start, end) opens a paragraph as a transcript's turn (`Q: …`). */
export function turnLetter(text: string, start: number, end: number): 'Q' | 'A' | undefined {
  const letter = text.slice(start, end);
  if ((letter !== 'Q' && letter !== 'A') || text[end] !== ':' || (start > 0 && text[start - 1] !== '\n')) return undefined;
  return letter;
}

/** Who asks and who answers in the article's `Q:` and `A:` turns, as far as the article says. */
export function interviewRoles({ text, tokens }: Analysis, people: People): InterviewRoles {
  const firstTurn = text.search(/^Q:/mu);
  const introduction = firstTurn < 0 ? text : text.slice(0, firstTurn);
  const named = ASKER.exec(introduction)?.[1];
  const asker = named ? (people.named(named, named.split(/\s+/).at(-1)!.toLowerCase()) ?? { name: named, surname: named.split(/\s+/).at(-1)!.toLowerCase() }) : undefined;
  // whom the article names most answers, the one who asks aside
  const counts = new Map<Person, number>();
  for (const t of tokens) {
    const person = people.at(tokens, t);
    // a full name: the turns' own letters read as names too
    if (person && person.name.includes(' ') && person.surname !== asker?.surname) counts.set(person, (counts.get(person) ?? 0) + 1);
  }
  const answers = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
  return { asks: asker, answers };
}

/** `She spoke to Sarah Quinlan`, `Interview by Sarah Quinlan`, `interviewed by …`, `in conversation with …`: a name after these asks. */
const ASKER = /\b(?:(?:spoke|talked|speaking|talking) (?:to|with)|[Ii]nterview(?:ed)? by|in conversation with|questions? (?:by|from)) (\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)+)/u;
