package org.kepu.search;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "org.kepu.search", importOptions = ImportOption.DoNotIncludeTests.class)
class SearchArchitectureTests {

    /** DESIGN.md: search indexes plain documents and depends on no other module. */
    @ArchTest
    static final ArchRule searchDependsOnNoOtherModule = noClasses()
            .that()
            .resideInAPackage("org.kepu.search..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.kepu.content..", "org.kepu.media..", "org.kepu.portal..");

    /** Engines stay behind the SearchIndex interface. */
    @ArchTest
    static final ArchRule enginesArePackagePrivate = classes()
            .that()
            .haveSimpleNameStartingWith("Lucene")
            .and()
            .doNotHaveSimpleName("LuceneSettings")
            .should()
            .notBePublic();

    /** The Elasticsearch engine too; only its settings are public. */
    @ArchTest
    static final ArchRule elasticsearchEngineIsPackagePrivate = classes()
            .that()
            .haveSimpleNameStartingWith("Elasticsearch")
            .and()
            .doNotHaveSimpleName("ElasticsearchSettings")
            .should()
            .notBePublic();
}
