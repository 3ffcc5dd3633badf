package org.kepu.media.transcode;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class TranscodeArchitectureTests {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.kepu.media.transcode");

    // the transcoding core works on local files only: no domain, no storage, no Spring
    @Test
    void transcodingKnowsNothingOfContentOrSpring() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.kepu.content..", "org.kepu.portal..", "org.springframework..")
                .check(classes);
    }
}
