/**
 * Names in English, Russian and Kazakh that no machine-readable source here has: written by hand, each table
 * citing the public reference its spellings follow. English follows the English Wikipedia article's title
 * (as used in January 2022 where a name changed since); Russian and Kazakh follow the Russian and Kazakh
 * Wikipedia articles (ru.wikipedia.org, kk.wikipedia.org) on the same subject.
 */
export interface Names {
  en: string;
  ru: string;
  kk: string;
}

export const references = {
  regions:
    'Wikipedia, "Regions of Kazakhstan" (its table gives each region\'s Kazakh and Russian name); ru.wikipedia ' +
    '"Административное деление Казахстана"; kk.wikipedia "Қазақстан әкімшілік бірліктері". Kazakh names also ' +
    "match the OpenStreetMap boundaries' own local_name tags.",
  water:
    'The English, Russian and Kazakh Wikipedia articles on each lake and river (e.g. kk.wikipedia "Балқаш", ' +
    '"Алакөл", "Ертіс", "Жайық"); Natural Earth\'s own names lost their non-ASCII letters ("Balqash Kli").',
  physical:
    'The English, Russian and Kazakh Wikipedia articles on each landform and peak (e.g. kk.wikipedia ' +
    '"Бетпақдала", "Үстірт", "Сарыарқа", "Талғар (шың)").',
  capitals: 'The English, Russian and Kazakh Wikipedia articles on each city (e.g. kk.wikipedia "Мәскеу", "Бішкек").',
} as const;

/**
 * Kazakhstan's first-level divisions as they were in January 2022, keyed by our id, with the OpenStreetMap
 * (June 2023) regions that make each of them up: Abai, Jetisu and Ulytau were carved out in June 2022.
 */
export const regions: Record<string, Names & { type: 'region' | 'city'; osm: string[] }> = {
  akmola: {
    en: 'Akmola Region',
    ru: 'Акмолинская область',
    kk: 'Ақмола облысы',
    type: 'region',
    osm: ['Akmola Region'],
  },
  aktobe: {
    en: 'Aktobe Region',
    ru: 'Актюбинская область',
    kk: 'Ақтөбе облысы',
    type: 'region',
    osm: ['Aqtöbe region'],
  },
  'almaty-region': {
    en: 'Almaty Region',
    ru: 'Алматинская область',
    kk: 'Алматы облысы',
    type: 'region',
    osm: ['Almaty Region', 'Jetisu Region'],
  },
  atyrau: {
    en: 'Atyrau Region',
    ru: 'Атырауская область',
    kk: 'Атырау облысы',
    type: 'region',
    osm: ['Atyrau Region'],
  },
  'east-kazakhstan': {
    en: 'East Kazakhstan Region',
    ru: 'Восточно-Казахстанская область',
    kk: 'Шығыс Қазақстан облысы',
    type: 'region',
    osm: ['East Kazakhstan Region', 'Abay Region'],
  },
  jambyl: {
    en: 'Jambyl Region',
    ru: 'Жамбылская область',
    kk: 'Жамбыл облысы',
    type: 'region',
    osm: ['Jambyl Region'],
  },
  karaganda: {
    en: 'Karaganda Region',
    ru: 'Карагандинская область',
    kk: 'Қарағанды облысы',
    type: 'region',
    osm: ['Karaganda Region', 'Ulytau Region'],
  },
  kostanay: {
    en: 'Kostanay Region',
    ru: 'Костанайская область',
    kk: 'Қостанай облысы',
    type: 'region',
    osm: ['Kostanay Region'],
  },
  kyzylorda: {
    en: 'Kyzylorda Region',
    ru: 'Кызылординская область',
    kk: 'Қызылорда облысы',
    type: 'region',
    osm: ['Kyzylorda Region'],
  },
  mangystau: {
    en: 'Mangystau Region',
    ru: 'Мангистауская область',
    kk: 'Маңғыстау облысы',
    type: 'region',
    osm: ['Mangystau Region'],
  },
  'north-kazakhstan': {
    en: 'North Kazakhstan Region',
    ru: 'Северо-Казахстанская область',
    kk: 'Солтүстік Қазақстан облысы',
    type: 'region',
    osm: ['North Kazakhstan Region'],
  },
  pavlodar: {
    en: 'Pavlodar Region',
    ru: 'Павлодарская область',
    kk: 'Павлодар облысы',
    type: 'region',
    osm: ['Pavlodar Region'],
  },
  turkistan: {
    en: 'Turkistan Region',
    ru: 'Туркестанская область',
    kk: 'Түркістан облысы',
    type: 'region',
    osm: ['Turkistan Region'],
  },
  'west-kazakhstan': {
    en: 'West Kazakhstan Region',
    ru: 'Западно-Казахстанская область',
    kk: 'Батыс Қазақстан облысы',
    type: 'region',
    osm: ['West Kazakhstan Region'],
  },
  // Cities of republican status. The capital was Nur-Sultan from March 2019 to September 2022.
  'nur-sultan': { en: 'Nur-Sultan', ru: 'Нур-Султан', kk: 'Нұр-Сұлтан', type: 'city', osm: ['Astana'] },
  almaty: { en: 'Almaty', ru: 'Алматы', kk: 'Алматы', type: 'city', osm: ['Almaty'] },
  shymkent: { en: 'Shymkent', ru: 'Шымкент', kk: 'Шымкент', type: 'city', osm: ['Shymkent'] },
};

