// Sentence roles every kind of event draws on (the toll, the official response, reactions,
// background), in the phrase language of phrase.ts: several wordings each, with alternatives
// inside, so outlets telling different events (or the same one) rarely share a run of words.
// Everything here is invented.

/** The official toll; {seriously} is a small number word, {missingClause} empty or a sentence. */
export const TOLL = [
  'The {org} said {killed} people had [died|been killed] and {injured} had been [injured|hurt], {seriously} of them [seriously|critically|badly].{missingClause}',
  '[According to|Figures from|The latest count by] the {org}, {killed} people [were killed|died|are dead] and {injured} [were injured|were hurt|are in hospital], [including|among them] {seriously} in [a serious|a critical|a grave] condition.{missingClause}',
  '[The death toll|The toll|The number of dead] [stood at|rose to|reached] {killed} [by evening|by nightfall|late in the day], with {injured} [injured|people hurt|wounded], [the {org} said|said the {org}|according to the {org}].{missingClause}',
];

export const MISSING = [
  'A further {missing} people were still missing, [according to|said] the {org}.',
  '[Another|A further] {missing} [were|remained] [unaccounted for|missing].',
  '{missing} [others|more people] [had not been found|were still being sought].',
];

/** A higher count from another source than the official one. */
export const RIVAL_TOLL = [
  '[Hospital sources|Doctors|Medical staff] [quoted by local media|speaking to reporters|cited by a local broadcaster] said the dead numbered {other}, higher than the official figure of {killed}.',
  '[Local officials|A hospital director|Residents] [said|told reporters|insisted] that {other} people had [died|been killed], [more than|above] the {killed} [confirmed by|announced by|given by] the {org}.',
  '[Some local media|A regional broadcaster|Rescuers at the scene] [reported|gave|put forward] a toll of {other}, [which|but this figure] [could not be verified|officials did not confirm|was not confirmed].',
];

