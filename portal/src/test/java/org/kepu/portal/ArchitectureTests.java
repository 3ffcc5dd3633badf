package org.kepu.portal;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Nothing depends on the portal. The other directions of DESIGN.md are checked in each module's
 * own architecture test.
 */
@AnalyzeClasses(packages = "org.kepu", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    @ArchTest
    static final ArchRule nothingDependsOnThePortal = noClasses()
            .that()
            .resideOutsideOfPackage("org.kepu.portal..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("org.kepu.portal..");
}
