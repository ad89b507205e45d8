package org.sanctions.registry;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The feature packages of the registry service depend on each other without cycles. One known exception, to be
 * removed: the party resources hand held writes to the maker-checker gate ({@code changes.ChangeGate}) while
 * {@code changes} applies approved writes through the party services (party -> changes -> party).
 */
class PackageCyclesTest {

    private final JavaClasses service = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.sanctions.registry");

    @Test
    void featurePackagesAreFreeOfCycles() {
        slices().matching("org.sanctions.registry.(*)..").should().beFreeOfCycles()
                .ignoreDependency(resideInAPackage("org.sanctions.registry.party").and(simpleNameEndingWith("Resource")),
                        resideInAPackage("org.sanctions.registry.changes"))
                .check(service);
    }
}
