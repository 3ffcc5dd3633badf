package org.kepu.media;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "org.kepu.media", importOptions = ImportOption.DoNotIncludeTests.class)
class MediaWorkerArchitectureTests {

    /** The worker depends on content only: it neither searches nor knows the web application. */
    @ArchTest
    static final ArchRule dependsOnContentOnly = noClasses()
            .that()
            .resideInAPackage("org.kepu.media..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.kepu.search..", "org.kepu.portal..");
}
