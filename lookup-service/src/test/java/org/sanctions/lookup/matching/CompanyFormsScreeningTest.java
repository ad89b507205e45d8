package org.sanctions.lookup.matching;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Company names with their legal forms and abbreviations written out or abbreviated, in Latin and Cyrillic letters.
 * The forms come from the legal-form names of the company laws they belong to (Russian OOO/AO/PAO/ZAO, German GmbH,
 * Mexican S.A. de C.V., Australian Pty Ltd) and common English business abbreviations; the company names are made up.
 */
class CompanyFormsScreeningTest {

    private static final double THRESHOLD = ScoringWeights.defaults().threshold();

    @ParameterizedTest(name = "{0} is the listed {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Acme Trading Corp.                       | ACME TRADING CORPORATION
            ACME TRADING CORPORATION                 | Acme Trading Corp.
            Borealis Shipping Co. Ltd                | BOREALIS SHIPPING COMPANY LIMITED
            Kestrel Dynamics Inc                     | KESTREL DYNAMICS INCORPORATED
            Zenthar Int'l Logistics                  | ZENTHAR INTERNATIONAL LOGISTICS
            Zenthar Intl Logistics Ltd               | ZENTHAR INTERNATIONAL LOGISTICS LIMITED
            Tarvos JSC                               | TARVOS JOINT STOCK COMPANY
            Joint Stock Company Tarvos               | TARVOS JSC
            PJSC Orlanika                            | PUBLIC JOINT STOCK COMPANY ORLANIKA
            OAO Volgatransneft                       | VOLGATRANSNEFT OJSC
            Open Joint Stock Company Volgatransneft  | OAO VOLGATRANSNEFT
            Veltrix Holdings Pty Ltd                 | VELTRIX HOLDINGS PROPRIETARY LIMITED
            Nordwerk GmbH                            | NORDWERK GESELLSCHAFT MIT BESCHRANKTER HAFTUNG
            Grupo Marisol S.A. de C.V.               | GRUPO MARISOL SA DE CV
            Dunmore Brothers LLC                     | DUNMORE BROTHERS LIMITED LIABILITY COMPANY
            ООО Ромашка Трейд                        | ROMASHKA TREID OOO
            OOO Romashka Treid                       | ООО «Ромашка Трейд»
            ЗАО Северный Альянс                      | SEVERNY ALYANS ZAO
            ZAO Severny Alyans                       | ЗАО «Северный Альянс»
            ПАО Стальпром                            | STALPROM PJSC
            АО Техноресурс                           | TEKHNORESURS JSC
            Tekhnoresurs AO                          | АО «Техноресурс»
            """)
    void abbreviatedAndWrittenOutFormsAreOneName(String query, String listed) {
        ListedParty party = company(listed);
        NamedParties.assertFinds(indexWith(party), query, party);
    }

    /** A legal form on one side only costs little: the form says what kind of company, not which one. */
    @ParameterizedTest(name = "{0} against {1} costs little")
    @CsvSource(delimiter = '|', textBlock = """
            Acme Trading                  | ACME TRADING CORPORATION         | Acme Trading Corp
            Borealis Shipping             | BOREALIS SHIPPING CO LTD         | Borealis Shipping Company Limited
            Ромашка Трейд                 | ROMASHKA TREID OOO               | ООО Ромашка Трейд
            Tarvos                        | TARVOS JOINT STOCK COMPANY       | Tarvos JSC
            """)
    void legalFormOnOneSideOnlyCostsLittle(String bare, String listed, String withForm) {
        ListedParty party = company(listed);
        ScreeningIndex index = indexWith(party);
        Match withoutForm = NamedParties.top(index, bare);
        Match both = NamedParties.top(index, withForm);
        assertThat(withoutForm.party().id()).isEqualTo(party.id());
        assertThat(withoutForm.score()).as("%s: %s", bare, withoutForm.explanation()).isGreaterThanOrEqualTo(THRESHOLD)
                .isGreaterThan(both.score() - 0.05);
    }

    /** Words that describe a business, not a particular one, never carry a match on their own. */
    @ParameterizedTest(name = "{0} does not alert on {1}")
    @CsvSource(delimiter = '|', textBlock = """
            General Trading Company            | AL NOOR GENERAL TRADING COMPANY LLC
            International Trading Co. Ltd      | ZENTHAR INTERNATIONAL TRADING CO LTD
            Global Holding Group               | KARVANTIS GLOBAL HOLDING GROUP
            United Industries Corporation      | MERIDALE UNITED INDUSTRIES CORPORATION
            Trading Company                    | BOREALIS TRADING COMPANY
            Holding Company International      | TARVOS HOLDING COMPANY INTERNATIONAL
            General Trading                    | ORIENT STAR GENERAL TRADING LLC
            Acme Industries                    | ACME TRADING CORPORATION
            """)
    void genericWordsNeverCarryAMatch(String query, String listed) {
        ListedParty party = company(listed);
        NamedParties.assertNoAlert(indexWith(party), query, party);
    }

    /** The party among other companies that share its generic words and forms, so it must win on its own name. */
    private static ScreeningIndex indexWith(ListedParty party) {
        return NamedParties.indexWith(party, "Acme Shipping Company Limited", "Borealis Mining Corporation",
                "Gulf Star General Trading LLC", "Eastern International Holding Group", "United Trading Company",
                "ООО Альфа Трейд", "Kestrel Logistics GmbH", "National Industries Corporation", "Sever Trade JSC");
    }

    private static ListedParty company(String name) {
        return NamedParties.listed(name, Kind.ORGANIZATION);
    }
}
