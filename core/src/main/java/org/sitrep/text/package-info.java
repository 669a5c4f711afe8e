/**
 * Text stage: normalization of decoded page text, digit folding, script and language detection,
 * and the loader for the project's tab-separated data files.
 */
package org.sitrep.text;
