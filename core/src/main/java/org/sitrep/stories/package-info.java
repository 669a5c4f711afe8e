/**
 * Stories stage: documents clustered into stories as they arrive, reports of one real-world
 * event merged across outlets, corroboration counted by independent origins, contradictions
 * recorded, and the readable timeline. Entry point: {@link org.sitrep.stories.StoryLinker}.
 */
package org.sitrep.stories;
