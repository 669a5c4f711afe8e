/**
 * Ingest stage: a page (HTML, or text a crawler flattened, either gzipped) becomes a {@link
 * org.sitrep.model.Document}. The entry point is {@link org.sitrep.ingest.PageReader}.
 */
package org.sitrep.ingest;
