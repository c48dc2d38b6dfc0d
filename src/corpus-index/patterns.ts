// Tunable data for the corpus index: which words carry no topic signal.

/** Function words and newswire boilerplate that would make every report look alike. */
export const STOPWORDS: ReadonlySet<string> = new Set(
  `a about above after again against all also am an and any are as at be because been before being below
between both but by can could did do does doing down during each few for from further had has have having he
her here hers herself him himself his how i if in into is it its itself just me more most my myself no nor not
now of off on once only or other our ours ourselves out over own same she should so some such than that the
their theirs them themselves then there these they this those through to too under until up very was we were
what when where which while who whom why will with would you your yours yourself yourselves said says say told
according one two three new also mr mrs ms would may might must shall us it's its there's s t don didn wasn
per via amid within without since ago yet however though although whether still even many much several
including include includes reported report reports reporting news people year years day days time week weeks
told saying added adding statement`.split(/\s+/),
);

/** Words that start sentences or headlines capitalised without naming anything. */
export const CAPITALISED_NON_NAMES: ReadonlySet<string> = new Set(
  `The A An In On At For And But Or Of To From By With As It Its This That These Those He She They We I You His Her
Their Our After Before When While If Then There Here What Who Why How Where Which Monday Tuesday Wednesday Thursday
Friday Saturday Sunday January February March April May June July August September October November December
Mr Mrs Ms Dr According Police Officials Authorities Meanwhile However Also Earlier Later Last Next Today Yesterday`.split(
    /\s+/,
  ),
);
