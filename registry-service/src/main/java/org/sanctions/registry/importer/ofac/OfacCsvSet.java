package org.sanctions.registry.importer.ofac;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sanctions.registry.importer.ImportFile;
import org.sanctions.registry.importer.ImportInput;
import org.sanctions.registry.importer.ListFormatException;

/** The files of one OFAC legacy CSV set, told apart by name: the main list and its optional alt/add/comments files. */
final class OfacCsvSet {

    private final Map<String, ImportFile> byTag = new HashMap<>();
    private final boolean sdnList;

    OfacCsvSet(ImportInput input, boolean sdnList) {
        this.sdnList = sdnList;
        List<ImportFile> files = input.files();
        for (ImportFile file : files) {
            String tag = files.size() == 1 ? OfacEntry.MAIN : tagOf(file.name().toLowerCase(Locale.ROOT));
            ImportFile clash = byTag.put(tag, file);
            if (clash != null) {
                throw new ListFormatException("two files of the same role in one OFAC CSV set: " + clash.name()
                        + " and " + file.name() + " (expected one main list and at most one alt, add and comments file)");
            }
        }
        if (!byTag.containsKey(OfacEntry.MAIN)) {
            throw new ListFormatException("the OFAC CSV set has no main list file (" + (sdnList ? "sdn.csv" : "cons_prim.csv")
                    + "); got " + files.stream().map(ImportFile::name).toList());
        }
    }

    private static String tagOf(String name) {
        if (name.contains("comments")) {
            return OfacEntry.COMMENTS;
        }
        if (name.contains("alt")) {
            return OfacEntry.ALT;
        }
        return name.contains("add") ? OfacEntry.ADD : OfacEntry.MAIN;
    }

    ImportFile file(String tag) {
        return byTag.get(tag);
    }

    String name(String tag) {
        ImportFile file = byTag.get(tag);
        return file == null ? tag : file.name();
    }

    boolean isSdnList() {
        return sdnList;
    }

    /** The registry's list name: OFAC publishes the SDN list and the consolidated non-SDN lists. */
    String list() {
        return sdnList ? "SDN" : "NON-SDN";
    }
}
