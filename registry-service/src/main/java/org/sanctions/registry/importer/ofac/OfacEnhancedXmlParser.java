package org.sanctions.registry.importer.ofac;

import java.io.IOException;
import org.sanctions.registry.importer.ImportFile;
import org.sanctions.registry.importer.ImportInput;
import org.sanctions.registry.importer.ListFormat;
import org.sanctions.registry.importer.ListParser;
import org.sanctions.registry.importer.ParseRun;
import org.sanctions.registry.importer.PartialDates;
import org.sanctions.registry.importer.XmlNode;
import org.sanctions.registry.importer.XmlRecords;

/**
 * Parses OFAC's enhanced XML (SDN_ENHANCED.XML, CONS_ENHANCED.XML; a zip holding it is opened by
 * {@link ImportInput}). Entities are read one at a time; names keep every script OFAC gives (Latin, Cyrillic, Chinese).
 */
public final class OfacEnhancedXmlParser implements ListParser {

    static final String NAMESPACE = "https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/ENHANCED_XML";

    @Override
    public ListFormat format() {
        return ListFormat.OFAC_ENHANCED_XML;
    }

    @Override
    public void read(ImportInput input, ParseRun run) throws IOException {
        ImportFile file = input.main();
        // The SDN list unless the publication says it was filtered to the consolidated (non-SDN) list.
        String[] list = {"SDN"};
        new XmlRecords(file, "an OFAC enhanced XML file")
                .on("publicationInfo", info -> {
                    run.publicationDate(PartialDates.iso(info.text("dataAsOf")));
                    boolean consolidated = info.all("filters", "sanctionsLists", "sanctionsList").stream()
                            .map(XmlNode::value).anyMatch("Consolidated List"::equals);
                    list[0] = consolidated ? "NON-SDN" : "SDN";
                })
                .on("entity", entity -> {
                    run.rowRead();
                    new OfacEnhancedEntity(entity, list[0], file.name(), run).emit();
                })
                .read("sanctionsData", NAMESPACE, root -> { });
    }
}
