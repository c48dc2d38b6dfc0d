// Calls to action: the outlet asking its reader to do something for it (turn on alerts in its app,
// get its newsletter, subscribe, donate, follow it), in any wording a site uses. They sit at the foot
// of a story, often two to a line and beside a newsroom promise ("X will stay on air ... Turn on
// alerts ..."), so a line goes when every one of its sentences is such an appeal. A real sentence
// that mentions an app or a newsletter reports on others; it does not address the reader.
import type { Span } from '../../../core/index.ts';
import { sentenceSpans } from '../split-sentences/sentence-spans.ts';
import { BOILERPLATE_LINES, MAX_WIDGET_LINE } from './patterns.ts';

/**
 * An appeal addresses the reader: "you", "your", "our", "us", or an imperative first word (English
 * and the other languages below). A cheap first test, since every short line of every page meets it.
 */
const ADDRESSES_READER =
  /\b(?:you|your|our|us)\b|^(?:please|get|turn|switch|enable|allow|activate|add|download|install|sign|subscribe|register|receive|join|follow|like|liked|love|loved|find|donate|support|become|make|chip|enjoy|unlock|help|give|watch|listen|stream|tune|e-?mail|contact|message|whatsapp|call|text|write|reach|send|got|have|do|want|don|never|value|appreciate|abonn|inscri|suiv|souten|suscr|s[ií]g|descarg|activ|ap[óo]y|iscriv|abbon|segui|scaric|attiv|sosten|assin|siga|baix|ative|apoi|zapisz|subskryb|obserwuj|pobierz|włącz|wesprzyj|schrijf|volg|zet|steun|jetzt|melden|folgen|laden|aktivieren|unterstützen|t[ée]l[ée]charg)/i;

/** A sentence longer than this is prose, whatever it asks. */
const MAX_APPEAL_CHARS = 200;

/**
 * What an appeal is about: a cheap test before the line is split and every pattern runs. Without the
 * `u` flag it runs three times faster; its accented letters are single UTF-16 units all the same.
 */
const APPEAL_CUE =
  /\b(?:(?:apps?|alerts?|notifications?|newsletters?|inbox|members?|journalism|reporting|on air|miss(?: out)?|readers like you|give what|tips?|newsroom|news ?desk|whatsapp|e-?mail us|live|stream|follow|sign up|support|consider)\b|subscri|donat|story\?|our (?:website|site|channel|page|newsroom|live)|abonn|suscr|iscriv|assin|inscr|zapisz|subskryb|obserwuj|folg|suiv|s[ií]g[ua]|segu|volg|aplikac|applica|nieuwsbrief|bolet[ií]n|benachrichtig|powiadom|meldingen)/i;

/**
 * One sentence of an appeal, in English and, where the imperative is unmistakable, in the other
 * languages pages are scraped in. Each one needs the reader addressed (an imperative at the start,
 * "you"/"your", "our") and the outlet's own channel (app, alerts, newsletter, inbox, subscription,
 * journalism, social account).
 */
