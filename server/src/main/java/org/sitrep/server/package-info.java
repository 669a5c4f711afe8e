/**
 * The analyst's workbench over a store: the JSON API and the web page ({@link
 * org.sitrep.server.Server}), the write token ({@link org.sitrep.server.Token}) and the store
 * benchmark ({@link org.sitrep.server.StoreBench}).
 */
package org.sitrep.server;
