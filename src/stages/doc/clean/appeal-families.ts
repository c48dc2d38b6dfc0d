// The English appeals an outlet makes to its reader, by family. Each family is built from parts (an
// imperative or a reader-facing question, the action asked, and the outlet's own object: "us", "our
// newsroom", "this page", "our app") rather than from sentences seen on one site, so that the same
// ask in another wording goes too. What keeps them off news: the outlet's object (police who "urged
// witnesses to ring detectives" name no outlet), the imperative at the start of the
// sentence, and, in calls-to-action.ts, reported speech and a length limit.

/**
 * A courtesy, urging or condition before the imperative: "Please", "Be sure to", "Don't forget to",
 * "If you value our reporting, ...".
 */
const LEAD = String.raw`(?:(?:please|so|now|also|and)\s+|(?:and )?if you (?:value|enjoy(?:ed)?|liked?|appreciated?|found|rely on|believe in|want|would like|['’]d like|wish)\b[^.!?]{0,100},\s*|(?:and )?if (?:this|it) (?:helped|was (?:useful|helpful))\b[^.!?]{0,60},\s*|(?:be sure|make sure|remember|don['’]t forget) to\s+|why not\s+|feel free to\s+|you can (?:also )?|(?:click|tap)(?: here)? (?:to|and)\s+)*`;

/** What the reader is told the appeal is for, before it: "To hear of road closures first, download ...". */
const PURPOSE = String.raw`(?:(?:to (?:get|receive|see|read|stay|keep|find|follow|hear|watch|report|share|send|tell|suggest|submit)|for (?:more|updates|the latest))\b[^.!?]{0,60},\s*)?`;

/** A clause's letters up to the sentence's end; a dot inside a web address ("WXYZ.com") is no end. */
const CLAUSE = String.raw`(?:[^.!?]|\.(?=\w))`;

/** Ways to reach someone: the verbs of a tip line or a newsroom contact. */
const CONTACT = String.raw`(?:e-?mail|write to|write|call|phone|ring|text|message|whatsapp|dm|contact|reach|get in touch with|tell|send|drop)`;

/** The same without "tell" and "send", which follow a modal in news too ("she could not tell us"). */
const REACH = String.raw`(?:e-?mail|write to|call|phone|ring|text|message|whatsapp|contact|reach|get in touch with)`;

/**
 * The outlet itself as the object: "our newsroom", "the news desk", "our reporters", the story's
 * writer ("Contact reporter Ann Reyes at ..."). A named authority ("the police tip line", "the
 * terminal desk") is not among them.
 */
const OUTLET_DESK = String.raw`(?:our (?:[\w'’-]+ ){0,2}(?:newsroom|news ?desk|desk|team|reporters?|journalists|editors?|staff|station|studio|tip ?line|news ?line|hotline|gallery|inbox)|the (?:newsroom|news ?desk|editors?|editorial (?:team|desk|staff))|(?:the |our |news |staff )?(?:reporter|writer|correspondent|columnist|author)s?\b)`;
/** The same or a plain "us". */
const OUTLET = String.raw`(?:us|${OUTLET_DESK})`;

/** A reader's knowledge before the ask: "If you saw the crash, ...". */
const IF_YOU_KNOW = String.raw`(?:(?:and )?if you (?:have|know|saw|witnessed|were|took|see)\b[^.!?]{0,100},\s*)?`;

/** What a reader is told to come back for: updates, the latest, more details. */
const FOR_UPDATES = String.raw`(?:for (?:the )?(?:[\w-]+ ){0,2}(?:updates?|latest|developments|coverage)|for (?:more|further|the latest) (?:on this|updates|information|details|news)|for more (?:from|on) (?:the|this|our)\b|as (?:this|the) (?:story|situation|investigation|search) (?:develops|unfolds|continues(?: to (?:develop|unfold))?)|as (?:more |new )?(?:information|details|updates|news) (?:becomes?|comes?|is|are)|as we (?:learn|get|receive|continue|have|work)|throughout the (?:day|night|evening))`;

