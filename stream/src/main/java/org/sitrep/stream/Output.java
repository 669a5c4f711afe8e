package org.sitrep.stream;

/**
 * One record for an output topic: the topic, its key (the record's id: consumers upsert on it)
 * and the JSON line of RECORDS.md, or null to delete the key. A Flink POJO.
 */
public final class Output {
  public static final String DOCUMENTS = "documents";
  public static final String MENTIONS = "mentions";
  public static final String EVENTS = "events";
  public static final String STORIES = "stories";
  public static final String FAILURES = "failures";

  public String topic;
  public String key;
  public String value;

  public Output() {}

  public Output(String topic, String key, String value) {
    this.topic = topic;
    this.key = key;
    this.value = value;
  }

  @Override
  public String toString() {
    return topic + "/" + key;
  }
}
