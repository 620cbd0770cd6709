import type { City, Gazetteer } from './gazetteer.ts';
import { quote } from './messages.ts';

export type Resolution = { city: City } | { problem: string };

/** How much bigger the first candidate must be to win without a country: Paris, FR over Paris, Texas. */
const DOMINANT = 10;
const LISTED = 5;
/** Close spellings offered for a place not found. */
const SUGGESTED = 3;

const byPopulation = (a: City, b: City) => b.population - a.population || a.geonameId - b.geonameId;
const described = (c: City, spelled = c.name) =>
  `${spelled}${spelled === c.name ? '' : ` (${c.name}`}${spelled === c.name ? ' (' : ', '}${c.country}, ${c.population.toLocaleString('en-US')})`;

/** One city among candidates: the only one, or the most populous when it dwarfs the next; else none. */
function pick(candidates: readonly City[]): City | undefined {
  const [first, second] = candidates;
  if (!first) return undefined;
  if (!second || (first.population > 0 && first.population >= DOMINANT * second.population)) return first;
  return undefined;
}

/**
 * Finds a place by name, within a country when one is given: by GeoNames' name or one of the other names
 * Natural Earth gives it ("Rostov-on-Don"), then by another romanisation of it ("Osipovichi" for
 * Asipovichy). One candidate is taken; among several, the most populous only when it dwarfs the next (a
 * reader saying "Paris" means France), otherwise the editor must choose. A place not found comes with up
 * to three close spellings, with their country and population. `problem` is the message after "place: ".
 */
export function resolvePlace(gazetteer: Gazetteer, name: string, country?: string): Resolution {
  const within = (list: readonly City[]) =>
    (country ? list.filter((c) => inCountry(c, country)) : [...list]).sort(byPopulation);
  const all = gazetteer.find(name);
  let candidates = within(all);
  // Another romanisation only when the name as written finds nothing there: an exact name always wins.
  if (candidates.length === 0) candidates = within(gazetteer.findLoose(name));

  if (candidates.length === 0) {
    if (country && all.length > 0) {
      const countries = [...new Set(all.map((c) => c.country))].sort();
      const elsewhere = countries.slice(0, LISTED).join(', ') + (countries.length > LISTED ? ', …' : '');
      return {
        problem: `${quote(name)} is not in the gazetteer for ${country} (only ${elsewhere}); check country, or give lat and lon`,
      };
    }
    const near = gazetteer.near(name, country, SUGGESTED).map((n) => described(n.city, n.name));
    const hint = near.length ? `; did you mean ${listed(near)}? Otherwise give lat and lon` : '; give lat and lon';
    return { problem: `${quote(name)} not found in the gazetteer${hint}` };
  }
  const chosen = pick(candidates);
  if (chosen) return { city: chosen };

  const shown = candidates.slice(0, LISTED).map((c) => described(c));
  if (candidates.length > LISTED) shown.push('…');
  const hint = country ? 'give lat and lon' : 'add a country column or lat and lon';
  return { problem: `${quote(name)} is ambiguous: ${shown.join(', ')}; ${hint}` };
}

/** "A", "A or B", "A, B or C". */
const listed = (items: string[]) =>
  items.length === 1 ? items[0] : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;

const inCountry = (city: City, country: string): boolean =>
  city.country === country || city.otherCountries.includes(country);
