// Calls to action: the outlet asking its reader to do something for it (turn on alerts in its app,
// get its newsletter, subscribe, donate, follow it), in any wording a site uses. They sit at the foot
// of a story, often two to a line and beside a newsroom promise ("X will stay on air ... Turn on
// alerts ..."), so a line goes when every one of its sentences is such an appeal. A real sentence
// that mentions an app or a newsletter reports on others; it does not address the reader.
// The appeals, by family, are in appeal-families.ts and appeal-families-languages.ts; here are the
// cheap tests that keep them off most lines and the rule for a whole line.
import type { Span } from '../../../core/index.ts';
import { sentenceSpans } from '../split-sentences/sentence-spans.ts';
import { ENGLISH_APPEALS, OUTLET_ASIDE, READER_QUESTION } from './appeal-families.ts';
import { OTHER_LANGUAGE_APPEALS } from './appeal-families-languages.ts';
import { BOILERPLATE_LINES, MAX_WIDGET_LINE } from './patterns.ts';

/**
 * A line addressing the reader anywhere: "you", "your", "our", "us". (The outlet's own page, "this
 * story", opens its sentence when it is an appeal: OPENS_AS_APPEAL has it.)
 */
const ADDRESSES_READER = /\b(?:you|your|our|us)\b/i;

/**
 * A sentence opening as an appeal does: an imperative, a reader-facing question, a courtesy or
 * condition before one, or the newsroom's "we" (English and the other languages of
 * appeal-families-languages.ts). Every opening pattern of the families starts with one of these
 * words, so a sentence without one is tried only against the patterns that may match anywhere in it.
 * With ADDRESSES_READER, the one cheap test before the patterns; "we" anywhere would let through every
 * quoted line. (A second test on topic words was dropped: each new family needed its words added, and
 * it kept fresh wordings out, for 2-3% of the stage's time.)
 */
