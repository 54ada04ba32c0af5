package org.sitrep.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.app.cli.SitrepCommand;
import org.sitrep.core.event.Event;
import org.sitrep.core.layering.CoreReachingIntoIngest;
import org.sitrep.ingest.pipeline.IngestSettings;
import org.sitrep.report.BulletinRenderer;

/**
 * The module boundaries of {@code ARCHITECTURE.md} and the package rules of {@code STYLE.md}, checked on the main
 * classes of core, ingest, report and the app (this module sees them all). Rules name packages, not jars, so that
 * a dependency a POM would allow still fails here when the code reaches across a boundary.
 */
class LayeringTest {

    private static final String CORE = "org.sitrep.core..";
    private static final String INGEST = "org.sitrep.ingest..";
    private static final String REPORT = "org.sitrep.report..";
    private static final String APP = "org.sitrep.app..";
    private static final String BENCH = "org.sitrep.bench..";

    static final ArchRule CORE_STANDS_ALONE = noClasses()
            .that()
            .resideInAPackage(CORE)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(INGEST, REPORT, APP, BENCH)
            .because("core is the domain every other module builds on (ARCHITECTURE.md, Modules)");

    static final ArchRule INGEST_KNOWS_ONLY_CORE = noClasses()
            .that()
            .resideInAPackage(INGEST)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(REPORT, APP, BENCH)
            .because("ingest depends on core only (ARCHITECTURE.md, Modules)");

    static final ArchRule REPORT_KNOWS_ONLY_CORE = noClasses()
            .that()
            .resideInAPackage(REPORT)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(INGEST, APP, BENCH)
            .because("report depends on core only (ARCHITECTURE.md, Modules)");

    static final ArchRule SPRING_ONLY_IN_THE_APP = noClasses()
            .that()
            .resideOutsideOfPackage(APP)
            .should()
            .dependOnClassesThat()
            .resideInAPackage("org.springframework..")
            .because("core, ingest and report stay free of Spring (STYLE.md, Spring, only in the app)");

    static final ArchRule NO_GRAB_BAG_PACKAGES = noClasses()
            .should()
            .resideInAnyPackage(
                    "..service..", "..services..", "..dto..", "..util..", "..utils..", "..common..", "..helper..")
            .because("packages are by feature, not by stereotype (STYLE.md, Layout shows the architecture)");

    static final ArchRule NO_STEREOTYPE_CLASS_NAMES = classes()
            .should()
            .haveSimpleNameNotEndingWith("Manager")
            .andShould()
            .haveSimpleNameNotEndingWith("Helper")
            .andShould()
            .haveSimpleNameNotEndingWith("Util")
            .andShould()
            .haveSimpleNameNotEndingWith("Utils")
            .andShould()
            .haveSimpleNameNotEndingWith("Impl")
            .because("names say the role (STYLE.md, Names, size, comments)");

    private static JavaClasses mainClasses;

    @BeforeAll
    static void importMainClasses() {
        mainClasses = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.sitrep");
    }

    @Test
    void importsTheMainClassesOfEveryModuleItChecks() {
        assertThat(mainClasses.contain(Event.class)).isTrue();
        assertThat(mainClasses.contain(IngestSettings.class)).isTrue();
        assertThat(mainClasses.contain(BulletinRenderer.class)).isTrue();
        assertThat(mainClasses.contain(SitrepCommand.class)).isTrue();
        assertThat(mainClasses.contain(CoreReachingIntoIngest.class)).isFalse();
    }

    @Test
    void coreImportsNoOtherModule() {
        CORE_STANDS_ALONE.check(mainClasses);
    }

    @Test
    void ingestImportsNeitherReportNorApp() {
        INGEST_KNOWS_ONLY_CORE.check(mainClasses);
    }

    @Test
    void reportImportsNeitherIngestNorApp() {
        REPORT_KNOWS_ONLY_CORE.check(mainClasses);
    }

    @Test
    void springAppearsOnlyInTheApp() {
        SPRING_ONLY_IN_THE_APP.check(mainClasses);
    }

    @Test
    void noPackageIsAGrabBag() {
        NO_GRAB_BAG_PACKAGES.check(mainClasses);
    }

    @Test
    void noClassIsNamedForAStereotype() {
        NO_STEREOTYPE_CLASS_NAMES.check(mainClasses);
    }

    @Test
    void aCoreClassReachingIntoIngestFailsTheRule() {
        JavaClasses fixture = new ClassFileImporter().importClasses(CoreReachingIntoIngest.class);

        EvaluationResult result = CORE_STANDS_ALONE.evaluate(fixture);

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails())
                .isNotEmpty()
                .allSatisfy(detail -> assertThat(detail)
                        .contains(CoreReachingIntoIngest.class.getName())
                        .contains("org.sitrep.ingest.pipeline.IngestSettings"));
    }
}
