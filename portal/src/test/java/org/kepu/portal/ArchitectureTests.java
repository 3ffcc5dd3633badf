package org.kepu.portal;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Map;
import java.util.Set;
import org.kepu.content.article.Articles;
import org.kepu.content.contest.Entries;
import org.kepu.content.video.Video;
import org.kepu.content.video.Videos;

/**
 * Nothing depends on the portal. The other directions of DESIGN.md are checked in each module's
 * own architecture test. Whether an item is public is the catalog's answer alone: pages, feeds,
 * search documents and curation read {@code org.kepu.content.catalog}, never the lists and
 * predicates it is built from.
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

    /** The content methods that decide, each by itself, which items the public sees. */
    private static final Map<Class<?>, Set<String>> PUBLIC_LISTS = Map.of(
            Articles.class,
            Set.of(
                    "allPublished",
                    "latest",
                    "latestCards",
                    "inColumn",
                    "inTown",
                    "forAudience",
                    "mostReadSince",
                    "mostReadCardsSince",
                    "publishedAfter"),
            Videos.class,
            Set.of("allPublic", "latest", "inColumn", "playableAfter"),
            Video.class,
            Set.of("isPublic"),
            Entries.class,
            Set.of("accepted", "visible"));

    @ArchTest
    static final ArchRule onlyTheCatalogDecidesWhatThePublicSees = noClasses()
            .that()
            .resideInAPackage("org.kepu.portal..")
            .should()
            // accesses, not only calls: a method reference such as Video::isPublic decides as much
            .accessTargetWhere(new DescribedPredicate<JavaAccess<?>>("a list or predicate of public items") {
                @Override
                public boolean test(JavaAccess<?> call) {
                    return PUBLIC_LISTS.entrySet().stream()
                            .anyMatch(e -> call.getTargetOwner().isEquivalentTo(e.getKey())
                                    && e.getValue().contains(call.getName()));
                }
            })
            .because("org.kepu.content.catalog.Catalog is the one answer to \"is this item public\"");
}
