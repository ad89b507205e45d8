package org.sanctions.registry.imports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProgramCodesTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "SDGT|SDGT",
        "HK-EO13936|HK-EO13936",
        "CAATSA - RUSSIA|CAATSA-RUSSIA",
        "SOUTH SUDAN|SOUTH-SUDAN",
        "IRAN-EO13846|IRAN-EO13846",
        "Côte d'Ivoire|COTE-D-IVOIRE",
        "  [SDNTK]  |SDNTK",
    })
    void makesRegistryCodesOfTheCodesListsUse(String listed, String code) {
        assertThat(ProgramCodes.of(listed)).isEqualTo(code);
    }
}
