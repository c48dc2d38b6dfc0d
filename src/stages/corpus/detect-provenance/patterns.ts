// Tunable data for provenance.

/** Outlet evidence kinds that name the original publisher of the text (not merely a cited source). */
export const ORIGIN_EVIDENCE_KINDS: ReadonlySet<string> = new Set([
  'agency-tag',
  'told-outlet',
  'credit-line',
  'site-trailer',
  'hint',
]);

/** Short forms of wire services and broadcasters, folded so "AP" and "The Associated Press" meet. */
export const OUTLET_ALIASES: Readonly<Record<string, string>> = {
  ap: 'associated press',
  'the associated press': 'associated press',
  afp: 'agence france-presse',
  'agence france presse': 'agence france-presse',
  reuters: 'reuters',
  'thomson reuters': 'reuters',
  voa: 'voice of america',
  bbc: 'bbc',
  'bbc news': 'bbc',
  cnn: 'cnn',
  dpa: 'deutsche presse-agentur',
  upi: 'united press international',
  wapo: 'washington post',
  nyt: 'new york times',
};