const APPEALS: readonly RegExp[] = [
  // Alerts and apps: "Switch on notifications in our app so that you do not miss ...", "Download the X app
  // for breaking news". The outlet's own ("our", news, stories): an authority's "Turn on emergency alerts on your
  // phone" in a live page is a service line of the story.
  /^(?:please\s+)?(?:turn on|switch on|enable|allow|activate|get|download|install|add)\b(?=.*\b(?:our|news|stories|story|headlines|e-?mail|ios|android|iphone|ipad)\b).{0,80}\b(?:alerts?|(?:push )?notifications?|apps?)\b.*$/i,
  /^(?:get|download|install) (?:the|our) app\.?$/i,
  /\bso (?:that )?you (?:never|don['’]t|do not|won['’]t) miss\b.*$/i,
  // Newsletters: "Get X's evening newsletter ... straight to your inbox", "Sign up for our briefing".
  /^(?:please\s+)?(?:get|receive|sign up (?:for|to)|subscribe to|register for|join)\b.{0,100}\b(?:newsletters?|briefings?|bulletins?|digest)\b.*$/i,
  /\b(?:to|in|into) your inbox\b/i,
  // Subscriptions, membership and donations to the outlet itself ("Donate to the miners' fund at the
  // town hall" is the story's service line).
  /^(?:please\s+)?(?:subscribe|become a (?:subscriber|member|supporter|patron)|join (?:us|our) (?:as|members)|(?:donate|make a (?:donation|contribution))(?= (?:to )?(?:us|our)\b| (?:today|now)\b|\.?$)|chip in|get (?:full|unlimited|digital) access|support (?:us|our (?:work|journalism|newsroom|reporting)|(?:local|independent|quality|public[- ]interest) (?:journalism|news|reporting)))\b.*$/i,
  /\byour (?:support|subscription|donation|contribution) (?:helps|keeps|makes|pays|funds|allows)\b.*$/i,
  /^(?:please\s+)?(?:enjoy|get|unlock)\b.{0,60}\b(?:unlimited|full|digital|ad-free) access\b.*$/i,
  /\bplease consider (?:supporting|subscribing|donating|becoming a|making a)\b.*$|\bconsider (?:supporting|subscribing to|donating to) (?:us|our)\b.*$/i,
  /\breaders like you\b.*$/i,
  /^(?:please\s+)?(?:help (?:keep|fund|support|sustain|us)\b.{0,60}\b(?:journalism|reporting|newsroom|independent)\b|give what you can\b).*$/i,
  // The question before the appeal: "Like what you read?", "Want more stories like this?", "Got a story?".
  /^(?:(?:do you )?(?:liked?|enjoy(?:ed)?|loved?|value|appreciate) (?:what you(?:['’]re| are)? (?:read|reading|see|seeing)|this (?:story|article|reporting)|our (?:journalism|reporting|work))|want (?:more|to (?:read|know) more|the latest)|(?:got|have|do you have) (?:a |any )?(?:story|news tip|tips?|news))\b.{0,60}\?$/i,
  /^(?:don['’]t|never) miss (?:out|a (?:story|thing|beat)|an update|another story)\b.{0,60}$/i,
  // The newsroom's own contacts: "Email us at ...", "Contact our newsroom", "WhatsApp us on ...".
  /^(?:e-?mail|whatsapp|text|call|message|contact|write to|reach) (?:us|the newsroom|our newsroom|the news ?desk|our news ?desk|our reporters?)\b.*$/i,
  /^(?:e-?mail|write to|contact|send (?:it|them|your \w+) to) [\w.+-]+@[\w-]+(?:\.[\w-]+)+\.?$/i,
  // Live elsewhere: "Listen live on Radio X", "Stream it live on our channel", "Follow our live blog".
  /^(?:watch|listen|stream|tune in)\b.{0,40}\b(?:live|on our|to our)\b.*$/i,
  /\b(?:follow|read|see|join) our (?:live (?:blog|coverage|updates|page)|full coverage|coverage)\b.*$/i,
  // "Follow us on ...", "Join our WhatsApp channel", on any platform.
  /^(?:please\s+)?(?:follow|like|find|join|watch|listen to) (?:us|our (?:\S+ )?(?:channel|page|account|feed|podcast))\b.*$/i,
  // The outlet's own coverage going on elsewhere: "Reporting carries on at our live page".
  /\b(?:continues?|continuing|goes? on|carr(?:y|ies) on)\b.{0,30}\b(?:on|at|in) our (?:website|site|app|channels?|homepage|pages?|live page|feed|station|programme|program)\b.*$/i,
  // German, French, Spanish, Italian, Portuguese, Polish, Dutch imperatives. `\b` does not follow a
  // non-ASCII letter, so each ends on a lookahead for one.
  /^(?:jetzt )?(?:abonnieren sie|melden sie sich|folgen sie uns|laden sie (?:sich )?(?:unsere|die) .{0,30}app|aktivieren sie (?:die )?(?:push-)?benachrichtigungen|unterstützen sie (?:uns|unseren|unsere))(?!\p{L}).*$/iu,
  /^(?:abonnez-vous|inscrivez-vous|suivez-nous|téléchargez (?:notre|l['’])application|activez les notifications|soutenez(?:-nous| notre))(?!\p{L}).*$/iu,
  /^(?:suscr[ií]b[ea]te|suscr[ií]base|s[ií]guenos|s[ií]ganos|descarga (?:nuestra|la) (?:app|aplicaci[óo]n)|activa las notificaciones|ap[óo]yanos|apoya (?:a )?nuestro)(?!\p{L}).*$/iu,
  /^(?:iscriviti|abbonati (?:ora|subito|a)|seguici|scarica (?:la nostra |l['’])app|attiva le notifiche|sostieni (?:il nostro|la nostra))(?!\p{L}).*$/iu,
  /^(?:assine (?:a |o )?(?:nossa|nosso|já|agora)|inscreva-se|siga-nos|baixe (?:o )?nosso app|ative as notificações|apoie (?:o )?nosso)(?!\p{L}).*$/iu,
  /^(?:zapisz się|subskrybuj|obserwuj nas|pobierz (?:naszą )?aplikację|włącz powiadomienia|wesprzyj nas)(?!\p{L}).*$/iu,
  /^(?:abonneer je|schrijf je in|volg ons|download (?:onze|de) app|zet meldingen aan|steun ons)(?!\p{L}).*$/iu,
];

/** The line patterns that are appeals or newsroom promos too, tried on each sentence. */
const APPEAL_LINE_REASONS: ReadonlySet<string> = new Set(['promo', 'subscribe-widget', 'social-follow', 'paywall']);
const APPEAL_LINES = BOILERPLATE_LINES.filter((p) => APPEAL_LINE_REASONS.has(p.reason));

/** Reported speech ("..., the mayor urged") or a quotation: someone else's appeal, told as news. */
const REPORTED = /["“”«»„]|,\s+(?:[^\s,]+\s+){0,4}(?:said|says|urged|urges|told|tells|advised|advises|warned|warns|added|wrote|posted|asked)\b/;

function isAppeal(sentence: string): boolean {
  if (sentence.length > MAX_APPEAL_CHARS) return false;
  const asks = APPEALS.some((re) => re.test(sentence)) || APPEAL_LINES.some((p) => (p.cue === undefined || p.cue.test(sentence)) && p.re.test(sentence));
  // Tested last: most sentences are no appeal at all.
  return asks && !REPORTED.test(sentence);
}

/** Every sentence of the line is a call to action or a newsroom promo. */
export function isCallToAction(line: string): boolean {
  if (line.length > MAX_WIDGET_LINE || !ADDRESSES_READER.test(line) || !APPEAL_CUE.test(line)) return false;
  const spans: Span[] = [];
  sentenceSpans(line, 0, line.length, spans);
  if (spans.length === 0) return false;
  return spans.every((s) => isAppeal(line.slice(s.start, s.end)));
}
