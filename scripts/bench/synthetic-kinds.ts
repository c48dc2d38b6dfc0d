// The kinds of invented happening the synthetic reports tell, in the phrase language of phrase.ts.
// Each kind has several wordings per sentence role and facets drawn once per event (what burned,
// which vehicle, what the marchers want), so two events of one kind are told in different words
// and two outlets telling one event rarely pick the same wording. Everything here is invented.

export interface EventKind {
  type: string;
  noun: string;
  /** Which numbers the event produces and their rough scale (dead from 0 or 2, so "{killed} people" reads right). */
  killed: [number, number];
  injured: [number, number];
  missing: [number, number];
  /** Facts drawn once per event and shared by all its reports: slot name → possible values. */
  facets: Record<string, string[]>;
  headlines: string[];
  ledes: string[];
  /** Sentence roles of this kind: a report tells some of them, each in one of its wordings. */
  roles: string[][];
  /** What eyewitnesses say, without the attribution (added by the writer). */
  quotes: string[];
  /** Offices that speak for the response, and bodies that count the victims. */
  offices: string[];
  orgs: string[];
  /** Strikes, protests and elections draw on political rather than emergency background. */
  civic?: boolean;
}

export const EVENT_KINDS: EventKind[] = [
  {
    type: 'earthquake', noun: 'earthquake', killed: [3, 120], injured: [20, 600], missing: [1, 40],
    facets: {
      buildings: ['old stone houses', 'concrete apartment blocks', 'mud-brick homes', 'a row of shops and a school', 'farm buildings and two churches'],
      terrain: ['hill villages', 'valley towns', 'coastal settlements', 'mountain hamlets'],
      depth: ['ten', 'twelve', 'eighteen', 'thirty'],
    },
    headlines: [
      '[Magnitude {mag}|Strong|Powerful] [earthquake|quake] [kills|leaves] {killed} [in|dead in|across] {region}',
      '[Rescuers|Crews|Volunteers] [dig through rubble|search collapsed buildings|race to find survivors] after [quake|earthquake] [near|hits] {place}',
      '{killed} [dead|killed], {injured} [hurt|injured] as [tremor|quake] [rocks|strikes|shakes] {country}',
    ],
    ledes: [
      '{place}, {country} — [A magnitude {mag}|A powerful|A strong|An intense] [earthquake|quake] [struck|hit|shook|rocked] {region} {when}, [killing [at least|] {killed} people|leaving [at least|] {killed} people dead|leaving [at least|] {killed} dead] and [injuring|wounding] {injured}, [officials said|authorities said|according to the {org}].',
      '[At least|] {killed} people [were killed|died|lost their lives] [when|after] [a magnitude {mag}|a strong|a shallow|an intense] [earthquake|tremor] [hit|struck] {terrain} [in|across] {region} {when}, [the {org} said|officials said|said the {org}].',
      '{place}, {country} — [Rescuers|Emergency crews|Soldiers and volunteers] [were searching|combed|dug through] the ruins of {buildings} [on the edge of|around|near] {place} [after|following] [an earthquake|a quake] {when} that [killed [at least|] {killed} people|left [at least|] {killed} people dead].',
    ],
    roles: [
      [
        'The [epicentre|centre of the quake] was [about|some|roughly] {dist} [kilometres|km] [from|outside|north of|south of] {place}, at a depth of [about|] {depth} kilometres, [according to|said] the {country} [Geological Survey|seismological institute].',
        '[Seismologists|The national seismology centre|Geologists] [put|placed|located] the [epicentre|quake\'s centre] [roughly|about|some] {dist} [kilometres|km] from {place}[?, at a shallow depth| and {depth} kilometres underground].',
      ],
      [
        '[Several|A series of|Dozens of] aftershocks [followed|were felt|rattled the area] [within the hour|through the night|over the next hours], [the strongest|the largest] [of magnitude|measuring] [four|4.6|5.1|4.2].',
        '[Residents|Families|Many people] [spent the night|slept|camped] [outdoors|in cars|in parks|on the streets] [for fear of|fearing|worried about] [aftershocks|further tremors|another quake].',
      ],
      [
        '[Most of the dead|Many of the victims|The worst damage] [were in|was in|came from] {buildings} [that collapsed|that gave way|which crumbled] [in|across] {terrain}.',
        '{buildings} [collapsed|gave way|were flattened] [in several|across many|in a dozen] {terrain}, [and|while] [roads|bridges|power lines] [were cut|were blocked|came down].',
      ],
      [
        '[Rescue teams|Search teams|Crews with sniffer dogs] [worked through the night|kept digging after dark|searched by floodlight] to [reach|free|find] people [trapped|buried|pinned] under [rubble|debris|collapsed walls].',
        '[About|Around|Some] {missing} people [were still|remained|are still] [missing|unaccounted for], [the {org} said|officials said|according to local authorities].',
      ],
      [
        '[The region|{region}|The area] [was hit by|felt|had] a [smaller|weaker|minor] [quake|tremor] {lastMonth} [that|which] [damaged|cracked] [dozens of|several|hundreds of] [homes|houses|buildings] but [caused no deaths|killed no one|left no dead].',
        '[Engineers|Experts|Critics] [said|noted|warned] that [many|most|few] of the [buildings|houses] in {terrain} [had not been|were never] [built|reinforced|checked] [to withstand|against|for] [earthquakes|strong tremors].',
      ],
    ],
    quotes: [
      '[The ground|Everything|The floor] [moved like a wave|shook for a long time|rolled under us]. [The wall of my kitchen|Our roof|The house next door] [came down|fell|collapsed] [in front of me|in seconds|behind us]',
      '[We ran out|I grabbed the children and ran|We got out] [with nothing|barefoot|in our night clothes]. [Now we have|We have] [no home|nowhere to go|only what we wear]',
    ],
    offices: ['civil defence director', 'regional governor', 'interior minister'],
    orgs: ['national disaster agency', 'civil defence service', 'emergency ministry'],
  },
  {
    type: 'flood', noun: 'floods', killed: [2, 60], injured: [5, 200], missing: [1, 50],
    facets: {
      rain: ['three days of heavy rain', 'a week of storms', 'an overnight cloudburst', 'record autumn rainfall'],
      rescue: ['boats', 'helicopters', 'lorries', 'rubber dinghies'],
    },
    headlines: [
      '[Floods|Flash floods|Floodwaters] [kill {killed}|leave {killed} dead] [as|after] {river} [bursts its banks|overflows|rises] [in|across] {region}',
      '[Thousands|Hundreds of families] [evacuated|flee|forced from homes] as [floodwaters|the water] [rise|spread] [in|around] {place}',
      '{missing} [missing|still missing|unaccounted for] after [floods|flooding] [sweep|hit|swamp] {region}',
    ],
    ledes: [
      '{place}, {country} — [Flash floods|Floods|Floodwaters] [swept through|tore through|submerged] [parts of|villages in|low-lying areas of] {region} {when} [after|following] {rain}, [killing {killed} people|leaving {killed} people dead|leaving {killed} dead] and {missing} [missing|unaccounted for], [the {org} said|officials said].',
      '[At least|] {killed} people [died|were killed|drowned] {when} [when|after] {river} [burst its banks|overflowed|rose sharply] [near|around|upstream of] {place}, [according to|said] the {org}.',
      '{place}, {country} — [Thousands of people|Hundreds of families|Whole villages] [were evacuated|fled their homes|were moved to safety] [in|across] {region} {when} as {river} [rose|kept rising|swelled] [after|following] {rain}.',
    ],
    roles: [
      [
        '[More than|Over|About] {count} people [were moved|were taken|were evacuated] to [schools|sports halls|tents|public buildings], and the army [sent|deployed|used] {rescue} to reach [villages|farms|hamlets] [cut off|stranded|surrounded] by [the water|floodwater].',
        '[The army|Soldiers|Emergency crews] [used|brought in|sent] {rescue} [to reach|to evacuate|to rescue] [families|people|residents] [stranded|trapped] on [rooftops|upper floors|high ground].',
      ],
      [
        '{river} [rose|climbed|swelled] by [more than|almost|nearly] [two|three|four] metres [overnight|in a few hours|by morning], and a [road|rail|footbridge] [bridge|crossing] [about|some] {dist} [kilometres|km] [upstream|downstream|away] was [washed away|destroyed|swept away].',
        '[Water levels|The river|Gauges on {river}] [reached|passed|topped] [their highest|a record|the highest] [level|mark] [in|for] [decades|thirty years|a generation], [the {org} said|officials said|according to forecasters].',
      ],
      [
        '[Forecasters|The weather service|Meteorologists] [warned|said|expected] [that|] [more rain|further downpours|another storm] [was expected|would come|could arrive] {nextDay}, and the {org} [raised|extended] its [alert|warning] [level|] [for|across] [all of|] {region}.',
        '[Power|Electricity|Drinking water] [was cut|was off|failed] [to|in] [thousands of|many|about {count}] [homes|households], and [several|dozens of|many] roads [were closed|remained under water|were impassable].',
      ],
      [
        '[Residents|Farmers|Local councillors] [said|complained|argued] [that|] [drainage channels|the flood defences|the river banks] had not been [cleared|repaired|maintained] since [floods|high water] {lastMonth} [caused similar damage|flooded the same streets].',
        '[Farmers|Growers] [said|feared] [that|] [the harvest|crops|much of the season\'s crop] [had been|was] [lost|ruined|destroyed], and [livestock|cattle|sheep] [drowned|were swept away] [in the fields|on low ground].',
      ],
    ],
    quotes: [
      '[The water came|It came|The flood came] [into the house|through the door|up the stairs] in [minutes|seconds|no time]. We [only had time|barely had time|had just enough time] to [take|grab|carry out] the children',
      '[We have lost everything|Everything is gone|There is nothing left]. [The fields|The house|The shop] [is under water|are under water|was swept away]',
    ],
    offices: ['regional governor', 'emergency services chief', 'mayor'],
    orgs: ['national disaster agency', 'Red Cross', 'flood control office'],
  },
  {
    type: 'fire', noun: 'fire', killed: [2, 40], injured: [3, 80], missing: [0, 10],
    facets: {
      site: ['a crowded market', 'an apartment block', 'a textile factory', 'a hotel', 'a warehouse', 'a nightclub', 'a hospital wing', 'a school dormitory'],
      cause: ['an electrical fault', 'a gas cylinder', 'faulty wiring', 'a kitchen stove', 'a discarded cigarette', 'an overheated generator'],
      floor: ['ground', 'second', 'third', 'top'],
    },
    headlines: [
      '[Fire|Blaze] [at|in|tears through] {site} [in|near] {place} [kills {killed}|leaves {killed} dead]',
      '{killed} [dead|killed] [after|as] [fire|blaze|flames] [sweeps through|engulfs|guts] {site} in {place}',
      '[Investigators|Police|Fire officials] [look into|probe|examine] cause of [deadly|fatal] {place} [fire|blaze]',
    ],
    ledes: [
      '{place}, {country} — [A fire|A blaze|Fire] [swept through|broke out in|tore through] {site} in {place} {when}, [killing {killed} people|leaving {killed} people dead|leaving {killed} dead] and [injuring|hurting] {injured}, [the fire department said|fire officials said|the {org} said].',
      '[At least|] {killed} people [died|were killed|lost their lives] [when|after] [a fire|flames] [engulfed|spread through|gutted] {site} [in central|on the outskirts of|in] {place} {when}, [officials said|according to the {org}|the {org} said].',
      '{place}, {country} — [Firefighters|Fire crews] [battled|fought|struggled] [for hours|through the night|into the morning] [to put out|to contain|against] a [blaze|fire] at {site} [in|near] {place} {when} [that killed {killed} people|which left {killed} people dead|that left {killed} dead].',
    ],
    roles: [
      [
        '[Firefighters|Fire crews|About forty firefighters] [needed|took|spent] [more than|nearly|almost] [four|five|six] hours to [bring the blaze under control|put out the flames|contain the fire]. [Around|About|Some] {count} [residents|people|workers] [were evacuated|were moved|fled] from [neighbouring buildings|nearby streets|the area].',
        'The fire [started|began|broke out] on the {floor} floor [shortly after|around|just before] {hour} and [spread|climbed|raced] [quickly|within minutes|rapidly] [through|up] the [building|stairwell|roof].',
      ],
      [
        'The cause of the fire [was not|was not immediately|has not yet been] [known|clear|established]. Investigators from the {org} were [examining|looking at|checking] [the possibility of|] {cause} [on the {floor} floor|near the entrance|in a storeroom].',
        '[Officials|Investigators|The fire chief] said [early signs|initial findings|first indications] [pointed to|suggested] {cause}, but [stressed|added|cautioned] that [the inquiry|the investigation] [had only just begun|was at an early stage].',
      ],
      [
        'The [injured|wounded|survivors] were [taken|rushed|brought] to the {hospital}, where [doctors|medical staff|staff] said [several|many|most] were being treated for [smoke inhalation|burns|smoke inhalation and burns].',
        '[Several|Some|Many] of the [victims|dead] [were found|were trapped|died] [near|behind] [a locked exit|a blocked stairway|barred windows], [firefighters said|according to rescuers].',
      ],
      [
        'The [building|owners|operator] had [failed|not passed|skipped] a [safety|fire] inspection {lastMonth}, [according to|records from|documents seen by] [city records|the local council|reporters].',
        '[Fire exits|Emergency doors|Sprinklers] [were blocked|were missing|had not worked], [residents|survivors|workers] [said|claimed|told reporters], [and|while] [the owner|the manager|the landlord] [could not be reached|was questioned by police|declined to comment].',
      ],
    ],
    quotes: [
      '[The stairwell|The corridor|Everything] [filled with smoke|went black|was full of smoke] [so quickly|in seconds|almost at once]. We [went out over the balconies|climbed out of a window|crawled to the door]',
      '[I heard|We heard|There was] [shouting|a bang|glass breaking] and then [the lights went out|there was smoke everywhere|people were running]',
    ],
    offices: ['fire chief', 'mayor', 'police spokesperson'],
    orgs: ['fire department', 'police', 'fire service'],
  },
  {
    type: 'crash', noun: 'crash', killed: [2, 50], injured: [5, 90], missing: [0, 5],
    facets: {
      vehicle: ['bus', 'passenger train', 'minibus', 'coach', 'tram'],
      setting: ['a mountain road', 'a level crossing', 'the motorway', 'a sharp bend', 'a bridge approach'],
      suspect: ['brake failure', 'excessive speed', 'a signalling fault', 'driver fatigue', 'a burst tyre'],
    },
    headlines: [
      '[{vehicle} crash|{vehicle} plunges off road|{vehicle} accident] [near|outside] {place} [kills {killed}|leaves {killed} dead]',
      '{killed} [dead|killed], {injured} [hurt|injured] in {vehicle} [crash|collision|accident] [in|across] {region}',
      '[Investigators|Police] [focus on|look at|examine] {suspect} after [deadly|fatal] {place} {vehicle} [crash|accident]',
    ],
    ledes: [
      '{place}, {country} — A {vehicle} [crashed|overturned|came off the road] on {setting} [near|outside] {place} {when}, [killing {killed} people|leaving {killed} people dead|leaving {killed} dead] and [injuring|hurting] {injured}, [police said|the {org} said|officials said].',
      '[At least|] {killed} [passengers|people] [were killed|died] and {injured} [injured|hurt] [when|after] a {vehicle} [collided with a lorry|left the road|hit a barrier] on {setting} [in|near] {place} {when}, [the {org} said|police said].',
      '{place}, {country} — [Police|Investigators] [were examining|were looking into|are studying] [whether|if] {suspect} [caused|led to|played a role in] the {vehicle} [crash|accident] [near|outside] {place} {when} [that killed {killed} people|which left {killed} people dead|that left {killed} dead].',
    ],
    roles: [
      [
        'The {vehicle} was carrying [about|around|some] {count} [passengers|people] when it [left the road|crashed|overturned] [roughly|about|some] {dist} [kilometres|km] [outside|from|north of] [the town|{place}].',
        '[Many of the passengers|Most of those on board|Several passengers] were [returning from|heading to|on their way to] [a wedding|a market|a festival|work] [in|near] [the region|{place}], [relatives said|according to police].',
      ],
      [
        '[Police|Officers] said the driver had been [detained|taken in|held] for questioning. The {org} [opened|launched|began] [an investigation|an inquiry] [into the cause|into what happened].',
        '[Early findings|A first report|Officials] [pointed to|suggested|mentioned] {suspect}, [but|though] the {org} said it was [too early|premature] to [draw conclusions|say for certain].',
      ],
      [
        'Relatives [gathered|waited|queued] outside the {hospital}, where [lists of the injured|names of the wounded|lists of patients] were [posted|pinned|put up] on the [doors|walls|gates].',
        '[Ambulances|Rescue crews|Emergency vehicles] [took|needed] [more than an hour|about forty minutes|over an hour] to [reach|get to] the scene, [witnesses said|residents complained|drivers said].',
      ],
      [
        '[The same stretch of road|That crossing|The same bend] was the scene of [a deadly|another|a fatal] [accident|crash] {lastMonth}, and [residents|local councillors|drivers] have [long|repeatedly] [demanded|called for|asked for] [barriers|safety work|a speed limit].',
        '[Road safety groups|Transport unions|Campaigners] [said|argued|complained] that [ageing vehicles|poor maintenance|long shifts] [were|remained] [a danger|a problem|common] [across|throughout] {country}.',
      ],
    ],
    quotes: [
      '[I heard the brakes|There was a screech|I heard a bang], then [a long silence|nothing|a crash], then [screaming|people shouting|children crying]',
      '[The {vehicle} was going too fast|It was going very fast|The driver did not slow down] [on the bend|before the crossing|all the way]. [We told him|People shouted|Someone shouted] to [slow down|be careful]',
    ],
    offices: ['police spokesperson', 'transport minister', 'regional governor'],
    orgs: ['transport safety board', 'traffic police', 'rail authority'],
  },
  {
    type: 'storm', noun: 'storm', killed: [2, 45], injured: [10, 250], missing: [0, 20],
    facets: {
      storm: ['tropical storm', 'cyclone', 'violent windstorm', 'hailstorm', 'tornado'],
      wind: ['120', '150', '170', '190'],
      damage: ['roofs torn off', 'trees uprooted', 'power lines down', 'boats smashed in the harbour'],
    },
    headlines: [
      '[Storm kills {killed}|Winds leave {killed} dead] [in|across] {region}',
      '[Clean-up begins|Thousands without power|Roads blocked] after [a|the] {storm} [hits|batters|lashes] {place}',
    ],
    ledes: [
      '{place}, {country} — [A|The] {storm} [battered|hit|swept across] {region} {when} with winds of [up to|about|nearly] {wind} [km/h|kilometres an hour], [killing {killed} people|leaving {killed} people dead|leaving {killed} dead] and [injuring|hurting] {injured}, [officials said|the {org} said].',
      '[At least|] {killed} people [were killed|died] [when|after] [a|the] {storm} [tore through|struck|hit] [towns|villages|coastal towns] [around|near] {place} {when}, [leaving|with] {damage} [across the region|in its path|along the coast].',
    ],
    roles: [
      [
        '[Winds|Gusts] [reached|peaked at|hit] {wind} [km/h|kilometres an hour] [on the coast|near {place}|at the airport], [the weather service said|forecasters said|according to the {org}].',
        '[The storm|It] left {damage} [across|throughout|in] {region}, and [about|more than|some] {count} [households|homes] [lost power|were without electricity].',
      ],
      [
        '[Most of the victims|Many of those killed|Several of the dead] were [hit by falling trees|struck by debris|caught outdoors|in cars swept off roads], [the {org} said|officials said].',
        '[Emergency crews|Soldiers|Volunteers] [cleared|worked to clear|started clearing] [roads|streets|rail lines] [blocked by|covered with] [fallen trees|debris|mud and branches] [on|through] {nextDay}.',
      ],
      [
        '[Schools|Airports|Ports] [were closed|stayed shut|suspended operations] [across|in] {region}, and [ferries|flights|trains] were [cancelled|suspended|halted] [until further notice|for a second day].',
        '[Forecasters|The weather service] [had warned|issued warnings] [days|two days|a day] [before|ahead of] the storm, but [residents|critics|local officials] said [evacuations|shelters|warnings] [came too late|were not enough].',
      ],
    ],
    quotes: [
      '[The roof|Half the roof|Our roof] [lifted|flew off|went] [in one piece|like paper|in seconds]. [We hid|We sheltered|We waited] in the [bathroom|cellar|hallway] until [morning|it passed|dawn]',
      '[I have lived here|I have fished here|My family has been here] [forty years|all my life|for generations] and [never seen|never known] [wind like this|a storm like it]',
    ],
    offices: ['civil defence director', 'regional governor', 'mayor'],
    orgs: ['weather service', 'civil defence service', 'national disaster agency'],
  },
  {
    type: 'landslide', noun: 'landslide', killed: [2, 80], injured: [3, 60], missing: [2, 70],
    facets: {
      slope: ['a hillside above the village', 'a terraced slope', 'a quarry face', 'a rain-soaked ridge'],
      buried: ['a dozen houses', 'a school and several homes', 'part of the main road', 'a row of farmhouses'],
    },
    headlines: [
      '[Landslide|Mudslide] [buries|engulfs|sweeps away] {buried} [in|near] {place}, {missing} [missing|unaccounted for]',
      '[Rescuers|Soldiers|Villagers] [search|dig] for [survivors|the missing] after [landslide|mudslide] [near|in] {place}',
    ],
    ledes: [
      '{place}, {country} — [A landslide|A mudslide|A wall of mud] [triggered by|after|following] [heavy rain|days of rain|a storm] [buried|swept away|engulfed] {buried} [near|in] {place} {when}, [killing {killed} people|leaving {killed} people dead|leaving {killed} dead], with {missing} [others|more] [missing|unaccounted for], [officials said|the {org} said].',
      '[At least|] {killed} people [died|were killed] and {missing} [were missing|remain missing] [after|when] {slope} [gave way|collapsed|slid down] [near|above] {place} {when}, [the {org} said|according to local officials].',
    ],
    roles: [
      [
        '[Soldiers and volunteers|Villagers|Rescue workers] [dug|searched] with [shovels|bare hands|spades] because the [only|main] road to [the village|the area], [about|some] {dist} [kilometres|km] from {place}, was [blocked|cut|buried].',
        '[Heavy machinery|Diggers|Excavators] [could not|were unable to] [reach|get to] the site [until|before] {nextDay}, [officials said|the {org} said].',
      ],
      [
        'Geologists from the {org} [warned|said|cautioned] that [the slope|{slope}|the hillside] [remained|was still] [unstable|dangerous|moving] and [ordered|recommended] the evacuation of {count} [households|homes|families].',
        '[Residents|Villagers] said [cracks|fissures] had [appeared|opened] in [the hillside|{slope}|the ground] {lastMonth}, [and that|but] their [warnings|complaints] [went unheeded|were ignored].',
      ],
      [
        'Survivors were [taken|flown|brought] to the {hospital}, where [doctors|staff] said most [injuries|of the injured] were [fractures|broken bones|cuts and fractures].',
      ],
    ],
    quotes: [
      '[My neighbour\'s house|The house across the road|Our school] is [simply gone|not there any more|buried]. There is only [mud|earth|rock] where it [stood|was]',
      '[It sounded like thunder|There was a roar|We heard a rumble] and then [the hill was moving|everything went dark|the mud was at the door]',
    ],
    offices: ['regional governor', 'civil defence director'],
    orgs: ['geological survey', 'civil defence service'],
  },
  {
    civic: true, type: 'protest', noun: 'protests', killed: [2, 12], injured: [10, 300], missing: [0, 0],
    facets: {
      grievance: ['a rise in fuel prices', 'a new sales tax', 'the arrest of an opposition figure', 'cuts to pensions', 'water shortages', 'a disputed mining deal'],
      square: ['Liberty Square', 'the central square', 'the parliament building', 'the main boulevard', 'the presidential palace'],
    },
    headlines: [
      '[Thousands|Tens of thousands|Crowds] [march|rally|protest] in {place} [against|over] {grievance}',
      '[Clashes|Violence|Tear gas] in {place} as [protesters|demonstrators|marchers] [defy ban|reach|gather at] {square}',
      '{killed} [killed|dead] as [police|security forces] [break up|disperse] {place} [protest|rally]',
    ],
    ledes: [
      '{place}, {country} — [Tens of thousands of|Thousands of|Large crowds of] [people|protesters|demonstrators] [marched|rallied|gathered] [through|in] {place} {when} [to protest against|over|against] {grievance}, and [police said|officials said|the {org} said] {injured} people were [hurt|injured] in [clashes|scuffles].',
      '[Police|Security forces] [fired tear gas|used water cannon|charged] [at|on] [protesters|demonstrators|crowds] [near|outside|at] {square} in {place} {when}, and [at least|] {killed} people were [killed|shot dead], [according to rights groups|medics said|hospital staff said].',
    ],
    roles: [
      [
        '[Police|The {org}] said {count} people were [arrested|detained|taken into custody]. [Protest organisers|Rights groups|Lawyers] said the [number|figure] was higher and that [many|most] of those [detained|held] were [students|young people|workers].',
        '[The crowd|Marchers|Protesters] [chanted|carried banners|sang] [against|denouncing|mocking] the government [as they|while they|and] [moved|marched|walked] towards {square}.',
      ],
      [
        'The government said [the measure|its policy|the decision] was [needed|necessary|unavoidable] to [reduce the deficit|keep the budget balanced|restore order] and accused [opposition parties|foreign groups|agitators] of [stirring|fuelling|exploiting] [unrest|anger|the protests].',
        '[Organisers|Protest leaders|Student groups] [vowed|promised|said they would] [to return|to march again|to keep going] [{nextDay}|every day|until the government backed down].',
      ],
      [
        'The {party} [called for|announced|urged] a [general strike|national day of action|boycott] {nextDay} and [demanded|called for] the resignation of the {role}.',
        '[Similar|Earlier|Smaller] protests {lastMonth} [ended peacefully|passed without violence|fizzled out] after the government [promised talks|offered concessions|backed down briefly] that [never took place|were later withdrawn|came to nothing].',
      ],
    ],
    quotes: [
      '[We cannot feed our families|We cannot live|Nobody can pay the bills] [at these prices|like this|on these wages]. What else can we do but [march|come out|protest]',
      '[They fired without warning|The police charged without warning|They came at us from both sides]. [We were peaceful|Nobody threw anything|We only had banners]',
    ],
    offices: ['interior minister', 'police spokesperson', 'prime minister'],
    orgs: ['police', 'interior ministry'],
  },
  {
    civic: true, type: 'strike', noun: 'strike', killed: [0, 0], injured: [0, 10], missing: [0, 0],
    facets: {
      workers: ['dock workers', 'rail staff', 'nurses', 'teachers', 'bus drivers', 'miners', 'refuse collectors'],
      offer: ['three', 'four', 'five', 'six'],
      demand: ['nine', 'ten', 'twelve', 'fifteen'],
    },
    headlines: [
      '[Strike by|Walkout by|Thousands of] {workers} [halts|shuts down|disrupts] {place}',
      '{workers} [walk out|strike|down tools] [across|in] {region} [over pay|as talks collapse|in pay dispute]',
    ],
    ledes: [
      '{place}, {country} — [Thousands of|Tens of thousands of|Most] {workers} [walked off the job|went on strike|stopped work] in {place} {when}, [halting|disrupting|crippling] [services|traffic|work] [across|in] {region} [after pay talks collapsed|in a dispute over pay].',
      '[A nationwide|A regional|An indefinite] strike by {workers} [began|started|got under way] {when}, [leaving|stranding|affecting] [thousands|millions|hundreds of thousands] [in|around] {place} [and across|and] {region}, [after|as] [talks|negotiations] with [the government|employers] [broke down|failed].',
    ],
    roles: [
      [
        '[The union|Organisers|Union leaders] [says|said|estimated] [about|around|some] {count} members [joined|took part in|backed] the [strike|walkout|action].',
        '[Employers|The government|Management] [offered|proposed|put forward] a pay rise of {offer} percent, which the union [rejected|turned down|dismissed] as [far below inflation|an insult|not enough]. [It wants|It is asking for|Its demand is] {demand} percent.',
      ],
      [
        'The {role} [urged|asked|called on] both sides to [return to talks|resume negotiations|find a compromise] and said the government would [not intervene|stay out of the dispute|not impose a deal] [for now|at this stage|yet].',
        '[Courts|Judges|Labour judges] [were asked|will be asked] to [rule on|decide] whether the [strike|walkout] was [legal|lawful], [lawyers for the employers said|according to the employers].',
      ],
      [
        'It is the [second|third|latest] [strike|walkout|stoppage] since [a walkout|a stoppage|industrial action] {lastMonth} that [lasted|went on for] [three|two|four] days.',
        '[Commuters|Parents|Business owners] [said|complained] that [the disruption|the strike|the stoppage] [was costing them|had cost them|would cost them] [money|days of work|dearly], but [polls|surveys] suggested [most|many] [people|voters] [backed|sympathised with] the {workers}.',
      ],
    ],
    quotes: [
      '[We are not asking for luxury|Nobody here wants to strike|This is not about greed]. We are asking to be paid [what we were paid ten years ago|enough to live on|a fair wage], in real terms',
      '[We have waited|We waited|We have been patient] for [two years|three years|too long]. [The offer is an insult|Their offer changes nothing|Nobody will accept that]',
    ],
    offices: ['labour minister', 'union leader', 'transport minister'],
    orgs: ['workers union', 'port authority', 'employers federation'],
  },
  {
    civic: true, type: 'election', noun: 'election', killed: [0, 0], injured: [0, 5], missing: [0, 0],
    facets: {
      vote: ['parliamentary', 'presidential', 'regional', 'municipal'],
      issue: ['corruption', 'the cost of living', 'migration', 'a stalled railway project', 'hospital waiting lists'],
    },
    headlines: [
      '[Opposition|The {party}] [claims victory|declares win|leads early count] in {country} {vote} [election|vote|poll]',
      '[Voters|Millions] [in|across] {region} [go to the polls|vote|cast ballots] [amid|despite] [fraud claims|tension|low turnout fears]',
    ],
    ledes: [
      '{place}, {country} — [Voters in|People across] {country} [went to the polls|cast their ballots|voted] {when} in a {vote} election that [polls suggested|surveys showed|analysts said] was [too close to call|a two-way race|wide open].',
      'The [opposition|] {party} [claimed victory|declared itself the winner|said it had won] {when} in {country}\'s {vote} election, as [preliminary|early|partial] results [showed it leading|put it ahead] in {region}.',
    ],
    roles: [
      [
        'The [electoral commission|election authority] said [turnout|participation] reached {count} thousand voters in {region} [alone|by evening|at the close], [higher|lower] than at the [last vote|previous election].',
        '[Observers|Monitors] [reported|noted] [scattered|some|isolated] irregularities, [including|among them] ballot boxes [arriving late|going missing|left unsealed] at polling stations [about|some] {dist} [kilometres|km] from {place}.',
      ],
      [
        'The ruling party, led by {official}, said it would [wait for official results before commenting|not comment until the count was complete|respect the outcome, whatever it was].',
        '[The campaign|Campaigning] was [dominated by|fought over|shaped by] {issue}, [and|while] both [main|leading] [candidates|parties] [traded accusations|attacked each other] over [broken promises|their records|each other\'s past].',
      ],
      [
        'The campaign was marked by a [televised|heated|bitter] debate {lastMonth} in which [both leaders|the two candidates|the main rivals] [traded accusations|clashed|argued] over {issue}.',
        '[Final results|Official results|A full count] [are expected|were due|should come] {nextDay}, [the commission said|officials said|according to the commission].',
      ],
    ],
    quotes: [
      '[The people have spoken|Voters have made their choice|This country has decided], and they have asked for [change|a new start|something different]',
      '[I voted for|We want|My family wants] [jobs|honest leaders|lower prices], [nothing more|that is all|not speeches]',
    ],
    offices: ['election commission chair', 'opposition leader', 'prime minister'],
    orgs: ['electoral commission', 'observer mission'],
  },
];
