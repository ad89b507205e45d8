package org.sanctions.lookup.matching;

/** One name of a listed party as the list writes it. */
public record ListedName(String fullName, NameType type) {
}
