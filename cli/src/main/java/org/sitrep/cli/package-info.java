/** The {@code sitrep} command line, a thin adapter over {@link org.sitrep.pipeline.Analyzer}. */
package org.sitrep.cli;
