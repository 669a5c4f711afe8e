/**
 * The in-process pipeline: finds the input pages, runs each through the stages on a pool of
 * workers, and writes the records in input order. Entry point: {@link org.sitrep.pipeline.Analyzer}.
 */
package org.sitrep.pipeline;
