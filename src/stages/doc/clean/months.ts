// Month and weekday names as pages print dates: English with its abbreviations, and the other Latin-script
// languages whose pages are scraped beside English ones (German, French, Spanish, Italian,
// Portuguese, Polish in the genitive a date uses, Dutch). The clean stage matches date lines with
// them; read-metadata turns a name into its number.

const NAMES: readonly (readonly string[])[] = [
  ['january', 'jan', 'januar', 'jänner', 'janvier', 'enero', 'gennaio', 'janeiro', 'stycznia', 'januari'],
  ['february', 'feb', 'februar', 'février', 'febrero', 'febbraio', 'fevereiro', 'lutego', 'februari'],
  ['march', 'mar', 'märz', 'mars', 'marzo', 'março', 'marca', 'maart'],
  ['april', 'apr', 'avril', 'abril', 'aprile', 'kwietnia'],
  ['may', 'mai', 'mayo', 'maggio', 'maio', 'maja', 'mei'],
  ['june', 'jun', 'juni', 'juin', 'junio', 'giugno', 'junho', 'czerwca'],
  ['july', 'jul', 'juli', 'juillet', 'julio', 'luglio', 'julho', 'lipca'],
  ['august', 'aug', 'août', 'agosto', 'sierpnia', 'augustus'],
  ['september', 'sep', 'sept', 'septembre', 'septiembre', 'setiembre', 'settembre', 'setembro', 'września'],
  ['october', 'oct', 'oktober', 'octobre', 'octubre', 'ottobre', 'outubro', 'października'],
  ['november', 'nov', 'novembre', 'noviembre', 'novembro', 'listopada'],
  ['december', 'dec', 'dezember', 'décembre', 'diciembre', 'dicembre', 'dezembro', 'grudnia'],
];

/** Month name (lower case) to its number, 1-12. */
export const MONTH_NUMBER: ReadonlyMap<string, number> = new Map(NAMES.flatMap((names, i) => names.map((n) => [n, i + 1] as const)));

/** Every month name as one regex alternation, longest first so "sept" is not read as "sep". */
export const MONTH_NAMES_SOURCE = [...MONTH_NUMBER.keys()].sort((a, b) => b.length - a.length).join('|');

/** Weekday names of the same languages (English ones are matched by their own short pattern). */
export const OTHER_WEEKDAYS_SOURCE = [
  'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonntag',
  'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche',
  'lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo',
  'lunedì', 'martedì', 'mercoledì', 'giovedì', 'venerdì', 'sabato', 'domenica',
  'segunda-feira', 'terça-feira', 'quarta-feira', 'quinta-feira', 'sexta-feira',
  'poniedziałek', 'wtorek', 'środa', 'czwartek', 'piątek', 'sobota', 'niedziela',
  'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag',
].join('|');