export const DISASTER_ROLES: string[][] = [
  [
    'The {role}, {official}, said [an inquiry would be opened|there would be a full investigation|those responsible would be found] and [promised|pledged|offered] [support|help|assistance] for [those affected|the families|survivors].',
    '{official}, the {role}, [announced|ordered|called for] [an inquiry|an investigation|a review] [late in the day|that evening|within hours] and [said|added] that [nobody|no one] [would be left alone|would be forgotten|would be abandoned].',
  ],
  [
    '[Local media|Several outlets|Some websites] reported a higher toll, but officials said [those figures|the reports|such numbers] could not yet be [confirmed|verified] and asked [the public|people|residents] not to share [unverified lists|rumours|names] [on social media|online].',
    '[Officials|The authorities] [warned|urged] [against|people to avoid] [spreading|sharing] [rumours|unconfirmed figures|false reports] [online|on social media], [saying|and said] [an official list|the names of the dead] would [follow|be released] [once families had been told|after identification].',
  ],
  [
    '{officialLast} [later|afterwards|in the afternoon] [visited|went to|toured] the [scene|area|site] and met [relatives|families|survivors], some of whom had [waited|been waiting] for hours for [news|information].',
    '[Relatives|Families|Some residents] [criticised|complained about|were angry at] the [pace|speed|slowness] of the [official response|rescue effort|authorities] and [the lack of|the absence of|poor] information.',
  ],
  [
    '[Opposition politicians|Critics|Opposition leaders] [said|argued|charged] that the [authorities|government] had [ignored|dismissed|played down] [warnings|reports|complaints] for years. The {party} [said it would demand|called for|promised] a [debate|hearing|vote] in parliament.',
    'The government [rejected|dismissed|brushed aside] the [criticism|accusations|charges] as [opportunistic|political|unfair], [saying|and said] [that|] [this was|now was] [not the time|no moment] for [politics|blame|point-scoring].',
  ],
  [
    '[Neighbouring governments|Foreign leaders|Several countries] sent [messages of condolence|condolences|messages of support], and the {country} foreign ministry said [offers of help|several offers of practical help|aid offers] [had been received|were being considered|had arrived].',
    '[Aid groups|Charities|The Red Crescent and other groups] [sent|flew in|delivered] [tents|blankets|food|medical supplies] [to|into] {place} [overnight|by road|within a day], [according to|said] [the groups|organisers|the {org}].',
  ],
  [
    '[Schools|Several schools|Public offices] in [parts of|central|eastern] {place} [were closed|stayed shut|will remain closed] [until the weekend|until further notice|for three days], and the [city council|local authority] [opened|set up|launched] a [hotline|help line|information desk] for [relatives|families|people seeking news].',
    '[A hotline|An information centre|A help desk] [was set up|opened] at [the town hall|a school|the {hospital}] for [people looking for relatives|families of the missing|those seeking news].',
  ],
  [
    '[Economists|Business groups|The chamber of commerce] [said|warned|estimated] [that|] the [disruption|damage|closures] could cost the [regional|local] economy [millions|tens of millions|a great deal], with [shops|businesses|markets] in {place} [closed|shut] and [public transport|buses|trains] [running a reduced timetable|suspended|disrupted].',
  ],
  [
    '[Footage|Videos|Images] [shared online|posted on social media|broadcast by local television] [and verified by|and checked by|and confirmed by] [local journalists|reporters|news agencies] [showed|appeared to show] [crowds|people|residents] [gathering|running|standing] in the streets of {place} [shortly after|minutes after|soon after] [the first reports|it happened|the disaster].',
  ],
  [
    'The {org} said it had [deployed|sent|brought in] [additional|extra|more] teams from [neighbouring|other] [districts|provinces|regions], [some of which|some of them|several of which] [travelled|drove|had come] more than {dist} kilometres [overnight|through the night|to reach the area].',
    '[More than|About|Nearly] {count} [rescuers|emergency workers|soldiers and volunteers] [were involved|took part|were working] [in the operation|at the scene|by nightfall], [the {org} said|officials said].',
  ],
  [
    '{expert}, [who has studied|an expert on|who has researched] [similar cases|such disasters|disaster response] [in the region|in {country}|for two decades], said [the scale of the damage|the toll|what happened] [pointed to|reflected|revealed] [long-standing problems|years of neglect|deep failings] [rather than|and not] [simple bad luck|chance|an accident of nature].',
  ],
  [
    '[Volunteers|Residents|Local groups] [organised|collected|gathered] [food|blankets|water|clothes] at [churches|mosques|sports clubs|schools] [across|around|throughout] {place}, and [the local football club|a shopping centre|a school] [opened its doors|offered its premises|became a collection point].',
  ],
  [
    'It was not [immediately|yet] clear how many of [those affected|the victims|the dead] were [visitors|travellers|foreigners] rather than [residents|local people]. [Officials|The authorities] said a [full list|list of names] would be [published|released] once families had been [informed|told].',
  ],
  [
    'The {role} said the government would [pay compensation to|support|help] [the families of the dead|bereaved families|families of victims] and [cover|pay for] [medical costs|treatment|hospital bills] for the injured, but [gave no figure|did not say how much|named no sum] [for the total cost|].',
    'A [national day of mourning|day of mourning|period of mourning] [will be held|was declared|was announced] {nextDay}, and flags [will fly|are to fly|are to be flown] at half mast on [public buildings|government offices].',
  ],
  [
    'Forensic teams [began|started] [identifying|naming] the [dead|victims] at [a temporary morgue|the {hospital}|a sports hall], and [relatives were asked|families were invited] to [give DNA samples|bring photographs|come forward].',
    '[The {hospital}|Hospitals in {place}] [appealed for|asked for|called for] blood donors, and [long queues|hundreds of people|dozens of volunteers] [formed|lined up|turned up] [within hours|by the afternoon].',
  ],
  [
    '[The first calls|The first emergency calls|The alarm] [came|arrived|was raised] [at about|around|shortly after] {hour}, and the first [teams|ambulances|crews] [arrived|reached the scene] [within|after about] [twenty|thirty|forty] minutes.',
  ],
  [
    '[The government|The {role}] [promised|pledged] to [rebuild|repair|restore] [homes|damaged buildings|roads and bridges] [within a year|before winter|as quickly as possible], [though|but] [no budget|no timetable|no details] [was given|were announced].',
  ],
  [
    'By [evening|nightfall|late afternoon], [a calm|an uneasy calm|quiet] had returned to [most of|much of] {place}, but [police|officers|soldiers] [remained posted|stayed] at [the main junctions|key roads|checkpoints] and the [area|scene|site] was [sealed off|closed|cordoned off].',
  ],
];

