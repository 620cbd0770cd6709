/**
 * The Almaty landmarks the story needs labelled. The 2012 extract names the airport; the akimat is there as an
 * unnamed building (Republic Square 4); Republic Square and the presidential residence are not named in it.
 * Names below are written by hand where the data has none, citing the reference; positions come from the data
 * where it holds them.
 */
import type { Names } from './names.ts';

export interface Landmark extends Names {
  id: string;
  kind: 'square' | 'building' | 'airport';
  /** Where the position comes from (and, for names written here, the names). */
  source: string;
}

export const landmarks = {
  republicSquare: {
    id: 'republic-square',
    kind: 'square',
    en: 'Republic Square',
    ru: 'Площадь Республики',
    kk: 'Республика алаңы',
    source:
      'Position: the middle of Satpayev Street between its crossings with Zheltoksan Street and Furmanov Street ' +
      '(Nazarbayev Avenue since 2017) in the 2012 extract. Satpayev Street runs across the square, which is 580 m ' +
      'long (travel guides, e.g. advantour.com), the distance between those two crossings, with the akimat on its ' +
      'south side. Names: written for this project (Wikipedia articles on the square).',
  },
  akimat: {
    id: 'akimat',
    kind: 'building',
    en: 'Almaty City Akimat',
    ru: 'Акимат города Алматы',
    kk: 'Алматы қаласының әкімдігі',
    source:
      "Position: the middle of the building the 2012 extract tags as Republic Square 4 (the akimat's address; " +
      'Wikipedia (Russian), "Здание акимата города Алматы", puts it at 43°14′11″ N 76°56′44″ E). Names: ' +
      "the city administration's own, as in the Wikipedia articles.",
  },
  presidentialResidence: {
    id: 'presidential-residence',
    kind: 'building',
    en: 'Presidential Residence',
    ru: 'Резиденция Президента',
    kk: 'Президент резиденциясы',
    /** Not in the extract: Wikipedia's coordinates, as geo/story/story.json places it. */
    at: [76.9478, 43.2347] as [number, number],
    source:
      'Position: Wikipedia (Russian), "Резиденция президента Казахстана (Алма-Ата)", infobox 43°14′05″ N ' +
      '76°56′52″ E (Nazarbayev Avenue 205), as geo/story/story.json has it; the 2012 extract does not name it. ' +
      'Names: written for this project.',
  },
  airport: {
    id: 'airport',
    kind: 'airport',
    // Read from the extract's aerodrome node at build time (name:en, name, name:kk); these are what it says.
    en: 'Almaty International Airport',
    ru: 'Международный Аэропорт Алматы',
    kk: 'Халықаралық Алматы Әуежайы',
    source:
      "Position and names: the 2012 extract's aerodrome node (IATA ALA, by the terminal): name:en, name, name:kk.",
  },
} as const satisfies Record<string, Landmark & { at?: [number, number] }>;
