import type { KnowledgeBaseInput } from '../schema';

/** Bump `version` on every content release; the content hash in rulesetVersion changes by itself. */
export const release: KnowledgeBaseInput['release'] = {
  version: '2026.12.0',
  releaseDate: '2026-12-02',
  lastReviewed: '2026-12-02',
  nextReviewDue: '2027-06-02',
  developer: 'GutSkin CDS engineering team',
  funding:
    'No commercial funding. No manufacturer of probiotics, prebiotics or supplements has funded, reviewed or influenced this content.',
  contact:
    'Report a problem through the issue tracker of the GutSkin CDS repository, naming the page and the rulesetVersion shown.',
};
