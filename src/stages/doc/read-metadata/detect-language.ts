// A cheap language guess: the writing system first, then stopword counts for Latin-script languages.

/** The commonest function words of each Latin-script language (the clean stage reads them too). */
export const STOPWORDS: Readonly<Record<string, readonly string[]>> = {
  en: ['the', 'and', 'of', 'to', 'in', 'is', 'that', 'was', 'for', 'on', 'with', 'said', 'it', 'by', 'as', 'were', 'from', 'has', 'have'],
  fr: ['le', 'la', 'les', 'des', 'et', 'est', 'une', 'du', 'dans', 'que', 'pour', 'qui', 'sur', 'pas', 'au', 'avec', 'sont', 'ont'],
  de: ['der', 'die', 'das', 'und', 'ist', 'nicht', 'mit', 'den', 'von', 'zu', 'ein', 'eine', 'sich', 'auf', 'für', 'dem', 'auch', 'wurde'],
  es: ['el', 'los', 'las', 'y', 'que', 'del', 'en', 'por', 'con', 'una', 'para', 'es', 'se', 'al', 'como', 'fue', 'más', 'sus'],
  it: ['il', 'di', 'che', 'della', 'per', 'non', 'sono', 'gli', 'una', 'del', 'con', 'nel', 'alla', 'è', 'anche', 'delle', 'stato'],
  pt: ['o', 'os', 'que', 'não', 'uma', 'para', 'com', 'da', 'do', 'em', 'foi', 'são', 'pelo', 'pela', 'mais', 'também', 'dos', 'das'],
  nl: ['de', 'het', 'een', 'en', 'van', 'niet', 'dat', 'zijn', 'op', 'met', 'voor', 'werd', 'ook', 'bij', 'naar', 'heeft', 'zij'],
};

const LOOKUP = new Map<string, string[]>();
for (const [lang, words] of Object.entries(STOPWORDS)) {
  for (const w of words) {
    const langs = LOOKUP.get(w) ?? [];
    langs.push(lang);
    LOOKUP.set(w, langs);
  }
}

/** Enough words to decide; more only costs time. */
const SAMPLE_CHARS = 1200;
/** Stopwords are short: longer words are skipped without being sliced. */
const MAX_STOPWORD = 7;

function isLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
}

/** ISO 639-1 code of the text's language; 'en' when undecidable. */
export function detectLanguage(text: string): string {
  const sample = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text;
  let latin = 0, han = 0, kana = 0, hangul = 0, cyrillic = 0, arabic = 0, greek = 0, hebrew = 0, devanagari = 0;
  const score: Record<string, number> = {};
  let wordStart = -1;
  for (let i = 0; i <= sample.length; i++) {
    const c = i < sample.length ? sample.charCodeAt(i) : 32;
    if (isLetter(c)) {
      latin++;
      if (wordStart < 0) wordStart = i;
      continue;
    }
    if (wordStart >= 0) {
      if (i - wordStart <= MAX_STOPWORD) {
        const langs = LOOKUP.get(sample.slice(wordStart, i).toLowerCase());
        if (langs) for (const l of langs) score[l] = (score[l] ?? 0) + 1;
      }
      wordStart = -1;
    }
    if (c < 0x250) continue;
    if (c >= 0x3040 && c <= 0x30ff) kana++;
    else if (c >= 0x4e00 && c <= 0x9fff) han++;
    else if (c >= 0xac00 && c <= 0xd7af) hangul++;
    else if (c >= 0x400 && c <= 0x4ff) cyrillic++;
    else if (c >= 0x600 && c <= 0x6ff) arabic++;
    else if (c >= 0x370 && c <= 0x3ff) greek++;
    else if (c >= 0x590 && c <= 0x5ff) hebrew++;
    else if (c >= 0x900 && c <= 0x97f) devanagari++;
  }
  const scripts: [string, number][] = [
    ['latin', latin], ['zh', han], ['ja', kana * 3], ['ko', hangul], ['ru', cyrillic], ['ar', arabic], ['el', greek], ['he', hebrew], ['hi', devanagari],
  ];
  scripts.sort((a, b) => b[1] - a[1]);
  if (scripts[0][1] === 0) return 'en';
  if (scripts[0][0] !== 'latin') return kana > 0 && han > 0 && scripts[0][0] === 'zh' && kana * 5 > han ? 'ja' : scripts[0][0];
  let best = 'en';
  let n = 0;
  for (const [l, c] of Object.entries(score)) {
    if (c > n) {
      best = l;
      n = c;
    }
  }
  return best;
}