/** Lakes labelled on the map, by Natural Earth's name (the key), with the zoom their label appears from. */
export const lakes: Record<string, Names & { id: string; labelZoom: number }> = {
  'Lake Balkhash': { id: 'balkhash', en: 'Lake Balkhash', ru: 'озеро Балхаш', kk: 'Балқаш көлі', labelZoom: 3 },
  'Aral Sea': { id: 'aral', en: 'Aral Sea', ru: 'Аральское море', kk: 'Арал теңізі', labelZoom: 3 },
  'Issyk-Kul': { id: 'issyk-kul', en: 'Issyk-Kul', ru: 'Иссык-Куль', kk: 'Ыстықкөл', labelZoom: 4 },
  'Lake Zaysan': { id: 'zaysan', en: 'Lake Zaysan', ru: 'озеро Зайсан', kk: 'Зайсан көлі', labelZoom: 4 },
  Alakol: { id: 'alakol', en: 'Lake Alakol', ru: 'озеро Алаколь', kk: 'Алакөл', labelZoom: 5 },
  Sasyqkl: { id: 'sasykkol', en: 'Lake Sasykkol', ru: 'озеро Сасыкколь', kk: 'Сасықкөл', labelZoom: 6 },
  'Kapchagay Reservoir': {
    id: 'kapchagay',
    en: 'Kapchagay Reservoir',
    ru: 'Капчагайское водохранилище',
    kk: 'Қапшағай бөгені',
    labelZoom: 6,
  },
  'Tengiz Köli': { id: 'tengiz', en: 'Lake Tengiz', ru: 'озеро Тенгиз', kk: 'Теңіз көлі', labelZoom: 6 },
  'Shardara Bgeni': {
    id: 'shardara',
    en: 'Shardara Reservoir',
    ru: 'Шардаринское водохранилище',
    kk: 'Шардара бөгені',
    labelZoom: 6,
  },
  'Qusmuryn Köli': { id: 'kushmurun', en: 'Lake Kushmurun', ru: 'озеро Кушмурун', kk: 'Қосмұрын көлі', labelZoom: 7 },
  'Sarygamysh Köli': {
    id: 'sarygamysh',
    en: 'Sarygamysh Lake',
    ru: 'Сарыкамышское озеро',
    kk: 'Сарықамыс көлі',
    labelZoom: 5,
  },
  'Aydar Ko‘l': { id: 'aydar', en: 'Aydar Lake', ru: 'озеро Айдаркуль', kk: 'Айдаркөл', labelZoom: 6 },
  'Toktogul Suu Saktagychy': {
    id: 'toktogul',
    en: 'Toktogul Reservoir',
    ru: 'Токтогульское водохранилище',
    kk: 'Тоқтоғұл бөгені',
    labelZoom: 7,
  },
  'Lake Sevan': { id: 'sevan', en: 'Lake Sevan', ru: 'озеро Севан', kk: 'Севан көлі', labelZoom: 5 },
  'Samara Reservoir': {
    id: 'kuybyshev',
    en: 'Kuybyshev Reservoir',
    ru: 'Куйбышевское водохранилище',
    kk: 'Куйбышев бөгені',
    labelZoom: 5,
  },
  'Lake Chany': { id: 'chany', en: 'Lake Chany', ru: 'озеро Чаны', kk: 'Чаны көлі', labelZoom: 6 },
};

