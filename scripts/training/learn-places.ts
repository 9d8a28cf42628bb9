/**
 * usage: npm run --silent learn-places > /tmp/places.json && mv /tmp/places.json shared/extraction/speakers/places.json
 * The names of places that speak as their governments do (`North Korea said`, `Beijing warned`,
 * `Florida argued`) and so are never a person: the common names, short alternative names of the 250 countries and territories
 * of the registry package world-countries and the capitals of the UN's members (a territory's
 * capital is as often a surname: Douglas, Hamilton), and the 50 US states and territories
 * of states-us, apart: `the state` is the state last named. Lower case, sorted.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const countries = require('world-countries') as Array<{ name: { common: string }; capital?: string[]; altSpellings: string[]; unMember: boolean }>;
/** Names news gives countries that the package lists only under another (`United Kingdom`). */
const ALSO = ['Britain', 'England', 'Scotland', 'Wales', 'Northern Ireland'];
/** `Great Britain`, `Republic of Korea`: alternative names of a word or two, not codes (`GB`) or native scripts. */
const isEnglishName = (name: string) => /^[A-Z][a-z]+( [A-Z][a-z]+)?$/.test(name);
const states = require('states-us').default as Array<{ name: string }>;

const sorted = (names: Iterable<string>) => [...new Set([...names].map((n) => n.toLowerCase()))].sort();
console.log(
  JSON.stringify({
    countries: sorted([...countries.flatMap((c) => [c.name.common, ...(c.unMember ? (c.capital ?? []) : []), ...c.altSpellings.filter(isEnglishName)]), ...ALSO]),
    states: sorted(states.map((s) => s.name)),
  }),
);
