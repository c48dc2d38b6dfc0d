// Tunable data for find-quotes.

/** Verbs that attribute direct speech. */
export const SPEECH_VERBS =
  'said|says|say|added|adds|told|tells|stated|states|warned|warns|wrote|writes|explained|explains|noted|notes|argued|argues|asked|asks|insisted|insists|declared|declares|announced|announces|tweeted|posted|continued|recalled|acknowledged|admitted|claimed|claims|stressed|stresses|urged|urges|replied|responded|conceded|cautioned|remarked|observed|believes|believed|emphasized|emphasised|maintained|predicted|suggested|vowed|pledged|concluded|quipped|recounted|testified';

/** Quotes shorter than this many words count only when a speaker is named (else they are scare quotes). */
export const MIN_UNATTRIBUTED_WORDS = 4;
/** A speaker is a short noun phrase. */
export const MAX_SPEAKER_WORDS = 9;
