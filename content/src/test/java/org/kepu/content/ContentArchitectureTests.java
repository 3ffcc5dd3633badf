package org.kepu.content;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "org.kepu.content", importOptions = ImportOption.DoNotIncludeTests.class)
class ContentArchitectureTests {

    @ArchTest
    static final ArchRule contentDependsOnNoOtherModule = noClasses()
            .that()
            .resideInAPackage("org.kepu.content..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.kepu.search..", "org.kepu.media..", "org.kepu.portal..");
}
