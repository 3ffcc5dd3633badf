package org.kepu.portal;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The dependency directions of DESIGN.md, over every module on the portal's class path. */
@AnalyzeClasses(packages = "org.kepu", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    @ArchTest
    static final ArchRule nothingDependsOnThePortal = noClasses()
            .that()
            .resideOutsideOfPackage("org.kepu.portal..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("org.kepu.portal..");

    @ArchTest
    static final ArchRule searchDependsOnNoOtherModule = noClasses()
            .that()
            .resideInAPackage("org.kepu.search..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.kepu.content..", "org.kepu.media..", "org.kepu.portal..");

    @ArchTest
    static final ArchRule theMediaWorkerDoesNotSearch = noClasses()
            .that()
            .resideInAPackage("org.kepu.media..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.kepu.search..", "org.kepu.portal..");

    @ArchTest
    static final ArchRule contentDependsOnNoOtherModule = noClasses()
            .that()
            .resideInAPackage("org.kepu.content..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.kepu.search..", "org.kepu.media..", "org.kepu.portal..");
}
