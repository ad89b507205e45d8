package org.sanctions.registry.importer;

import org.sanctions.registry.importer.csl.CslCsvParser;
import org.sanctions.registry.importer.ftm.FtmParser;
import org.sanctions.registry.importer.ndjson.RegistryExportParser;
import org.sanctions.registry.importer.ofac.OfacCsvParser;
import org.sanctions.registry.importer.ofac.OfacEnhancedXmlParser;
import org.sanctions.registry.importer.uk.UkOfsiParser;
import org.sanctions.registry.importer.un.UnXmlParser;

/** The parser for each list format. */
public final class ListParsers {

    private ListParsers() {
    }

    public static ListParser forFormat(ListFormat format) {
        return switch (format) {
            case OFAC_SDN_CSV -> OfacCsvParser.sdn();
            case OFAC_NON_SDN_CSV -> OfacCsvParser.nonSdn();
            case OFAC_ENHANCED_XML -> new OfacEnhancedXmlParser();
            case UN_SC_XML -> new UnXmlParser();
            case UK_OFSI_XLSX -> UkOfsiParser.xlsx();
            case UK_OFSI_CSV -> UkOfsiParser.csv();
            case US_CSL_CSV -> new CslCsvParser();
            case FTM_JSONL -> new FtmParser();
            case REGISTRY_NDJSON -> new RegistryExportParser();
        };
    }
}