/** Rivers drawn on the map: our id, the Natural Earth names that make it up, and its names. */
export const rivers: Record<string, Names & { ne: string[] }> = {
  ural: { en: 'Ural', ru: 'Урал', kk: 'Жайық', ne: ['Ural'] },
  irtysh: { en: 'Irtysh', ru: 'Иртыш', kk: 'Ертіс', ne: ['Ertis', 'Ertix', 'Irtysh'] },
  ishim: { en: 'Ishim', ru: 'Ишим', kk: 'Есіл', ne: ['Esil', 'Ishim'] },
  tobol: { en: 'Tobol', ru: 'Тобол', kk: 'Тобыл', ne: ['Tobol'] },
  'syr-darya': { en: 'Syr Darya', ru: 'Сырдарья', kk: 'Сырдария', ne: ['Syr  Darya'] },
  ili: { en: 'Ili', ru: 'Или', kk: 'Іле', ne: ['Ile'] },
  'amu-darya': { en: 'Amu Darya', ru: 'Амударья', kk: 'Әмудария', ne: ['Amu  Darya'] },
  // The Caspian's great inflow, beside Atyrau Region: a landmark of the default view.
  volga: { en: 'Volga', ru: 'Волга', kk: 'Еділ', ne: ['Volga'] },
};

/**
 * Physical regions labelled, by Natural Earth's name. `at` overrides the label point where Natural Earth's
 * polygon would put it in the wrong place (its Kyzylkum and Karakum polygons are slivers far from the deserts),
 * with the reason. Natural Earth's Kazakh Steppe and Turan Lowland are left out: each spans the others.
 */
export const physical: Record<string, Names & { id: string; at?: [number, number]; atReason?: string }> = {
  'TIAN SHAN': { id: 'tian-shan', en: 'Tian Shan', ru: 'Тянь-Шань', kk: 'Тянь-Шань' },
  'KAZAKH UPLAND': {
    id: 'kazakh-uplands',
    en: 'Kazakh Uplands',
    ru: 'Казахский мелкосопочник',
    kk: 'Сарыарқа',
    at: [74.5, 48.4],
    atReason:
      "Natural Earth's polygon is a strip along Lake Balkhash's north shore, where its label would sit on the " +
      "lake's; the label goes in the uplands' middle, between Karaganda and the lake.",
  },
  'BETPAQDALA DESERT': { id: 'betpak-dala', en: 'Betpak-Dala', ru: 'Бетпак-Дала', kk: 'Бетпақдала' },
  'Ustyurt Plateau': { id: 'ustyurt', en: 'Ustyurt Plateau', ru: 'плато Устюрт', kk: 'Үстірт' },
  'ALTAY MOUNTAINS': { id: 'altai', en: 'Altai Mountains', ru: 'Алтай', kk: 'Алтай таулары' },
  'CASPIAN DEPRESSION': {
    id: 'caspian-depression',
    en: 'Caspian Depression',
    ru: 'Прикаспийская низменность',
    kk: 'Каспий маңы ойпаты',
  },
  'QIZILQUM DESERT': {
    id: 'kyzylkum',
    en: 'Kyzylkum',
    ru: 'Кызылкум',
    kk: 'Қызылқұм',
    at: [64.0, 42.3],
    atReason:
      "Natural Earth's polygon here is a 264 km² sliver north of the Aral Sea; the label goes in the middle " +
      'of the desert, between the Amu Darya and the Syr Darya.',
  },
  'GARAGUM DESERT': {
    id: 'karakum',
    en: 'Karakum',
    ru: 'Каракумы',
    kk: 'Қарақұм',
    at: [59.5, 39.5],
    atReason:
      "Natural Earth's polygon here is an 8 km² fragment on the Aral shore; the label goes in the middle of " +
      'the desert, in Turkmenistan.',
  },
  'Karatau Range': { id: 'karatau', en: 'Karatau', ru: 'хребет Каратау', kk: 'Қаратау' },
  'Alataw Mts.': {
    id: 'dzungarian-alatau',
    en: 'Dzungarian Alatau',
    ru: 'Джунгарский Алатау',
    kk: 'Жетісу Алатауы',
    at: [80.3, 45.15],
    atReason:
      "Natural Earth's polygon takes in the Ili valley and its pole falls by Taldykorgan; the label goes on the " +
      "range's crest, by its highest peak (4,622 m, Natural Earth's Köketau point).",
  },
  'Tarbagatay Ra.': { id: 'tarbagatai', en: 'Tarbagatai', ru: 'Тарбагатай', kk: 'Тарбағатай' },
  'Junggar Basin': { id: 'dzungarian-basin', en: 'Dzungarian Basin', ru: 'Джунгарская равнина', kk: 'Жоңғар ойпаты' },
  'Fergana Valley': { id: 'fergana-valley', en: 'Fergana Valley', ru: 'Ферганская долина', kk: 'Ферғана аңғары' },
  PAMIRS: { id: 'pamirs', en: 'Pamirs', ru: 'Памир', kk: 'Памир' },
  'TAKLIMAKAN DESERT': { id: 'taklamakan', en: 'Taklamakan', ru: 'Такла-Макан', kk: 'Такла-Макан' },
  'Kopet Dag Mts .': { id: 'kopet-dag', en: 'Kopet Dag', ru: 'Копетдаг', kk: 'Көпетдағ' },
};

