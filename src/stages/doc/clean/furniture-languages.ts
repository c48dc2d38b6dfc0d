// Page furniture of sites in other Latin-script languages (German, French, Spanish, Italian,
// Portuguese, Polish, Dutch), scraped above or below an English text or a text in that language.
// Another script's labels are caught by script alone (`foreign-ui-label`); these are not. Whole
// short lines only, as in patterns.ts, and each word list is what such sites print on buttons.
// `\b` does not follow a non-ASCII letter, so the patterns end on `$` or a lookahead instead.
import type { LinePattern } from './patterns.ts';

export const FURNITURE_IN_OTHER_LANGUAGES: readonly LinePattern[] = [
  { re: /^(?:teilen|artikel teilen|partager|compartir|condividi|udostępnij|podziel się|delen|compartilhar|partilhar)\s*:?$/i, reason: 'share-widget' },
  { re: /^(?:werbung|anzeige|publicité|publicidad|pubblicità|advertentie|reklama|publicidade)$/i, reason: 'player-or-ad' },
  {
    re: /^(?:lesen sie (?:auch|mehr)|mehr zum thema|auch interessant|das könnte sie (?:auch )?interessieren|(?:à )?lire aussi|voir aussi|leer más|lea también|te puede interesar|leggi anche|potrebbe interessarti|leia (?:também|mais)|czytaj (?:także|też|więcej)|zobacz (?:też|także|również)|lees ook|meer over dit onderwerp|meistgelesen|am meisten gelesen|les plus lus|lo más leído|más leídas|(?:i )?più letti|mais lid[ao]s|najczęściej czytane|najpopularniejsze|meest gelezen)(?:\s*:(?:\s*\S.{0,200})?)?$/i,
    reason: 'related-links',
  },
  {
    re: /^(?:kommentare?|commentaires?|comentarios?|coment[aá]rios?|commenti|komentarze?|reacties)(?:\s*\(\d+\))?$|^(?:kommentar schreiben|laisser un commentaire|deja (?:un|tu) comentario|lascia un commento|deixe (?:um|seu) coment[aá]rio|dodaj komentarz|plaats een reactie)$/i,
    reason: 'comment-widget',
  },
  { re: /^(?:startseite|accueil|inicio|portada|strona główna|página inicial|voorpagina)$/i, reason: 'navigation' },
  {
    re: /^(?:impressum|datenschutz(?:erklärung)?|über uns|mentions légales|politique de confidentialité|nous contacter|aviso legal|política de privacidad|contatti|chi siamo|política de privacidade|fale conosco|polityka prywatności|regulamin|o nas|privacybeleid|over ons)$/i,
    reason: 'footer',
  },
  { re: /^(?:akzeptieren|alle akzeptieren|accepter|tout accepter|aceptar|aceptar todo|accetta|accetta tutto|akceptuję|akceptuj|accepteren|alles accepteren|aceitar)$/i, reason: 'cookie-banner' },
];