/** The newsroom's own products, as the object of a reader's action ("our interactive map", "our poll"). */
const OUTLET_THINGS = String.raw`newsroom|news ?desk|reporters?|journalists?|journalism|reporting|coverage|app|newsletters?|website|site|podcasts?|live (?:page|blog|q&a)|q&a|channel|feed|editors?|station|programmes?|bulletins?|paper|magazine|edition|e-edition|map|poll|survey|quiz|guide|archive|awards|events?|crossword|puzzles?|gallery|investigation|series|tracker|database|catch-up service`;

/** The reader's own material an outlet asks for. */
const READER_MATERIAL = String.raw`(?:news |story )?(?:tips?|photos?|pictures?|videos?|footage|stories|story ideas?|experiences?|accounts?|questions)`;

/** The outlet's own page, as it names it to the reader ("this page", "this live blog"). */
const THIS_PAGE = String.raw`this (?:[\w.'’-]+ )?(?:page|story|article|post|report|piece|blog|live (?:page|blog|coverage|feed)|feed|link|tab)`;

export const ENGLISH_APPEALS: readonly RegExp[] = [
  // Keep the page open or come back: "Leave this tab open for the latest", "Refresh this page for the
  // latest", "Check back with X later", "Stay with X as this story develops", "Stay tuned".
  new RegExp(
    String.raw`^${PURPOSE}${LEAD}(?:(?:keep|leave) ${THIS_PAGE} (?:open|bookmarked)|(?:refresh|reload|bookmark|revisit) (?:${THIS_PAGE}|the (?:page|live (?:page|blog))|[\w.-]+\.(?:com|org|net)\b)|(?:refresh|reload)(?= for\b| to see\b|[.!]?$)|check back|stay tuned|watch this space)${CLAUSE}{0,100}[.!]?$`,
    'i',
  ),
  // The same with a verb that also has other uses ("Stay with relatives", "Keep following the signs"):
  // only with what the reader comes back for.
  new RegExp(String.raw`^${LEAD}(?:(?:come|click|tune|go) back|keep (?:checking|following|watching|reading)|stay (?:with|locked (?:to|on))|return to)${CLAUSE}{0,80}?\b${FOR_UPDATES}.*$`, 'i'),
  // Keeping up with the outlet: "Stay up to date with our app", "Keep up with our reporters on Facebook".
  new RegExp(String.raw`^${PURPOSE}${LEAD}(?:stay|keep) (?:up(?:-| )to(?:-| )date|updated|informed|connected|in the know|in touch|on top of|up with)\b(?=.{0,100}\b(?:our|us|the latest (?:news|headlines)|news app|newsletters?|rss)\b).{0,160}$`, 'i'),
  // The page promising its own updates: "This story will be updated", "This page updates automatically",
  // "We will keep updating this article as details come in".
  new RegExp(String.raw`^(?:${THIS_PAGE}|the (?:page|live (?:page|blog)))\b.{0,40}\b(?:(?:will be|is being|is|gets) (?:(?:regularly|continually|continuously|automatically|frequently|constantly) )?(?:updated|refreshed)|(?:will |)(?:update|refresh)(?:es|s)? (?:automatically|regularly|every|throughout|as|when))\b.{0,100}$`, 'i'),
  /^this is a (?:live )?(?:page|blog)\b.{0,40}\bwill (?:refresh|update|be (?:updated|refreshed))\b.*$/i,
  /^this (?:article|story|report|piece|page|post) is part of (?:our|an? (?:\w+ )?series)\b.{0,100}$/i,
  // Any reader's action on the outlet's own products: "Explore our interactive map", "Take our survey",
  // "Vote in our poll", "Hear the full bulletin on our website". The object must be a newsroom's thing:
  // "our" alone is anyone's in an official's unquoted words ("Follow our instructions", "Keep our
  // firefighters in your thoughts").
  new RegExp(String.raw`^${PURPOSE}${LEAD}(?:read|watch|listen|hear|follow|share|send|e-?mail|text|call|contact|message|tell|join|subscribe|sign|register|download|install|get|grab|turn|switch|enable|support|donate|give|back|become|help|visit|check|see|find|like|rate|submit|upload|forward|keep|stay|refresh|tune|bookmark|catch|explore|discover|take|vote|nominate|enter|play|try|browse|shop|use|view|receive|stream|scan)\b${CLAUSE}{0,100}\b(?:our (?:[\w&-]+ ){0,2}(?:${OUTLET_THINGS})|${THIS_PAGE})\b.*$`, 'i'),
  // The page's own buttons and shortcuts: "Tap the bell to get alerts", "Add X to your home screen".
  /^(?:please\s+)?(?:tap|click|hit|press|ring) the (?:bell|notification (?:bell|icon)|alert icon|follow button|subscribe button)\b.*$|^(?:please\s+)?add\b.{0,40}\bto your (?:home ?screen|favou?rites|bookmarks|news feed|google news|preferred sources)\b.*$/i,
  // Ad blockers: "Please whitelist our site in your ad blocker", "Turn off your ad blocker to keep reading".
  new RegExp(String.raw`^${LEAD}(?:whitelist|allow|disable|turn off|switch off|pause)\b.{0,60}\bad[- ]?block`, 'i'),
  // Alerts by text message to the outlet's short code: "Text NEWS to 55510 for alerts".
  /^text \w+ to \d{3,} (?:for|to (?:get|receive)) (?:\w+ )?(?:alerts|updates|news|headlines)\b.*$/i,
  // The coverage's own state: "This blog is now closed", "Our live coverage has ended", "That's all from us
  // for tonight", "Thanks for following".
  /^(?:(?:this|our|the) (?:live )?(?:blog|page|coverage|live page|feed|stream)|we(?:['’]re| are| have| will)?(?: now)?) (?:is |are |has |have |will )?(?:now |been )?(?:closed|ended|over|finished|paused|pausing|ending|wrapping up|signing off|end(?:ing)? (?:our|this|the) (?:live )?(?:coverage|blog|updates)|paus(?:e|ing) (?:our|this|the) (?:live )?(?:coverage|blog|updates))\b.{0,120}$|^that (?:concludes|ends|wraps up) (?:our|this|the) (?:live )?(?:coverage|updates|blog|page)\b.{0,80}$|^that['’]s (?:all|it) (?:from (?:us|our (?:live )?(?:blog|coverage|team|page|desk))|for (?:now|today|tonight|this (?:morning|evening|afternoon)))\b.{0,80}$|^thanks? (?:you )?(?:for (?:following|reading|joining us|watching|listening|being with us))\b.{0,80}$/i,
  /^we(?: will|['’]ll|['’]re| are)?(?: be)? (?:continue to |keep )?(?:update|updating|bring(?:ing)? you|post(?:ing)?|have|provid(?:e|ing)|shar(?:e|ing)) (?:you )?(?:this (?:story|page|article|post|blog|report)|(?:more|further|the latest|new) (?:updates?|information|details|developments|news)|more (?=as |when |on this|soon|later|shortly)|updates|the latest)\b.{0,160}$/i,
  /^we(?: will|['’]ll| are|['’]re)?(?: continu(?:e|ing) to| going to)? (?:keep(?:ing)? you (?:updated|posted|informed)|updat(?:e|ing) you|follow(?:ing)? this (?:developing |breaking )?story)\b.{0,160}$/i,
  // The newsroom's contacts: "Email us at ...", "Message our newsdesk", "If you saw the fire, contact our
  // reporters", "Send us your photos", "Share your story with us".
  // A bare "us" is anyone's ("Call us if you see smoke", "Tell us the truth" in an official's or a
  // protester's words): it needs a channel, a request for what the reader knows, or nothing after it.
  new RegExp(String.raw`^${IF_YOU_KNOW}${PURPOSE}${LEAD}${CONTACT} ${OUTLET_DESK}\b.*$`, 'i'),
  new RegExp(String.raw`^${IF_YOU_KNOW}${LEAD}(?:${CONTACT}|let) us(?: know\b| (?:at|on|via|through|by|in confidence|with (?:your|any))\b| (?:what|how|where|when|why|about your)\b| your\b| in the comments\b| a (?:line|message|note|tip)\b|[.!]?$).*$`, 'i'),
  new RegExp(String.raw`^${LEAD}(?:send|share|submit|upload|e-?mail|text|whatsapp) (?:us |them to us )?(?:your|any) ${READER_MATERIAL}\b.*$`, 'i'),
  new RegExp(String.raw`^${LEAD}(?:send|share|show|upload|forward|report) (?:it|them|this|that|yours) (?:with|to) ${OUTLET}\b.*$`, 'i'),
  new RegExp(String.raw`^${LEAD}get in touch(?: (?:with ${OUTLET}|at|on|via|through|by)\b.*| with [^.!?@]{1,40} at [\w.+-]+@[\w-]+(?:\.[\w-]+)+\.?|[.!]?)$`, 'i'),
  /^(?:we|our (?:reporters?|journalists?|team|newsroom|editors?|correspondents?))(?:['’]d| would)? (?:love|like|want) to (?:hear from|speak to|talk to|speak with|talk with) (?:you|anyone|readers|people)\b.*$|^(?:we['’]ll|we will) be back\b.{0,40}\bwith (?:more|updates|the latest|further)\b.*$/i,
  // The support line under a hard story: "If you have been affected by this story, help is available ...".
  /^if you (?:have been|are|were|feel) affected by (?:this|the issues|any of the issues|what you have read)\b[^.!?]{0,80},\s*(?:help|support|information|advice)(?: and (?:support|help|advice|information))? (?:is|are) available\b.*$/i,
  /^(?:e-?mail|write to|contact|send (?:it|them|your \w+) to) [\w.+-]+@[\w-]+(?:\.[\w-]+)+\.?$/i,
  // A reader service that ends at the outlet: "Anyone with news of the flood can reach our newsroom", "Relatives
  // ... can ring the pit office, or text our desk on the app". A named authority as the contact is news
  // (readers told to call anyone are the outlet's service line: patterns.ts).
  new RegExp(String.raw`\b(?:can|could|may|should|are (?:asked|invited|welcome|encouraged|urged) to|is (?:asked|invited|welcome|encouraged|urged) to)\b(?! not)[^.!?]{0,100}\b${REACH} ${OUTLET}\b${CLAUSE}*[.!]?$`, 'i'),
  // The question before the appeal: "Like what you read?", "Want more stories like this?", "Got a story?".
  /^(?:(?:do you )?(?:liked?|enjoy(?:ed)?|loved?|value|appreciate) (?:what you(?:['’]re| are)? (?:read|reading|see|seeing)|this (?:story|article|reporting)|our (?:journalism|reporting|work))|want (?:more|to (?:read|know) more|the latest)|(?:can|could|will|would) you (?:help|support|chip in|donate|give)|(?:got|have|do you have) (?:a |any )?(?:story|news tip|tips?|news|story idea|information|photos?|pictures?|videos?|footage)(?: to share)?)\b.{0,80}\?$/i,
  /^(?:don['’]t|never) miss (?:out|a (?:story|thing|beat)|an update|another story)\b.{0,60}$|^be (?:the )?first to (?:know|hear|read|see)\b.{0,60}$/i,
  // Was it useful: "Was this article helpful?", "Found this useful?", "Did you enjoy this story?",
  // "Rate this article", "Thanks for reading".
  /^(?:(?:was|is) this (?:\w+ )?(?:helpful|useful|informative)|(?:did you )?(?:find|found) this (?:\w+ )?(?:helpful|useful|informative|valuable|interesting)|how (?:useful|helpful) (?:was|is) this\b|(?:did you )?(?:like|enjoy)(?:ed)? this (?:article|story|piece|post|report)|rate this (?:article|story|piece|post)|thanks? (?:you )?for reading)\b.{0,60}$/i,
  // Comment prompts. Joining a discussion or having one's say happens at town halls too, so those need
  // the page's own place for it (below, in the comments, here, on our site) or nothing after them.
  /^(?:what do you think(?: (?:of|about) (?:this|it|that))?\?|what are your (?:thoughts|views)\b|what['’]s your (?:view|take|opinion)\b|comment below\b|comments are (?:open|moderated|welcome)\b|(?:please )?keep (?:them|it|comments|the conversation|the discussion) (?:civil|respectful|polite|on topic)\b|let us know (?:what you think|your (?:thoughts|views)|in the comments|below)\b|tell us (?:what you think|your (?:thoughts|views|story))\b).{0,100}$/i,
  /^(?:have your say|join the (?:debate|discussion|conversation)|(?:leave|post|add|share) (?:a |your )(?:comments?|thoughts|views?|opinions?)|(?:sound|weigh) in)\b(?:[^.!?]{0,80}\b(?:below|in the comments(?: section)?|here|with us|on (?:our|this) (?:site|website|page|story|article|facebook page)|:)|[.!:]?$).{0,100}$/i,
  // Share the page: "Share this story with a friend", "Know someone who should read this? Forward it".
  new RegExp(String.raw`^${LEAD}(?:share|forward|send) ${THIS_PAGE}\b.{0,80}$`, 'i'),
  new RegExp(String.raw`^${LEAD}(?:(?:(?:share|forward|send) it|pass it on)(?: (?:with|to) [^.!?]{1,40})?[.!]?|share this with\b.{0,80}|(?:tag|mention) us\b.*)$`, 'i'),
  /^(?:do you )?know (?:someone|anyone|a friend)\b.{0,80}\?$/i,
  // Corrections policy: "Spotted an error? Let us know", "If you see a mistake in this story, email ...",
  // "Read our corrections policy".
  /^(?:(?:have you |did you )?(?:spot(?:ted)?|see|saw|notice(?:d)?|found?|seen) (?:an? |any )?(?:error|mistake|typo|inaccuracy|factual error)s?\b[^.!?]{0,40}\?|if you (?:spot|see|notice|find|believe|think)\b.{0,60}\b(?:errors?|mistakes?|inaccura\w*|typos?|corrections?)\b|(?:to )?(?:report|request|suggest|submit) (?:an? )?(?:error|correction|typo)\b|(?:read|see|view) our (?:corrections?|editorial|ethics)\b|our (?:corrections?|editorial) (?:policy|standards|guidelines)\b|we (?:are committed to|strive for) (?:accuracy|fairness|correcting (?:errors|mistakes)|getting (?:it|things) right)\b|we (?:correct|fix|acknowledge) (?:our )?(?:errors|mistakes)\b|corrections? (?:requests?|enquiries|queries)\b).{0,160}$/i,
  // Alerts and apps: "Switch on notifications in our app so that you do not miss ...", "Download the X app
  // for breaking news". The outlet's own ("our", news, stories): an authority's "Turn on emergency alerts on your
  // phone" in a live page is a service line of the story.
  new RegExp(String.raw`^(?=${PURPOSE}${LEAD}(?:turn on|switch on|enable|allow|activate|get|grab|download|install|add)\b)(?=.*\b(?:our|news|stories|story|headlines|e-?mail|ios|android|iphone|ipad)\b)${PURPOSE}${LEAD}(?:turn on|switch on|enable|allow|activate|get|grab|download|install|add)\b.{0,80}\b(?:alerts?|(?:push )?notifications?|apps?)\b.*$`, 'i'),
  /^(?:get|grab|download|install) (?:the|our) app\.?$|^(?:please\s+)?(?:turn on|switch on|enable|allow) (?:push )?notifications[.!]?$/i,
  /\bso (?:that )?you (?:never|don['’]t|do not|won['’]t) miss\b.*$/i,
  // Newsletters: "Get X's evening newsletter ... straight to your inbox", "Sign up for our briefing".
  new RegExp(String.raw`^${PURPOSE}${LEAD}(?:get|receive|try|sign up (?:for|to)|subscribe to|register for|join)\b.{0,100}\b(?:newsletters?|briefings?|bulletins?|digest|e-?mail alerts)\b.*$`, 'i'),
  /\b(?:to|in|into) your inbox\b/i,
  new RegExp(String.raw`^${PURPOSE}${LEAD}(?:get|receive|have)\b.{0,80}\b(?:delivered|sent|e-?mailed) (?:straight |directly |right )?(?:to your|via|by|in your) (?:e-?mail|inbox|phone|mailbox)\b.*$`, 'i'),
  // Subscriptions, membership and donations to the outlet itself ("Donate to the miners' fund at the
  // town hall" is the story's service line).
  /^(?:please\s+)?(?:subscribe|become (?:an? )?(?:[A-Z][\w'’-]* ){0,3}(?:subscriber|member|supporter|patron|donor|friend|insider)|join (?:us|our (?:members|community))(?: (?:as|today|now))?|join (?:today|now)|(?:donate|make a (?:[\w-]+ )?(?:donation|contribution|gift)|contribute)(?= (?:to )?(?:us|our)\b| (?:today|now)\b|\.?$)|give(?= to (?:us|our)\b| (?:today|now|monthly|once)\b|\.?$)|chip in|get (?:full|unlimited|digital) access|(?:support|back|fund|sustain|protect|power) (?:us|our (?:work|journalism|newsroom|reporting)|(?:(?:local|independent|quality|public[- ]interest|community|non-?profit|trusted) ){1,2}(?:journalism|news|reporting|newsrooms?|media)))\b.*$/i,
  /\byour (?:support|subscription|donation|contribution|membership|gift) (?:helps|keeps|makes|pays|funds|allows|powers|sustains|matters)\b.*$/i,
  /^(?:please\s+)?(?:support|help|back|thank) (?:us|them|our \w+|this work)\b.{0,40}\bby (?:subscribing|donating|becoming an? (?:member|subscriber|supporter)|making a (?:donation|contribution)|joining)\b.*$|^(?:please\s+)?join (?:more than |over |some |the )?[\d,.]+(?: \w+)? (?:members|readers|subscribers|supporters|donors)\b.*$/i,
  /^(?:with your (?:support|donation|subscription|membership)|(?:every|any) (?:contribution|donation|gift|subscription)\b.{0,40}\b(?:helps?|matters|counts|makes)|we (?:rely|depend|count) on (?:readers|you|your|our (?:readers|members|supporters|subscribers)|donations))\b.*$/i,
  /\b(?:is|are|stays?|remains?) free (?:for (?:everyone|all) )?to read\b.{0,80}\b(?:because|thanks to|only with)\b.*$/i,
  /^(?:please\s+)?(?:enjoy|get|unlock)\b.{0,60}\b(?:unlimited|full|digital|ad-free) access\b.*$/i,
  /\bplease consider (?:supporting|subscribing|donating|becoming a|making a|a (?:donation|contribution|gift|subscription))\b.*$|^consider (?:subscribing|donating|supporting us|becoming an? (?:member|subscriber|supporter))\b.*$|^every (?:penny|pound|dollar|cent|euro) (?:you|of your)\b.{0,60}\b(?:reporting|journalism|newsroom|coverage|reporters)\b.*$|\bconsider (?:supporting|subscribing to|donating to) (?:us|our)\b.*$/i,
  /\breaders like you\b.*$/i,
  // A price on the ask: "You can support the X from as little as £1", "Join for just $3 a month".
  new RegExp(String.raw`^${LEAD}(?:support|back|join|subscribe(?: to)?|become|fund|donate to)\b.{0,60}\b(?:from|for) (?:as little as|just|only) (?:[£$€]|\d)`, 'i'),
  /^(?:if you can,?\s+)?(?:please\s+)?(?:support|back|fund) (?:it|this|this work|them)[.!]?$/i,
  /^(?:our|this) (?:coverage|reporting|journalism|live (?:page|blog))\b.{0,60}\b(?:is|remains|stays) (?:free|open) (?:to|for) (?:all|every|everyone)\b.*$/i,
  /^(?:please\s+)?(?:help (?:keep|fund|support|sustain|us)\b.{0,60}\b(?:journalism|reporting|coverage|newsroom|independent|donate|subscribe|support us|become a|make a (?:donation|contribution))\b|give what you can\b).*$/i,
  /^(?:(?:independent|local|quality|good|public[- ]interest|our) )?(?:journalism|reporting|newsroom|news)\b.{0,30}\b(?:needs?|relies on|depends on) (?:your|readers['’]?|you)\b.{0,80}$/i,
  /^(?:subscribers|members|supporters) (?:get|enjoy|receive)\b.{0,80}\b(?:access|articles|ad-free|unlimited|stories|newsletters?|events)\b.*$/i,
  // Live elsewhere: "Listen live on Radio X", "Stream it live on our channel", "Follow our live blog".
  /^(?:watch|listen|stream|tune in)\b.{0,40}\b(?:live|on our|to our)\b.*$/i,
  /\b(?:follow|read|see|join) our (?:live (?:blog|coverage|updates|page)|full coverage|coverage)\b.*$/i,
  // More of the outlet's own work: "Read more of our coverage of the storm", "You can follow all the latest on our
  // live page", "Read the full story here".
  new RegExp(String.raw`^${PURPOSE}${LEAD}(?:read|see|catch up on|follow|find|explore|browse|get|watch|listen to) (?:more of |all (?:of )?|the rest of )?our (?:[\w-]+ ){0,2}(?:coverage|reporting|stories|updates|live (?:page|blog)|podcast|newsletter|app|website|site|archive|explainers?|guides?|timeline)\b.*$`, 'i'),
  new RegExp(String.raw`^${PURPOSE}${LEAD}(?:read|see|catch up on|follow|find|get|watch|listen to)\b.{0,60}\b(?:on|at|in|via|through) our (?:own )?(?:live (?:page|blog)|website|site|app|channels?|homepage|podcast|youtube channel|social media)\b.*$`, 'i'),
  new RegExp(String.raw`^${PURPOSE}${LEAD}(?:read|watch|listen to|see|find|get|catch up on|sign up|subscribe|register|donate|download)\b.{0,60}\bhere[.!]?$`, 'i'),
  new RegExp(String.raw`^${LEAD}(?:listen to|watch|hear|see|read) (?:the|our) (?:full|whole|complete|extended|uncut) (?:interview|report|programme|program|episode|conversation|broadcast|documentary)\b.*$`, 'i'),
  new RegExp(String.raw`^${PURPOSE}${LEAD}(?:visit|go to|head to|check out) our (?:website|site|homepage|live (?:page|blog)|app|channel|page)\b.*$`, 'i'),
  // "Follow us on ...", "Join our WhatsApp channel", on any platform.
  new RegExp(String.raw`^${PURPOSE}${LEAD}(?:follow|like|find|join|watch|listen to) (?:us|our (?:\S+ )?(?:channel|page|account|feed|podcast|forums?|community|group))\b.*$`, 'i'),
  // The outlet or its writer on a platform: "Find X News on Instagram", "Follow her on Bluesky @...".
  new RegExp(String.raw`^${PURPOSE}${LEAD}(?:follow|find|like|catch) (?:him|her|them|(?:[\w.&'’-]+ ){1,4})(?:on|at) (?:twitter|facebook|instagram|x|tiktok|youtube|threads|bluesky|linkedin|whatsapp|telegram|mastodon|snapchat)\b.*$`, 'i'),
  // The outlet's own coverage going on elsewhere: "Reporting carries on at our live page".
  /\b(?:continues?|continuing|goes? on|carr(?:y|ies) on)\b.{0,30}\b(?:on|at|in) our (?:website|site|app|channels?|homepage|pages?|feed|station|programme|program)\b.*$/i,
];

/**
 * A sentence in which the outlet speaks of itself: its own channels ("The Ledger keeps the list of the
 * missing on its website") or its wish to hear from readers ("We're always keen to hear from you").
 * Not an appeal by itself (a company posts statements on its website too): it goes only on a line
 * with an appeal beside it.
 */
export const OUTLET_ASIDE =
  /\b(?:on|at|in|through|via) (?:its|our) (?:own )?(?:website|web ?site|site|app|live (?:page|blog)|homepage|channels?|social media|pages?|feed|programmes?|bulletins?)\b|^we(?:['’]re| are|['’]d| would)? (?:always |also )?(?:interested in|(?:love|like|want|keen|glad|happy) to (?:hear|know|see))\b|^our (?:journalists|reporters|team|newsroom|staff|crews?|correspondents) (?:are|have been|will be|work)\b/i;

/**
 * A short question to the reader before the appeal it leads to ("Were you there? Share your photos with
 * us", "Tips? Call our tip line", "Did we get something wrong? Tell us"), or the buttons after one ("Yes /
 * No"). Like an aside, it goes only with an appeal beside it: "Were there warnings?" in a report stays.
 */
export const READER_QUESTION =
  /^(?:(?:(?:were|are|have|had|do|did|can|could|would|will|is|was) (?:you|we)\b|(?:what(?:['’]s| is| are| do)|how (?:do|would|did)) (?:your|you)\b|is there (?:more|anything)\b|(?:did|does|was|is) this (?:article|story|page|piece|guide|explainer)\b|how (?:did|do|are) we\b|witnessed\b|any (?:news|tips?|photos?|pictures?|videos?|information)\b|(?:got|know|spot(?:ted)?|seen?|saw|notice[d]?|want|need|looking for|interested in|have|like|love|enjoy(?:ed)?|found|missed)\b)[^?]{0,100}|[\w-]+(?: [\w-]+)?)\?$|^(?:yes|no)(?:\s*[/|]\s*(?:yes|no))?\.?$/i;
