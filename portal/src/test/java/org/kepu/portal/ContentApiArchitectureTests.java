package org.kepu.portal;

import static com.tngtech.archunit.base.DescribedPredicate.and;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.springframework.data.repository.Repository;

/**
 * The other modules use content through its services ({@code Columns}, {@code Accounts}, {@code
 * ReferenceNames}...); its repositories and their queries stay inside it.
 */
@AnalyzeClasses(packages = "org.kepu", importOptions = ImportOption.DoNotIncludeTests.class)
class ContentApiArchitectureTests {

    @ArchTest
    static final ArchRule noModuleReachesARepositoryOfContent = noClasses()
            .that()
            .resideOutsideOfPackage("org.kepu.content..")
            .should()
            .dependOnClassesThat(and(assignableTo(Repository.class), resideInAPackage("org.kepu.content..")));
}
