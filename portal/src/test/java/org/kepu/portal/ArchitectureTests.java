package org.kepu.portal;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.TryCatchBlock;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Map;
import java.util.Set;
import org.kepu.content.NotFound;
import org.kepu.content.RuleBroken;
import org.kepu.content.article.Articles;
import org.kepu.content.contest.Entries;
import org.kepu.content.video.Video;
import org.kepu.content.video.Videos;
import org.springframework.stereotype.Controller;

/**
 * Nothing depends on the portal; controllers leave missing items and broken rules to the one
 * advice ({@code web/Failures}). The other directions of DESIGN.md are checked in each module's
 * own architecture test. Whether an item is public is the catalog's answer alone: pages, feeds,
 * search documents and curation read {@code org.kepu.content.catalog}, never the lists and
 * predicates it is built from.
 */
@AnalyzeClasses(packages = "org.kepu", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    /**
     * Handlers that keep a local catch, each because the person sees more than "go back with the
     * message": the message next to a form field on a re-rendered form, a refusal audited in a
     * transaction of its own, a different message or page than the advice's.
     */
    static final Set<String> LOCAL_HANDLING = Set.of(
            // form re-rendered with the message next to the field
            "EditorArticleController.update",
            "EditorArticleController.saveTranslation",
            "ContestAdminController.create",
            "ContestAdminController.update",
            "ContestAdminController.mongolian",
            "CreatorEntryController.submit",
            "CreatorEntryController.update",
            "CreatorEntryController.replaceVideo",
            "VideoDeskController.save",
            "CreatorVideoEditController.save",
            "SignupController.signup",
            "PasswordResetController.reset",
            // saved, then the submission refused: "已保存，但未能提交审核" on the edit page
            "EditorArticleController.submitted",
            // the refusal is audited separately (the action's transaction rolled back)
            "AdminUserController.create",
            "AdminUserController.act",
            // back to the contest's list, found from the entry, not from the path
            "ContestAdminController.award",
            "ScreeningController.accept",
            "ScreeningController.giveBack",
            // a contact that is not one: the typed text is kept as the login name
            "PasswordResetController.login",
            // an expired upload or a refused file: "请重新选择文件" on the video's page, not the 404 page
            "VideoDeskController.replace",
            // a token already gone: "没有这个令牌" on the tokens page, not the 404 page
            "AccountTokensController.revoke");

    @ArchTest
    static final ArchRule nothingDependsOnThePortal = noClasses()
            .that()
            .resideOutsideOfPackage("org.kepu.portal..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("org.kepu.portal..");

    @ArchTest
    static final ArchRule controllersLeaveNotFoundAndRuleBrokenToTheAdvice = methods()
            .that()
            .areDeclaredInClassesThat()
            .areMetaAnnotatedWith(Controller.class)
            .should(notCatch(NotFound.class, RuleBroken.class));

    private static ArchCondition<JavaMethod> notCatch(Class<?>... parents) {
        return new ArchCondition<>("not catch subtypes of NotFound or RuleBroken") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                String name = method.getOwner().getSimpleName() + "." + handlerName(method);
                for (TryCatchBlock block : method.getTryCatchBlocks()) {
                    for (JavaClass caught : block.getCaughtThrowables()) {
                        for (Class<?> parent : parents) {
                            if (caught.isAssignableTo(parent) && !LOCAL_HANDLING.contains(name)) {
                                events.add(SimpleConditionEvent.violated(
                                        method,
                                        name + " catches " + caught.getSimpleName() + " "
                                                + block.getSourceCodeLocation()));
                            }
                        }
                    }
                }
            }
        };
    }

    /** A lambda's body counts as the method it is written in. */
    private static String handlerName(JavaMethod method) {
        String name = method.getName();
        return name.startsWith("lambda$") ? name.split("\\$")[1] : name;
    }

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
