/**
 * The embedded store: records, reviews and their audit trail in SQLite, full text and facets in
 * Lucene, and incremental ingest. Entry points: {@link org.sitrep.store.Store}, {@link
 * org.sitrep.store.Ingester}, {@link org.sitrep.store.Exporter}.
 */
package org.sitrep.store;
