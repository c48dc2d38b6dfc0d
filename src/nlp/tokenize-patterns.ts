/** Abbreviations that keep their period as part of the token (lowercase, without the period). */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'lt', 'col', 'maj', 'capt', 'cpt', 'sgt', 'cpl', 'adm', 'cmdr',
  'sen', 'rep', 'gov', 'pres', 'rev', 'fr', 'sr', 'jr', 'st', 'mt', 'ft', 'inc', 'corp', 'co', 'ltd',
  'bros', 'dept', 'univ', 'vs', 'etc', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep',
  'sept', 'oct', 'nov', 'dec', 'ave', 'blvd', 'messrs', 'hon', 'amb', 'supt', 'insp', 'brig',
]);