const OPENS_AS_APPEAL =
  /^[>»•*·–—\s-]*[¿¡]?(?:we\b|this (?:is a|[\w.'’-]+ (?:page|story|article|post|report|piece|blog)|page|story|article|post|report|piece|blog|live|feed|link|tab)\b|the (?:page|live)\b|our (?:coverage|reporting|journalism|live|reporters?|journalists?|team|newsroom|editors?|correspondents?|crews?|staff)\b|you can\b|can |could |will |would |are |were |does |has |had |if |to (?:get|receive|see|read|stay|keep|find|follow|hear|watch|report|share|send|tell|suggest|submit)\b|independent\b|local\b|quality\b|good\b|public\b|journalism\b|reporting\b|newsroom\b|news\b|subscribers\b|readers\b|with your|be |that['’]s |members |supporters |hear\b|catch\b|explore\b|browse\b|try\b|visit\b|head\b|tap\b|feel\b|remember\b|why not|dm\b|discover\b|take\b|vote\b|nominate\b|enter\b|play\b|shop\b|use\b|scan\b|whitelist\b|consider\b|every |correction\b|witnessed\b|how |tap\b|hit\b|press\b|ring\b|that |suivez|sigue|acompanhe|śledź|disable\b|pause\b|pass\b|tag\b|mention\b|for (?:more|updates|the latest)|spenden|bleib|envoyez|wspieraj|please\b|get\b|grab\b|turn\b|switch\b|enable|allow\b|activate|add\b|download|install|sign\b|subscribe|register|receive|join\b|follow|like|liked\b|love|loved\b|find\b|found\b|donate|contribute|support|back\b|fund\b|sustain|protect|power\b|become\b|make\b|chip\b|enjoy|unlock\b|help\b|give\b|watch\b|listen\b|stream\b|tune\b|e-?mail|contact\b|message\b|whatsapp\b|call\b|phone\b|ring\b|text\b|write\b|reach\b|send\b|drop\b|tell\b|let\b|share\b|submit\b|upload\b|forward\b|know\b|got\b|have\b|do\b|did\b|was\b|is\b|how|rate\b|thanks?|what\b|leave\b|post\b|comment|sound\b|weigh\b|spot|spotted\b|see\b|saw\b|notice|noticed\b|seen\b|if|to|report\b|request\b|suggest\b|read |view\b|keep\b|refresh|reload|bookmark|revisit|check\b|come\b|click\b|go\b|stay\b|return\b|every |any |with\b|want\b|don\b|never\b|value\b|appreciate|abonn|inscri|suiv|souten|suscr|s[ií]g|descarg|activ|ap[óo]y|iscriv|abbon|segui|scaric|attiv|sosten|assin|siga|baix|ative|apoi|zapisz|subskryb|zasubskryb|obserwuj|pobierz|włącz|wesprzyj|schrijf|volg\b|zet\b|steun\b|jetzt|melden|melde\b|folgen|folge|laden|lade\b|hol\b|aktivieren|unterstütz|t[ée]l[ée]charg|registr|werd|werde|teile|schreib|kontaktier|hinweise|war |ist |hat ihnen|haben sie|hast du|fehler|diese seite|bleiben|aktualisieren|was meinen|diskutier|kommentier|faites|devenez|deviens|rejoignez|partagez|écrivez|contactez|signalez|vous avez|cet article|restez|rafraîchissez|actualisez|cette page|réagissez|donnez|haz|hazte|dona|colabora|comparte|escr[ií]b|cont[áa]ct|te |le |ha |has |viste|mantente|actualiza|esta|deja|danos|fai|diventa|condividi|scriv|contatt|questo|ti |hai|segnala|resta|aggiorna|sost|erhalt|holen|recevez|recibe|ricevi|non perd|receba|não perca|czytaj nas|otrzymuj|nie przegap|mis niets|ontvang|avez|tienes|tiene|tem |você|masz|macie|heb je|heeft u|questa|lascia|di['’]|inscreva|cadastre|faça|doe|torne|seja|compartilhe|partilhe|escreva|fale|entre em|este|encontrou|viu|fique|atualize|zarejestruj|wpłać|przekaż|zostań|udostępnij|napisz|skontaktuj|czy|zauważył|znalazł|widzisz|bądź|odśwież|ta strona|abonneer|meld|doneer|word|download|deel|mail|neem|tip|vond|een fout|fout|zag|blijf|ververs|deze pagina)/i;

/** A sentence longer than this is prose, whatever it asks. */
const MAX_APPEAL_CHARS = 200;

/** The line patterns that are appeals or newsroom promos too, tried on each sentence. */
const APPEAL_LINE_REASONS: ReadonlySet<string> = new Set(['promo', 'subscribe-widget', 'social-follow', 'paywall']);
const APPEAL_LINES = BOILERPLATE_LINES.filter((p) => APPEAL_LINE_REASONS.has(p.reason));

/**
 * Reported speech ("..., the mayor urged", "..., disse il sindaco") or a quotation: someone else's
 * appeal, told as news. The saying verbs of English and of the other languages appeals are read in
 * (not the bare French "dit", which is Dutch for "this").
 */
const REPORTED =
  /["“”«»„]|,\s+(?:[^\s,]+\s+){0,4}(?:said|says|urged|urges|told|tells|advised|advises|warned|warns|added|wrote|posted|asked|alerted|pleaded|appealed|promised|vowed|insisted|explained|announced|sagte|sagt|erklärte|a (?:dit|déclaré|ajouté)|déclare|dijo|afirmó|declaró|dice|disse|ha detto|dichiarato|afirmou|declarou|powiedział|powiedziała|mówi|apelował|apelowała|zei|zegt|verklaarde)(?![\p{L}])/u;

/** A sentence end before more text: without one, the line is a single sentence. */
const MAY_HOLD_TWO = /[.!?;…]["'”’)\]]*\s+\S/;

/** Each appeal needs the reader addressed and the outlet's own channel or page (appeal-families*.ts). */
const APPEALS: readonly RegExp[] = [...ENGLISH_APPEALS, ...OTHER_LANGUAGE_APPEALS];
/** The appeals that open their sentence, tried only when it opens as an appeal does, and the rest. */
const OPENING_APPEALS = APPEALS.filter((re) => re.source.startsWith('^'));
const INNER_APPEALS = APPEALS.filter((re) => !re.source.startsWith('^'));

/** A button's arrows or a bullet in front of the appeal (">> Download the app"). */
const LEADING_MARKS = /^[>»•*·–—-]+\s*/;

function isAppeal(raw: string): boolean {
  if (raw.length > MAX_APPEAL_CHARS) return false;
  const sentence = raw.replace(LEADING_MARKS, '');
  const asks = (OPENS_AS_APPEAL.test(sentence) && OPENING_APPEALS.some((re) => re.test(sentence))) || INNER_APPEALS.some((re) => re.test(sentence)) || APPEAL_LINES.some((p) => (p.cue === undefined || p.cue.test(sentence)) && p.re.test(sentence));
  // Tested last: most sentences are no appeal at all.
  return asks && !REPORTED.test(sentence);
}

/**
 * Every sentence of the line is a call to action or a newsroom promo, but for asides about the outlet's
 * own website or app and questions to the reader beside them ("The Ledger keeps the list on its
 * website. Readers with news can reach our desk", "Were you there? Email us").
 */
export function isCallToAction(line: string): boolean {
  if (line.length > MAX_WIDGET_LINE || !(ADDRESSES_READER.test(line) || OPENS_AS_APPEAL.test(line))) return false;
  const spans: Span[] = [];
  // Most such lines are one sentence; the splitter is the costliest step, so only lines that may hold two go through it.
  if (MAY_HOLD_TWO.test(line)) sentenceSpans(line, 0, line.length, spans);
  else spans.push({ start: 0, end: line.length });
  let appeals = 0;
  for (const span of spans) {
    const sentence = line.slice(span.start, span.end);
    if (isAppeal(sentence)) appeals++;
    else if (!(OUTLET_ASIDE.test(sentence) || READER_QUESTION.test(sentence)) || REPORTED.test(sentence)) return false;
  }
  return appeals > 0;
}
