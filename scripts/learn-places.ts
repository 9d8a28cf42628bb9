/**
 * usage: npm run --silent learn-places > /tmp/places.json && mv /tmp/places.json shared/extraction/speakers/places.json
 * The names of places that speak as their governments do (`North Korea said`, `Beijing warned`,
 * `Florida argued`) and so are never a person: the common names and capitals of the 250 countries
 * and territories of the registry package world-countries, and the 50 US states and territories
 * of states-us. Lower case, sorted.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const countries = require('world-countries') as Array<{ name: { common: string }; capital?: string[] }>;
const states = require('states-us').default as Array<{ name: string }>;

const places = new Set<string>();
for (const c of countries) {
  places.add(c.name.common);
  for (const capital of c.capital ?? []) places.add(capital);
}
for (const s of states) places.add(s.name);
console.log(JSON.stringify([...places].map((p) => p.toLowerCase()).sort()));
