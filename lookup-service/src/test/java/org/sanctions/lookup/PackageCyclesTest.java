package org.sanctions.lookup;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.equivalentTo;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.sanctions.lookup.evidence.EvidenceView;
import org.sanctions.lookup.screening.OwnershipViews;
import org.sanctions.lookup.screening.ScreeningViews;

/**
 * The feature packages of the lookup service depend on each other without cycles. Known exceptions, to be
 * removed: EvidenceView names the screening's match and ownership schemas in its OpenAPI annotations (documentation
 * only), while
 * screening writes and reads evidence (evidence -> screening -> evidence).
 */
class PackageCyclesTest {

    private final JavaClasses service = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.sanctions.lookup");

    @Test
    void featurePackagesAreFreeOfCycles() {
        slices().matching("org.sanctions.lookup.(*)..").should().beFreeOfCycles()
                .ignoreDependency(equivalentTo(EvidenceView.class), equivalentTo(ScreeningViews.MatchView.class))
                .ignoreDependency(equivalentTo(EvidenceView.class),
                        equivalentTo(OwnershipViews.OwnershipView.class))
                .check(service);
    }
}
