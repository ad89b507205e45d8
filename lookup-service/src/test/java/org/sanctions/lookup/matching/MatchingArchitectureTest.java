package org.sanctions.lookup.matching;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The matching engine stays plain Java: no framework, CDI, HTTP or persistence inside it. */
class MatchingArchitectureTest {

    private final JavaClasses engine = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.sanctions.lookup.matching");

    @Test
    void engineDependsOnNoFramework() {
        noClasses().that().resideInAPackage("org.sanctions.lookup.matching..")
                .should().dependOnClassesThat().resideInAnyPackage("io.quarkus..", "jakarta..", "javax.enterprise..",
                        "javax.inject..", "io.vertx..", "io.smallrye..", "org.eclipse.microprofile..",
                        "org.hibernate..", "com.fasterxml..", "org.jboss..")
                .check(engine);
    }

    @Test
    void engineDoesNotReachIntoTheService() {
        noClasses().that().resideInAPackage("org.sanctions.lookup.matching..")
                .should().dependOnClassesThat().resideOutsideOfPackages("org.sanctions.lookup.matching..", "java..",
                        "com.ibm.icu..", "org.apache.commons.codec..", "org.apache.commons.text..")
                .check(engine);
    }
}