export const CIVIC_ROLES: string[][] = [
  [
    'The {role}, {official}, said the government [remained open to dialogue|was ready to talk|would keep talking] but would not [accept|bow to|give in to] what {officialLast} called "[ultimatums|blackmail|threats]".',
    '{official}, the {role}, [told|assured|warned] [reporters|parliament|the public] that [the door was open|talks were possible|there was room for talks] but that [the law|public order|the budget] [came first|would be defended|was not negotiable].',
  ],
  [
    '[Opposition parties|Opposition leaders|Rival parties] [accused the government of|criticised the government for] [mishandling|ignoring|inflaming] the [dispute|crisis|situation] for months. The {party} said it would [table a motion|call a vote|demand a debate] in parliament.',
  ],
  [
    '{expert}, a [political scientist|political analyst|professor of politics] who has [followed|studied|written about] {country}\'s politics for [two decades|years|a long time], said the government had [underestimated|misread|ignored] the [anger|public mood|strength of feeling].',
  ],
  [
    '[Business groups|Employers|Shop owners] [warned|said|complained] that the [disruption|unrest|uncertainty] could cost the economy [millions each day|dearly|a fortune] and [urged|called for|pressed for] a [quick settlement|swift end|compromise], [while|as] [smaller shops|cafes|market stalls] in {place} [stayed closed|lost trade|shut early].',
  ],
  [
    '[Police|The authorities] said [around|about|some] {count} officers had been [deployed|posted|sent] in {place}, and that the day had [passed|gone] [largely|mostly] [without incident|peacefully], [apart from|except for] [scuffles|minor clashes|a few arrests] [near|at|around] the [main square|city hall|station].',
  ],
  [
    '[Several newspapers|Editorials|Commentators] [called on|urged|pressed] both sides to [compromise|step back|talk], and [church leaders|religious leaders|former presidents] [offered|proposed] to [mediate|act as go-betweens|host talks].',
  ],
  [
    '[Polls|Surveys|Opinion polls] [published|taken|released] {lastMonth} [suggested|showed|found] that [a majority of|most|more than half of] [voters|people|adults] in {country} [sympathised with|supported|backed] the [demands|cause], [though|but] [fewer|a minority] [supported|approved of] the [methods used|tactics|disruption].',
  ],
  [
    '[International observers|Foreign diplomats|Rights groups] said they were [following events closely|watching closely|concerned], and [urged|called on] all sides to [respect|uphold] the right to [peaceful assembly|protest|free expression].',
  ],
  [
    '[In the suburbs of|On the outskirts of|Across] {place}, [residents|people|shopkeepers] said the mood was [tense but calm|uneasy|quiet but angry].',
  ],
  [
    '[Traffic|Public transport|Bus service] in [central|downtown] {place} was [disrupted|halted|blocked] [for hours|all day|until evening], and [several|some] [metro stations|bus routes|government offices] were [closed|shut].',
    '[Access to social media|Mobile internet|The messaging service] was [restricted|slowed|partly blocked] in {place} [during the day|for several hours], [according to|said] [internet monitors|a digital rights group].',
  ],
  [
    'The {role} [is due|is expected|was scheduled] to [address parliament|speak on television|meet the organisers] {nextDay}, [officials said|his office said|her office said].',
  ],
  [
    'The [organisers|union|opposition] said they would [announce|decide] their next steps at a meeting {nextDay}, and did not [rule out|exclude] [further action|more protests|new strikes] in other cities of {country}.',
  ],
];

/** How a quote is attributed; {q} is the quote without its closing punctuation. */
export const WITNESS_QUOTE = [
  '"{q}," said {witness}, [who lives nearby|a shopkeeper|a teacher|a resident|who saw it happen].',
  '"{q}," {witness}, [a resident|a local driver|a student|a nurse], [told reporters|said|told local radio].',
  '{witness}, [who lives nearby|a market trader|a retired teacher], [said|recalled]: "{q}."',
];

export const OFFICIAL_QUOTE = [
  '"[We are doing everything we can|Every available team is working|No effort will be spared], and we will [keep going|continue|not stop] until [everyone is accounted for|the work is done|every family has answers]," {official}, the {role}, [told reporters|said|said at a news conference].',
  '"[Nobody will be left alone with this|The state will stand by these families|These families are owed the truth]," {officialLast} said [at a news conference in {place}|in a televised address|late in the day].',
  '"[This is a day of grief for {country}|Our thoughts are with the families|The whole country mourns with {place}]," said {official}, the {role}.',
];

export const EXPERT_QUOTE = [
  '"[Every time, we say we will learn|We have seen this before|The warnings were there]," {expertLast} said. "[Then nothing changes|And yet here we are|Nobody acted on them]."',
  '"The first hours are the most important, and [they are over|they have passed]," said {expert}, [an independent analyst|a researcher|a university lecturer]. "Now the questions [begin|start]."',
];

export const CIVIC_QUOTE = [
  '"[This is about dignity, not only money|We are here for our children|Nobody listened, so we came out]," said {witness}, who took part in [the action|the march|the rally] in {place}.',
  '"[Both sides have dug in|Nobody wants to blink first|This can only end at the table], and the public is paying for it," said {expert}, a political analyst.',
];

export const CIVIC_OFFICIAL_QUOTE = [
  '"[We will listen, but we will not be blackmailed|The government will not govern from the street|Dialogue yes, chaos no]," {official}, the {role}, told reporters in {place}.',
  '"[The country cannot be held hostage|We have made a fair offer|Our door has never been closed]," said {official}, the {role}. "[Now it is up to them|The rest is up to the other side|We expect an answer within days]."',
];

/** A closing credit line; not every report has one. */
export const CREDIT = [
  '{reporter} contributed reporting from {place}.',
  '[Additional reporting by|Reporting by] {reporter} in {place}.',
  'With reporting from {place} by {reporter}.',
];
