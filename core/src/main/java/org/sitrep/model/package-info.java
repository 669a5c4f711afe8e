/** Immutable records passed between pipeline stages and written as output (see RECORDS.md). */
package org.sitrep.model;
