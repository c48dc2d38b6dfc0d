import type { EntityMention } from '../core/index.ts';

/** A document's entity mentions in text order (they normally are; sorted only when they are not). */
export function mentionsInOrder(mentions: readonly EntityMention[] | undefined): readonly EntityMention[] {
  if (!mentions) return [];
  for (let i = 1; i < mentions.length; i++) {
    if (mentions[i - 1].start > mentions[i].start) return [...mentions].sort((a, b) => a.start - b.start);
  }
  return mentions;
}
