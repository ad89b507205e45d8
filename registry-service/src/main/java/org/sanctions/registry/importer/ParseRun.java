package org.sanctions.registry.importer;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/** The state of one parse: passes parties and rejects on to the caller and counts what went by. */
public final class ParseRun {

    private final ListFormat format;
    private final Consumer<ImportedParty> parties;
    private final Consumer<RejectedRow> rejects;
    private final Map<String, ImportedProgram> programs = new LinkedHashMap<>();
    private final Map<String, Long> unknownCountries = new TreeMap<>();
    private long rowsRead;
    private long emitted;
    private long rejected;
    private String publicationDate;

    public ParseRun(ListFormat format, Consumer<ImportedParty> parties, Consumer<RejectedRow> rejects) {
        this.format = format;
        this.parties = parties;
        this.rejects = rejects;
    }

    public void rowRead() {
        rowsRead++;
    }

    public void emit(ImportedParty party) {
        emitted++;
        parties.accept(party);
    }

    /** Builds and emits the entry, or rejects it when it has no name; remembers country names it did not know. */
    public void emit(PartyBuilder builder, String file, long line) {
        builder.unknownCountries().forEach(c -> unknownCountries.merge(c, 1L, Long::sum));
        if (!builder.hasNames()) {
            reject(file, line, "entry " + builder.source() + " has no name");
            return;
        }
        emit(builder.build());
    }

    public void reject(String file, long line, String reason) {
        rejected++;
        rejects.accept(new RejectedRow(file, line, reason));
    }

    /** Records a program the file refers to; the first mention with a name wins. */
    public void program(ImportedProgram program) {
        String key = program.authority() + "/" + program.code();
        ImportedProgram known = programs.get(key);
        if (known == null || known.name() == null && program.name() != null) {
            programs.put(key, program);
        }
    }

    public void publicationDate(String isoDate) {
        this.publicationDate = isoDate;
    }

    public long partiesEmitted() {
        return emitted;
    }

    public ParseSummary summary() {
        return new ParseSummary(format, rowsRead, emitted, rejected, publicationDate, programs.values().stream().toList(),
                unknownCountries);
    }
}
