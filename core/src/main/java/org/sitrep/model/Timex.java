package org.sitrep.model;

/**
 * A temporal expression found in a document and normalized against a reference date.
 *
 * <p>{@code value} and {@code endValue} are ISO dates ({@code YYYY-MM-DD}; the first day of the
 * month or year when {@code precision} is month or year) or null when nothing supports them;
 * {@code kind} is date, relative, weekday, period, span or duration; {@code basis} is explicit,
 * relative, publication, story or none (see RECORDS.md, {@code date_info}); {@code confidence}
 * is 0..1.
 */
public record Timex(int start, int end, String text, String kind, String value, String endValue,
    String precision, String basis, double confidence) {}
