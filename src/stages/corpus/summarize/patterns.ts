// Tunable settings for the extractive summary.

export const SUMMARY_MIN = 5;
export const SUMMARY_MAX = 10;
/** LexRank: edges below this cosine are dropped; damping of the random walk. */
export const EDGE_THRESHOLD = 0.1;
export const DAMPING = 0.85;
/** MMR trade-off between centrality and novelty. */
export const MMR_LAMBDA = 0.7;
/** A candidate this similar to a chosen sentence is redundant outright. */
export const REDUNDANT = 0.5;
/** Another document's sentence this similar cites that document too. */
export const CITE_SIMILARITY = 0.5;
/** Sentences shorter or longer than these word counts read badly out of context. */
export const MIN_WORDS = 8;
export const MAX_WORDS = 55;
/** Only the first sentences of each document are candidates (news puts the facts first). */
export const LEAD_SENTENCES = 15;
/** Upper bound on candidate sentences, to keep the similarity graph small. */
export const MAX_CANDIDATES = 1500;
/** Sentences that lean on earlier text and read badly alone. */
export const DANGLING_START = /^(?:but|and|or|so|he|she|they|it|this|that|these|those|his|her|their|its|also|however|meanwhile)\b/i;
