package org.sanctions.registry.imports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sanctions.registry.common.Patterns;

class RegistryCodesTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "SDGT|SDGT",
        "HK-EO13936|HK-EO13936",
        "CAATSA - RUSSIA|CAATSA-RUSSIA",
        "SOUTH SUDAN|SOUTH-SUDAN",
        "Côte d'Ivoire|COTE-D-IVOIRE",
        "  [SDNTK]  |SDNTK",
        "761/2024|761-2024",
    })
    void makesProgramCodesOfWhatListsWrite(String listed, String code) {
        assertThat(RegistryCodes.program(listed)).isEqualTo(code);
    }

    @Test
    void keepsLongProgramTitlesDistinctWithinSixtyFourCharacters() {
        String a = "(UE) 2025/389 du 24/02/2025 (UE Ukraine intégrité territoriale - R (UE) 269/2014)";
        String b = "(UE) 2025/527 du 14/03/2025 (UE Ukraine intégrité territoriale - R (UE) 269/2014)";
        assertThat(RegistryCodes.program(a)).hasSizeLessThanOrEqualTo(64).matches(Patterns.PROGRAM_CODE)
                .startsWith("UE-2025-389-DU-24-02-2025-UE-UKRAINE-INTEGRITE")
                .isEqualTo(RegistryCodes.program(a)).isNotEqualTo(RegistryCodes.program(b));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "US-OFAC|US-OFAC",
        "UA-СБУ|UA-SBU",
        "eu-dgfsfscmu|EU-DGFSFSCMU",
        "UN SC|UN-SC",
    })
    void makesAuthorityCodesOfWhatListsWrite(String listed, String code) {
        assertThat(RegistryCodes.authority(listed)).isEqualTo(code).matches(Patterns.AUTHORITY);
    }
}
