package org.sanctions.registry.importer;

import java.util.Objects;

/**
 * A link a list entry states to another party: its type, whether the entry is the link's source side or its target
 * side ({@code incoming}: "Owned or Controlled By" puts the entry on the target side), the other party's name as
 * published and, when the list identifies it, the other party's entry ({@code target}). Shares are percentages as
 * text (0-100), dates ISO (yyyy-MM-dd).
 */
public record ImportedLink(Type type, boolean incoming, String name, SourceRef target, String share, String shareMin,
                           String shareMax, String startDate, String endDate, String remarks) {

    /** The registry's link types (RelationshipType), mirrored so the parsers stay free of the registry's model. */
    public enum Type { OWNS, CONTROLS, DIRECTOR_OF, ACTS_FOR, LINKED_TO, FAMILY_MEMBER }

    public ImportedLink {
        Objects.requireNonNull(type, "type");
        if (name == null && target == null) {
            throw new IllegalArgumentException("a link needs the other party's name or entry");
        }
    }

    /** A link of the type to a party known by name or entry only. */
    public static ImportedLink of(Type type, boolean incoming, String name, SourceRef target, String remarks) {
        return new ImportedLink(type, incoming, name, target, null, null, null, null, null, remarks);
    }

    /** The same link pointing at the entry. */
    public ImportedLink toEntry(SourceRef entry) {
        return new ImportedLink(type, incoming, name, entry, share, shareMin, shareMax, startDate, endDate, remarks);
    }
}
