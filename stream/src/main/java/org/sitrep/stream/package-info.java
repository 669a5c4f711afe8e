/**
 * The pipeline as an Apache Flink job over Apache Kafka topics: pages in, the records of
 * RECORDS.md out (keyed by their ids, so a consumer upserts). {@link org.sitrep.stream.SitrepJob}
 * builds the job; {@link org.sitrep.stream.StreamCommand} is {@code sitrep stream}.
 *
 * <p>Operators are thin adapters over {@link org.sitrep.pipeline.Stages} and {@link
 * org.sitrep.stories.StoryLinker}; what flows between them are plain POJOs holding the records
 * as the same JSON lines {@code sitrep analyze} writes.
 */
package org.sitrep.stream;
