// Word material for the synthetic benchmark corpus: syllables for thousands of distinct places and
// people, outlet names, page junk and the lazy rewriter's swaps. The reports' wording is in
// synthetic-kinds.ts and synthetic-roles.ts. Everything here is invented.

export const PLACE_HEADS = [
  'Vel', 'Mar', 'Tor', 'Ash', 'Bren', 'Kal', 'Or', 'Sen', 'Dur', 'Lis', 'Hav', 'Quen', 'Ros', 'Tal', 'Ver',
  'Zan', 'Cor', 'Elm', 'Fen', 'Gal', 'Hol', 'Jor', 'Lun', 'Mor', 'Nal', 'Pel', 'Rav', 'Sol', 'Tev', 'Ul',
];
export const PLACE_TAILS = [
  'ford', 'mouth', 'holm', 'vik', 'grad', 'ova', 'ton', 'dale', 'stad', 'port', 'haven', 'bury', 'ara',
  'ene', 'ith', 'ach', 'wick', 'mere',
];
export const COUNTRY_HEADS = ['Karv', 'Ostr', 'Meln', 'Tesk', 'Bral', 'Sarn', 'Vund', 'Elar', 'Quor', 'Drav', 'Lum', 'Pav', 'Zer', 'Norv'];
export const COUNTRY_TAILS = ['ia', 'land', 'ovia', 'ania', 'enia'];
export const REGION_KINDS = ['province', 'district', 'county', 'region'];

export const FIRST_NAMES = [
  'Anna', 'Marek', 'Leila', 'Tomas', 'Ines', 'Pavel', 'Sofia', 'Kofi', 'Hana', 'Dario', 'Elif', 'Jonas',
  'Amara', 'Viktor', 'Nadia', 'Ruben', 'Mira', 'Oskar', 'Yara', 'Luca', 'Zofia', 'Emeka', 'Ilse', 'Farid',
  'Greta', 'Malik', 'Petra', 'Sami', 'Tereza', 'Idris', 'Vera', 'Bruno', 'Alma', 'Kenji', 'Lotte', 'Rafael',
];
export const SURNAME_HEADS = ['Kov', 'Hal', 'Mer', 'Dras', 'Ben', 'Ost', 'Vil', 'Tor', 'Lan', 'Rud', 'Sev', 'Brin', 'Al', 'Cas', 'Dem', 'Fal', 'Gor', 'Hest'];
export const SURNAME_TAILS = ['enko', 'sson', 'ova', 'ic', 'ard', 'elli', 'berg', 'ano', 'ez', 'is', 'owski', 'ley', 'ani', 'strom', 'mann'];

export const OUTLET_PATTERNS = ['The {place} Herald', '{place} Daily News', 'The {country} Courier', '{place} Radio', 'The {place} Post', '{country} Today', 'Morning {place}', 'The {place} Gazette'];
export const AGENCY_NAMES = ['KNA', 'OPA', 'MWS', 'TNX', 'DPX', 'VNA'];

export const JUNK_LINES = [
  'Share on Facebook',
  'Share on Twitter',
  'Source link',
  'Leave a Comment',
  'Print Friendly, PDF & Email',
  'Advertisement',
  'Your email address will not be published. Required fields are marked *',
  'We use cookies to improve your experience on our site. Accept',
  'Subscribe to our newsletter',
];
export const RELATED_LINES = [
  'READ MORE: Central bank keeps rates on hold as inflation eases',
  'READ MORE: Football club confirms new coach after losing streak',
  'Related: Ferry fares to rise from next month',
  'Related: Heatwave warning issued for southern districts',
];

/** Words a lazy rewriter swaps; whole words only, each pair applied or not per rewrite. */
export const REWRITE_SWAPS: [RegExp, string][] = [
  [/\bsaid\b/g, 'stated'],
  [/\bat least\b/g, 'no fewer than'],
  [/\bresidents\b/g, 'locals'],
  [/\bofficials\b/g, 'authorities'],
  [/\bhelp\b/g, 'assist'],
  [/\bbegan\b/g, 'started'],
  [/\babout\b/g, 'around'],
  [/\bkilled\b/g, 'left dead'],
  [/\binjured\b/g, 'wounded'],
  [/\bpeople\b/g, 'persons'],
  [/\btold reporters\b/g, 'told journalists'],
  [/\bmore than\b/g, 'over'],
  [/\bbuildings\b/g, 'structures'],
  [/\bquickly\b/g, 'rapidly'],
  [/\bcity\b/g, 'town'],
];
