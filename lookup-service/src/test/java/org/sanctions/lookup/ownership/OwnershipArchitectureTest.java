package org.sanctions.lookup.ownership;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The ownership rule stays a pure function: plain Java, nothing from the service or a framework. */
class OwnershipArchitectureTest {

    private final JavaClasses rule = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.sanctions.lookup.ownership");

    @Test
    void ruleDependsOnPlainJavaOnly() {
        noClasses().that().resideInAPackage("org.sanctions.lookup.ownership..")
                .should().dependOnClassesThat().resideOutsideOfPackages("org.sanctions.lookup.ownership..", "java..")
                .check(rule);
    }
}
