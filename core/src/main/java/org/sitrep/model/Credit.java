package org.sitrep.model;

/** A person credited on a page: role (author, editor, translator, translation-editor, …) and name. */
public record Credit(String role, String name) {}
