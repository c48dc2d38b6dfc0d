import type { CorpusStage } from '../../../core/index.ts';
import { groupCorpusStories } from './stories.ts';

export { docStoryFeatures, groupCorpusStories, groupCorpusTopics, topicGrouper } from './stories.ts';
export { subEventsOf } from './sub-events.ts';

/** Groups documents into stories (text, entities, dates) and each story into sub-events. */
export const groupStories: CorpusStage = {
  kind: 'corpus',
  name: 'group-stories',
  reads: ['text', 'metadata', 'entities'],
  writes: ['stories'],
  run(corpus) {
    corpus.layers.stories = groupCorpusStories(corpus);
  },
};
