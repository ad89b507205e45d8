package org.sanctions.registry.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sanctions.registry.importer.ImportedLink;
import org.sanctions.registry.importer.ImportedName;
import org.sanctions.registry.importer.ImportedParty;
import org.sanctions.registry.importer.SourceKey;
import org.sanctions.registry.importer.SourceRef;

/**
 * The entries of one file as targets of the links its entries state: a link that names its target ("Linked To:
 * BANCO NACIONAL DE CUBA") points at the entry of the same file with exactly that primary name or alias (none when
 * two entries share the name), a link that gives the target's entry keeps it. A link whose target is no entry of the
 * file is unresolved: it is kept with the name (and entry reference) as published, and counted.
 */
final class LinkTargets {

    private static final SourceRef AMBIGUOUS = SourceRef.of("-", "-", "-");

    private final Set<SourceKey> entries = new HashSet<>();
    private final Map<String, SourceRef> byName = new HashMap<>();

    /** Learns an entry of the file (first pass). */
    void add(ImportedParty entry) {
        if (entry.source() == null) {
            return;
        }
        entries.add(entry.key());
        for (ImportedName name : entry.names()) {
            byName.merge(name.fullName(), entry.source(), (a, b) -> a.key().equals(b.key()) ? a : AMBIGUOUS);
        }
    }

    /**
     * The entry of that name; a remark's closing period may have eaten the name's own ("Linked To: KPD S.A." names
     * "KPD S.A."), so the name with a period is tried too.
     */
    private SourceRef named(String name) {
        SourceRef found = byName.get(name);
        return found != null ? found : byName.get(name + ".");
    }

    /** The entry with its links pointing at the file's entries where they can; counts links and unresolved ones. */
    ImportedParty resolve(ImportedParty entry, ImportTally tally) {
        if (entry.links().isEmpty()) {
            return entry;
        }
        List<ImportedLink> resolved = new ArrayList<>();
        for (ImportedLink link : entry.links()) {
            ImportedLink out = link;
            if (link.target() == null) {
                SourceRef named = named(link.name());
                if (named != null && named != AMBIGUOUS && !named.key().equals(entry.key())) {
                    out = link.toEntry(named);
                }
            }
            tally.links++;
            if (out.target() == null || !entries.contains(out.target().key())) {
                tally.linksUnresolved++;
            }
            resolved.add(out);
        }
        return entry.withLinks(resolved);
    }
}
