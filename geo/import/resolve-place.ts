import type { City, Gazetteer } from './gazetteer.ts';
import { quote } from './messages.ts';

export type Resolution = { city: City } | { problem: string };

/** How much bigger the first candidate must be to win without a country: Paris, FR over Paris, Texas. */
const DOMINANT = 10;
const LISTED = 5;

/**
 * Finds a place by name, within a country when one is given. One candidate is taken; among several,
 * the most populous only when it dwarfs the next (a reader saying "Paris" means France), otherwise the
 * editor must choose. `problem` is the message after "place: ".
 */
export function resolvePlace(gazetteer: Gazetteer, name: string, country?: string): Resolution {
  const all = gazetteer.find(name);
  const candidates = (country ? all.filter((c) => inCountry(c, country)) : [...all]).sort(
    (a, b) => b.population - a.population || a.geonameId - b.geonameId,
  );

  if (candidates.length === 0) {
    if (country && all.length > 0) {
      const countries = [...new Set(all.map((c) => c.country))].sort();
      const elsewhere = countries.slice(0, LISTED).join(', ') + (countries.length > LISTED ? ', …' : '');
      return {
        problem: `${quote(name)} is not in the gazetteer for ${country} (only ${elsewhere}); check country, or give lat and lon`,
      };
    }
    return { problem: `${quote(name)} not found in the gazetteer; give lat and lon` };
  }
  const [first, second] = candidates;
  if (!second || (first.population > 0 && first.population >= DOMINANT * second.population)) return { city: first };

  const listed = candidates
    .slice(0, LISTED)
    .map((c) => `${c.name} (${c.country}, ${c.population.toLocaleString('en-US')})`);
  if (candidates.length > LISTED) listed.push('…');
  const hint = country ? 'give lat and lon' : 'add a country column or lat and lon';
  return { problem: `${quote(name)} is ambiguous: ${listed.join(', ')}; ${hint}` };
}

const inCountry = (city: City, country: string): boolean =>
  city.country === country || city.otherCountries.includes(country);
