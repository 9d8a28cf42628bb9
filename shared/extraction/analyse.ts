import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/** Loaded once per process: this is the bulk of extraction's cold start. */
const nlp = winkNLP(model);
const its = nlp.its;

export interface Token {
  index: number;
  start: number;
  end: number;
  text: string;
  lower: string;
  pos: string;
  sentence: number;
}

export interface Sentence {
  index: number;
  start: number;
  end: number;
  /** tokens [first, last) */
  first: number;
  last: number;
  /** index of the paragraph (newline-separated block) holding the sentence */
  paragraph: number;
}

export interface Analysis {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
}

/**
 * Tokens, parts of speech and sentences from wink-nlp, with character offsets into `text`.
 * wink-nlp gives each token's text rather than its offset, so offsets are found by walking the
 * text. A sentence also ends at a line break: wink-nlp runs a headline without a full stop into
 * the next paragraph, and no claim outside a quote crosses a paragraph.
 */
export function analyse(text: string): Analysis {
  const doc = nlp.readDoc(text);
  const values = doc.tokens().out();
  const tags = doc.tokens().out(its.pos);
  const winkSentence = new Int32Array(values.length);
  doc.sentences().each((sentence, index) => {
    const [first, last] = sentence.out(its.span) as unknown as [number, number];
    winkSentence.fill(index, first, last + 1);
  });

  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  let cursor = 0;
  let paragraph = 0;
  let previousWinkSentence = -1;
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (/^\s*$/.test(value)) continue;
    const start = text.indexOf(value, cursor);
    if (start < 0) continue;
    const lineBreak = tokens.length > 0 && text.slice(cursor, start).includes('\n');
    cursor = start + value.length;
    if (lineBreak) paragraph += 1;
    if (tokens.length === 0 || lineBreak || winkSentence[i] !== previousWinkSentence) {
      sentences.push({ index: sentences.length, start, end: start, first: tokens.length, last: tokens.length, paragraph });
    }
    previousWinkSentence = winkSentence[i];
    const sentence = sentences[sentences.length - 1];
    tokens.push({ index: tokens.length, start, end: cursor, text: value, lower: value.toLowerCase(), pos: tags[i], sentence: sentence.index });
    sentence.last = tokens.length;
    sentence.end = cursor;
  }
  return { text, tokens: mergeDoubledApostrophes(tokens, sentences), sentences };
}

/**
 * `''` opens and closes quotes in some newsrooms' copy; wink-nlp splits it into two apostrophes.
 * Joined here, it is one quote-mark token like `"`.
 */
function mergeDoubledApostrophes(tokens: Token[], sentences: Sentence[]): Token[] {
  if (!tokens.some((t, i) => t.text === "'" && tokens[i + 1]?.text === "'" && tokens[i + 1].start === t.end)) return tokens;
  const merged: Token[] = [];
  const newIndex = new Int32Array(tokens.length + 1);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const next = tokens[i + 1];
    newIndex[i] = merged.length;
    if (t.text === "'" && next?.text === "'" && next.start === t.end && next.sentence === t.sentence) {
      newIndex[i + 1] = merged.length;
      merged.push({ ...t, end: next.end, text: "''", lower: "''", index: merged.length });
      i++;
    } else {
      merged.push({ ...t, index: merged.length });
    }
  }
  newIndex[tokens.length] = merged.length;
  for (const s of sentences) {
    s.first = newIndex[s.first];
    s.last = s.last === tokens.length ? merged.length : newIndex[s.last];
  }
  return merged;
}