/** Peaks and depressions labelled, by Natural Earth's name (or its comment, for unnamed points). */
export const peaks: Record<string, Names & { id: string }> = {
  'Pik Talghar': { id: 'talgar', en: 'Talgar Peak', ru: 'пик Талгар', kk: 'Талғар шыңы' },
  Belukha: { id: 'belukha', en: 'Belukha', ru: 'Белуха', kk: 'Мұзтау' },
  'Pik Pobeda': { id: 'pobeda', en: 'Jengish Chokusu (Pik Pobedy)', ru: 'пик Победы', kk: 'Жеңіс шыңы' },
  'Gora Manas': { id: 'manas', en: 'Manas Peak', ru: 'пик Манас', kk: 'Манас шыңы' },
  'Pik Imeni Ismail Samani': {
    id: 'ismoil-somoni',
    en: 'Ismoil Somoni Peak',
    ru: 'пик Исмоила Сомони',
    kk: 'Исмаил Самани шыңы',
  },
  // Natural Earth has the point without a name: the Karagiye Depression, Kazakhstan's lowest point.
  '-132': { id: 'karagiye', en: 'Karagiye Depression', ru: 'впадина Карагие', kk: 'Қарақия ойысы' },
};

/**
 * Kazakh cities whose names the OpenStreetMap places export lacks or gives otherwise than in January 2022,
 * keyed by the Russian name in that export (or, where the export has no such city, GeoNames' name).
 */
export const cityNames: Record<string, Names> = {
  // The capital was Nur-Sultan from March 2019 to September 2022.
  Астана: { en: 'Nur-Sultan', ru: 'Нур-Султан', kk: 'Нұр-Сұлтан' },
  // Renamed Konaev in February 2022.
  Конаев: { en: 'Kapchagay', ru: 'Капчагай', kk: 'Қапшағай' },
  Караганда: { en: 'Karaganda', ru: 'Караганда', kk: 'Қарағанды' },
  // The export's Russian name is the genitive of "village of Turar Ryskulov".
  Рыскулова: { en: 'Turar Ryskulov', ru: 'Турар Рыскулов', kk: 'Тұрар Рысқұлов' },
  // Missing from the export: GeoNames' point, with the names of the Wikipedia articles.
  Kyzylorda: { en: 'Kyzylorda', ru: 'Кызылорда', kk: 'Қызылорда' },
};

/** Capitals of the countries around Kazakhstan in the default view, by their GeoNames name and country code. */
export const capitals: (Names & { geonames: string; country: string })[] = [
  { geonames: 'Moscow', country: 'RU', en: 'Moscow', ru: 'Москва', kk: 'Мәскеу' },
  { geonames: 'Minsk', country: 'BY', en: 'Minsk', ru: 'Минск', kk: 'Минск' },
  { geonames: 'Kyiv', country: 'UA', en: 'Kyiv', ru: 'Киев', kk: 'Киев' },
  { geonames: 'Chisinau', country: 'MD', en: 'Chișinău', ru: 'Кишинёв', kk: 'Кишинев' },
  { geonames: 'Ankara', country: 'TR', en: 'Ankara', ru: 'Анкара', kk: 'Анкара' },
  { geonames: 'Tbilisi', country: 'GE', en: 'Tbilisi', ru: 'Тбилиси', kk: 'Тбилиси' },
  { geonames: 'Yerevan', country: 'AM', en: 'Yerevan', ru: 'Ереван', kk: 'Ереван' },
  { geonames: 'Baku', country: 'AZ', en: 'Baku', ru: 'Баку', kk: 'Баку' },
  { geonames: 'Ashgabat', country: 'TM', en: 'Ashgabat', ru: 'Ашхабад', kk: 'Ашғабат' },
  { geonames: 'Tashkent', country: 'UZ', en: 'Tashkent', ru: 'Ташкент', kk: 'Ташкент' },
  { geonames: 'Bishkek', country: 'KG', en: 'Bishkek', ru: 'Бишкек', kk: 'Бішкек' },
  { geonames: 'Dushanbe', country: 'TJ', en: 'Dushanbe', ru: 'Душанбе', kk: 'Душанбе' },
];
