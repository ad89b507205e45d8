package org.sanctions.registry.program;

/** JSON examples for the OpenAPI document. */
final class ProgramExamples {

    static final String INPUT = "{\"code\":\"HK-EO13936\",\"name\":\"Hong Kong Normalization (EO 13936)\","
            + "\"authority\":\"US-OFAC\",\"legalBasis\":\"Executive Order 13936 of July 14, 2020; Hong Kong Autonomy Act "
            + "of 2020 (Public Law 116-149)\",\"description\":\"Blocking of property of persons undermining Hong Kong's "
            + "autonomy.\",\"url\":\"https://www.treasury.gov/ofac/downloads/sdn.csv\",\"retiredOn\":null}";
    static final String PROGRAM = "{\"code\":\"HK-EO13936\",\"name\":\"Hong Kong Normalization (EO 13936)\","
            + "\"authority\":\"US-OFAC\",\"legalBasis\":\"Executive Order 13936 of July 14, 2020; Hong Kong Autonomy Act "
            + "of 2020 (Public Law 116-149)\",\"description\":\"Blocking of property of persons undermining Hong Kong's "
            + "autonomy.\",\"url\":\"https://www.treasury.gov/ofac/downloads/sdn.csv\",\"retiredOn\":null,\"version\":1}";

    private ProgramExamples() {
    }
}
