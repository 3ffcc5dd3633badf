package org.kepu.content;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.kepu.content.jobs.Jobs;
import org.springframework.data.repository.Repository;

@AnalyzeClasses(packages = "org.kepu.content", importOptions = ImportOption.DoNotIncludeTests.class)
class ContentArchitectureTests {

    @ArchTest
    static final ArchRule contentDependsOnNoOtherModule = noClasses()
            .that()
            .resideInAPackage("org.kepu.content..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.kepu.search..", "org.kepu.media..", "org.kepu.portal..");

    /**
     * A state change publishes a typed event; only the listeners turn it into an index job and a
     * notice for cached lists, so no service can forget one or do it twice.
     */
    @ArchTest
    static final ArchRule onlyTheListenersReindexOrNoticeChanges = noClasses()
            .that()
            .doNotBelongToAnyOf(ContentEventListeners.class)
            .and()
            .doNotHaveFullyQualifiedName("org.kepu.content.column.ColumnCurationListener")
            .should()
            .getField(Jobs.class, "INDEX_CONTENT")
            .orShould()
            .callConstructor(ContentChanged.class, String.class);

    /** One 404 for every missing item: the portal's advice maps the parent, not each child. */
    @ArchTest
    static final ArchRule everyNotFoundIsANotFound = classes()
            .that()
            .resideInAPackage("org.kepu.content..")
            .and()
            .haveSimpleNameEndingWith("NotFound")
            .and()
            .doNotHaveFullyQualifiedName(NotFound.class.getName())
            .should()
            .beAssignableTo(NotFound.class);

    /** Refusals people read come as one type, with the Chinese message (and form field) in it. */
    @ArchTest
    static final ArchRule everyRuleBrokenIsARuleBroken = classes()
            .that()
            .resideInAPackage("org.kepu.content..")
            .and()
            .haveSimpleNameEndingWith("RuleBroken")
            .and()
            .doNotHaveFullyQualifiedName(RuleBroken.class.getName())
            .should()
            .beAssignableTo(RuleBroken.class);
    /**
     * Repositories and their queries stay inside their feature: other packages and modules use the
     * feature's service (for example {@code Columns} over {@code ColumnRepository}).
     */
    @ArchTest
    static final ArchRule repositoriesArePackagePrivate = classes()
            .that()
            .areInterfaces()
            .and()
            .areAssignableTo(Repository.class)
            .should()
            .notBePublic();
}
