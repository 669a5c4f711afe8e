/** Outputs: the JSON Lines records of RECORDS.md and the readable timeline. */
package org.sitrep.output;
