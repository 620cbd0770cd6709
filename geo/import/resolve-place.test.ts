import { describe, expect, it } from 'vitest';
import { loadGazetteer, looseKey, placeKey } from './gazetteer.ts';
import { resolvePlace } from './resolve-place.ts';
import { testGazetteer } from './test-gazetteer.ts';

describe('placeKey', () => {
  it.each([
    ['Malé', 'male'],
    ['  ALMATY ', 'almaty'],
    ['Łódź', 'lodz'],
    ['Tromsø', 'tromso'],
    ['Saint-Étienne', 'saint etienne'],
    ['Nur-Sultan', 'nur sultan'],
    ['Sri  Jayewardenepura\tKotte', 'sri jayewardenepura kotte'],
    ['Алматы', 'алматы'],
  ])('%j → %j', (name, key) => {
    expect(placeKey(name)).toBe(key);
  });
});

describe('looseKey: another romanisation of the same name', () => {
  it.each([
    ['Osipovichi', 'Asipovichy', true],
    ['Zhitomir', 'Zhytomyr', true],
    ['Odessa', 'Odesa', true],
    ['Kharkov', 'Harkov', true],
    ['Paris', 'Perez', false],
    ['Minsk', 'Pinsk', false],
  ])('%s and %s: %s', (a, b, same) => {
    expect(looseKey(a) === looseKey(b)).toBe(same);
  });
});

describe('resolvePlace (test gazetteer)', () => {
  const resolve = (name: string, country?: string) => {
    const r = resolvePlace(testGazetteer, name, country);
    return 'city' in r ? `${r.city.name}, ${r.city.country}` : r.problem;
  };

  it.each([
    ['one candidate', 'Almaty', undefined, 'Almaty, KZ'],
    ['most populous when ≥ 10× the next', 'Paris', undefined, 'Paris, FR'],
    ['country filter picks the smaller one', 'Paris', 'US', 'Paris, US'],
    ['diacritics either way', 'Malé', undefined, 'Male, MV'],
    ['the other country GeoNames files it under', 'Mariehamn', 'FI', 'Mariehamn, AX'],
    ['not found', 'Atlantis', undefined, '"Atlantis" not found in the gazetteer; give lat and lon'],
    ['not found anywhere, with country', 'Atlantis', 'GR', '"Atlantis" not found in the gazetteer; give lat and lon'],
    [
      'found only elsewhere',
      'Almaty',
      'RU',
      '"Almaty" is not in the gazetteer for RU (only KZ); check country, or give lat and lon',
    ],
    [
      'less than 10× apart',
      'Colombo',
      undefined,
      '"Colombo" is ambiguous: Colombo (LK, 648,034), Colombo (BR, 217,000); add a country column or lat and lon',
    ],
  ])('%s: %s %s', (_, name, country, expected) => {
    expect(resolve(name, country)).toBe(expected);
  });
});

describe('resolvePlace (the real GeoNames gazetteer)', () => {
  const gazetteer = loadGazetteer();
  const resolve = (name: string, country?: string) => {
    const r = resolvePlace(gazetteer, name, country);
    return 'city' in r ? [r.city.name, r.city.country, r.city.geonameId] : r.problem;
  };

  it('is loaded once', () => {
    expect(loadGazetteer()).toBe(gazetteer);
  });

  it.each([
    ['Paris', undefined, ['Paris', 'FR', 2988507]],
    ['Almaty', undefined, ['Almaty', 'KZ', 1526384]],
    ['Kandy', 'LK', ['Kandy', 'LK', 1241622]],
    ['Colombo', 'LK', ['Colombo', 'LK', 1248991]],
    ['Malé', 'MV', ['Male', 'MV', 1282027]],
    ['London', undefined, ['London', 'GB', 2643743]],
    ['London', 'CA', ['London', 'CA', 6058560]],
  ])('%s (%s)', (name, country, expected) => {
    expect(resolve(name, country)).toEqual(expected);
  });

  it.each([
    ['an English exonym (Natural Earth NAME_EN)', 'Rostov-on-Don', undefined, ['Rostov-na-Donu', 'RU', 501175]],
    ['an English exonym within its country', 'Rostov-on-Don', 'RU', ['Rostov-na-Donu', 'RU', 501175]],
    ['the Russian romanisation of a Belarusian town', 'Osipovichi', 'BY', ['Asipovichy', 'BY', 624034]],
    ['the same without a country', 'Osipovichi', undefined, ['Asipovichy', 'BY', 624034]],
    ['a Russian name (Natural Earth NAME_RU)', 'Ростов-на-Дону', undefined, ['Rostov-na-Donu', 'RU', 501175]],
    ['a French name (Natural Earth NAME_FR)', 'Moscou', undefined, ['Moscow', 'RU', 524901]],
    ['a Spanish name without its accent', 'Concepcion', 'CL', ['Concepción', 'CL', 3893894]],
  ])('finds %s: %s (%s)', (_, name, country, expected) => {
    expect(resolve(name, country)).toEqual(expected);
  });

  it.each([
    [
      'Rostov-na-Donau',
      undefined,
      '"Rostov-na-Donau" not found in the gazetteer; did you mean Rostov-na-Donu (RU, 1,074,482)? Otherwise give lat and lon',
    ],
    [
      'Mogilev',
      'BY',
      '"Mogilev" not found in the gazetteer; did you mean Moguilev (Mahilyow, BY, 369,200)? Otherwise give lat and lon',
    ],
    ['Qwertyville', undefined, '"Qwertyville" not found in the gazetteer; give lat and lon'],
  ])('offers close spellings with country and population for %s (%s)', (name, country, expected) => {
    expect(resolve(name, country)).toBe(expected);
  });

  it('offers at most three candidates, and only in the row’s country', () => {
    const r = resolvePlace(gazetteer, 'Springfeld', 'US');
    expect('problem' in r && r.problem).toMatch(/^"Springfeld" not found in the gazetteer; did you mean /);
    const offered = gazetteer.near('Springfeld', 'US');
    expect(offered.length).toBe(3);
    expect(offered.every((o) => o.city.country === 'US' || o.city.otherCountries.includes('US'))).toBe(true);
    expect(offered.map((o) => o.city.name)).toEqual(['Springfield', 'Springfield', 'Springfield']);
  });

  it('Springfield is ambiguous and lists five candidates', () => {
    expect(resolve('Springfield')).toBe(
      '"Springfield" is ambiguous: Springfield (US, 166,810), Springfield (US, 154,341), Springfield (US, 116,565), Springfield (US, 60,870), Springfield (US, 59,680), …; add a country column or lat and lon',
    );
  });

  it('an invented place is not found', () => {
    expect(resolve('Qqzxv')).toBe('"Qqzxv" not found in the gazetteer; give lat and lon');
  });
});

describe('resolvePlace: the countries a name exists in, when the given one has none', () => {
  it('lists at most five, then …', () => {
    const { problem } = resolvePlace(loadGazetteer(), 'San Jose', 'KZ') as { problem: string };
    expect(problem).toMatch(
      /^"San Jose" is not in the gazetteer for KZ \(only [A-Z]{2}(, [A-Z]{2}){4}, …\); check country/,
    );
  });
});
