package org.sitrep.model;

/** The outlet that published a page: display name and stable id. */
public record Outlet(String name, String id) {}
